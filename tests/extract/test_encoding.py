"""Bytes to text: BOM, header, <meta charset>, and detection when they lie."""

from __future__ import annotations

import gzip

import pytest

from feedsvc.extract.encoding import decode_html

TEXT = "国务院常务会议研究部署加快发展服务消费，会议指出，服务消费是扩内需的重要方向。"
TRAD = "中央氣象署今天上午發布颱風海上警報，提醒航行及作業船隻注意安全，各地將有強風豪雨。"


def page(charset: str | None, text: str = TEXT) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("declared", "sent", "content_type"),
    [
        ("utf-8", "utf-8", None),
        ("gb2312", "utf-8", None),  # declares gb2312, sends UTF-8
        ("utf-8", "gbk", None),  # declares UTF-8, sends GBK
        (None, "gbk", None),  # no declaration at all
        ("gbk", "gbk", "text/html; charset=utf-8"),  # header lies
        ("gb2312", "gbk", None),  # GBK characters beyond GB2312
        (None, "utf-8", "text/html; charset=gbk"),
    ],
)
def test_simplified(declared: str | None, sent: str, content_type: str | None) -> None:
    data = page(declared).encode(sent)
    decoded = decode_html(data, content_type)
    assert TEXT in decoded.text


def test_bytes_strict_gbk_rejects_are_gb18030() -> None:
    text = TEXT + "非遗传承人王䶮与李𠮷"
    data = page("gbk", text).encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")
    assert text in decode_html(data).text


@pytest.mark.parametrize("declared", ["big5", None])
def test_big5(declared: str | None) -> None:
    data = page(declared, TRAD).encode("big5")
    assert TRAD in decode_html(data).text


def test_bom_wins() -> None:
    data = b"\xef\xbb\xbf" + page("gbk").encode("utf-8")
    decoded = decode_html(data, "text/html; charset=gbk")
    assert decoded.encoding == "utf-8-sig" and TEXT in decoded.text


def test_a_stray_byte_does_not_spoil_the_page() -> None:
    data = page("gbk").encode("gbk")
    data = data.replace(b"<title>t", b"<title>t\xff")
    decoded = decode_html(data)
    assert TEXT in decoded.text
    assert decoded.text.count("\ufffd") <= 1


def test_gzip_saved_page_is_decompressed() -> None:
    data = gzip.compress(page("gbk").encode("gbk"))
    assert TEXT in decode_html(data).text


def test_gzip_bomb_stops_at_the_limit() -> None:
    data = gzip.compress(b"<html><body><p>" + b"a" * (80 << 20) + b"</p></body></html>")
    assert len(decode_html(data).text) <= 64 << 20


def test_bytes_only_starting_like_gzip_are_read_as_they_are() -> None:
    assert "abc" in decode_html(b"\x1f\x8b<p>abc</p>").text
