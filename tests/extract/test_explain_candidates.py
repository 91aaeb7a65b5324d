"""``extract --explain`` lists the candidates the choosers themselves weighed."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from feedsvc.extract import extract_article
from feedsvc.extract.explain import Explanation

PAGES = Path(__file__).resolve().parents[1] / "pages"


def test_site_own_account_is_no_author_candidate() -> None:
    """The club's own account beside the headline (``dsosc`` on dsosc.example.org) is neither
    the author nor listed as an author candidate."""
    explain = Explanation()
    article = extract_article(
        (PAGES / "author_link_site_own_account.html").read_bytes(),
        url="https://dsosc.example.org/activity/reading-club-3/",
        zone=ZoneInfo("Asia/Shanghai"),
        default_category="未分类",
        category_map={},
        explain=explain,
    )
    candidates = [c.value for c in explain.fields["authors"].candidates]
    assert article.authors == ()
    assert "dsosc" not in candidates
    assert explain.fields["authors"].chosen is None
