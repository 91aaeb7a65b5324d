"""``flask extract``: no store is opened or created; ``--explain`` tells why each field won."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from feedsvc.extract.explain import FIELDS
from feedsvc.store import ArticleStore

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "pages" / "gmw.html"


def _flask(store_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FEEDSVC_STORE_DIR": str(store_dir)}
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _files(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_extract_creates_no_store(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "store"
    result = _flask(missing, "extract", str(PAGE))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "让文化遗产在新时代焕发光彩"
    explained = _flask(missing, "extract", "--explain", str(PAGE))
    assert explained.returncode == 0, explained.stderr
    assert not (tmp_path / "no").exists()


def test_extract_leaves_a_broken_index_alone(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "store").open()
    store.index_path.write_bytes(b"not a database")
    before = _files(store.root)
    result = _flask(store.root, "extract", "--explain", "--json", str(PAGE))
    assert result.returncode == 0, result.stderr
    assert _files(store.root) == before


def test_explain_text_names_candidates_and_reasons(tmp_path: Path) -> None:
    result = _flask(tmp_path / "none", "extract", "--explain", str(PAGE))
    out = result.stdout
    assert out.startswith(f"== {PAGE}\n")
    for field in FIELDS:
        assert f"\n{field}: " in out
    assert "title: 让文化遗产在新时代焕发光彩\n  why: the best heading scores" in out
    assert "'让文化遗产在新时代焕发光彩' at body > h1.u-title [<h1> score=" in out
    assert "outlet: 光明日报\n  why: the first usable candidate" in out
    assert "'2025-07-27' at meta \"publishdate\" [time meta]" in out


def test_explain_json_has_every_field(tmp_path: Path) -> None:
    result = _flask(tmp_path / "none", "extract", "--explain", "--json", str(PAGE))
    data = json.loads(result.stdout)
    assert data["published"] == "2025-07-27T05:25:00+08:00"
    story = data["explain"]
    assert set(story) == set(FIELDS)
    assert story["editor"]["chosen"] == "王宇"
    assert story["published"]["chosen"] == data["published"]
    assert all(c["where"] and c["rule"] for f in FIELDS for c in story[f]["candidates"])


def test_explaining_changes_no_result() -> None:
    from zoneinfo import ZoneInfo

    from feedsvc.extract import extract_article
    from feedsvc.extract.explain import Explanation

    zone = ZoneInfo("Asia/Shanghai")
    for page in sorted((ROOT / "tests" / "pages").glob("*.html")):
        data = page.read_bytes()
        story = Explanation()
        plain = extract_article(data, zone=zone, default_category="未分类")
        told = extract_article(data, zone=zone, default_category="未分类", explain=story)
        assert told == plain, page.name
        assert story.fields["title"].chosen == plain.title, page.name
        assert story.fields["outlet"].chosen == (plain.source.name if plain.source else None)


def test_explain_names_the_rule_and_line_of_each_outlet_candidate() -> None:
    from zoneinfo import ZoneInfo

    from feedsvc.extract import extract_article
    from feedsvc.extract.explain import Explanation

    page = ROOT / "tests" / "pages" / "epaper_paper_citation.html"
    story = Explanation()
    extract_article(
        page.read_bytes(), zone=ZoneInfo("Asia/Shanghai"), default_category="x", explain=story
    )
    outlet = story.fields["outlet"]
    assert outlet.chosen == "人民日报"
    cited = [c for c in outlet.candidates if c.rule.startswith("paper's edition citation")]
    assert len(cited) == 1, outlet.candidates
    # the line of the 《人民日报》（ 2014年03月18日 01 版） citation, after the text
    assert cited[0].where.endswith(")") and "(line +" in cited[0].where
    assert int(cited[0].where.rsplit("(line +", 1)[1].rstrip(")")) > 3
