"""The people: reporters and authors from bylines and datelines, and the editor."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from .authormarkup import class_author_texts as class_author_texts
from .authormarkup import class_authors as class_authors
from .blocks import Block
from .blogbyline import blog_byline
from .blogbyline import copyright_box_writer
from .bylineforms import PHOTO_CREDIT_END
from .bylineforms import THEME_AUTHOR
from .bylineforms import closing_info_lines
from .bylineforms import header_bylines
from .bylineforms import meta_authors
from .bylineforms import structured_pen_names
from .bylinenames import CREDIT_ROLE
from .bylinenames import WEN_LABEL
from .bylinenames import before_next_credit
from .bylinenames import label_names
from .closingcredits import paragraph_slash_credit
from .closingnames import closing_names
from .colonwen import colon_wen_writer
from .compiledsources import credit_of
from .factlines import lead_after_facts
from .gluedlabels import space_glued_labels
from .gluedroles import name_after_colon
from .handlename import spaced_handle
from .hiddencopy import hidden_copy
from .hiddencopy import hidden_cowriters
from .leadbrackets import lead_bracket_writers
from .leadreporters import DATELINE_REPORTED
from .leadreporters import GLUED_DATELINE
from .leadreporters import lead_reporters
from .lexicon import AND_PHOTO
from .lexicon import AUTHOR
from .lexicon import BYLINE_WORDS
from .lexicon import INFO_OFFICER
from .lexicon import REPORT_LABEL
from .lexicon import STAFF
from .lexicon import TRANSLATOR
from .lexicon import WRITER_SLASH_OUTLET
from .lexicon import alternation
from .logosite import home_name
from .metadata import Structured
from .namedate import dated_latin_writers
from .nameshape import COMPOUND_SURNAMES
from .nameshape import DOTTED_NAME
from .nameshape import ORG_HINT
from .nameshape import looks_like_person
from .nameshape import people_in
from .nameshape import split_names
from .outletbylines import outlet_lead_writers
from .personname import field_names
from .photoled import photo_led
from .platformcredit import platform_writer
from .postedby import posted_by_writer
from .reportedline import window_writers
from .rolemarked import meta_person
from .sectionbylines import section_reporters
from .sectionheads import name_under_title
from .storyend import story_last
from .storylinks import linked_story
from .text import BRACKET_LABEL
from .text import Line
from .titleat import earlier_copy_lines
from .translators import translated_by
from .trim import Body
from .unitlead import unit_lead_writers
from .wirereported import wire_reported

#: 撰写：/供稿人：/供稿：, as campus sites credit the writer; 采访：, the interviewer.
SUPPLIED = ("撰写人", "撰写", "供稿人", "供稿", "采访", "採訪")

AUTHOR_LABEL = re.compile(
    rf"(?:{alternation(*AUTHOR, *BYLINE_WORDS)}"
    # (the words before the role hold no role: 记者李婧通讯员 is two roles, a name between)
    rf"|(?:(?:(?!{alternation(*STAFF)})[\u4e00-\u9fff]){{0,6}}(?:{alternation(*STAFF)}))"
    # 报导：陈志强 (Malaysian, HK papers), 撰写：/供稿人：/供稿： (campus credits), 采访： (the
    # interviewer), 编译：乔木 (a translator): with a colon; （编译/刘晓东）: a slash too
    rf"|(?:{alternation(*REPORT_LABEL, *INFO_OFFICER, *SUPPLIED)}"
    # 報導•攝影╱甲: a Taiwanese paper's report-and-photo credit, its slash a box-drawing one
    rf"){AND_PHOTO}(?=\s*[:：╱])"
    # (not 將 編譯 / 執行: a spaced slash between two verbs)
    rf"|(?:{alternation(*TRANSLATOR)})(?=\s*[:：]|[/／]))"
    # 记者John Smith报道: a Latin name glued to the role as a Han one is (记者王明报道)
    r"\s*(?:(?P<sep>[:：︰/／╱|｜丨]|(?<=^作者)，)\s*|\s+|(?=[\u4e00-\u9fff]|[A-Z][a-z]))"
    # 记者丨刘芳菲 彭湘通讯员丨谌明: the value ends where the next role's label starts, unspaced
    # (供稿：校团委 撰稿：甲 摄影：乙: the unit's value ends at the writer's label)
    rf"(?P<v>(?:(?!(?:{alternation(*STAFF, *AUTHOR, *BYLINE_WORDS, *SUPPLIED)})\s*[:：︰|｜丨])"
    r"[^|｜丨\n【】（）()〔〕]){2,60})"
)

#: 评论员梁海明对本报记者表示: a sentence quoting someone, not a byline; what follows a name
#: (对…记者, 表示, 认为) is never part of it.
SPOKEN = re.compile(
    r"^[^，。；,;]{2,10}?(?:对|向|跟|告诉)(?:本报|本刊|本台|媒体|笔者|[\u4e00-\u9fff]{0,6}记者)"
    r"|^[^，。；,;]{2,10}?(?:表示|认为|指出|介绍|透露|坦言|强调|分析|解释|提醒|谈到|回忆|說|表示)"
    r"|^[^。！\n]{6,}[？?]"  # 记者：近期多地…，请问…？ in a briefing transcript: a question
)

#: 记者专访某某 / 记者从某地获悉: a sentence about the reporter, not a byline; 约见记者时说，…:
#: the time someone spoke to the reporter; 注明作者和出处: a reprint note's words, no byline.
PROSE_AFTER = re.compile(
    r"\s*(?:专访|采访|了解|获悉|从|在|向|对|跟随|随|看到|发现|注意到|梳理|走访|调查|联系|致电|查询|"
    r"观察|实地|来到|近日|日前|昨|今|获知|得知|注意|采写了|探访|暗访|体验|统计|查阅|询问|问"
    r"|时(?:说|表示|称|介绍|坦言|透露|谈到|提到|笑称|[，,])|[和及与](?:出\s*[处處]|来源|來源|原文))"
)


#: （记者宋晨、田中全） closing the last paragraph, as wire stories with a 题： lead do; a media
#: centre's credits close so with the outlet first: （某县融媒体中心记者 甲 乙 编辑：丙 审核：丁）
TRAILING_REPORTERS = re.compile(
    r"[（(]\s*((?:[\u4e00-\u9fff]{2,12}?(?=记者|通讯员))?(?:记者|記者|通讯员|(?:特约)?评论员|文\s*/\s*图|图\s*/\s*文|文\s*[/｜|丨]|作者|撰文|"
    r"(?:编译|編譯)\s*[/／:：])"
    r"[^（）()]{2,50})[）)]"
    r"\s*[。]?\s*(?:[（(]完[）)])?\s*$"
)

#: A name signing a closing bracket: 钟才文, 欧阳晓明 (a compound surname), 马 骏 (set with a
#: space to line up with three-character ones).
_SIGNED = (
    rf"(?:(?:{alternation(*COMPOUND_SURNAMES)})[\u4e00-\u9fff]{{1,2}}|[\u4e00-\u9fff]{{2,3}}"
    r"|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])"
    rf"|{DOTTED_NAME})"  # （买买提·吐尔逊 王明）: a transliterated name among them
)
#: …实现“共赢”。（钟才文）, …不要放棄救人。（溫蘭魁報導）: the writer signing the last paragraph;
#: （甲某，欧阳乙某）, （马 骏 郭 峰）: two of them.
TRAILING_NAME = re.compile(
    r"[。！？”」] ?(?:[\u4e00-\u9fff]{2,8}讯)?[（(]"  # …。某某时事讯（甲某）: the desk's news
    r"(?:[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|社区|村|县|区|局|委|办|中心|所|站|馆)\s+)?"
    rf"(?P<n>{_SIGNED}(?:[ \u3000、，]{_SIGNED}){{0,4}})\s*(?:報導|报道)?[）)]\s*$"
)  # …成效。（城关镇 王立新）, (图书馆 魏某）: a contributor after the unit; （甲某 乙某）


def _told(m: re.Match[str]) -> bool:
    """店主告诉记者：“…”: the reporter is told something, a quotation follows, not a byline;
    被独立记者某某打断: the reporter is the agent of a passive sentence, in the story's prose;
    据友人称，独立记者某某失联: a person the story is about (:data:`DESCRIBED`); 42位小记者登古山:
    the children a story's 小记者 outing is about, counted, no byline."""
    label = m.group(0)[: m.start("v") - m.start()]
    told = re.search(r"(?:告诉|告訴|对|對|向|跟|问|問|给|給|被|遭)\S{0,2}(?:记者|記者)", label)
    told = told or re.search(r"(?:\d\s*(?:位|名|个|個)\S{0,2}|小)(?:记者|記者)", label)
    return (
        told is not None
        or m["v"].lstrip()[:1] in '“"「『'
        or DESCRIBED.search(m.string[: m.start()]) is not None
    )


