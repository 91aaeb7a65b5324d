"""The towns datelines file from below the big cities: Taiwan's townships and districts
(豐原, 竹北, 板橋, 羅東), Hong Kong's districts (觀塘, 沙田) and the mainland's county-level
cities (义乌, 昆山, 晋江). A reporter's name runs straight into them (（中央社記者林明豐原3日電）,
記者王大同新竹縣竹北市報導), so a dateline is read by them; a town whose name is also a common
word or a given name (中山, 和平, 成功, 永康) counts only with its 區, 鄉, 鎮 or 市 after it."""

from __future__ import annotations

import re
from collections import defaultdict

#: Taiwan's township-level names, county by county, that stand alone in a dateline.
TAIWAN_TOWNS = (
    # 臺北市, 新北市, 基隆市
    "萬華 士林 北投 內湖 南港 文山 松山 板橋 三重 中和 永和 新莊 新店 樹林 鶯歌 三峽 淡水 汐止 "
    "瑞芳 土城 蘆洲 五股 林口 深坑 石碇 坪林 三芝 石門 八里 平溪 雙溪 貢寮 萬里 烏來 暖暖 七堵 "
    # 桃園市, 新竹縣市, 苗栗縣
    "中壢 平鎮 八德 楊梅 蘆竹 大溪 龍潭 龜山 大園 觀音 新屋 竹北 竹東 新埔 關西 湖口 新豐 峨眉 "
    "寶山 北埔 芎林 橫山 尖石 五峰 香山 頭份 竹南 後龍 通霄 苑裡 卓蘭 造橋 頭屋 銅鑼 三義 "
    "獅潭 三灣 南庄 泰安 "
    # 臺中市, 彰化縣, 南投縣
    "北屯 西屯 南屯 大里 霧峰 烏日 豐原 后里 石岡 東勢 新社 潭子 大雅 神岡 大肚 沙鹿 龍井 梧棲 "
    "大甲 外埔 員林 和美 鹿港 溪湖 二林 北斗 花壇 芬園 大村 永靖 伸港 線西 福興 秀水 埔心 "
    "埔鹽 大城 芳苑 竹塘 社頭 二水 田尾 埤頭 溪州 埔里 草屯 竹山 集集 名間 鹿谷 中寮 魚池 國姓 "
    "水里 "
    # 雲林縣, 嘉義縣, 臺南市
    "斗六 斗南 虎尾 西螺 土庫 北港 古坑 大埤 莿桐 林內 二崙 崙背 麥寮 褒忠 臺西 台西 元長 四湖 "
    "口湖 水林 太保 朴子 布袋 大林 民雄 溪口 新港 六腳 東石 義竹 鹿草 中埔 竹崎 梅山 番路 大埔 "
    "阿里山 安平 安南 歸仁 新化 左鎮 玉井 楠西 南化 仁德 關廟 龍崎 官田 麻豆 佳里 西港 七股 "
    "學甲 新營 後壁 白河 柳營 下營 鹽水 善化 "
    # 高雄市, 屏東縣
    "楠梓 左營 鼓山 三民 苓雅 前金 鹽埕 前鎮 旗津 小港 鳳山 大寮 鳥松 林園 仁武 岡山 路竹 橋頭 "
    "梓官 彌陀 燕巢 田寮 阿蓮 茄萣 湖內 旗山 美濃 內門 杉林 甲仙 六龜 茂林 桃源 那瑪夏 潮州 "
    "東港 恆春 萬丹 麟洛 九如 里港 鹽埔 高樹 萬巒 內埔 竹田 新埤 枋寮 新園 崁頂 林邊 南州 "
    "佳冬 小琉球 車城 滿州 枋山 霧台 霧臺 瑪家 泰武 來義 三地門 "
    # 宜蘭縣, 花蓮縣, 臺東縣, 離島
    "羅東 蘇澳 頭城 礁溪 壯圍 員山 冬山 五結 南澳 鳳林 玉里 吉安 壽豐 豐濱 瑞穗 富里 秀林 萬榮 "
    "卓溪 卑南 關山 太麻里 長濱 鹿野 池上 綠島 海端 達仁 金峰 蘭嶼 馬公 湖西 西嶼 望安 七美 金寧 "
    "烈嶼 烏坵 南竿 北竿 莒光 東引"
).split()

#: Taiwan's township-level names that are common words or given names too (中山, 和平, 成功):
#: a dateline's town only with its 區, 鄉, 鎮 or 市.
TAIWAN_TOWNS_SUFFIXED = (
    "中正 大同 中山 大安 信義 仁愛 安樂 東區 西區 南區 北區 中區 中西 太平 和平 公館 西湖 大湖 "
    "清水 泰山 金山 復興 新興 永安 永康 安定 將軍 山上 新市 大內 東山 六甲 北門 水上 長治 琉球 "
    "春日 獅子 牡丹 新城 光復 成功 大武 東河 延平 三星 大樹 大社 田中 白沙 金城 金湖 金沙"
).split()

