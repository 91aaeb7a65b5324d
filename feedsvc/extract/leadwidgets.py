"""Widgets and notes that portals set between the headline and the text, none of them its
start: a player's clock, speed and voice note, a video's title with its length, a row of
counters, the note that the story ran first on the outlet's app or when it was updated, a call
to open the app, to listen or to follow, an editors' lead box, a forwarded notice's origin tag;
and a caption's closing source."""

from __future__ import annotations

import re

from .lexicon import DATE_START
from .paperfront import paper_front

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"

#: 00:00 / 03:12, 1.0x, 倍速: an audio player's clock and speed (听新闻, 语音播报 bars).
PLAYER_CLOCK = re.compile(
    rf"^(?:{_CLOCK}(?:\s*[/／|｜]\s*{_CLOCK})?|[0-3](?:\.\d{{1,2}})?\s*[xX×倍]|倍速(?:播放)?)$"
)

#: 【语音播报】, 朗读全文, 聽新聞: a player's label on a line of its own; 听全文 约4分钟, 语音播报
#: 时长 03:12: the label and the length of the reading.
PLAYER_LABEL = re.compile(
    r"^[【\[]?\s*(?:语音播报|語音播報|语音朗读|語音朗讀|朗读全文|朗讀全文|听新闻|聽新聞|听全文|聽全文"
    r"|音频|音頻)\s*[】\]]?"
    rf"(?:\s*(?:时长|時長)?\s*(?:约|約|大约|大約)?\s*(?:\d{{1,3}}\s*(?:分钟|分鐘|分|秒)"
    rf"(?:\s*\d{{1,2}}\s*秒)?|{_CLOCK}))?$"
)

#: （共5张）, 共 12 幅: the number of pictures in the gallery over the text.
PHOTO_COUNT = re.compile(r"^[(（]?\s*共\s*\d{1,3}\s*(?:张|張|幅)(?:图|圖|图片|圖片)?\s*[)）]?$")

#: 信息来源：X　浏览次数：1024: a government site's info line closing with its counter.
INFO_COUNTER = re.compile(
    r"^[^。！？]{0,50}?(?:浏览次数|瀏覽次數|访问量|訪問量|点击数|點擊數|点击量|點擊量|阅读数|閱讀數"
    r"|阅读量|閱讀量|浏览量|瀏覽量)\s*[:：]\s*[\d,]*\s*次?$"
)

#: 本文音频由AI合成, 语音播报由人工智能生成, （本文语音为AI朗读）: the note under the player.
VOICE_NOTE = re.compile(
    r"^[(（【\[]?\s*(?:本文|本篇|文章|全文)?\s*(?:音频|音頻|语音|語音|声音|聲音)\s*(?:播报|播報)?\s*"
    r"(?:由|為|为|系|採用|采用)\s*\S{0,12}?(?:合成|生成|朗读|朗讀|播报|播報|技术提供|技術提供)"
)

#: 新开通公交线路首日运营 03:12: a video's title and its length, under the player.
VIDEO_TITLE = re.compile(rf"^[^。！？：:，,]{{2,40}}?\s+(?:时长|時長)?\s*{_CLOCK}$")

_COUNTER = (
    r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|点赞|點讚|点赞数|评论|評論|收藏|分享|转发|轉發|在看|播放)"
    r"(?:量|数|數|次数|次數)?"
)

#: 阅读 1.2万 点赞 356, 浏览量：3456: a row of counters over the text.
#: 1.2万次播放, 3,456 阅读: the count written first.
COUNTER_ROW = re.compile(
    rf"^(?:(?:{_COUNTER}\s*[:：]?\s*\d[\d,.]*\s*[万萬wWkK]?\+?"
    rf"|\d[\d,.]*\s*[万萬wWkK]?\+?\s*(?:次|人)?\s*{_COUNTER})[\s|｜·]*)+$"
)

#: 本文已在某某新闻客户端首发, *本文首发于某某日报客户端: the story ran first on the outlet's app.
APP_FIRST = re.compile(
    r"^[*＊]?\s*[(（【\[]?\s*本文\s*(?:已|已经|已經)?\s*(?:在|于|於)\S{1,16}?"
    r"(?:客户端|客戶端|APP|App|app|新闻端|新聞端)\s*(?:上)?\s*(?:首发|首發|发布|發布|刊发|刊發)"
    r"|^[*＊]\s*本文\s*(?:首发|首發)(?:于|於|在)\S{1,16}?(?:客户端|客戶端|APP|App|app)"
)

