"""Publish an article as a WordPress post, or update the post it was published as.

In order: check the site's copy has not changed since the last publish or pull (else
``ConflictError``, nothing sent), upload the local images, resolve the tags and
categories (created on the site when missing), then create or update the post and
record its id, address and ``modified_gmt`` with the article. When a step fails, the
images this attempt uploaded are deleted again and the library is left as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hubdesk.errors import PublishError
from hubdesk.library import site_links
from hubdesk.library.site_links import PostLink, SiteRow
from hubdesk.library.store import Library
from hubdesk.model.article import Article, iso_utc
from hubdesk.publish.client import WordPressClient
from hubdesk.publish.conflicts import ConflictError, changed_since, fingerprint, modified_of
from hubdesk.publish.post_content import draft_post, media_type, with_image_urls

log = logging.getLogger(__name__)

STATUSES = ("draft", "pending", "publish", "future")


@dataclass(frozen=True)
class PublishOptions:
    status: str = "draft"
    date: datetime | None = None  # when the post is (or will be) published
    categories: tuple[str, ...] = ()
    asset_dir: Path | None = None  # the folder local images are looked up in
    author: int | None = None  # the WordPress user id, when the user maps one
    overwrite: bool = False  # update even if the site's copy changed (the user chose it)


@dataclass(frozen=True)
class PublishResult:
    article_id: str
    title: str
    post_id: int
    link: str
    created: bool  # False: an existing post was updated
    images: int = 0


@dataclass
class _Uploads:
    ids: list[int] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


def parse_date(text: str) -> datetime:
    """An ISO 8601 date and time (naive means UTC), or ``publish.bad_date``."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise PublishError("publish.bad_date", value=repr(text)) from exc


def resolve_author(client: WordPressClient, site: SiteRow, wanted: str) -> int:
    """The user id of the author called ``wanted`` on the site: an id as it is, else the
    user whose display name, slug or login it is; ``publish.no_author`` when none is."""
    text = wanted.strip()
    if text.isdigit():
        return int(text)
    authors = client.authors()
    for author in authors:
        if author.matches(text):
            return author.id
    names = ", ".join(a.name for a in authors[:20]) or "none"
    raise PublishError("publish.no_author", site=site.name, name=text, names=names)


def keeping_the_post(post: Mapping[str, object]) -> PublishOptions:
    """The options that overwrite ``post`` while keeping its status and date (a pulled
    article's conflict: the user chose HubDesk's text, not a new status)."""
    status = str(post.get("status") or "draft")
    if status not in STATUSES:
        status = "draft"
    date = None
    if status == "future" and post.get("date_gmt"):
        date = parse_date(f"{post['date_gmt']}+00:00")
    return PublishOptions(status=status, date=date, overwrite=True)


def check_remote(
    client: WordPressClient, site: SiteRow, article: Article, link: PostLink
) -> Mapping[str, object]:
    """The site's copy of the linked post, or ``ConflictError`` if it changed since."""
    try:
        post = client.get_post(link.post_id)
    except PublishError as exc:
        if exc.params.get("status") == 404:
            raise PublishError(
                "publish.post_gone", title=article.title, post=link.post_id, site=site.name
            ) from exc
        raise
    if post.get("status") == "trash":
        raise PublishError(
            "publish.post_gone", title=article.title, post=link.post_id, site=site.name
        )
    if changed_since(post, link):
        raise ConflictError(site.name, article, post, link.modified_gmt)
    return post


def publish_article(
    library: Library, site: SiteRow, client: WordPressClient, article_id: str,
    options: PublishOptions | None = None,
) -> PublishResult:
    """Publish one article (creating or updating its post); see the module's text."""
    options = options or PublishOptions()
    if options.status not in STATUSES:
        raise PublishError("publish.refused", site=site.name, status=400, reason=options.status)
    if options.status == "future" and options.date is None:
        raise PublishError("publish.future_needs_date")
    article = library.load_article(article_id)
    link = site_links.link_for_article(library, site.name, article.id)
    if link is not None and not options.overwrite:
        check_remote(client, site, article, link)
    elif link is not None and not _still_there(client, link):
        link = None  # deleted on the site: --overwrite publishes it as a new post
    draft = draft_post(article, options.asset_dir)
    uploads = _Uploads()
    try:
        for path in draft.images:
            media = client.upload_media(path, media_type(path))
            uploads.ids.append(int(media["id"]))
            uploads.urls.append(str(media.get("source_url") or ""))
        fields: dict[str, object] = {
            "title": draft.title,
            "slug": draft.slug,
            "content": with_image_urls(draft.body, uploads.urls),
            "excerpt": draft.excerpt,
            "status": options.status,
            "tags": [client.term_id("tags", name) for name in draft.tags],
            "categories": [client.term_id("categories", name) for name in options.categories],
        }
        if options.date is not None:
            fields["date_gmt"] = (iso_utc(options.date) or "").removesuffix("+00:00")
        if options.author is not None:
            fields["author"] = options.author
        if not options.categories:
            fields.pop("categories")
        if link is None:
            post = client.create_post(fields)
        else:
            post = client.update_post(link.post_id, fields)
    except BaseException:
        _remove_uploads(client, uploads)
        raise
    post_id = int(post["id"])
    new_link = PostLink(
        article.id, site.name, post_id, str(post.get("link") or ""), modified_of(post),
        site_links.text_fingerprint(article), fingerprint(post),
    )
    site_links.save_link(library, new_link)
    log.info("Article %s published as post %d on %s", article.id, post_id, site.name)
    return PublishResult(
        article.id, article.title, post_id, new_link.link, link is None, len(uploads.ids)
    )


def _still_there(client: WordPressClient, link: PostLink) -> bool:
    try:
        post = client.get_post(link.post_id)
    except PublishError as exc:
        if exc.params.get("status") == 404:
            return False
        raise
    return post.get("status") != "trash"


def _remove_uploads(client: WordPressClient, uploads: _Uploads) -> None:
    """Delete what this attempt uploaded, so that a failed publish leaves the site as it was."""
    for media_id in uploads.ids:
        try:
            client.request("DELETE", f"/wp/v2/media/{media_id}", params={"force": "true"})
        except PublishError as exc:
            log.warning("Could not remove media %d after a failed publish: %s", media_id, exc)
