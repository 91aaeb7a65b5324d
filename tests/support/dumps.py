"""Synthetic articles, written as text dumps in the shape of the seed document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from pathlib import Path

CATEGORIES = ("国内新闻", "国际新闻", "财经", "媒体报道")
OUTLETS = ("新华社", "人民日报", "中国新闻网", "澎湃新闻")
START = datetime(2025, 6, 1, 8, 0, 0)


@dataclass(frozen=True)
class Dump:
    name: str
    title: str
    category: str
    published: str
    source: str = "新华社"
    author: str = "佚名"
    reporters: str = "张三、李四"
    editor: str = "王五"
    body: tuple[str, ...] = ("正文第一段。",)

    def text(self) -> str:
        paragraphs = "\n\n".join(f"\u3000\u3000{p}" for p in self.body[1:])
        return f"""• 欢迎来到测试网
网站首页 {" ".join(CATEGORIES)}

网站首页> {self.category}>{self.title}

{self.title}

来源:{self.source}\u00a0\u00a0 {self.published}\u00a0\u00a0 作者:{self.author}

\u3000\u3000新华社北京电(记者 {self.reporters}){self.body[0]}

{paragraphs}

责任编辑:{self.editor}

相关链接

    上一篇: 上一篇文章 没有了

友情链接:

  • 中国政府网

    京ICP备12345678号-1

    联系电话:010-12345678
    监督电话:010-87654321
"""


def synthetic_dumps() -> list[Dump]:
    """120 ordinary articles in four categories, plus the awkward ones."""
    dumps = []
    for n in range(120):
        when = START + timedelta(hours=7 * n, minutes=n)
        dumps.append(
            Dump(
                name=f"synthetic-{n:03d}.txt",
                title=f"第{n:03d}号测试文章:{CATEGORIES[n % 4]}动态",
                category=CATEGORIES[n % 4],
                published=f"{when:%Y-%m-%d %H:%M:%S}",
                source=OUTLETS[n % 4],
                reporters="张三、李四" if n % 3 else "赵六",
                body=(f"这是第{n}号文章的第一段。", f"第{n}号文章的第二段。"),
            )
        )
    dumps += [
        Dump(
            name="late-night.txt",
            title="深夜新闻:23点30分发布",
            category="国内新闻",
            published="2025-07-28 23:30:00",
        ),
        Dump(
            name="after-midnight.txt",
            title="凌晨新闻:0点30分发布",
            category="国内新闻",
            published="2025-07-29 00:30:00",
        ),
        Dump(
            name="escaping.txt",
            title="A & B < C > D",
            category="国际新闻",
            published="2025-07-20 10:00:00",
            body=("标题含有 <script>alert(1)</script> & 特殊字符。", "第二段 <b>粗体</b>。"),
        ),
        Dump(
            name="control-chars.txt",
            title="控制字符\x08测试",
            category="财经",
            published="2025-07-21 10:00:00",
            body=("含有控制字符\x01\x02\x1b[0m的正文。", "第二段\x0c结束。"),
        ),
    ]
    return dumps


def write_dumps(folder: Path, dumps: list[Dump]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for dump in dumps:
        (folder / dump.name).write_text(dump.text(), encoding="utf-8")
    return folder
