"""Why the extractor chose what it chose: candidates per field, for ``extract --explain``.

The field choosers take an optional :class:`Explanation` and, when given one, record each
candidate they weighed (its value, where it stands in the page, the rule that found it, its
score) and the reason the winner won. Without one they record nothing and build no strings:
explaining costs nothing when nobody asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

from bs4 import Tag

#: The fields explained, in the order they are printed.
FIELDS = ("title", "published", "outlet", "authors", "editor", "category", "body")


@dataclass(frozen=True)
class Candidate:
    """One value a chooser considered."""

    value: str
    where: str
    rule: str
    score: float | None = None


@dataclass
class FieldStory:
    """The candidates of one field, the value chosen and why."""

    candidates: list[Candidate] = field(default_factory=list)
    chosen: str | None = None
    why: str = ""


@dataclass
class Explanation:
    """Collects, field by field, what the choosers considered and why one value won."""

    fields: dict[str, FieldStory] = field(default_factory=lambda: {f: FieldStory() for f in FIELDS})

    def consider(
        self, name: str, value: str, where: str, rule: str, score: float | None = None
    ) -> None:
        """Record a candidate *value* of field *name*, found at *where* by *rule*."""
        self.fields[name].candidates.append(Candidate(value, where, rule, score))

    def choose(self, name: str, value: str | None, why: str) -> None:
        """Record the value chosen for field *name* and the reason it won."""
        story = self.fields[name]
        story.chosen, story.why = value, why

    def to_json(self) -> dict[str, Any]:
        """The explanation as JSON-ready data, one object per field."""
        return {
            name: {
                "chosen": story.chosen,
                "why": story.why,
                "candidates": [
                    {"value": c.value, "where": c.where, "rule": c.rule, "score": c.score}
                    for c in story.candidates
                ],
            }
            for name, story in self.fields.items()
        }

    def render(self) -> str:
        """The explanation as text: per field, the winner, the reason, then the candidates."""
        out: list[str] = []
        for name, story in self.fields.items():
            out.append(f"{name}: {story.chosen if story.chosen is not None else '(none)'}")
            out.append(f"  why: {story.why or 'no candidate'}")
            for c in story.candidates:
                score = f" score={c.score:g}" if c.score is not None else ""
                out.append(f"  - {_short(c.value)!r} at {c.where} [{c.rule}{score}]")
        return "\n".join(out)


def _short(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def where(tag: Tag | None, levels: int = 4) -> str:
    """A CSS-like path of *tag*: its last *levels* ancestors with their ids and classes."""
    if tag is None:
        return "(page)"
    steps: list[str] = []
    for node in [tag, *tag.parents]:
        if not isinstance(node, Tag) or node.name in ("[document]", "html"):
            break
        steps.append(_step(node))
        if len(steps) == levels:
            steps.append("…")
            break
    return " > ".join(reversed(steps))


def _step(tag: Tag) -> str:
    ident = tag.get("id")
    raw: str | list[str] = tag.get("class") or []
    classes = [raw] if isinstance(raw, str) else list(raw)
    step = tag.name + (f"#{ident}" if isinstance(ident, str) and ident else "")
    return step + "".join(f".{c}" for c in classes[:2])
