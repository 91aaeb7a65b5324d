"""Command-line interface: ``flask --app wsgi import PATH...`` and friends."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from flask import Flask
from flask import current_app
from flask import has_app_context
from flask.cli import ScriptInfo
from flask.cli import with_appcontext

from .config import Settings
from .config import settings_from_environ
from .errors import ConfigError
from .errors import FeedsvcError
from .errors import printable
from .extract.explain import Explanation
from .ingest.importer import describe
from .ingest.importer import failure_reason
from .ingest.importer import import_paths
from .ingest.importer import iter_documents
from .ingest.importer import page_options
from .ingest.watch.cli import watch_group
from .names import MAX_NAME
from .sanitize import clean_label
from .store import ArticleStore
from .web.context import notifier
from .web.context import settings
from .web.context import store
from .web.export import export_site


def _core() -> tuple[Settings, ArticleStore]:
    return settings(), store()


def _category_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--category: a category name as the store keeps it (plain text, not empty, not too long)."""
    if value is None:
        return None
    name = clean_label(value)
    if not name or len(name) > MAX_NAME:
        raise click.BadParameter(f"a category name of 1 to {MAX_NAME} characters, got {value!r}")
    return name


@contextmanager
def _progress(length: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing in logs and pipes."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=length, label="importing", show_pos=True, file=sys.stderr) as bar:
        yield bar.update


@click.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--category",
    metavar="NAME",
    callback=_category_option,
    help="File every imported article under this category, whatever its page's breadcrumb "
    "(for pages whose breadcrumb names a site or co-brand rather than a section).",
)
@with_appcontext
def import_command(paths: tuple[str, ...], category: str | None) -> None:
    """Import articles: text dumps, saved HTML pages, folders of them, or http(s) URLs.

    Exit status: 0 when every document was imported or unchanged; 1 when at least one
    failed (each is named on stderr; the others were imported).
    """
    settings, store = _core()
    documents = list(iter_documents(paths))
    with _progress(len(documents)) as progress:
        report = import_paths(
            store,
            documents,
            settings.zone,
            settings.default_category,
            progress=progress,
            category=category,
            **page_options(settings),
        )
    for path, reason in report.failures:
        click.echo(f"failed: {printable(path)}: {printable(reason)}", err=True)
    click.echo(report.summary())
    hub = notifier()
    if hub is not None and not hub.flush(timeout=60.0):
        click.echo("warning: some WebSub pings are still unsent", err=True)
    if report.failures:
        raise SystemExit(1)


@click.command("extract")
@click.option(
    "--explain",
    is_flag=True,
    help="For each field, print the candidates considered, where and by which rule, and why "
    "the winner won.",
)
@click.option("--json", "as_json", is_flag=True, help="With --explain: print JSON, not text.")
@click.argument("paths", nargs=-1, required=True)
def extract_command(paths: tuple[str, ...], explain: bool, as_json: bool) -> None:
    """Print what importing each page or URL would store, one JSON object per line.

    No store is opened or created. A page that fails prints {"input": ..., "error": ...}.
    """
    settings = _extract_settings()
    failed = False
    for item in iter_documents(paths):
        story = Explanation() if explain else None
        try:
            data = describe(
                item,
                settings.zone,
                settings.default_category,
                explain=story,
                **page_options(settings),
            )
        except FeedsvcError as exc:
            failed = True
            data = {"input": str(item), "error": failure_reason(item, exc)}
        click.echo(_extract_output(data, story, as_json))
    if failed:
        raise SystemExit(1)


def _extract_settings() -> Settings:
    """The app's settings when it is loaded, else the FEEDSVC_* environment's: ``extract``
    runs as a plugin command that loads no app, so that no store is opened."""
    app = current_app._get_current_object() if has_app_context() else None  # type: ignore[attr-defined]
    info = click.get_current_context().find_object(ScriptInfo)
    if app is None and info is not None and info.create_app is not None:
        app = info.load_app()  # an app given as an object (tests), never an import path
    if app is not None:
        settings: Settings = app.extensions["feedsvc"]["settings"]
        return settings
    try:
        return settings_from_environ()
    except ConfigError as exc:
        raise click.ClickException(exc.message) from exc


def _extract_output(data: dict[str, Any], story: Explanation | None, as_json: bool) -> str:
    """One page's output: its JSON line, or its explanation as text or JSON."""
    if story is None or "error" in data:
        return json.dumps(data, ensure_ascii=False, sort_keys=True)
    if as_json:
        return json.dumps({**data, "explain": story.to_json()}, ensure_ascii=False, sort_keys=True)
    return f"== {printable(str(data['input']))}\n{story.render()}\n"


@click.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the store's index from the article files; exit 1 if some cannot be read.

    Each unreadable file is named on stderr; importing or saving its article again
    replaces it.
    """
    _, store = _core()
    report = store.reindex()
    for damaged in report.damaged:
        click.echo(f"damaged: {printable(damaged.path)}: {printable(damaged.reason)}", err=True)
    click.echo(f"indexed {report.indexed} articles, {len(report.damaged)} unreadable")
    if report.damaged:
        raise SystemExit(1)


@click.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@with_appcontext
def export_command(directory: Path) -> None:
    """Write every page and feed as static files (for object storage behind a CDN)."""
    try:
        written = export_site(current_app._get_current_object(), directory)  # type: ignore[attr-defined]
    except FeedsvcError as exc:
        raise click.ClickException(exc.message) from exc
    total = sum(f.size for f in written)
    click.echo(f"exported {len(written)} files ({total} bytes) to {directory}")


def register(app: Flask) -> None:
    app.cli.add_command(import_command)
    app.cli.add_command(extract_command)
    app.cli.add_command(reindex_command)
    app.cli.add_command(export_command)
    app.cli.add_command(watch_group)
