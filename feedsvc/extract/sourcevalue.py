"""The outlet named after a 来源 or issuer label: the value cut from its line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import CORRESPONDENT
from .lexicon import COUNTERS
from .lexicon import CUT_WORDS
from .lexicon import EDITOR_RANK
from .lexicon import INFO_LABELS
from .lexicon import PUBLISH
from .lexicon import REPORTER
from .lexicon import SOURCE_LABELS
from .lexicon import TIME
from .lexicon import alternation
from .lexicon import cut_at
from .nameshape import looks_like_outlet
from .outletjunk import without_chrome
from .platforms import platform_account
from .sourcefield import EMPTY_FIELD
from .sourcefield import source_field
from .sourceparts import compiled_value
from .sourceparts import named_outlet as _named_outlet
from .sourceparts import parted_value
from .sourcewriters import without_writers
from .text import Line

#: A 来源 label; 来自： and 供稿单位： too, with the colon (来自：人民网－人民日报), never
#: the bare word of a sentence (来自北京的游客); 来源/某某晚报 as a slash credit writes it;
#: 转载自某某日报 with the name run on; WeChat's 以下文章来源于 X (The following article is
#: from X), the account a shared post comes from.
SOURCE_LABEL = re.compile(
    rf"(?<![数据图片资料视频题头封面素材文档])(?:{alternation(*SOURCE_LABELS)}|Source(?=\s*:)"
    r"|供稿(?:单位|部门)?(?=\s*[:：])"
    r"|(?<![本文章])(?:来自|來自)(?=\s*[:：])|本文(?:来源于|來源於)(?=\s*[:：])"
    # WeChat's card over a post shared from another account, in its English interface
    r"|The following article is from(?=\s))"
    # 此文章来源于某某报: a CMS's closing note, the name run on
    r"\s*(?:[:：]\s*|[/／]\s*(?=\S)|\s+(?=\S)"
    r"|(?:(?<=转载自|轉載自)|(?<=此文章来源于|本文章来源于)|(?<=此文来源于))"
    r"(?=[\u4e00-\u9fff《A-Za-z]))"
)


ISSUER_LABEL = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|发布部门|公开主体)\s*[:：]\s*")


#: 来源：中国日报江苏记者站: a bureau (记者站) is part of the outlet, a reporter after it is not.
#: 时间 glued to the name is a label only with its value after it: 北京时间 is an outlet's name;
#: 发布 too (发布时间：, 发布于 2024…, 发布2024-05-01), never the end of an account's name
#: (来源：上海发布; 来源：黔中发布 2小时前 and 来源：黔中发布 2023-09-01: the time after a space).
SOURCE_CUT = cut_at(
    (
        *(w for w in INFO_LABELS if w not in REPORTER and w not in TIME and w not in PUBLISH),
        *EDITOR_RANK,
        *CORRESPONDENT,
        *COUNTERS,
    ),
    rf"(?:{alternation(*REPORTER)})(?!站)|(?:{alternation(*TIME)})(?=\s*[:：]|\d)"
    rf"|(?:{alternation(*PUBLISH)})(?=\s*[:：于於]|\d|[\u4e00-\u9fff]{{0,2}}\s*[:：])"
    rf"|{alternation(*CUT_WORDS)}"
    r"|【|】|\[|\]|[（(）)]|\d{4}[-年/.]|\s{2,}|\s[|｜丨│]|[|｜丨│]"
    r"|\sAuthor\s"  # The following article is from 某某 Author 某某团队: WeChat's card
    # 来源：某某新闻 2小时前, 某某日报 05-12 10:20: a mobile info row's time after the name
    r"|\s*\d+\s*(?:分钟|分鐘|小时|小時|天)前|\s\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}"
    # 来源：某某研究中心 126次浏览: the counter's number before its word
    r"|\s+\d[\d,]*\s*[万萬]?\s*次?\s*(?=浏览|瀏覽|阅读|閱讀|点击|點擊|点阅|點閱)"
    # 本文来源于：某某网，由某某公司整理: who edited the copy, after the outlet
    r"|[，,]\s*由",
)


#: 来源：微信公众号“某某发布”, 公众号：某某: the account, without the platform's word and quotes.
WECHAT_ACCOUNT = re.compile(
    r"(?:微信)?公众号\s*[:：]?\s*[“\"「『]?(?P<a>[^“”\"「」『』]{2,20}?)[”\"」』]?"
)


#: 黔中发布 qianzhong_fb, 某某日报 @mouribao, 某某发布 jzfb2020: an account's Latin handle (an @,
#: an underscore or digits in it), set in the next span after its Chinese name; a word
#: (南風快報 nanfeng, 澎湃新闻 The Paper) is the outlet's own name in Latin letters.
LATIN_HANDLE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s+(?:@[A-Za-z0-9_.-]{2,30}|(?=[a-z0-9.-]*[_\d])[a-z][a-z0-9_.-]{2,29})$"
)


#: A web address where an outlet's name would be: a scheme, www., or a host with a path.
LINK_VALUE = re.compile(r"(?:https?://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+/)", re.I)


#: 某某卫视转《某某新闻》: a channel relaying another's broadcast.
RELAY = re.compile(r"(?P<a>[^转轉\s]{2,10})(?:转|轉)(?:播|载|載)?\s*《?[^《》\s]{2,12}》?")


#: A reporter's role opening the value (供稿：通讯员 邵珊, 来源：记者 王某): a person, no outlet.
REPORTER_FIRST = re.compile(r"(?:通讯员|通訊員|记者|記者|实习生|實習生|特约记者|特約記者)(?:\s|$)")


#: 关注公众号：某某, 扫码关注我们: a box calling readers to follow an account, no story's source.
FOLLOW_CALL = re.compile(r"(?:请|欢迎)?(?:扫码|扫一扫|長按|长按)?(?:关注|關注)")

#: “思想市场”栏目, 「凹凸实验室」: a column or a second name in quotes after the outlet's name.
QUOTED_TAIL = re.compile(r"[“「\"][^”」\"]{2,12}[”」\"](?:栏目|欄目|频道|頻道|专栏|專欄)?$")


def _without_column(text: str) -> str:
    """The outlet's name without the column it names in quotes after it (澎湃新闻“思想市场”栏目),
    unless the quotes hold the name itself (微信公众号“字母榜”)."""
    m = QUOTED_TAIL.search(text, 2)
    if m is None or re.search(r"(?:公众号|公眾號|微信|号|號|[:：])\s*$", text[: m.start()]):
        return text
    return text[: m.start()].strip()


def source_value(text: str) -> str | None:
    """The outlet named after a 来源 label: 《光明日报》 → 光明日报, 人民网－人民日报 as written."""
    if EMPTY_FIELD.match(text.lstrip(" ：:|｜丨│\u3000\xa0")):
        return None  # 来源：  发布人：: a field left empty, the next label ending the line
    text = text.strip(" ：:|｜丨│")
    # 标题_【快资讯】, 来源：[某某学院] 字体大小：[ 小 中 大 ]: the outlet in brackets, the next
    # field after them
    text = re.sub(r"^【([^【】]+)】$|^[\[［]([^\[\]［］]+)[\]］]", r"\1\2", text)
    if not text or re.match(r"综合|綜合", text):
        return None  # 来源 | 综合甲、乙: compiled from several, no one outlet
    if REPORTER_FIRST.match(text):
        return None  # 供稿：通讯员 某某: a person sent it in, no outlet
    if FOLLOW_CALL.match(text):
        return None  # <div class="source">关注公众号：某某</div> over a QR code in a sidebar
    if LINK_VALUE.match(text):
        return None  # 转自：http://blog.example.com/u/123/article/9: a link copied, no name
    relay = RELAY.fullmatch(text.strip())
    if relay and (
        _named_outlet(relay["a"]) or re.search(r"(?:卫视|衛視|台|频道|頻道)$", relay["a"])
    ):
        return None  # 来源：某某卫视转《某某新闻》: a broadcast relayed, not the story's outlet
    text = source_field(text) or ""
    if not text:
        return None  # 来源： 作者： 发布时间：…: a template's empty field, the next label after it
    text = without_chrome(platform_account(text))  # 企鹅号 - 某某: before the space splits it
    cut = SOURCE_CUT.search(text, 1)
    if cut:
        text = text[: cut.start()]
    # not 酷 壳, nor 文字 × 万花筒 (two words a sign joins)
    text = re.split(r"(?<!^\w)(?<![×&＆+＋])\s+(?=[\u4e00-\u9fff(（【])", text.strip())[0]
    text = _without_column(text)  # 澎湃新闻“思想市场”栏目
    # 中国网 china.com.cn, 环球网 www.huanqiu.com: the name, without its domain
    text = re.sub(
        r"(?<=[\u4e00-\u9fff])\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6})+$", "", text, flags=re.I
    )
    text = LATIN_HANDLE.sub("", text)  # 来源：黔中发布 qianzhong_fb: the account's handle after it
    # 少数派 - 高品质数字消费指南: the name before its motto, without the dash; 上報 / 焦點:
    # the name before its section, without the slash
    text = text.strip(" ：:，,。;；-－—–|｜_·•/／")
    text = re.sub(r"^[《〈<]|[》〉>]$", "", text).strip()
    account = WECHAT_ACCOUNT.fullmatch(text)
    text = account["a"] if account else text
    text = _paper_of_pair(platform_account(text))
    text = re.sub(r"[《》]", "", parted_value(text))
    text = without_writers(compiled_value(text))  # 《扬子晚报》、张三: the paper
    return text if len(text) > 1 else None  # 来源： 网责任编辑：…: a template's stray word


def _paper_of_pair(text: str) -> str:
    """上海证券报·中国证券网, a paper and its website joined by a dot: the paper."""
    pair = [p for p in re.split(r"\s*[·•]\s*", text) if p]
    if len(pair) != 2 or not all(looks_like_outlet(p) and _named_outlet(p) for p in pair):
        return text
    papers = [p for p in pair if not re.search(r"(?:网|網|在线|在線)$", p)]
    return papers[0] if len(papers) == 1 else text


def issuer_names(lines: Sequence[Line], title_at: int | None) -> list[str]:
    """The issuing body of a 信息公开 table (发布机构, 发文机关), nearest the headline first.

    It is the page's source when no 来源 is given.
    """
    anchor = title_at if title_at is not None else 0
    out: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if line.in_comments or len(line.text) > 200:
            continue
        for m in ISSUER_LABEL.finditer(line.text):
            value = source_value(line.text[m.end() :])
            if value is None and i + 1 < len(lines):
                value = source_value(lines[i + 1].text)
            if value is not None:
                out.append((abs(i - anchor), value))
    return [name for _, name in sorted(out, key=lambda pair: pair[0])]
