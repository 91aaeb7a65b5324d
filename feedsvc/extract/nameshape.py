"""Telling people from outlets: family names, organisation words, and a byline's names split."""

from __future__ import annotations

import re

from ..outlets import is_known
from .lexicon import BYLINE_TAIL
from .lexicon import PLACE
from .lexicon import POST_META
from .lexicon import REPORTER
from .lexicon import alternation

#: Two-character family names: 欧阳娜娜, 司马南.
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫")

#: Family names, for telling a person (王慧慧) from an outlet (人民网).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡钮鞠丰蔺从苑弓尉宿信萧"
    "南晋阎谈帅况荆厉戎芮郁粟揭慕茹晁练"
    "張劉陳楊黃趙吳鄭謝韓馮鄧蕭許葉蘇魏呂盧薑鍾譚陸範賈韋鄒熊邱閻賀顧龔萬錢嚴湯溫龐聶魯嶽殷"
    "歐關藍紀畢單裴塗蓋駱藍靳饒譚"
    "洪傅賴莊羅簡顏孫馬蔣連鐘凃粘闕辜龍麥鄔鄺區"
    "印奚栗禹郜隗冼阚邴訾逄綦鄢酆谌嵇蒯宓宦阙冀雍茅邝竺储儲楼樓赖权邰仝笪"
)


#: Words that mark an organisation, never a person (週刊 and 雜誌 as Traditional pages write them;
#: not 新聞, which also ends a section's label beside the time: 即時新聞, 國際新聞).
ORG_HINT = re.compile(
    r"网|報|报|社|台|局|厅|委|办|院|部|会|中心|融媒|政府|新闻|客户端|频道|卫视|衛視|时报|日报|晚报|周刊|週刊|杂志|雜誌|出版"
    r"|公司|集团|中国|省|市|县|区|署|所|站|微信|公众号|微博|号$|[\u4e00-\u9fff]{2}发布$|[\u4e00-\u9fff]文旅|大学|学校|协会|联盟|研究|机构|媒体"
    r"|China|News|Daily|Times|Press|Agency|Xinhua|CCTV|CGTN|\.com|\.cn|在线$|在線$"  # 中安在线
    # a portal's sports or entertainment desk: 新浪体育, 腾讯体育, 网易娱乐
    r"|^[\u4e00-\u9fff]{2,3}(?:体育|娱乐|體育|娛樂)$"
)

#: A township or street office (高桥镇, 白马乡, 东门街道): a county portal's 来源 names the town a
#: story came from, though its name may read like a person's.
TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)")


#: 来源 values that name no outlet (or the site's own news office): the outlet named elsewhere.
GENERIC_SOURCE = re.compile(
    r"^(?:本网|本站|本台|本报|本刊|本网站|网站|原创|转载|转载文章|转自网络|网络|互联网|综合|整理|"
    r"综合整理|网络整理|未知|其他|其它|其他网站|其它网站|其他媒体|其它媒体|来源|佚名|不详|无|暂无|默认|编辑部|本网综合|本网原创|"
    r"网络转载|媒体|媒体报道|综合媒体报道|网友|投稿|自媒体|本報|本網|本臺|原創|轉載|網路|綜合|綜合報導|網友|党委宣传部|宣传部|宣教中心|新闻中心|新闻网|新闻办|新闻办公室|"
    r"(?:本网|本站|本台|本报|本報|本網|本臺)\S{0,4}|"
    # a share widget's label (分享至), never an outlet
    r"分享|分享至|分享到|转发到|轉發到|"
    # a platform's channel with no account (澎湃新闻·澎湃号·湃客): the account posted the story
    # 新浪财经-自媒体综合: a portal's self-media channel, not the account the post came from
    r"(?:\S{0,8}[-－·・\s])?自媒体综合|"
    r"(?:澎湃新闻|网易|腾讯|搜狐|凤凰)?[·・\s]*(?:澎湃号|网易号|企鹅号|搜狐号|大风号)(?:[·・]\S{1,4})?|"
    # 普通话主页, 新闻首页: a section's home page named at the end of the <title>, no outlet
    r"[\u4e00-\u9fff]{0,6}(?:主页|首页|主頁|首頁)|"
    # a template's placeholder left in a meta (apple-mobile-web-app-title "Title"), a logo's alt
    # (站点描述) or a 来源 field (文章出处：admin, the account that posted it)
    r"(?i:title|untitled|undefined|null|none|home|index|default|site ?name|网站名称|标题|首页"
    r"|(?:站点|网站|網站)(?:描述|名称|名稱|标题)|admin\w*|administrator|webmaster|管理员|管理員))$"
)


