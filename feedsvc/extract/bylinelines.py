"""The byline lines lifted out of the text's opening: 记者 X, 地方中心／桃園報導, 本文首发于X."""

from __future__ import annotations

import re

from .lexicon import AND_PHOTO
from .lexicon import AUTHOR
from .lexicon import BYLINE_WORDS
from .lexicon import REPORT_LABEL
from .lexicon import STAFF
from .lexicon import alternation

#: 来源：X作者：Y责编：Z: an info line opening the text container that also names the writer.
INFO_BYLINE = re.compile(rf"(?:{alternation(*AUTHOR, *STAFF, *BYLINE_WORDS)})\s*[:：]")


#: 本报评论员, 人民日报评论员, 本报特约评论员: the paper's commentator, unnamed.
COMMENTATOR = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:评论员|評論員)")


#: Where the article was first published, as a note before its text: 本文首发于X公众号,
#: 本文来自微信公众号“X”（ID：…），作者：Y, 本文经授权转载自X, 本文由X发布 (who posted it),
#: 本文系转载 over a box of 作者 and 来源 lines.
PROVENANCE = re.compile(
    r"^[(（【\[]?\s*(?:本文|此文|文章)\s*(?:经\S{0,12}?授权)?\s*"
    r"(?:首发于|首发|来自|来源于|转载自|转自|转载于|原载于|原载|原发于|选自|摘自|节选自|收录自|收錄自"
    r"|(?:系|为|為)?(?:转载|轉載)(?!的)"
    r"|由\s*\S{1,16}?\s*(?:授权|原创)?发布[。.]?\s*$)"
    # 以下文章来源于某号，作者某某: the card of the account a WeChat post is reprinted from
    r"|^以下(?:文章|内容|消息)(?:来源于|來源於|来自|來自)"
    # 以下消息转载自 某某网 版权归原作者所有: a blog's notice over the piece it reposts
    r"|^以下(?:文章|内容|消息)?\s*(?:转载自|轉載自|转自|轉自)"
    # 原文地址：<a>…</a>, 原文见：<link>: the address of the page a repost was copied from
    r"|^(?:原文|原帖)(?:地址|链接|鏈接|网址|網址|出处|出處|见|見)\s*[:：]"
    # 搬运自《某某周刊》，仅供学习交流: a blog's note of the magazine it copied a piece from
    r"|^(?:搬运自|搬運自)\s*《"
    # （刊登于某某网，原文链接）: where a reposted piece ran, in its brackets
    r"|^[(（【]\s*(?:刊登于|刊登於|刊于|刊於|原载于|原載於|转自|轉自|转载自|轉載自)\s*[^\s，,()（）]{2,16}"
    r"\s*(?:[，,]\s*原文(?:链接|連結)?)?\s*[)）】]"
)


#: A byline line: 记者 张三, 文/李四, 【文/观察者网专栏作者 王文】, 执笔/甲、乙&丙, ► 记者 X.
BYLINE = re.compile(
    # （记者 X 通讯员 Y）: the byline in its brackets on a line of its own
    r"^[■●◆○◎□►▶]?\s*[【\[（(]?\s*"
    # 《城市周刊》记者 X (a magazine's name in its brackets), 大河报·大河客户端记者 X, 南方+记者 X,
    # 北京日报客户端 | 记者 X, 齐鲁晚报·齐鲁壹点 记者 X: a paper and its app before the role
    r"(?:(?:《[^》]{1,12}》)?(?:[\u4e00-\u9fff]{2,8}[·\-－])?"
    r"(?:[\u4e00-\u9fff]{1,8}\+|[\u4e00-\u9fff]{2,10}(?:客户端|客戶端)[\s|｜丨]*"
    r"|(?<=[·\-－])[\u4e00-\u9fff]{2,8}\s|[\u4e00-\u9fff]{0,10})"
    rf"(?:{alternation(*STAFF, *AUTHOR, *BYLINE_WORDS, '执笔')})"
    r"|文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文|文|图|图文|圖|圖文"
    # 报导：陈慧玲, 報導：李嘉欣: the report label of Malaysian and Hong Kong papers, with its colon
    rf"|(?:{alternation(*REPORT_LABEL)}){AND_PHOTO}(?=\s*[:：╱]))"
    # 作者， 琳达·普雷斯利 职务， BBC News: a comma after 作者, as foreign outlets' editions write
    r"\s*(?:[:：/／╱|｜丨 ]|(?<=^作者)，)?\s*"
    # 记者 X 通讯员 Y/文 Z/图: the writers and the photographer marked after their names;
    # 文｜X　攝影｜Y　責任編輯｜Z: a magazine's credits on one line; ○记者 陈羽 ○编辑 孙放: a
    # paper's marks before each role; 作者 X | 来源 Y: the writer and the outlet, a bar between
    r"[\u4e00-\u9fff·A-Za-z《][\u4e00-\u9fff·A-Za-z、，,／/&＆ \u3000|｜丨○◎□《》]{1,40}"
    # 文：陳怡婷（社工師）: the writer's affiliation in brackets after the name
    r"(?:[（(][^（）()]{1,20}[）)])?\s*[】\]）)]?$"
)


#: A byline line of a desk or a reporter and the place (Taiwanese portals): 地方中心／桃園報導,
#: 記者王小明、李大同／綜合報導, 〔記者陳小華／台北報導〕; a reprint's 林佳慧／台視新聞.
DESK_BYLINE = re.compile(
    r"^[【〔\[(（]?\s*[\u4e00-\u9fff·A-Za-z、，, ]{2,24}\s*[／/╱]\s*[\u4e00-\u9fff]{0,6}"
    r"(?:報導|报道|編譯|编译|整理|專電|专电|特稿|新聞網|新聞|新闻网|新闻|中央社)\s*[】〕\])）]?$"
)


def info_byline(text: str) -> bool:
    """Whether a skipped opening line is an info line naming the writer (作者：林晓)."""
    return len(text) <= 150 and INFO_BYLINE.search(text) is not None