#: 友人称，独立记者某某…失联; 女權工作者、獨立記者某某: a role in the story's prose, after a
#: reported clause or in a list describing the person, never a byline.
DESCRIBED = re.compile(r"(?:、|[\u4e00-\u9fff](?:称|稱|说|說|表示|指出|透露)[，,])\s*$")


#: 编辑：卢某 实习生张某: an intern credited beside the editor, who helped edit, not write.
EDITOR_INTERN = re.compile(
    r"(?:编辑|編輯|责编|責編)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*(?:实习生|實習生)\s*[:：]?\s*$"
)


def _beside_editor(text: str, m: re.Match[str]) -> bool:
    return EDITOR_INTERN.search(text[max(0, m.start("v") - 24) : m.start("v")]) is not None


#: A paragraph signed by its reporter: …應注意防範。（溫蘭魁報導）, …再做修正。（林俊宏／台北報導）
REPORTED_BY = re.compile(
    r"[。！？”」][（(](?P<n>[\u4e00-\u9fff]{2,4}?)(?:\s*[／/]\s*[\u4e00-\u9fff]{0,6}?)?"
    r"\s*(?:報導|报道|報道)[）)]\s*$"
)


#: 本报记者 张立 吴越 文 李明 摄: the writers marked 文, then the photographer marked 摄.
WRITERS_THEN_PHOTOGRAPHER = re.compile(
    r"(?<=[\u4e00-\u9fff])\s+文\s+[\u4e00-\u9fff·、 ]{2,20}?\s*[摄攝]\s*$"
)