NOT_NAME = re.compile(
    r"报道|记者|通讯员|编辑|责编|摄影|摄像|实习生|图片|视频|来源|新华社|本报|电$|讯$|電$|综合|整理|"
    r"記者|編輯|報導|简介|介绍|观点|声明|专栏|翻攝|翻摄|攝影|綜合|編譯|编译|評論員|评论员|"
    r"^(?:佚名|本网|本站|未知|匿名|无|不详|文字|撰文|撰稿|文案|采写|老师|小编)$|[0-9:：/|]|发布$|發布$"
    # 作者：未填写, 作者：暂无: a content system's words for a field left empty
    r"|^(?:未填写|未填寫|未填|暂无|暫無|未设置|未設置|待定)$"
    # 作者:超级管理员: a content system's account, as its templates fill the author field
    r"|^(?:超级|超級|系统|系統|网站|網站)?(?:管理员|管理員)$"
    # 作者：技术, 作者：市场部: the department whose account posted it
    r"|^(?:技术|技術|市场|市場|销售|銷售|营销|營銷|行政|客服|运营|運營|人事|财务|財務|宣传|宣傳|企划|企劃)"
    r"(?:部|中心|科|组|組)?$"
)


#: The buttons and counters beside an account's name or closing an info line: 关注, 订阅, 分享,
#: 我要评论, 参与跟贴, 热门评论 (a comment box's link), never a person.
#: 点击上方蓝字关注X, 长按二维码关注: a call in the text to follow an account (its 关注 is no
#: button, and the line is no article text).
FOLLOW_CALL = re.compile(r"(?:点击|點擊|点|點|长按|長按|扫码|掃碼)[^，。！？,]{0,10}?(?:关注|關注)")


UI_WORDS = re.compile(
    r"^[+＋]?\s*(?:我要|我来|我來|参与|參與|发表|發表|神|热门|熱門|精彩|最新|网友|網友)?\s*"
    r"(?:已?关注|已?關注|订阅|訂閱|分享|收藏|举报|舉報|点赞|點讚|评论|評論|转发|轉發|"
    r"打印|关闭|關閉|登录|登錄|注册|註冊|回复|回覆|取消关注|私信|纠错|糾錯|跟贴|跟帖|我有话说|说两句)$"
)


#: Han characters, including the extension planes (names such as 王䶮 or 李𠮷).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


#: 阿依古丽·买买提, 约翰·F·肯尼迪, 穆罕默德·阿卜杜勒·阿齐兹: a transliterated name (a minority's
#: or a foreigner's), its parts joined by a middle dot (·, •, ‧ or ・), one person.
DOTTED_NAME = f"[{HAN}]{{1,8}}(?:[·•‧・][A-Z])?(?:[·•‧・][{HAN}]{{1,10}}){{1,2}}"


#: 穆罕默德·阿卜杜勒·阿齐兹: a dotted name longer than a byline's names are, each part short
#: (not 山姆·迪恩抛出了这样的疑惑, a name and the sentence it opens).
LONG_DOTTED = re.compile(f"[{HAN}]{{1,7}}(?:[·•‧・][A-Z])?(?:[·•‧・][{HAN}]{{1,7}}){{1,2}}")


