"""Labels that mark a time shown on a page as no publish time: an update, a deadline, an
event's day, a comment's, a recommended story's, a header's today."""

from __future__ import annotations

import re

#: 今日海淀, 今日镇江, 今日财经 right before the time: an account or a local paper named 今日X,
#: as a WeChat post's header or a reprint's source shows it, not 今日 (today) as a header's
#: clock labels a day (今日：, 今日 星期二, 今日日期, 今日天气, 今日更新).
TODAY_NAMED = (
    r"(?!日期|[时時][间間]|是|[为為]|星期|[周週]|天[气氣]|[农農][历曆]|更新|推荐|推薦|[热熱]|"
    r"[访訪][问問]|浏览|瀏覽|点击|點擊|发布|發布)[\u4e00-\u9fff]{2,4}\s*$"
)
BAD_LABEL = re.compile(
    r"(?:成文日期|成文时间|印发日期|印发时间|更新时间|更新日期|最后更新|更新于|修改时间|修改日期|修订|最后修改|"
    # 最後更新 / 更新於 in traditional script (not 更新時間: CNA's only time, 最新更新時間)
    r"最後更新|更新於|修改時間|最後修改|"
    r"施行|实施日期|生效|有效期|截止|报名|开始时间|结束时间|举办时间|活动时间|会议时间|访问时间|访谈时间|訪談時間|"
    r"评论(?!员|員)|回复|留言|updated?|modified|截至|统计(?!局)|拍摄|录制|开幕|闭幕|今天是|今日(?!新[闻聞]|[头頭]条|[头頭]條|"
    rf"{TODAY_NAMED})|"
    r"当前时间|现在时间|服务时间|办公时间|咨询时间|受理时间|"
    # 当地时间2021年9月3日，…: the day of an event abroad, as captions and leads open
    r"当地时间|當地時間)\s*[:：]?\s*\S{0,6}\s*$"
    # 相关推荐文章于 2023-02-14 发布: a recommended story's time (来源: 网友推荐 时间: is a value)
    r"|推荐(?!\s+(?:发布|發布)?(?:时间|時間|日期)\s*[:：]\s*$)\s*[:：]?\s*\S{0,6}\s*$",
    re.I,
)

UPDATE_LABEL = re.compile(r"更新时间|更新日期|最后更新|更新于|最後更新|更新於|最后修改|最後修改")
