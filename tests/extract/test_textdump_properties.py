"""Property-based tests: no text makes the text-dump reader fail other than clearly."""

from __future__ import annotations

from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedsvc.errors import FeedsvcError
from feedsvc.extract.textdump import parse_text_dump
from feedsvc.timeutil import get_zone
from tests.support.dumps import Dump

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
ZONE = get_zone("Asia/Shanghai")
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_gives_a_draft_or_a_clear_error(text: str) -> None:
    try:
        draft = parse_text_dump(text, "fuzz.txt", ZONE, "未分类")
    except FeedsvcError as exc:
        assert exc.message
    else:
        assert draft.title and draft.published.tzinfo is not None


@SETTINGS
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "网站首页> 国内新闻>标题",
                "2025-07-28 09:30:57",
                "来源:新华社",
                "责任编辑:王五",
                "相关链接",
                "\u3000\u3000正文。",
                "作者:佚名",
                "(记者 张三)",
                "王晔 摄",
                "",
            ]
        )
        | st.text(max_size=40),
        max_size=30,
    )
)
def test_shuffled_dump_lines_never_crash(lines: list[str]) -> None:
    try:
        parse_text_dump("\n".join(lines), "fuzz.txt", ZONE, "未分类")
    except FeedsvcError:
        pass


@SETTINGS
@given(
    title=st.text(CJK, min_size=2, max_size=40),
    category=st.text(CJK, min_size=2, max_size=6),
    paragraphs=st.lists(
        st.text(CJK, min_size=1, max_size=80).map(lambda p: p + "。"), min_size=1, max_size=5
    ),
    minute=st.integers(0, 59),
)
def test_well_formed_dumps_round_trip(
    title: str, category: str, paragraphs: list[str], minute: int
) -> None:
    dump = Dump(
        name="x.txt",
        title=title,
        category=category,
        published=f"2025-07-28 09:{minute:02d}:00",
        body=tuple(paragraphs),
    )
    draft = parse_text_dump(dump.text(), "x.txt", ZONE, "未分类")
    assert draft.title == title
    assert draft.category == category
    assert draft.published.isoformat() == f"2025-07-28T09:{minute:02d}:00+08:00"
    for paragraph in paragraphs[1:]:
        assert paragraph in draft.body_html