#: 木子·博客, 阿九·随笔, 山人·札记: a blog or small site named as its owner's, dotted, its last
#: part the kind of site it is: a site's name, never a transliterated person's.
SITE_KIND_TAIL = re.compile(
    r"[·•‧・][\u4e00-\u9fff]{0,4}(?:博客|部落格|随笔|隨筆|札记|札記|笔记|筆記|日志|日誌|杂谈|雜談"
    r"|手记|手記|小站)$"
)


#: Characters transliterations are spelt with (吐尔逊, 沃尔兹, 阿尔沙文, 德阿尔梅达): a family name
#: or a given name among them is more likely a transliteration's last syllables than a Han name.
TRANSLIT_SYLLABLES = frozenset(
    "尔爾斯德夫兹茲特克拉里塔基诺諾姆卡奇娃迪蒂科洛普布巴帕索萨薩塞契耶维維沃瓦皮恩蒙顿頓森逊遜"
    "赫泽澤茨奥奧伊埃尼阿乌烏提曼汗买買木库庫图圖默格纳納罗羅霍兰蘭丹登朗勒莫雷利达達沙梅马馬伍"
    "林米安丁艾杜金柯施舒温溫苏蘇季吉乔喬路华華巫韦韋尤卢盧鲁魯费費贝貝汉漢"
)


def glued_dotted(name: str) -> list[str]:
    """A dotted name and the Han name glued straight onto it told apart (古丽娜尔·吐尔逊王芳:
    古丽娜尔·吐尔逊 and 王芳): where a single cut leaves a family name and one or two characters
    (none of them a transliteration's syllable), and every dotted part two to seven characters."""
    parts = re.split("[·•‧・]", name)
    if len(parts) < 2 or not re.fullmatch(DOTTED_NAME, name):
        return [name]
    cuts = []
    for size in (2, 3, 4):
        rest, tail = parts[-1][:-size], parts[-1][-size:]
        family = 2 if tail[:2] in COMPOUND_SURNAMES else 1
        given = tail[family:]
        if family == 1 and (tail[0] not in SURNAMES or tail[0] in TRANSLIT_SYLLABLES):
            continue
        if family == 1 and rest[-1:] + tail[0] in COMPOUND_SURNAMES:
            continue  # 阳晓 of 欧阳晓: the cut falls inside a two-character family name
        if not 1 <= len(given) <= 2 or any(c in TRANSLIT_SYLLABLES for c in given):
            continue
        if all(2 <= len(p) <= 7 for p in [*parts[:-1], rest]):
            cuts.append([name[:-size], tail])
    return cuts[0] if len(cuts) == 1 else [name]


def org_dotted(name: str) -> bool:
    """Whether *name*, dotted as a transliterated name is, names an organisation and its
    section (人民日报·海外版) or a site (木子·博客), no person."""
    return re.fullmatch(DOTTED_NAME, name) is not None and (
        ORG_HINT.search(name) is not None or SITE_KIND_TAIL.search(name) is not None
    )


#: One word of a Latin name: Ryan; O'Brien, McLeod, DiCaprio with an inner capital after a
#: family prefix; Anne-Marie, hyphenated.
LATIN_PART = r"(?:(?:Mc|Mac|Di|De|Du|La|Le|[OD]['’])(?=[A-Z]))?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"

#: Ryan Foley, Alan Wei, John F. Smith, Mary O'Brien: a Latin name of two or three words (and
#: a middle initial or two), one person however it is spaced.
LATIN_NAME = re.compile(rf"{LATIN_PART}(?: [A-Z]\.?){{0,2}}(?: {LATIN_PART}){{1,2}}")


