"""Bring a site's posts home: new posts become articles, changed posts update theirs.

Incremental: only posts modified after the newest ``modified_gmt`` pulled before (or
``since``), 100 per page, in the order of their ids (stable pages: many posts share a
``modified_gmt`` second). Each page is written in one transaction with its links; the
site's pull mark moves only once every page is in, so a cancelled or failed pull keeps
the pages done, and the next pull reads them again as unchanged and goes on. A post whose
article was edited here since the last publish or pull is not overwritten: it is
counted as a conflict and left for the user (``conflicts.take_site_version``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from hubdesk.errors import ImportRefusedError
from hubdesk.library import site_links
from hubdesk.library.site_links import PostLink, SiteRow
from hubdesk.library.store import Library
from hubdesk.model.article import Article, utc_now
from hubdesk.publish.client import WordPressClient
from hubdesk.publish.conflicts import changed_since, fingerprint, merge_text, modified_of
from hubdesk.publish.post_import import post_to_article

log = logging.getLogger(__name__)

PER_PAGE = 100

#: ``progress(done, total)``: posts handled so far and the total the site announced.
Progress = Callable[[int, int], None]


@dataclass
class PullSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # article ids edited on both sides
    conflict_posts: dict[str, dict] = field(default_factory=dict)  # article id -> the site's post
    skipped: list[str] = field(default_factory=list)  # "post 12: no article text found"
    cancelled: bool = False
    total: int = 0

    @property
    def done(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.conflicts) + len(self.skipped)


def pull_site(
    library: Library, site: SiteRow, client: WordPressClient, *,
    since: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    per_page: int = PER_PAGE,
) -> PullSummary:
    """Pull the posts modified after ``since`` (ISO, UTC; default: the last pull)."""
    after = _second_before(site.last_pull) if since is None else since
    summary = PullSummary()
    page = 1
    newest = ""
    # A scheduled post's modified_gmt is its future date: the mark never goes past now.
    now = utc_now().replace(tzinfo=None).isoformat()
    while True:
        if cancelled():
            summary.cancelled = True
            break
        answer = client.posts_modified_after(after, page, per_page)
        posts = [p for p in answer.data if isinstance(p, Mapping)] if isinstance(answer.data, list) else []
        summary.total = max(summary.total, answer.total)
        _store_page(library, site, posts, summary)
        newest = max([newest, *(m for m in map(modified_of, posts) if m <= now)])
        if progress:
            progress(summary.done, summary.total)
        if page >= answer.total_pages or not posts:
            if newest > site_links.get_site(library, site.name).last_pull:
                site_links.set_last_pull(library, site.name, newest)
            break
        page += 1
    log.info(
        "Pulled %s: %d new, %d updated, %d unchanged, %d conflicts, %d skipped%s",
        site.name, summary.added, summary.updated, summary.unchanged,
        len(summary.conflicts), len(summary.skipped), " (cancelled)" if summary.cancelled else "",
    )
    return summary


def _store_page(
    library: Library, site: SiteRow, posts: list[Mapping[str, object]], summary: PullSummary
) -> None:
    writes: list[tuple[Article, PostLink]] = []
    for post in posts:
        post_id = int(str(post.get("id", 0)))
        link = site_links.link_for_post(library, site.name, post_id)
        if link is not None and not changed_since(post, link):
            summary.unchanged += 1
            continue
        try:
            remote = post_to_article(post, f"{site.name} post {post_id}")
        except ImportRefusedError as exc:
            summary.skipped.append(f"post {post_id}: {exc.reason}")
            continue
        new_link = PostLink(
            "", site.name, post_id, str(post.get("link") or ""), modified_of(post), "",
            fingerprint(post),
        )
        if link is None:
            remote.published = None
            writes.append((remote, new_link))
            summary.added += 1
            continue
        local = library.load_article(link.article_id)
        if link.synced_text and site_links.text_fingerprint(local) != link.synced_text:
            summary.conflicts.append(local.id)
            summary.conflict_posts[local.id] = dict(post)
            continue
        merged = merge_text(local, remote)
        merged.updated = utc_now()
        writes.append((merged, new_link))
        summary.updated += 1
    site_links.save_many_with_links(
        library, [(article, _for(link, article.id)) for article, link in writes]
    )


def _second_before(mark: str) -> str:
    """The pull mark made inclusive: ``modified_after`` is strict and counts whole
    seconds, so posts changed in the mark's own second after the pull are not lost
    (the ones already pulled are recognised and counted as unchanged)."""
    if not mark:
        return ""
    try:
        moment = datetime.fromisoformat(mark)
    except ValueError:
        return ""
    return (moment - timedelta(seconds=1)).isoformat()


def _for(link: PostLink, article_id: str) -> PostLink:
    return replace(link, article_id=article_id, synced_text="")
