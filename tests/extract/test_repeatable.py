"""An unchanged page yields the same fields in every run, whatever the interpreter's string
hash seed: no choice may hang on the order of a set (feeds and their ETags stay stable)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PAGE = Path(__file__).parent.parent / "pages" / "menu_links_beside_home.html"

SCRIPT = """
import json, sys
from zoneinfo import ZoneInfo
from feedsvc.extract import extract_article
page = extract_article(open(sys.argv[1], "rb").read(), url=None, zone=ZoneInfo("Asia/Shanghai"),
                       default_category="x", category_map={})
print(json.dumps([page.title, page.source.name if page.source else None], ensure_ascii=False))
"""


def test_fields_do_not_hang_on_the_hash_seed() -> None:
    runs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(PAGE)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.add(done.stdout)
    assert len(runs) == 1, runs
    assert json.loads(runs.pop()) == ["从极简到反极简的设计潮流", "某某科技"]