#: 南方時訊, 南方週刊, 海峡新聞: a four-character name ending in a newsroom's or magazine's word
#: names a publication, never a person (a paper's 报 is told by its last character); so does a
#: three-character one ending in a word no given name is (金时讯, 晨快讯, 江月刊), though 新闻
#: may be one (李新闻); a radio station's 之声 (金陵之声) ends no name either.
OUTLET_WORD_TAIL = re.compile(
    f"^[{HAN}]{{2}}(?:时讯|時訊|快讯|快訊|新闻|新聞|周刊|週刊|月刊|杂志|雜誌|之声|之聲)$"
    f"|^[{HAN}](?:时讯|時訊|快讯|快訊|周刊|週刊|月刊|杂志|雜誌)$"
)


def looks_like_person(name: str) -> bool:
    """A Chinese personal name (王慧慧, 欧阳娜娜, 阿布都·热合曼) or a Latin one (John F. Smith)."""
    name = name.strip()
    if UI_WORDS.match(name) or DEPARTMENT.search(name) or NOT_PEN_NAME.match(name):
        return False
    if re.fullmatch(f"[{HAN}]{{2,4}}", name):
        if len(name) > 2 and name[-1] in "网網报報" or OUTLET_WORD_TAIL.search(name):
            return False  # 文/图 易车网 霍宁, 江城晚报, 南方時訊: a website or paper is no person
        if name.endswith(REPORTER):
            return False  # （明報記者 林佩君）: a paper's reporter is a role, not a name
        if name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES:
            return True
        # 通讯员 粤交宣, 穗公宣, 杭住宣, 甬纪宣: a department's press office, signing so
        return name[2:] == "宣" and name[1] in "公交地检法宣教卫税住纪环消城农水商"
    if re.fullmatch(DOTTED_NAME, name):
        return not org_dotted(name)  # 人民日报·海外版, 木子·博客: an organisation or a site
    return bool(LATIN_NAME.fullmatch(name))


#: A department that signs beside its writers (文/图 心内科 周敏 宣传科 孙磊): no person.
DEPARTMENT = re.compile(
    f"^[{HAN}]{{1,3}}(?:部|处|办|局|厅|室|中心)$"
    f"|^[{HAN}]{{0,2}}"
    r"(?:[内外儿眼骨]|妇产?|宣传|保卫|财务|医务|护理|信息|后勤|总务|教务|科研|人事|组织"
    r"|综合|政工|秘书|法规|规划|办公|业务|行政|计划|统计|审计|党建|宣教)科$"
)


#: Words a byline label may be followed by that name no writer (作者文章: an author box's list
#: of the writer's other stories).
NOT_PEN_NAME = re.compile(
    r"^(?:小编|管理员|网友|網友|读者|讀者|用户|用戶|官方|投稿|本站|本网|本網|原创|原創|转载|轉載"
    r"|文章)$"
    # 译者, 校对: a credit's role word, read where its name would be, is never a name
    r"|^(?:作者|译者|譯者|翻译|翻譯|编译|編譯|校对|校對|审校|審校|撰文|撰稿|执笔|執筆)$"
    r"|^(?:分享|打印|收藏|字号|字體|关注|關注|返回|阅读|閱讀|点击|點擊|(?:文章|原文|本文)(?:链接|鏈接))"
    # 分类于, 标签, 发表于: a blog theme's post meta label, read where a name would be
    rf"|^(?:{alternation(*POST_META)}|分类|分類|标签|標籤|發表於|发表于)$"
)


def looks_like_pen_name(name: str) -> bool:
    """A writer's name as a byline label gives it (执笔/叨叨姐, 作者：彦飞): two to four Han
    characters, the family name unchecked, that are no organisation, place or role."""
    return bool(
        re.fullmatch(f"[{HAN}]{{2,4}}", name)
        and not ORG_HINT.search(name)
        and not NOT_NAME.search(name)
        and not PLACE.fullmatch(name)
        and not NOT_PEN_NAME.match(name)
        and not UI_WORDS.match(name)
        and not DEPARTMENT.search(name)
    )