def _barred_field(text: str, m: re.Match[str]) -> bool:
    """Whether the label and its name stand as one field of a barred info line, ``发表于 … |
    作者 半夏 | 分类 技术``, or as a line of their own, ``文章作者 半夏`` in a blog's copyright
    box: the field says it is the writer's, whatever the name's shape."""
    before, after = text[: m.start()].rstrip(), text[m.end() :].lstrip()
    if before in ("文章", "本文"):  # 文章作者 半夏: the copyright box's row
        return not after and len(m["v"].strip()) <= 16
    return (not before or before[-1] in "|｜丨") and after[:1] in ("|", "｜", "丨")


def _spaced_handle(text: str, m: re.Match[str]) -> bool:
    """Whether the label is a blog post's ``作者 qingshi`` before its date or its category."""
    label = text[m.start() : m.start("v")]
    return spaced_handle(text[: m.start()], label, m["v"])


def find_authors(
    texts: Sequence[str],
    first_paragraph: str,
    last_paragraph: str = "",
    editors: frozenset[str] = frozenset(),
) -> list[str]:
    """Reporters from bylines (作者, 记者, 文/) and the dateline of the first paragraph.

    A name closing the last paragraph without a label (…。（郭旭）) is a signature, unless the
    page credits that person as its editor: then it is the editor's mark."""
    names: list[str] = []
    # 【记者】陈某 【通讯员】李某: the paragraphs closing the text, labelled in black brackets
    for text in (
        BRACKET_LABEL.sub(r"\1：", WRITERS_THEN_PHOTOGRAPHER.sub("", credit_of(t)))
        for t in map(space_glued_labels, texts)
    ):
        if len(text) > 120 or PHOTO_CREDIT_END.search(text) or photo_led(text):
            continue  # 新华社记者 王某 摄; 摄影/本报记者 杨某: a photographer
        for m in AUTHOR_LABEL.finditer(text):
            prose = PROSE_AFTER.match(m["v"]) and not (m["sep"] and name_after_colon(m["v"]))
            if prose or SPOKEN.match(m["v"]) or _told(m) or _beside_editor(text, m):
                continue
            pen = m["sep"] is not None or _barred_field(text, m) or _spaced_handle(text, m)
            names += label_names(m["v"], pen=pen)
        spans = [before_next_credit(text, m) for m in WEN_LABEL.finditer(text)]
        wen = [n for span in spans for n in label_names(span, pen=True)]
        names += wen or colon_wen_writer(text)  # 某某/文 (WEN_LABEL reads 文：某某 above)
        names += blog_byline(text)  # Written by X, closing the post
    if last_paragraph:
        tail = TRAILING_REPORTERS.search(last_paragraph[-80:])
        if tail and not PHOTO_CREDIT_END.search(tail.group(1)):
            credits = re.split(CREDIT_ROLE, tail.group(1))[0]
            names += [n for n in split_names(credits) if looks_like_person(n)]
        signed = people_in(TRAILING_NAME.search(last_paragraph[-36:]))  # …。（钟才文）: signed
        names += [n for n in signed if n not in editors]
    for paragraph in dict.fromkeys((first_paragraph, last_paragraph)):
        reported = REPORTED_BY.search(paragraph[-24:])  # …應注意防範。（溫蘭魁報導）
        names += [reported["n"]] if reported and looks_like_person(reported["n"]) else []
        names += paragraph_slash_credit(paragraph)  # …照顧𪜶。」報導．攝影／林佩蓉
    for text in texts:
        reprint = WRITER_SLASH_OUTLET.match(text)  # 石佳/中国青年报
        if reprint and ORG_HINT.search(reprint["o"]):
            names += [n for n in split_names(reprint["n"]) if looks_like_person(n)]
    head = first_paragraph[:160]
    names += lead_bracket_writers(head)
    if not names:
        names = lead_reporters(head)
    elif reported_lead := DATELINE_REPORTED.match(head) or GLUED_DATELINE.match(head):
        # 记者钟海华、通讯员邱明亮报道：: the correspondent after the reporter a label found;
        # 記者甲、乙台中報導…: the label read the first name alone, the place ends the others
        names += [n for n in split_names(reported_lead["v"]) if looks_like_person(n)]
    return list(dict.fromkeys(names))


