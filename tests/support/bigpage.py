"""A generated big page: many paragraphs and links, deep nesting, long lists, no metas."""

from __future__ import annotations

HEAD = (
    "<html><head><meta charset='utf-8'><title>某市召开大型会议部署全年工作_新闻频道_某某网"
    "</title></head><body>"
)


def big_page(size: int = 2_000_000, deep: int = 1500) -> bytes:
    """About *size* bytes of HTML whose article holds *deep* paragraphs in unclosed <font>s
    (nested *deep* levels, as old pages write them), then wide paragraphs, then a long list."""
    parts = [HEAD, "<div class='nav'>"]
    parts += [f"<a href='/c{i}.html'>栏目{i}</a>" for i in range(300)]
    parts.append("</div><div class='main'><h1>某市召开大型会议部署全年工作</h1>")
    parts.append("<div class='info'>2024-03-18 10:20 来源：某某日报</div><div class='content'>")
    parts += [
        f"<font><p>第{i}段：会议听取了各部门的工作汇报，研究部署了今年的重点任务和具体安排。</p>"
        for i in range(deep)
    ]
    parts.append("</div>")
    used = sum(len(p.encode()) for p in parts)
    i = 0
    while used < size * 0.6:
        depth = i % 12
        p = (
            "<div>" * depth
            + f"<p>这是第{i}段补充材料，记录各方面的意见，包括经济、社会、文化等领域的安排。"
            + f"<a href='/x{i}.html'>相关链接{i}</a></p>"
            + "</div>" * depth
        )
        parts.append(p)
        used += len(p.encode())
        i += 1
    parts.append("</div><ul class='list'>")
    j = 0
    while used < size:
        day = f"2024-03-{j % 28 + 1:02d}"
        li = f"<li><a href='/n/{j}.html'>列表新闻标题第{j}条</a><span>{day}</span></li>"
        parts.append(li)
        used += len(li.encode())
        j += 1
    parts.append("</ul></body></html>")
    return "".join(parts).encode("utf-8")
