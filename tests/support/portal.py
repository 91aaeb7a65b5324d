"""A stand-in portal in the shape of 质量网 (网站首页> 媒体报道) for the watcher's tests.

Its list pages carry what real portals carry around the story list: a nav bar, a
breadcrumb, pagination, a sidebar of hot stories, a footer with 友情链接, a "更多" link, a
story linked twice (image + title), links in every relative form. Article pages follow the
seed document's layout (来源, 作者, 记者 in the dateline, 责任编辑). The server logs every
request with its own clock, so tests can measure politeness where it matters.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer

from tests.support.servers import free_port

NAV = [
    "网站首页",
    "质量舆情",
    "质量内参",
    "质量法制",
    "质量时评",
    "质量资讯",
    "媒体报道",
    "质量调研",
]
OUTLETS = ["新华社", "人民日报", "经济日报", "中国新闻网"]
REPORTERS = [("王慧慧", "龚雯"), ("李明",), ("张晓红", "陈刚"), ("刘洋",)]
EDITORS = ["刘怡佳", "赵磊", "孙婷"]
TOPICS = ["质量强国建设", "市场监管总局", "产品质量抽查", "标准化工作", "计量检定", "认证认可"]


@dataclass(frozen=True)
class Story:
    """One story of the portal: its number fixes its title, time and people."""

    n: int
    day: str = "2025-07-28"

    @property
    def path(self) -> str:
        return f"/mtbd/{self.day[:4]}{self.day[5:7]}/t{self.day.replace('-', '')}_{self.n}.html"

    @property
    def title(self) -> str:
        return f"{TOPICS[self.n % len(TOPICS)]}取得新进展 第{self.n}期工作会议在京召开"

    @property
    def time(self) -> str:
        return f"{self.day} {8 + self.n % 12:02d}:{(7 * self.n) % 60:02d}:00"

    @property
    def outlet(self) -> str:
        return OUTLETS[self.n % len(OUTLETS)]

    @property
    def reporters(self) -> tuple[str, ...]:
        return REPORTERS[self.n % len(REPORTERS)]

    @property
    def editor(self) -> str:
        return EDITORS[self.n % len(EDITORS)]


def _nav() -> str:
    links = "".join(f'<li><a href="/{i}/index.html">{name}</a></li>' for i, name in enumerate(NAV))
    return f'<div class="top">• 欢迎来到质量网</div><div class="nav"><ul>{links}</ul></div>'


FOOTER = (
    '<div class="friend"><h3>友情链接:</h3><ul>'
    '<li><a href="http://www.gov.cn/">中国政府网</a></li>'
    '<li><a href="http://www.npc.gov.cn/">中国人大网</a></li>'
    '<li><a href="http://www.samr.gov.cn/">市场监督管理总局</a></li></ul></div>'
    '<div class="footer"><a href="/about/">本网概况</a> <a href="/contact/">联系我们</a> '
    '<a href="/map/">网站地图</a><p>质量网 版权所有 京ICP备14048924号-120</p></div>'
)


def _href(story: Story, form: int, origin: str) -> str:
    """A link to *story* from /mtbd/ in one of the relative forms portals use."""
    path = story.path
    return [
        "." + path.removeprefix("/mtbd"),
        "../mtbd" + path.removeprefix("/mtbd"),
        path,
        "//" + origin.split("://", 1)[1] + path,
        origin + path,
        path.removeprefix("/mtbd/"),
    ][form % 6]


def list_page(stories: list[Story], origin: str, *, charset: str = "utf-8") -> bytes:
    """The 媒体报道 list page: the stories newest first inside the portal's chrome."""
    items = []
    for i, story in enumerate(stories):
        href = _href(story, i, origin)
        image = f'<a href="{href}"><img src="/img/{story.n}.jpg" alt=""></a>' if i == 0 else ""
        items.append(
            f'<li>{image}<a href="{href}" target="_blank">{story.title}</a>'
            f'<span class="date">{story.day}</span></li>'
        )
    hot = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in stories[-3:])
    body = (
        f'{_nav()}<div class="position"><a href="/">网站首页</a>&gt; '
        f'<a href="/mtbd/">媒体报道</a></div>'
        f'<div class="main"><div class="lbox"><div class="title"><h2>媒体报道</h2>'
        f'<a href="/mtbd/index.html" class="more">更多&gt;&gt;</a></div>'
        f'<ul class="list">{"".join(items)}</ul>'
        '<div class="pages"><a href="index.html">首页</a> <a href="index_1.html">下一页</a> '
        '<a href="index_1.html">2</a> <a href="index_2.html">3</a> '
        '<a href="index_9.html">尾页</a></div></div>'
        f'<div class="right"><h3>热点排行</h3><ul>{hot}</ul></div></div>{FOOTER}'
        '<a href="javascript:void(0)" onclick="share()">分享到微信朋友圈</a>'
    )
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    html = f"<html><head>{head}<title>媒体报道-质量网</title></head><body>{body}</body></html>"
    return html.encode(charset, "xmlcharrefreplace")


