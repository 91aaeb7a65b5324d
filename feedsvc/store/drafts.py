"""What each write operation adds to its batch: the article a draft makes (id, guid, slugs,
times) and the checks that refuse it (Conflict)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from typing import Literal

from ..errors import ArticleGone
from ..errors import ArticleNotFound
from ..errors import Conflict
from ..errors import UnreadableArticle
from ..identity import RESERVED_SLUGS
from ..identity import tag_guid
from ..models import Article
from ..models import ArticleDraft
from ..models import Category
from ..models import article_id
from . import index
from .slugs import free_slug
from .writes import Batch

log = logging.getLogger(__name__)

SaveStatus = Literal["imported", "updated", "unchanged"]


@dataclass(frozen=True)
class SaveResult:
    """What a save did (imported, updated or left unchanged) and the article it stored."""

    status: SaveStatus
    article: Article


@dataclass(frozen=True)
class Planner:
    """Turns drafts into the articles a batch writes (the store's clock and tag authority)."""

    tag_authority: str
    clock: Callable[[], datetime]

    def refuse_withdrawn(self, writes: Batch, identity: str) -> None:
        """Raise Conflict if an article of *identity* was withdrawn."""
        held = index.withdrawn_holder(writes.conn, identity)
        if held is not None:
            raise Conflict(f"The article {held!r} was withdrawn and is not stored again.", held)

    def save(self, writes: Batch, draft: ArticleDraft) -> tuple[SaveResult, Article | None]:
        """Add *draft* to *writes* (unless nothing changes); return what it does and the
        article it replaces."""
        result, previous = self.plan(writes, draft)
        if result.status != "unchanged":
            writes.add(result.article)
        return result, previous

    def plan(self, writes: Batch, draft: ArticleDraft) -> tuple[SaveResult, Article | None]:
        """What saving *draft* would do, and the article it replaces (the batch's own
        articles not yet written count as stored)."""
        identity = draft.identity()
        self.refuse_withdrawn(writes, identity)
        new_id = index.identity_holder(writes.conn, identity) or article_id(identity)
        existing = writes.planned(new_id)
        if existing is None:
            try:
                existing = writes.files.read_article(new_id)
            except ArticleGone as exc:
                raise Conflict(
                    f"The id {new_id!r} belongs to a withdrawn article.", new_id
                ) from exc
            except ArticleNotFound:
                existing = None
            except UnreadableArticle as exc:
                log.warning("replacing the damaged %s", exc.message)
                existing = None
        candidate = self.merge(writes, new_id, identity, draft, existing)
        if existing is not None and existing.content_key() == candidate.content_key():
            return SaveResult("unchanged", existing), existing
        return SaveResult("updated" if existing else "imported", candidate), existing

    def merge(
        self,
        writes: Batch,
        new_id: str,
        identity: str,
        draft: ArticleDraft,
        existing: Article | None,
    ) -> Article:
        """The article *draft* makes of *existing* (or of nothing), with the slugs its
        category and outlet hold in the index, or free ones."""
        conn = writes.conn
        category = Category(
            draft.category, free_slug(conn, "category", draft.category, RESERVED_SLUGS)
        )
        source = draft.source
        if source is not None:
            source = replace(source, slug=free_slug(conn, "source", source.name))
        published = existing.published if existing else draft.published
        if existing is None:
            updated = max(draft.updated or published, published)
            guid = tag_guid(self.tag_authority, published, new_id)
        else:
            updated = max(draft.updated or self.clock(), existing.updated)
            guid = existing.guid
        return Article(
            id=new_id,
            guid=guid,
            identity=identity,
            category=category,
            published=published,
            updated=updated,
            date_only=existing.date_only if existing else draft.date_only,
            **{**draft.content(), "source": source},
        )

    def create(self, writes: Batch, draft: ArticleDraft) -> tuple[SaveResult, Article | None]:
        """Save *draft* as a new article; Conflict if its identity is stored (readable)."""
        identity = draft.identity()
        self.refuse_withdrawn(writes, identity)
        held = index.identity_holder(writes.conn, identity)
        if held is not None and not writes.files.is_damaged(held):
            raise Conflict(f"The article is already stored as {held!r}.", held)
        return self.save(writes, draft)

    def correct(
        self, writes: Batch, article_id_: str, revise: Callable[[Article], ArticleDraft]
    ) -> tuple[SaveResult, Article]:
        """Add the correction ``revise(current)`` of *article_id_* to *writes* (unless it
        changes nothing); return what it does and the article it replaces."""
        existing = writes.files.read_article(article_id_)
        draft = revise(existing)
        if draft.original_url:
            other = index.identity_holder(writes.conn, draft.identity(), article_id_)
            if other is not None:
                raise Conflict(f"original_url belongs to another article, {other!r}.", other)
        draft = replace(draft, updated=None)
        candidate = self.merge(writes, article_id_, existing.identity, draft, existing)
        if existing.content_key() == candidate.content_key():
            return SaveResult("unchanged", existing), existing
        writes.add(candidate)
        return SaveResult("updated", candidate), existing

    def replace_damaged(self, writes: Batch, article_id_: str, draft: ArticleDraft) -> Article:
        """Add *draft* over the damaged article *article_id_* to *writes* (see the facade)."""
        if not writes.files.is_damaged(article_id_):
            raise Conflict(f"Article {article_id_!r} is not damaged.", article_id_)
        recorded = index.identity_of(writes.conn, article_id_)
        identity = recorded or draft.identity()
        other = index.identity_holder(writes.conn, draft.identity(), article_id_)
        if other is not None or (recorded is None and article_id(identity) != article_id_):
            raise Conflict(f"The article sent is not {article_id_!r}.", article_id_)
        self.refuse_withdrawn(writes, identity)
        article = self.merge(writes, article_id_, identity, draft, None)
        writes.add(article)
        return article
