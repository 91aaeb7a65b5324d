from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest

from feedsvc.errors import ExtractionError
from feedsvc.extract.textdump import parse_text_dump
from feedsvc.timeutil import get_zone
from tests.support.app import SEEDS
from tests.support.dumps import Dump

SHANGHAI = get_zone("Asia/Shanghai")
SEED = next(SEEDS.glob("*.txt"))


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_text_dump(text, "doc.txt", SHANGHAI, "未分类")


def test_seed_article_fields() -> None:
    draft = parse(SEED.read_text(encoding="utf-8"))
    assert draft.title == "李强出席2025世界人工智能大会暨人工智能全球治理高级别会议开幕式并致辞"
    assert draft.category == "媒体报道"
    assert draft.source is not None and draft.source.name == "新华社"
    assert draft.source.url == "https://www.news.cn/"
    assert draft.published.astimezone(UTC) == datetime(2025, 7, 28, 1, 30, 57, tzinfo=UTC)
    assert draft.published.utcoffset().total_seconds() == 8 * 3600  # type: ignore[union-attr]
    assert draft.authors == ("王慧慧", "龚雯")
    assert draft.editor == "刘怡佳"
    assert draft.site_name == "质量网"
    assert [(i.credit) for i in draft.images] == ["新华社记者 王晔 摄"] * 2
    assert draft.images[1].caption.endswith("李强同与会外方嘉宾、国际组织代表共同巡馆。")
    assert draft.summary.startswith("新华社上海7月26日电(记者 王慧慧、龚雯)")
    body = draft.body_html
    assert body.startswith("<p>新华社上海7月26日电")
    assert "陈吉宁、吴政隆参加上述活动。" in body
    assert '<span class="credit">新华社记者 王晔 摄</span>' in body
    for chrome in (
        "京ICP备",
        "联系电话",
        "友情链接",
        "上一篇",
        "监督电话",
        "相关链接",
        "责任编辑",
        "版权所有",
        "网站首页",
        "佚名",
        "砖塔胡同",
    ):
        assert chrome not in body


def test_no_known_author_is_not_a_person() -> None:
    draft = parse(
        Dump("x.txt", "标题", "国内", "2025-07-28 09:30:57", reporters="")
        .text()
        .replace("(记者 )", "")
    )
    assert draft.authors == ()


def test_fullwidth_colons_and_odd_spaces() -> None:
    text = Dump("x.txt", "全角冒号", "财经", "2025-07-28 09:30").text()
    text = text.replace("来源:", "来源：").replace("责任编辑:", "责任编辑：\u3000")
    draft = parse(text)
    assert draft.source is not None and draft.source.name == "新华社"
    assert draft.editor == "王五"
    assert draft.published.hour == 9 and draft.published.second == 0


@pytest.mark.parametrize(
    ("mutilate", "missing"),
    [
        (lambda t: t.replace("2025-07-28 09:30:57", "某日"), "no publish time"),
        (
            lambda t: t.replace("全文标题\n", "").replace("网站首页> 国内>全文标题", "网站首页"),
            "no title",
        ),
        (lambda t: t.split("\u3000\u3000新华社北京电")[0] + "责任编辑:王五\n", "no article text"),
    ],
)
def test_broken_document_names_what_is_missing(mutilate, missing) -> None:  # type: ignore[no-untyped-def]
    text = mutilate(Dump("x.txt", "全文标题", "国内", "2025-07-28 09:30:57").text())
    with pytest.raises(ExtractionError, match=missing) as info:
        parse(text)
    assert info.value.origin == "doc.txt"