def outlet_itself(author: str, outlet: str | None, lines: list[Line], titled: str | None) -> bool:
    """Whether *author* is only the outlet's or the site's name (closing the <title>, no
    person's: 作者：开祥清洁 on 标题_开祥清洁; or the company's short name) read as a writer's;
    not when a blog's copyright box names the writer so (本文作者：某某-思伟 on the blog
    某某-思伟)."""
    if any(_company_short(author, n) for n in (outlet, titled)):
        return True  # 作者：海润丰, 文章作者: 海润丰 on the pages of 济宁海润丰有限公司
    named = author == outlet or (author == titled and not looks_like_person(author))
    return named and author not in copyright_writer(lines)


def _company_short(author: str, name: str | None) -> bool:
    """Whether *author* is the short form of the company *name* (作者：海润丰 on the pages of
    济宁海润丰有限公司; 作者：达丰财务 on 河南达丰财务官网, a company's own site): its words
    inside a company's name, after the place."""
    if not name or len(author) < 2 or author not in name[1:]:
        return False
    if re.search(r"(?:公司|集团|集團|厂|廠)$", name):
        return True
    return len(author) >= 3 and re.search(r"(?:官网|官網)$", name) is not None


def copyright_writer(lines: Sequence[Line]) -> list[str]:
    """The writer a blog's copyright box names after the text (本文作者：X, 本文链接：…)."""
    return copyright_box_writer([ln.text for ln in lines if not ln.in_comments])


def _lead_writers(body: Body, text_blocks: list[Block]) -> list[str]:
    """The reporters signing a roundup's sections (本报驻美国记者 甲 … 本报驻韩国记者 乙), a name
    alone over the text, then the lead line's (中央纪委国家监委网站 王卓 通讯员 刘江), each in
    page order."""
    found = section_reporters(text_blocks)
    # <p><strong>张昕</strong></p> over the text: the writer's name alone, the trim's byline
    found += [t for t in body.bylines if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t)]
    return found + [n for t in body.bylines for n in outlet_lead_writers(t) + wire_reported(t)]


