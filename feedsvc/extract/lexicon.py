"""The extractor's vocabulary: the words and patterns Chinese news pages are read by.

The HTML extractor and the text-dump reader both read pages through these; a label, a
credit form or a chrome line is added here once.
"""

from __future__ import annotations

PLACES = (
    "台北|北京|上海|香港|澳門|澳门|華盛頓|华盛顿|紐約|纽约|東京|东京|倫敦|伦敦|巴黎|首爾|首尔|台中|台南|"
    "高雄|新北|桃園|新竹|花蓮|廣州|广州|深圳|南京|武漢|武汉|杭州|成都|重慶|重庆|天津|西安|日內瓦|日内瓦|"
    "布魯塞爾|布鲁塞尔|莫斯科|柏林|新德里|曼谷|新加坡|洛杉磯|洛杉矶|舊金山|旧金山|芝加哥|雪梨|悉尼"
)
