"""``flask watch``: add, list, run, preview, remove and reset watched sources.

Each command wraps a plain function of the watch package; errors become click errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from typing import TypeVar

import click
from flask import current_app
from flask.cli import with_appcontext

from ...errors import FeedsvcError
from ...timeutil import to_local
from .context import Watcher
from .context import watcher_for
from .health import SourceHealth
from .health import source_health
from .preview import preview
from .run import SourceReport
from .run import due_sources
from .run import run_pass
from .sources import MIN_INTERVAL
from .sources import Hints
from .sources import SourceDecl
from .sources import add_source
from .sources import get_source
from .sources import load_sources
from .sources import remove_source
from .sources import slug_for
from .state import StateStore

T = TypeVar("T")


def _watcher() -> Watcher:
    """The watcher of the current app."""
    return watcher_for(current_app._get_current_object())  # type: ignore[attr-defined]


def _call(action: Callable[[], T]) -> T:
    """Run *action*; a feedsvc error becomes a click error (exit status 1, one line)."""
    try:
        return action()
    except FeedsvcError as exc:
        raise click.ClickException(exc.message) from exc


@click.group("watch")
def watch_group() -> None:
    """Watch portals' list pages and import their new articles (sources.toml)."""


@watch_group.command("add")
@click.argument("url")
@click.option("--name", help="Slug of the source (default: made from the URL).")
@click.option("--category", help="Category of its articles (default: the page's breadcrumb).")
@click.option("--interval", type=int, default=30, show_default=True, help="Minutes, at least 15.")
@click.option("--links", "selector", help="CSS selector for the article links.")
@click.option("--backfill", is_flag=True, help="Import the whole list on the first run.")
@with_appcontext
def add_command(
    url: str,
    name: str | None,
    category: str | None,
    interval: int,
    selector: str | None,
    backfill: bool,
) -> None:
    """Declare a source watching the list page URL."""
    if interval < MIN_INTERVAL:
        raise click.BadParameter(f"at least {MIN_INTERVAL} minutes", param_hint="--interval")
    watcher = _watcher()
    decl = SourceDecl(
        name or slug_for(url), (url,), category, interval, hints=Hints(links=selector)
    )
    _call(lambda: add_source(watcher.watch.sources_file, decl))
    if backfill:
        state = watcher.states.load(decl.name)
        watcher.states.save(state.__class__(decl.name, backfill=True))
    click.echo(f"added {decl.name}: {url} (every {interval} min) to {watcher.watch.sources_file}")


def _when(watcher: Watcher, value: Any) -> str:
    """*value* as local time to the minute, or - when unknown."""
    if value is None:
        return "-"
    return str(to_local(value, watcher.settings.zone).strftime("%Y-%m-%d %H:%M"))


def _row(watcher: Watcher, row: SourceHealth) -> list[str]:
    """The cells of one ``watch list`` row."""
    s = row.state
    words = s.last_error or ("no new article for much longer than usual" if row.stale else "")
    return [
        row.decl.name,
        _when(watcher, s.last_check),
        row.status(),
        str(s.new_last_run),
        str(s.failures),
        _when(watcher, s.next_due) if row.decl.enabled else "-",
        words,
    ]


@watch_group.command("list")
@with_appcontext
def list_command() -> None:
    """One row per source: last check, result, new articles, failures, next due, errors."""
    watcher = _watcher()
    rows = _call(
        lambda: source_health(
            load_sources(watcher.watch.sources_file), watcher.states, watcher.clock()
        )
    )
    if not rows:
        click.echo(f"no sources in {watcher.watch.sources_file} (add one: flask watch add URL)")
        return
    head = ["name", "last check", "result", "new", "failures", "next due", "error"]
    table = [head, *(_row(watcher, r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(head) - 1)]
    for line in table:
        cells = [c.ljust(w) for c, w in zip(line, widths, strict=False)]
        click.echo("  ".join([*cells, line[-1]]).rstrip())


@watch_group.command("run")
@click.argument("names", nargs=-1)
@click.option("--force", is_flag=True, help="Ignore the schedule (never politeness).")
@with_appcontext
def run_command(names: tuple[str, ...], force: bool) -> None:
    """One pass over the sources that are due (or the named ones), then exit.

    Exit status 1 when any source failed.
    """
    watcher = _watcher()
    sources = _call(lambda: load_sources(watcher.watch.sources_file))
    unknown = set(names) - {d.name for d in sources}
    if unknown:
        raise click.ClickException(f"no source named {', '.join(sorted(unknown))}")
    chosen = due_sources(watcher, sources, names, force)
    tty = sys.stdout.isatty()

    def progress(report: SourceReport) -> None:
        """Print the line of one finished source."""
        click.echo(("\r" if tty else "") + report.line())

    reports = run_pass(watcher, chosen, progress=progress)
    failed = [r for r in reports if r.outcome.failed]
    new = sum(r.outcome.new for r in reports)
    click.echo(f"{len(reports)} sources checked, {new} new articles, {len(failed)} failed")
    if failed:
        raise SystemExit(1)


@watch_group.command("preview")
@click.argument("target", metavar="URL_OR_NAME")
@click.option("--page", type=click.Path(dir_okay=False, path_type=Path), help="A saved list page.")
@click.option("--url", "page_url", help="The URL the saved page was fetched from.")
@click.option("--links-only", is_flag=True, help="List the links; fetch no article.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@with_appcontext
def preview_command(
    target: str, page: Path | None, page_url: str | None, links_only: bool, as_json: bool
) -> None:
    """Show the article links found and what each would import; write nothing."""
    if page is not None and not page_url:
        raise click.BadParameter("--page needs --url", param_hint="--url")
    watcher = _watcher()
    result = _call(lambda: preview(watcher, target, page, page_url, links_only))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"{len(result['links'])} article links on {result['url']}")
    for link in result["links"]:
        click.echo(f"{link['date'] or '          '}  {link['text']}  {link['url']}")
        article = link.get("article")
        if article:
            click.echo("            " + "  ".join(str(v) for v in article.values() if v))
    for text in result.get("unsupported", []):
        click.echo(f"unsupported (javascript/onclick link, not followed): {text}")


@watch_group.command("remove")
@click.argument("name")
@with_appcontext
def remove_command(name: str) -> None:
    """Remove the source NAME from the sources file and forget its state."""
    _change_source(name, remove_source, lambda states: states.delete(name), f"removed {name}")


@watch_group.command("reset")
@click.argument("name")
@with_appcontext
def reset_command(name: str) -> None:
    """Clear the failure streak of NAME, so that the next run checks it."""

    def reset(states: StateStore) -> None:
        states.save(states.load(name).reset())

    _change_source(name, get_source, reset, f"reset {name}: failure streak cleared, due now")


def _change_source(
    name: str,
    in_file: Callable[[Path, str], object],
    in_state: Callable[[StateStore], None],
    done: str,
) -> None:
    """Apply *in_file* to the source NAME in the sources file (a click error when it fails),
    then *in_state* to the stored states; say *done*."""
    watcher = _watcher()
    _call(lambda: in_file(watcher.watch.sources_file, name))
    in_state(watcher.states)
    click.echo(done)