def article_page(story: Story) -> bytes:
    """An article page in the seed portal's layout."""
    people = "、".join(story.reporters)
    paragraphs = "".join(
        f"<p>　　{TOPICS[(story.n + k) % len(TOPICS)]}方面，有关部门持续推进各项工作，"
        f"加强统筹协调，推动高质量发展取得新的成效，第{k}项举措已经落地见效。</p>"
        for k in range(1, 5)
    )
    body = (
        f'{_nav()}<div class="position"><a href="/">网站首页</a>&gt; '
        f'<a href="/mtbd/">媒体报道</a>&gt;{story.title}</div>'
        f'<div class="article"><h1>{story.title}</h1>'
        f'<div class="info">来源:{story.outlet}&nbsp;&nbsp; {story.time}'
        "&nbsp;&nbsp; 作者:佚名</div>"
        f'<div class="content"><p>　　{story.outlet}北京7月28日电(记者 {people}){story.title}。</p>'
        f"{paragraphs}<p>责任编辑:{story.editor}</p></div></div>"
        '<div class="related">相关链接<br>上一篇: 没有了</div>'
        f"{FOOTER}"
    )
    html = (
        '<html><head><meta charset="utf-8">'
        f"<title>{story.title}-质量网</title></head><body>{body}</body></html>"
    )
    return html.encode("utf-8")


@dataclass
class Hit:
    """One request as the server saw it: path, headers, start and end by its clock."""

    path: str
    headers: dict[str, str]
    start: float
    end: float = 0.0
    status: int = 0


@dataclass
class Portal:
    """The portal's content and behaviour; tests change it between runs."""

    stories: list[Story] = field(default_factory=lambda: [Story(n) for n in range(5, 0, -1)])
    charset: str = "utf-8"
    robots: tuple[int, str] = (404, "")
    list_override: tuple[int, dict[str, str], bytes] | None = None
    article_delay: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    origin: str = ""
    extra: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def paths(self, prefix: str = "") -> list[str]:
        return [h.path for h in self.hits if h.path.startswith(prefix)]

    def articles_fetched(self) -> list[str]:
        return [h.path for h in self.hits if h.path.startswith("/mtbd/2")]

    def respond(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for one GET."""
        if path in self.extra:
            return self.extra[path]
        if path == "/robots.txt":
            return self.robots[0], {"Content-Type": "text/plain"}, self.robots[1].encode()
        if path in ("/mtbd/", "/mtbd/index.html"):
            return self._list(headers)
        for story in self.stories:
            if path == story.path:
                time.sleep(self.article_delay)
                return 200, {"Content-Type": "text/html; charset=utf-8"}, article_page(story)
        return 404, {"Content-Type": "text/html"}, b"<html><body>not found</body></html>"

    def _list(self, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if self.list_override is not None:
            return self.list_override
        body = list_page(self.stories, self.origin, charset=self.charset)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        stamp = email.utils.formatdate(1753660800 + len(self.stories) * 60, usegmt=True)
        content_type = f"text/html; charset={self.charset}"
        return 200, {"Content-Type": content_type, "ETag": etag, "Last-Modified": stamp}, body


def _handler(portal: Portal) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            hit = Hit(self.path, dict(self.headers.items()), time.monotonic())
            with portal.lock:
                portal.hits.append(hit)
                portal.active += 1
                portal.max_active = max(portal.max_active, portal.active)
            try:
                status, headers, body = portal.respond(self.path, hit.headers)
                hit.status = status
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass
            finally:
                with portal.lock:
                    portal.active -= 1
                hit.end = time.monotonic()

    return Handler


@contextmanager
def serving_portal(portal: Portal) -> Iterator[str]:
    """Serve *portal* on a free loopback port; yield its origin."""
    httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), _handler(portal))
    httpd.daemon_threads = True
    portal.origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield portal.origin
    finally:
        httpd.shutdown()
        httpd.server_close()
