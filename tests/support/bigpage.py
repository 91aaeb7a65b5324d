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


ORDINARY_HEAD = (
    "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
    "<title>全省重点项目集中开工 总投资超千亿元_要闻_某某新闻网</title>"
    "<meta name='keywords' content='重点项目,集中开工,投资'>"
    "<meta name='description' content='全省重点项目集中开工，总投资超千亿元。'>"
    "<meta property='og:title' content='全省重点项目集中开工 总投资超千亿元'>"
    "<meta name='publishdate' content='2024-05-20 09:30:00'>"
    "<link rel='stylesheet' href='/css/main.css'><style>{style}</style>"
    "<script>var PAGE_CONFIG = {config};</script></head><body>"
)


def _ordinary_nav(channels: int) -> list[str]:
    parts = ["<div class='header'><div class='logo'><a href='/'>某某新闻网</a></div>"]
    parts.append("<ul class='nav'>")
    for c in range(channels):
        parts.append(f"<li class='nav-item'><a href='/ch{c}/'>频道{c}</a><ul class='sub'>")
        parts += [f"<li><a href='/ch{c}/s{s}/'>栏目{c}-{s}</a></li>" for s in range(8)]
        parts.append("</ul></li>")
    parts.append("</ul></div><div class='crumb'><a href='/'>首页</a> &gt; <a href='/yw/'>要闻</a>")
    parts.append("</div>")
    return parts


def _ordinary_article(paragraphs: int) -> list[str]:
    parts = [
        "<div class='main'><div class='article'>",
        "<h1 class='title'>全省重点项目集中开工 总投资超千亿元</h1>",
        "<div class='info'><span class='time'>2024-05-20 09:30</span>"
        "<span class='source'>来源：某某日报</span><span class='author'>记者 王某某 李某</span>"
        "<a class='share' href='#'>分享</a></div><div class='content' id='article-content'>",
    ]
    for i in range(paragraphs):
        if i % 40 == 20:
            parts.append(
                f"<p class='img'><img src='/img/2024/05/{i}.jpg' alt='项目现场{i}'></p>"
                f"<p class='caption'>项目现场{i}（记者 王某某 摄）</p>"
            )
        parts.append(
            f"<p>　　第{i}段：今年以来，全省上下坚持把项目建设作为推动高质量发展的重要抓手，"
            f"<strong>一批打基础、利长远的重大项目</strong>相继落地，"
            f"据统计，本次集中开工的项目涉及先进制造、<a href='/t/{i}.html'>新型基础设施</a>、"
            "生态环保和民生保障等领域，将为经济发展注入新的动能。</p>"
        )
    parts.append("<p class='editor'>（责任编辑：张某某）</p></div></div>")
    return parts


def _ordinary_furniture(items: int) -> list[str]:
    parts = ["<div class='related'><h3>相关新闻</h3><ul>"]
    for j in range(items):
        day = f"2024-0{j % 5 + 1}-{j % 28 + 1:02d}"
        parts.append(
            f"<li><a href='/n/{j}.html' title='相关报道标题{j}'>相关报道标题第{j}条，"
            f"某地推进重点工作</a><span class='date'>{day}</span></li>"
        )
    parts.append("</ul></div><div class='comment' id='comment-box'><h3>网友评论</h3>")
    parts += [
        f"<div class='cmt-item'><span class='user'>网友{k}</span>"
        f"<span class='cmt-time'>2024-05-2{k % 9} 1{k % 10}:0{k % 6}</span>"
        f"<p>评论内容第{k}条，支持家乡建设。</p></div>"
        for k in range(items // 10)
    ]
    parts.append("</div></div><div class='side'><div class='hot'><h3>热点排行</h3><ol>")
    parts += [f"<li><a href='/hot/{k}.html'>热点新闻第{k}条</a></li>" for k in range(items // 4)]
    parts.append("</ol></div></div>")
    return parts


def ordinary_page(size: int = 2_000_000) -> bytes:
    """About *size* bytes of a portal article page, big the ordinary way: a long article,
    a big menu, long related, comment and ranking lists, an inline style and script."""
    style = "".join(f".c{k}{{margin:{k % 9}px;color:#{k % 999:03d}}}" for k in range(size // 600))
    config = "[" + ",".join(f'{{"id":{k},"t":"条目{k}"}}' for k in range(size // 400)) + "]"
    parts = [ORDINARY_HEAD.format(style=style, config=config)]
    parts += _ordinary_nav(size // 10_000)
    parts += _ordinary_article(size // 750)
    parts += _ordinary_furniture(size // 560)
    parts.append(
        "<div class='footer'><p>版权所有 某某新闻网 备案号：某ICP备00000000号</p></div>"
        "<script src='/js/stat.js'></script></body></html>"
    )
    return "".join(parts).encode("utf-8")
