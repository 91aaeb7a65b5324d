"""A writer named with an affiliation or a post: 方敏北京大学经济学院教授,
中国国际经济交流中心研究员徐占忱, 武汉大学历史学院郭伦."""

from __future__ import annotations

import re

from .lexicon import PLACES
from .nameshape import looks_like_person

#: 方敏北京大学经济学院教授: a name running into the writer's affiliation.
AFFILIATION = re.compile(
    r"^(?P<n>[\u4e00-\u9fff]{2,3}?)\s*(?:系|为)?\s*(?=(?:"
    + PLACES
    + r"|中国|中央|国家|全国|清华|复旦|南开|[\u4e00-\u9fff]{2}(?:省|市))"
    r"[\u4e00-\u9fff]{0,12}(?:大学|学院|研究院|研究所|研究中心|党校|委员会|科学院))"
)


#: 中国国际经济交流中心研究员徐占忱: the writer's post (研究员, 教授, 院长) before the name.
TITLED_NAME = re.compile(
    r"(?:研究员|研究員|教授|讲师|講師|院长|院長|所长|所長|部长|部長|主任|秘书长|秘書長|理事长|"
    r"理事長|会长|會長|博士|学者|學者|专家|專家|分析师|分析師|经济学家|經濟學家|律师|律師|医师|醫師|"
    r"工程师|工程師|编审|編審|馆员|館員|董事长|董事長|总经理|總經理|总裁|總裁)"
    r"\s*(?P<n>[\u4e00-\u9fff·]{2,4})\s*$"
)


#: 武汉大学历史学院郭伦: the writer's university or institute, then the name.
SCHOOL_NAME = re.compile(
    r"(?:大学|大學|学院|學院|研究院|研究所)\s*(?P<n>[\u4e00-\u9fff·]{2,3})\s*$"
)


def affiliated_name(value: str, whole: str) -> list[str]:
    """The writer in a byline value (cut at the next label) or in its *whole* text, when an
    affiliation or a post runs into the name."""
    affiliated = (
        AFFILIATION.match(value.strip())
        or TITLED_NAME.search(whole.strip())
        or SCHOOL_NAME.search(whole.strip())
    )
    return [affiliated["n"]] if affiliated and looks_like_person(affiliated["n"]) else []
