"""Turn the bytes of a page into text: BOM, HTTP header, <meta charset>, then detection.

Declarations are evidence, not truth: Chinese portals declare gb2312 and send UTF-8, declare
nothing, or send bytes that strict GBK rejects. The rules, in order:

0. A page saved or sent gzip-compressed (``.html.gz``, a server's body without its
   Content-Encoding header) is decompressed first, up to :data:`GZIP_LIMIT` bytes.
1. A byte-order mark decides.
2. Bytes that are valid UTF-8 (and not plain ASCII) are UTF-8, whatever is declared.
3. A declared charset is used when the bytes decode strictly under it; GB2312 and GBK are read
   as their superset GB18030 and Big5 as Big5-HKSCS, so extension characters survive.
4. Otherwise GB18030, Big5-HKSCS and charset-normalizer's guess compete; the decoding with the
   fewest errors and the most common Chinese characters wins. A few undecodable bytes become
   U+FFFD rather than failing the page.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
#: Declared names mapped to the codec that decodes every byte their writers may send.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
}
#: Frequent Chinese characters, simplified and traditional: a right decoding is full of them.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
    "重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
    "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信报记者市省"
    "县镇村会议发展经济社会企业项目工作服务建设推进落实部门表示记者通讯今年我国全国国际中国人民"
    "們這個為會國對說時來後動於過發經當實長還開關問體點學現種進與將從應機頭業東車產麼見區線們"
    "無聲認議員農務門書給讓變熱請記報導題總統經濟發展會議建設環境組織設計領導選舉臺灣香港澳門"
)
_BAD_RANGES = re.compile(
    "[\ufffd\u3040-\u30ff\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\ue000-\uf8ff\uac00-\ud7af\u3100-\u312f]"
)


@dataclass(frozen=True)
class Decoded:
    """The text of a page and the codec it was read with."""

    text: str
    encoding: str
    declared: str | None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _SUPERSETS:
        return _SUPERSETS[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None) -> str | None:
    """The charset named by the HTTP header, else by the first <meta charset> of the page."""
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            return m.group(1)
    meta = _META_CHARSET.search(data[:8192])
    return meta.group(1).decode("ascii", "replace") if meta else None


def _quality(text: str) -> float:
    """Higher is better: common Chinese characters minus characters a wrong codec produces."""
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    common = sum(1 for ch in sample if ch in _COMMON)
    bad = len(_BAD_RANGES.findall(sample))
    return common * 3 + cjk * 0.1 - bad * 5


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


#: The most a gzip-compressed page may grow to when decompressed (a bomb stops there).
GZIP_LIMIT = 64 << 20


def gunzipped(data: bytes) -> bytes:
    """*data* decompressed when it is gzip-compressed (its magic bytes), else *data* as is."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, GZIP_LIMIT)
    except zlib.error:
        return data  # bytes that only start like gzip: read as they are


def decode_html(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode *data*, the bytes of an HTML page served with *content_type* (may be None)."""
    data = gunzipped(data)
    declared = declared_charset(data, content_type)
    for bom, bom_codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return Decoded(data.decode(bom_codec, "replace"), bom_codec, declared)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", declared)
    codec = _codec(declared)
    if codec and codec != "utf-8":
        strict = _strict(data, codec)
        if strict is not None and _quality(strict) >= 0:
            return Decoded(strict, codec, declared)
    candidates = ["gb18030", "big5hkscs"]
    guess = from_bytes(data[:200000]).best()
    if guess is not None:
        guessed = _codec(guess.encoding)
        if guessed and guessed not in candidates:
            candidates.append(guessed)
    if codec and codec not in candidates:
        candidates.append(codec)
    best: tuple[float, str, str] | None = None
    for candidate in candidates:
        try:
            text = data.decode(candidate, "replace")
        except LookupError:
            continue
        score = _quality(text)
        if best is None or score > best[0]:
            best = (score, candidate, text)
    assert best is not None
    return Decoded(best[2], best[1], declared)
