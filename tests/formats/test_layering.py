"""The formats package stays pure, and the web blueprints do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "feedsvc"


def imported_modules(path: Path) -> set[str]:
    """Every module *path* imports (absolute names; relative ones resolved in feedsvc)."""
    names: set[str] = set()
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names.add(base)
    return names


@pytest.mark.parametrize("path", sorted((PACKAGE / "formats").glob("*.py")), ids=str)
def test_formats_touch_neither_store_nor_web(path: Path) -> None:
    forbidden = ("flask", "werkzeug", "feedsvc.store", "feedsvc.web")
    bad = [m for m in imported_modules(path) if m.startswith(forbidden)]
    assert not bad, f"{path.name} imports {bad}"


def test_only_atom_rss_imports_feedgen() -> None:
    users = {
        p.name
        for p in PACKAGE.rglob("*.py")
        if any(m.startswith("feedgen") for m in imported_modules(p))
    }
    assert users == {"atom_rss.py"}


def test_jsonfeed_does_not_import_the_feedgen_module() -> None:
    assert "feedsvc.formats.atom_rss" not in imported_modules(PACKAGE / "formats" / "jsonfeed.py")


@pytest.mark.parametrize("name", ["pages.py", "feeds.py"])
def test_blueprints_do_not_import_each_other(name: str) -> None:
    other = {"pages.py": "feedsvc.web.feeds", "feeds.py": "feedsvc.web.pages"}[name]
    assert other not in imported_modules(PACKAGE / "web" / name)