def _around_title(lines: list[Line], title_at: int | None, title_el: Tag | None) -> list[str]:
    """The lines around the headline a byline may stand on."""
    if title_at is None:
        return []
    # a hidden byline (the 作者 of a display:none block for search engines) is often the
    # uploading editor's name, not the writer's; the headline itself is no byline (记者：
    # 某队有意某人, a sports headline quoting a reporter)
    start = max(0, title_at - 6)
    return [
        line.text
        for at, line in enumerate(lines[start : title_at + 12], start)
        if at != title_at
        and not line.in_comments
        and not hidden_copy(line.element)
        and not linked_story(line, title_el)  # a related list's 标题 记者 某某: its writer
        and not home_name(line.element, line.text)  # <a href="/">文字 × 某某</a>, the site
    ]


def choose_authors(
    lines: list[Line],
    title_at: int | None,
    body: Body,
    text_blocks: list[Block],
    structured: Structured,
    editor: str | None,
    title_el: Tag | None = None,
    host: str = "",
) -> list[str]:
    """Reporters from the bylines and datelines; else structured data naming people (*host*,
    the page's own, tells the site's account from a writer's)."""
    window = (
        _around_title(lines, title_at, title_el)
        + body.bylines
        + [b.text for b in text_blocks[:2] + text_blocks[-2:]]
    )
    # 本文来源：… 作者：… 责任编辑：… (not a hidden copy for search engines)
    window += [
        ln.text
        for ln in closing_info_lines(lines, title_at)
        if not hidden_copy(ln.element) and not linked_story(ln, title_el)
    ]
    window += [ln.text for ln in earlier_copy_lines(lines, title_at) if not hidden_copy(ln.element)]
    # a short byline line near the end (采写：…), or one closing the last paragraph (…？ 作者：…)
    window += [b.text for b in text_blocks[-6:-2] if len(b.text) <= 60]
    for block in text_blocks[-3:]:
        tail = re.split(r"[。！？!?]", block.text)[-1]
        if len(block.text) > 120 and len(tail) <= 60:
            window.append(tail)
    first = lead_after_facts(text_blocks)  # 电影：… 主演：… （文/张栋）…: past a review's facts
    # the last real paragraph (not a trailing "图集" or "分享" widget label, a notice in 【】,
    # the editor's line, the further reading, a share prompt or a disclaimer after it)
    last = story_last(text_blocks[1:])
    editors = frozenset(re.split(r"[、，,\s]+", editor or ""))
    closing = [n for n in closing_names(text_blocks, last, structured) if n not in editors]
    # 本文由 @X 原创发布于…; 本文作者：X over 本文链接：, a blog's copyright box
    closing = closing or platform_writer(text_blocks, title_el) or copyright_writer(lines)
    closing = closing or posted_by_writer(lines, title_at)  # 本文由 X 在 2014年8月23日 发布
    after = lines[title_at + 1 : title_at + 7] if title_at is not None else []
    header = [ln.text for ln in after if not ln.in_comments and not linked_story(ln, title_el)]
    header += body.bylines
    found = _lead_writers(body, text_blocks)
    found += find_authors(window, first, last, editors) + header_bylines(header) + closing
    found += dated_latin_writers(header[:3])  # Kevin Lee 发表于 2024-03-16
    # 原创： 苏木编译 全球宏观观察; 本网讯（化学化工学院 甘雨 卢思远）
    found += window_writers(window) + unit_lead_writers(first)
    authors = list(dict.fromkeys(found)) or name_under_title(after, header)
    if authors:
        return hidden_cowriters(lines, title_at, authors)  # 作者：甲,乙,丙 for search engines
    beside = [n for n in class_authors(title_el, host) if n not in editors]
    beside = [n for n in beside if not THEME_AUTHOR.fullmatch(n)]  # Hexo's John Doe
    if beside:
        return beside
    if translators := translated_by(window):  # 译者：黄嘉宁, when no writer is named
        return translators
    raw = list(structured.authors) + meta_authors(structured, lines)
    names = [n for r in raw for n in field_names(r) if meta_person(n, r) and n not in editors]
    names = names or [n for n in structured_pen_names(structured, lines) if n not in editors]
    return list(dict.fromkeys(names))