#: What a sentence says, never an outlet's name: 公司拒回應, 對方表示….
SENTENCE_WORDS = re.compile(
    r"拒|表示|回應|回应|指出|認為|认为|否認|否认|證實|证实|強調|强调|透露|坦言|不願|不愿|尚未|並未|并未"
    # 按讚加入華視粉絲團: a call to follow the site, a widget beside the source line
    r"|^(?:按讚|按赞|加入|追蹤|追踪|訂閱|订阅)|粉絲團|粉丝团|粉絲專頁|粉丝专页"
)


#: The Verge, Caixin Global, Wall Street Journal, Nikkei Asia: a Latin brand of two or more words,
#: told from a person's name (John Smith) by its article or a word publications are named with
#: (vetted only where a 来源 label names it: a label names an outlet, not a person).
LATIN_BRAND = re.compile(
    r"^The [A-Z]|\b(?:Journal|Post|Weekly|Review|Global|Asia|Media|Insider|Verge|Information"
    r"|Magazine|Tribune|Herald|Guardian|Economist|Telegraph|Street|Week|Wire|Reporter|Observer"
    r"|Monitor|Digest|Radio|Online|Tech|Business|Finance|Financial|Capital|Nikkei|Caixin|Reuters"
    r"|Bloomberg|Forbes|Fortune|Wired|Quartz|Network|Group|China|Chinese|Taiwan|Daily|News|Times"
    r"|Today)\b"
)


#: Two to five capitalised Latin words: a name, a person's or a publication's.
LATIN_WORDS = r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,4}"


def latin_brand(name: str) -> bool:
    """Whether *name* is a Latin publication's name (The Verge), though it reads like a person's."""
    return re.fullmatch(LATIN_WORDS, name) is not None and bool(LATIN_BRAND.search(name))


def looks_like_outlet(name: str) -> bool:
    """Whether *name* can be an outlet: not a person, not generic, not a sentence."""
    name = name.strip()
    if not name or len(name) > 30 or GENERIC_SOURCE.match(name):
        return False
    if re.search(r"[。！？，]", name) or re.fullmatch(r"[\d\W]+", name):
        return False
    if re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)+", name):
        return False  # ramoops_register_dummy: a name in code quoted in the text, no outlet
    if SENTENCE_WORDS.search(name):
        return False
    # 南方周末, 金融界: a Chinese outlet the table knows, though its name reads like a person's
    known = is_known(name) and re.fullmatch(r"[\u4e00-\u9fff·]+", name) is not None
    town = TOWNSHIP.fullmatch(name) is not None
    if looks_like_person(name) and not ORG_HINT.search(name) and not known and not town:
        return False
    return True


#: 方 敏: a two-character name set with a space to line up with three-character ones.
SPACED_NAME = re.compile(f"(?<![{HAN}])([{HAN}])[ \u3000]([{HAN}])(?![{HAN}])")


#: A run of Latin words in a byline (John Smith, Reuters, The Register), up to the next
#: label, date or Chinese text.
LATIN_RUN = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]\.|[A-Za-z][A-Za-z'’-]*)(?:[ \u3000]+(?:[A-Z]\.|[A-Za-z][A-Za-z'’-]*))*"
)

#: What joins a Latin name's words while a byline is cut into names.
_JOINED = "\u2060"


#: Getty Images, Acme Studio: a Latin company's words, never a person's name.
LATIN_COMPANY = re.compile(
    r"\b(?:Images|Photos?|Pictures|Studios?|Inc|Ltd|Corp|Company|Institute|University|College"
    r"|Foundation|Council|Team|Staff|Editor|Editors|Desk)\b"
)


def latin_person(name: str) -> bool:
    """Whether *name* is a person's Latin name (John Smith, Ian McLeod, John F. Smith), no
    brand (The Register) or company (Getty Images, Acme Studio)."""
    if not LATIN_NAME.fullmatch(name) or latin_brand(name):
        return False
    return not ORG_HINT.search(name) and not LATIN_COMPANY.search(name)


