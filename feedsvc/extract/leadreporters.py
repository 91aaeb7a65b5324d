"""The reporters a lead names with no bracket: 本报记者 张三 …, …电 记者张三报道：."""

from __future__ import annotations

import re

from .lexicon import DATELINE_PLACES
from .nameshape import looks_like_person
from .nameshape import split_names

LEAD_REPORTERS = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{0,8}记者|本报记者)\s*(?P<v>[^，。\s]{2,4}(?:[、\s][^，。\s]{2,4}){0,3})\s"
)

#: 本报北京12月11日电　记者高云才报道：, a paper's dateline naming its reporters unbracketed.
DATELINE_REPORTED = re.compile(
    r"^[^，。：:]{0,16}(?:电|讯|電|訊)[】\]]?\s*(?:本报|本報)?(?:记者|記者)\s*"
    # 记者钟海华、通讯员邱明亮报道：, the correspondents marked by their role after the reporters
    r"(?P<v>[\u4e00-\u9fff·]{2,4}?(?:[、\s]+(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者)?\s*"
    r"[\u4e00-\u9fff·]{2,4}?){0,3})\s*"
    # 【大公報訊】記者何文新香港報道：, a Hong Kong paper's, the place before 報道
    r"(?:" + DATELINE_PLACES + r")?(?:报道|報導|報道)\s*[：:]"
)


#: 本报北京8月14日讯 记者齐慧从中国铁路总公司获悉：, a paper's reporter told the news.
DATELINE_TOLD = re.compile(
    r"^[^，。：:]{0,16}(?:电|讯|電|訊)\s*(?:本报|本報)?(?:记者|記者)\s*"
    r"(?P<v>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){0,2})"
    r"(?:日前|近日|昨日|昨天|今天|今日)?(?:从|從)[^，。]{2,30}(?:获悉|獲悉|了解到|得知)"
)


#: 东方网记者刘晓晶3月10日报道：, the site's reporter and the day before the report;
#: 點新聞記者 鄭思思報道：, 記者張三、李四報道：, the site's (or the paper's) reporters alone.
SITE_REPORTER_DATED = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:记者|記者)\s*"
    r"(?P<v>[\u4e00-\u9fff·]{2,4}?(?:\s*、\s*[\u4e00-\u9fff·]{2,4}?){0,3})\s*"
    r"(?:\d{1,2}月\d{1,2}日(?:报道|報導|報道|消息|电|電|讯|訊)"
    r"|(?:" + DATELINE_PLACES + r")?(?:报道|報導|報道))\s*[：:]"
)


#: 記者王小明台中報導市府今天…, 中央社記者王小明台北3日電行政院… (…3日綜合外電報導…, the
#: wires compiled): a Taiwanese dateline with
#: neither bracket nor slash, run on into the lead's first sentence; the known place after the
#: names ends them (a name is never read into the place, nor into the text).
GLUED_DATELINE = re.compile(
    # (not 市府告訴記者…: the reporter told something in the story's prose)
    r"^\s*(?![^，。]{0,8}?(?:告訴|告诉|接受|對|对|向|跟|問|问|給|给|被)(?:記者|记者))"
    r"[\u4e00-\u9fff]{0,8}?(?:記者|记者)\s*"
    r"(?P<v>[\u4e00-\u9fff·]{2,4}(?:\s*、\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*"
    r"(?:" + DATELINE_PLACES + r")\s*(?:\d{1,2}月)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:(?:專|专)?(?:電|电)|(?:綜合外電|综合外电)(?:報導|报道))"
    r"|(?:綜合|综合)?(?:報導|报道|報道|报导))"
)


def lead_reporters(head: str) -> list[str]:
    """The reporters a lead names with no bracket: 本报记者 张三 …, …电 记者张三报道：,
    …讯 记者张三从…获悉, 东方网记者张三3月10日报道：, 記者張三台中報導… (glued on)."""
    lead = (
        LEAD_REPORTERS.match(head)
        or DATELINE_REPORTED.match(head)
        or DATELINE_TOLD.match(head)
        or SITE_REPORTER_DATED.match(head)
        or GLUED_DATELINE.match(head)
    )
    return [n for n in split_names(lead["v"]) if looks_like_person(n)] if lead else []