#: 核心提示：…, 【内容提要】…, [提要]…, 导语：…, 编辑导语：…, 摘要：…, 一句话新闻：…,
#: [内容速览]…, 「编者摘要：…」: the editors' lead box, in a paragraph or a quoted box (a 编者按
#: there, in a box or not, introduces a piece the paper carries: it opens the text).
LEAD_LABEL = re.compile(
    r"^\s*[\[【(（「]?\s*(?:核心提示|内容提要|內容提要|提要|编辑导语|編輯導語|导语|導語|一句话新闻|一句話新聞"
    r"|摘要|内容速览|內容速覽|编者摘要|編者摘要)"
    r"\s*[:：】\]）)|｜]"
)


#: 关键词：甲，乙，丙, 【关键字】甲 乙, 2017年1月2日 标签：甲 乙: the article's keywords or
#: tags, a line over its text (its date before them).
KEYWORDS = re.compile(
    rf"^\s*(?:{DATE_START}\s*日?\s*)?[\[【(（]?\s*"
    r"(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|Tags?)\s*[:：】\]）)]"
)

#: 打开APP 阅读全文, 打開App看更多: a call to read on the portal's app.
OPEN_APP = re.compile(
    r"^(?:打开|打開|前往|下载|下載)\s*\S{0,10}?(?:APP|App|app|客户端|客戶端)"
    r"\s*(?:(?:阅读|閱讀|查看|观看|觀看|看|收听|收聽)\S{0,6})?$"
)

#: 点击收听 本文时长约3分钟, 收听本文: a call to listen to the story read aloud.
LISTEN_CALL = re.compile(
    r"^(?:(?:点击|點擊)\s*(?:收听|收聽|朗读|朗讀|播放)|(?:收听|收聽|朗读|朗讀)\s*(?:本文|全文))"
)

#: （本文于5月9日11时更新）, 本文已于2024年5月9日修改: when the story was last updated.
UPDATE_NOTE = re.compile(
    r"^[(（【\[]?\s*(?:本文|此文|文章)\s*(?:已|已经|已經)?\s*(?:于|於)\s*[^，。,]{2,24}?"
    r"(?:更新|修改|修订|修訂|更正)\s*(?:过|過)?\s*[)）】\]]?$"
)

#: A+ A-, 字級 A A A: the font size buttons; 赞(12), 收藏 分享 举报: the reader's buttons; Photo:
#: Xinhua: a picture's credit in English.
BUTTON_ROW = re.compile(
    r"^(?:(?:字級|字级|字體|字体|字號|字号)\s*[:：]?\s*)?(?:[Aa]\s*[+＋\-－]?\s*){2,4}$"
    r"|^(?:(?:赞|讚|点赞|點讚|收藏|分享|举报|舉報|评论|評論|转发|轉發|打印|列印)\s*(?:[(（]\d*[)）]|\d+)?"
    r"[\s|｜·]*){1,6}$"
    r"|^(?:Photo|Image|Picture)s?\s*(?:by|credit)?\s*[:：]\s*[A-Za-z .,/-]{2,40}$",
    re.I,
)

#: 转播此图到微博, 新功能 幻灯观看, 隐藏图注: the buttons of a photo viewer over the text.
_BUTTON = (
    r"(?:转播|轉播|分享)(?:此图|此圖)?到微博|新功能|幻灯观看|幻燈觀看|幻灯播放|幻燈播放"
    r"|(?:隐藏|隱藏|查看|显示|顯示)(?:图注|圖註)|查看原图|查看原圖|重新播放"
)
GALLERY_BUTTONS = re.compile(rf"(?:(?:{_BUTTON})(?:\s+|$))+")