def _latin_person(run: str) -> str:
    """*run*, a person's Latin name (John Smith, Mary O'Brien), with its words joined; any other
    run (Reuters, The Register, Associated Press) as it is."""
    name = " ".join(run.split())
    return name.replace(" ", _JOINED) if latin_person(name) else run


def split_names(text: str) -> list[str]:
    """People named in '王洲、刘开雄' or '记者 张三 通讯员 李四': the names, in order; a Latin
    name of two or three words (记者 John Smith) is one."""
    # 琳达·普雷斯利（Linda Pressly）: a transliterated name with the original in brackets
    text = re.sub(r"[（(]\s*[A-Za-z][A-Za-z .'’-]*[）)]", " ", text)
    text = LATIN_RUN.sub(lambda m: _latin_person(m.group()), text)
    # 南方周末记者 罗真 南方周末实习生 许安然: the outlet before each role word goes with it (and
    # the other places a correspondent is posted to: 环球时报驻美国、德国特约记者)
    text = re.sub(
        r"(?:(?:(?<=\s)|^)[\u4e00-\u9fff·]{2,12}?"
        r"(?:(?:(?<=[驻駐、][\u4e00-\u9fff]{2})|(?<=[驻駐、][\u4e00-\u9fff]{3}))、[\u4e00-\u9fff]{2,4})*)?"
        r"(?:本报|本報|本刊|本台|特约|特約|见习|見習|实习|實習|首席)?"
        r"(?:记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員|摄影|攝影|摄像)",
        " ",
        text,
    )
    # 林宸誼／台北報導: the place of the dateline and the closing word are no names
    text = re.sub(
        rf"[／/╱]\s*(?:[{HAN}]{{2,4}})?(?:外電|外电)?(?:{alternation(*BYLINE_TAIL)})\s*$", "", text
    )
    # 記者林昱報道: the closing word, as mainland, Taiwanese and Hong Kong papers write it
    closing = r"(?:报道|報導|報道|翻摄|翻攝|摄|攝|撰文|文字|编译|編譯|综合|綜合)$"
    text = re.sub(closing, "", text.strip())
    text = SPACED_NAME.sub(r"\1\2", text)
    names: list[str] = []
    tokens: list[str] = []
    for token in re.split(r"[、，,；;/／╱|｜&＆\s]+", text):
        parts = re.split("[和及与]", token) if len(token) > 4 else [token]
        # 张三和李四: two names; 让改革红利惠及更多群众 (a headline after 评论员：) is prose
        if len(parts) > 1 and all(re.fullmatch(f"[{HAN}]{{2,4}}|.*·.*", p) for p in parts):
            tokens.extend(parts)
        else:
            tokens.append(token)
    for token in tokens:
        token = token.strip(" ：:（）()【】[]\"'“”")
        if _JOINED in token:
            names.append(token.replace(_JOINED, " "))  # 记者 John Smith: one Latin name
            continue
        long = len(token) > 12 and not LONG_DOTTED.fullmatch(token)
        if not token or NOT_NAME.search(token) or long or PLACE.fullmatch(token):
            continue  # 高雄 of 記者陳文嬋／高雄: the dateline's place is no name
        if UI_WORDS.match(token):
            continue  # 张三 关注: the follow button beside a name
        if is_known(token):
            continue  # 文｜财新 记者 韩晓雪: an outlet the table knows is no name
        if re.fullmatch(f"[{HAN}]{{2,4}}", token) or "·" in token or looks_like_person(token):
            names += glued_dotted(token)  # 古丽娜尔·吐尔逊王芳: two writers
    return names


def people_in(match: re.Match[str] | None) -> list[str]:
    """The names a byline pattern matched in its group ``n``, when every one reads as a
    person; else none (an organisation or a place among them sinks the byline)."""
    found = split_names(match["n"]) if match else []
    return found if found and all(looks_like_person(n) for n in found) else []
