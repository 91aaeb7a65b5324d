"""The person test the byline and outlet rules share: names, and what only looks like one."""

from __future__ import annotations

import pytest

from feedsvc.extract.nameshape import looks_like_person


@pytest.mark.parametrize("name", ["王慧慧", "欧阳娜娜", "阿布都·热合曼", "张波"])
def test_a_personal_name_is_a_person(name: str) -> None:
    assert looks_like_person(name)


@pytest.mark.parametrize("name", ["江城晚报", "文汇报", "易车网", "南屏晚報"])
def test_a_paper_or_website_named_like_a_person_is_none(name: str) -> None:
    """江 and 文 are surnames, so these read as names but for their last character."""
    assert not looks_like_person(name)


@pytest.mark.parametrize("name", ["人民日报·海外版", "光明日报·理论版"])
def test_a_paper_and_its_edition_dotted_as_a_name_is_none(name: str) -> None:
    """A middle dot joins a paper and its edition as it joins a transliterated name's parts."""
    assert not looks_like_person(name)


@pytest.mark.parametrize(
    "name", ["John F. Smith", "Mary O'Brien", "Ian McLeod", "Anne-Marie Dupont", "Alan Wei"]
)
def test_a_latin_name_with_an_initial_or_inner_capital_is_a_person(name: str) -> None:
    assert looks_like_person(name)
