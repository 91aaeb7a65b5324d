"""Serialize a list of feeds as OPML 2.0 bytes (http://opml.org/spec2.opml). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from feedsvc.timeutil import rfc822

CONTENT_TYPE = "text/x-opml; charset=utf-8"


@dataclass(frozen=True)
class Subscription:
    """One feed to subscribe to: its title, feed URL and web page; URLs are absolute."""

    title: str
    xml_url: str
    html_url: str
    description: str = ""


@dataclass(frozen=True)
class Group:
    """A folder of subscriptions (栏目, 来源)."""

    title: str
    subscriptions: tuple[Subscription, ...]


def build_opml(
    title: str, owner_url: str, updated: datetime, groups: list[Group], language: str
) -> bytes:
    """An OPML 2.0 subscription list: one ``type="rss"`` outline per feed, in folders.

    *updated* (aware) becomes ``dateCreated``/``dateModified``, so the same feeds give the
    same bytes.
    """
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    etree.SubElement(head, "dateCreated").text = rfc822(updated)
    etree.SubElement(head, "dateModified").text = rfc822(updated)
    etree.SubElement(head, "ownerId").text = owner_url
    etree.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = etree.SubElement(root, "body")
    for group in groups:
        folder = etree.SubElement(body, "outline", text=group.title, title=group.title)
        for sub in group.subscriptions:
            attributes = {
                "type": "rss",
                "text": sub.title,
                "title": sub.title,
                "xmlUrl": sub.xml_url,
                "htmlUrl": sub.html_url,
                "language": language,
            }
            if sub.description:
                attributes["description"] = sub.description
            etree.SubElement(folder, "outline", attributes)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data
