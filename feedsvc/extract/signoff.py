"""The date a notice is signed with, when nothing near its headline dates it.

Notices of offices, police stations and companies (警情通报, 公告, 通告) and government press
releases end with the issuing body and the day on lines of their own (落款)::

    某某市公安局新华分局
    2023年5月7日

or with the press release's end mark, the day and the hour (完 / 2019年1月15日（星期二）/
香港時間18時30分). That day is the page's, date only unless the hour follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from .dates import find_times
from .explain import Explanation
from .shown import TimeChoice
from .text import Line

#: A signing date alone on its line: 2023年5月7日, 2019年1月15日（星期二）, 二〇二三年五月七日 not.
SIGNED_DATE = re.compile(
    r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（]\s*(?:星期|週|周)\S\s*[)）])?$"
)

#: The line before it: the issuing body's name (某某市公安局新华分局, 某某股份有限公司董事会),
#: or a press release's end mark (完, （完）, - 完 -).
SIGNER = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,30}(?:局|分局|公司|董事会|委员会|委員會|政府|办公室|辦公室|法院|检察院"
    r"|醫院|医院|协会|協會|中心|指挥部|指揮部|大队|支队|派出所|厅|廳|署|处|處|部)$"
    r"|^[-—\s(（]*(?:完|全文完)[)）\s—-]*$"
)

#: The hour on the line after the day: 香港時間18時30分, 18:30.
HOUR = re.compile(
    r"^(?:香港時間|香港时间|北京时间|北京時間)?\s*(?P<H>[01]?\d|2[0-3])\s*(?:[時时:：])\s*(?P<M>[0-5]\d)\s*分?$"
)

WHY = "nothing near the headline: the day the notice is signed with, after the issuing body"


def signed_day(
    lines: Sequence[Line], title_at: int | None, zone: tzinfo, explain: Explanation | None = None
) -> TimeChoice | None:
    """The signing day (and hour, if a line gives it) closing a notice after its headline."""
    if title_at is None:
        return None
    end = min(len(lines), title_at + 80)
    for i in range(title_at + 2, end):
        text = lines[i].text.strip()
        if lines[i].in_comments or not SIGNED_DATE.match(text):
            continue
        if not SIGNER.match(lines[i - 1].text.strip()):
            continue
        hits = find_times(text, zone)
        if not hits:
            return None
        choice = TimeChoice(hits[0].value, True, "signed")
        hour = HOUR.match(lines[i + 1].text.strip()) if i + 1 < len(lines) else None
        if hour:
            value = hits[0].value.replace(hour=int(hour["H"]), minute=int(hour["M"]))
            choice = TimeChoice(value, False, "signed")
        if explain is not None:
            explain.consider("published", text, "a closing line", "signing date (落款)")
            explain.choose("published", choice.value.isoformat(), WHY)
        return choice
    return None