#: Hong Kong's districts and the places its papers report from, in both scripts; Macau's islands.
HONG_KONG_PLACES = (
    "灣仔 湾仔 油尖旺 深水埗 九龍城 九龙城 黃大仙 黄大仙 觀塘 观塘 荃灣 荃湾 屯門 屯门 元朗 西貢 "
    "西贡 沙田 葵青 離島 离岛 旺角 尖沙咀 銅鑼灣 铜锣湾 中環 中环 將軍澳 将军澳 天水圍 天水围 "
    "上水 粉嶺 粉岭 東涌 东涌 葵涌 馬鞍山 马鞍山 香港仔 九龍 九龙 新界 氹仔 路環 路环"
).split()

#: The mainland's county-level cities (and a few famous counties) that datelines name often.
MAINLAND_TOWNS = (
    "义乌 昆山 江阴 张家港 常熟 太仓 宜兴 溧阳 丹阳 句容 靖江 泰兴 如皋 海门 启东 邳州 新沂 "
    "沭阳 晋江 石狮 南安 福清 龙海 福鼎 福安 邵武 武夷山 建瓯 漳平 慈溪 余姚 诸暨 温岭 临海 "
    "乐清 桐乡 平湖 嵊州 兰溪 江山 龙泉 安吉 德清 长兴 寿光 胶州 平度 莱西 荣成 龙口 招远 莱州 "
    "邹城 滕州 新泰 曲阜 巩义 新郑 登封 禹州 长葛 济源 灵宝 项城 汉川 仙桃 天门 潜江 宜都 枝江 "
    "当阳 恩施 利川 浏阳 醴陵 韶山 湘乡 耒阳 吉首 凤凰 普宁 陆丰 台山 开平 恩平 鹤山 阳春 廉江 "
    "雷州 吴川 英德 连州 乐昌 四会 罗定 辛集 定州 涿州 迁安 三河 霸州 任丘 黄骅 武安 孝义 介休 "
    "神木 府谷 仁怀 赤水 凯里 都匀 都江堰 彭州 邛崃 崇州 简阳 峨眉山 阆中 瑞丽 景洪 个旧 腾冲 "
    "凭祥 东兴 北流 桂平 瑞金 井冈山 婺源 德兴 贵溪 樟树 宁国 桐城 天长 界首 格尔木 敦煌 "
    "库尔勒 喀什 伊宁 阿克苏 石河子 满洲里 二连浩特 锡林浩特 延吉 珲春 绥芬河 抚远 漠河 "
    "瓦房店 庄河 海城 凤城 东港"
).split()

#: The mainland's county-level cities whose names are given names too: with 市 after them only.
MAINLAND_TOWNS_SUFFIXED = "永康 永安 长乐 海宁 东阳 瑞安 兴宁 乐平 仁寿 明光 永城 丰城".split()

#: The county or city before a Taiwanese township: 新竹縣竹北市, 臺中市豐原區.
TAIWAN_COUNTY = (
    r"(?:(?:臺北|台北|新北|桃園|臺中|台中|臺南|台南|高雄|基隆|新竹|苗栗|彰化|南投|雲林|嘉義|屏東"
    r"|宜蘭|花蓮|臺東|台東|澎湖|金門|連江)[縣市]\s*)?"
)


def grouped(words: list[str]) -> str:
    """The regex alternation of *words*, grouped by their first character (quick to scan)."""
    heads: dict[str, list[str]] = defaultdict(list)
    for word in words:
        heads[word[0]].append(re.escape(word[1:]))
    parts = []
    for head, tails in heads.items():
        tails = sorted(set(tails), key=len, reverse=True)
        parts.append(head + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"))
    return "|".join(parts)


#: A town of a dateline, the county before a Taiwanese one and its 區, 鄉, 鎮 or 市 after it.
TOWNS = (
    TAIWAN_COUNTY
    + r"(?:(?:"
    + grouped(TAIWAN_TOWNS)
    + r")[鄉鎮市區]?|(?:"
    + grouped(TAIWAN_TOWNS_SUFFIXED)
    + r")[鄉鎮市區])|"
    + grouped(HONG_KONG_PLACES)
    + r"|(?:"
    + grouped(MAINLAND_TOWNS)
    + r")市?|(?:"
    + grouped(MAINLAND_TOWNS_SUFFIXED)
    + r")市"
)