#: 第1/8页 上一页 下一页 点击图片浏览下一张, 点击此处查看全部新闻图片: a gallery's pager and
#: its calls, over the text of a portal's photo story.
_PAGER = (
    r"第\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[页頁张張]|[上下]一(?:页|頁|张|張|组|組)"
    r"|点击(?:图片|圖片)?(?:浏览|查看|进入|瀏覽|進入)?下一(?:张|页|張|頁)"
    r"|點擊(?:圖片)?(?:瀏覽|查看|進入)?下一(?:張|頁)"
    r"|(?:点击|點擊)此(?:处|處)(?:查看|浏览|瀏覽)全部(?:新闻|新聞)?(?:图片|圖片)"
)
GALLERY_PAGER = re.compile(rf"(?:(?:{_PAGER})(?:\s+|$))+")

#: 上一张 1/6 下一张 查看原图: a gallery's pager, its counter and its buttons in one row.
GALLERY_CONTROLS = re.compile(
    rf"(?:(?:{_PAGER}|{_BUTTON}|[(（]?\d{{1,3}}\s*[/／]\s*\d{{1,3}}[)）]?)\s*)+"
)

#: 追蹤我們：Facebook LINE, 关注我们：微博 微信: the outlet's accounts, a row over the text.
FOLLOW_US = re.compile(r"^(?:追蹤|追踪|關注|关注|訂閱|订阅)(?:我們|我们)\s*[:：]")

#: …。图片来源：Getty Images, …，图源：X。, …。视觉中国, …候车。IC photo, …。（資料圖片）: a
#: caption closing with the picture's source or the agency that sold it.
CAPTION_SOURCE = re.compile(
    r"[。\s](?:(?:图片来源|圖片來源|图源|圖源|图片来自|圖片來自)\s*[:：]\s*[^。，,]{1,24}"
    r"|视觉中国|視覺中國|东方IC|東方IC|IC\s?photo|Getty\s?Images|CFP|VCG|图虫创意|圖蟲創意)"
    r"\s*[）)]?\s*$"
    # 深海珊瑚礁，图源：某机构。: the source after a comma, the caption closed by a full stop
    r"|[，,]\s*(?:图片来源|圖片來源|图源|圖源|图片来自|圖片來自)\s*[:：]\s*[^。，,]{1,24}[。.]\s*$"
    # …首日運行。（資料圖片）: a Hong Kong paper's file-photo credit in its brackets
    r"|[。！？][(（](?:資料|资料|網上|网上)(?:圖片|图片|相片|照片|圖|图)[)）]\s*$"
    # …首日運行。圖／交通局提供: a Taiwanese caption closing with its credit after a slash
    r"|[。！？\s](?:圖|图|照片|攝影|摄影)\s*[／/]\s*[^。，,／/]{1,16}$",
    re.I,
)


#: 【来自交流处通知】, 【转自教务处】, （转载自学院网站）: the office a forwarded notice comes from,
#: tagged in brackets over its text (a column such as 【来自基层的声音】 is the text's own).
ORIGIN_TAG = re.compile(
    r"^[【\[［(（]\s*(?:来自|來自|转自|轉自|转载自|轉載自|转发自|轉發自|摘自|选自|選自|源自)\s*[:：]?"
    r"[^的。，！？,:：]{2,20}[】\]］)）]$"
)


def widget_line(text: str) -> bool:
    """Whether a short line before the text is a player's, a video's, a counter's or a row of
    buttons, the note that the story ran first on the app or was updated, a call to open the
    app, to listen or to follow, a forwarded notice's origin tag, or an editors' lead box (up
    to 400 characters) or its keywords, or a reprinted paper's front matter."""
    line = text.strip()
    if paper_front(line):
        return True  # 摘  要：…, 中图分类号：…: a reprinted paper's front matter
    if len(line) > 60:
        if len(line) <= 120 and KEYWORDS.match(line):
            return True
        return len(line) <= 400 and LEAD_LABEL.match(line) is not None
    rules = (
        PLAYER_CLOCK,
        PLAYER_LABEL,
        PHOTO_COUNT,
        VIDEO_TITLE,
        COUNTER_ROW,
        OPEN_APP,
        UPDATE_NOTE,
        BUTTON_ROW,
        GALLERY_BUTTONS,
        GALLERY_PAGER,
        GALLERY_CONTROLS,
        ORIGIN_TAG,
    )
    if any(r.fullmatch(line) for r in rules):
        return True
    more = (VOICE_NOTE, APP_FIRST, LEAD_LABEL, KEYWORDS, LISTEN_CALL, FOLLOW_US, INFO_COUNTER)
    return any(r.match(line) for r in more)
