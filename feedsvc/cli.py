"""Command-line interface: ``flask --app wsgi import PATH...`` and friends."""

from __future__ import annotations

import sys

import click
from flask import Flask
from flask import current_app
from flask.cli import with_appcontext

from .config import Settings
from .importer import import_paths
from .importer import iter_documents
from .store import ArticleStore


def _core() -> tuple[Settings, ArticleStore]:
    ext = current_app.extensions["feedsvc"]
    return ext["settings"], ext["store"]


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@with_appcontext
def import_command(paths: tuple[str, ...]) -> None:
    """Import article documents (files or folders) into the store."""
    settings, store = _core()
    documents = list(iter_documents(paths))
    with click.progressbar(
        length=len(documents),
        label="importing",
        show_pos=True,
        file=sys.stderr,
    ) as bar:
        report = import_paths(
            store, documents, settings.zone, settings.default_category, progress=bar.update
        )
    for path, reason in report.failures:
        click.echo(f"failed: {path}: {reason}", err=True)
    click.echo(report.summary())
    if report.failures:
        raise SystemExit(1)


@click.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the store's index from the article files."""
    _, store = _core()
    click.echo(f"indexed {store.rebuild_index()} articles")


def register(app: Flask) -> None:
    app.cli.add_command(import_command)
    app.cli.add_command(reindex_command)
