"""The person test the byline and outlet rules share: names, and what only looks like one."""

from __future__ import annotations

import pytest

from feedsvc.extract.nameshape import looks_like_person


@pytest.mark.parametrize("name", ["王慧慧", "欧阳娜娜", "阿布都·热合曼", "张波", "阿依古丽·买买提"])
def test_a_personal_name_is_a_person(name: str) -> None:
    assert looks_like_person(name)


@pytest.mark.parametrize("name", ["江城晚报", "文汇报", "易车网", "南屏晚報"])
def test_a_paper_or_website_named_like_a_person_is_none(name: str) -> None:
    """江 and 文 are surnames, so these read as names but for their last character."""
    assert not looks_like_person(name)


@pytest.mark.parametrize("name", ["南方時訊", "江屿时讯", "林口新聞", "石湖週刊"])
def test_a_newsroom_or_magazine_named_like_a_person_is_none(name: str) -> None:
    """南, 江, 林 and 石 are surnames; 時訊, 新聞, 週刊 end the name of a publication."""
    assert not looks_like_person(name)


@pytest.mark.parametrize("name", ["木子·博客", "阿九·随笔", "山人·札记", "禾苗·读书笔记"])
def test_a_dotted_site_name_is_none(name: str) -> None:
    """A blog's name dotted as a transliterated name is: its last part says what site it is."""
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
