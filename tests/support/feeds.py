"""Helpers for the syndication tests: apps on a copy of the full store with a BASE_URL."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from flask import Flask
from lxml import etree

from tests.support.app import make_app

BASE = "http://feeds.example.test"
ATOM = "http://www.w3.org/2005/Atom"
FH = "http://purl.org/syndication/history/1.0"
MEDIA = "http://search.yahoo.com/mrss/"
NS = {"a": ATOM, "fh": FH, "media": MEDIA}


def copied_app(full_store: Path, tmp_path: Path, **config: Any) -> Flask:
    copy = tmp_path / "store"
    shutil.copytree(full_store, copy)
    return make_app(copy, **{"BASE_URL": BASE, **config})


def xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def atom_ids(root: etree._Element) -> list[str]:
    return [e.text or "" for e in root.findall("a:entry/a:id", NS)]


def rss_guids(root: etree._Element) -> list[str]:
    return [e.text or "" for e in root.findall("channel/item/guid")]


def link(root: etree._Element, rel: str) -> str | None:
    """The href of the feed-level link *rel* (Atom <link> or RSS <atom:link>)."""
    parent = root if root.tag == f"{{{ATOM}}}feed" else root.find("channel")
    assert parent is not None
    for element in parent.findall("a:link", NS):
        if element.get("rel", "alternate") == rel:
            return element.get("href")
    return None


def path_of(url: str) -> str:
    assert url.startswith(BASE), url
    return url[len(BASE) :]
