"""When the site's copy of a post changed since HubDesk last saw it.

WordPress posts carry no ETag and ignore ``If-Unmodified-Since``: the post's
``modified_gmt`` is compared with the one recorded at the last publish or pull. A
difference is a ``ConflictError`` holding both versions; the user then overwrites
the site, takes the site's version as a new revision of the article
(``take_site_version``), or cancels.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace

from hubdesk.errors import PublishError
from hubdesk.library import site_links
from hubdesk.library.site_links import PostLink
from hubdesk.library.store import Library
from hubdesk.model.article import Article
from hubdesk.publish.post_import import post_to_article


def modified_of(post: Mapping[str, object]) -> str:
    return str(post.get("modified_gmt") or "")


def _raw(post: Mapping[str, object], key: str) -> str:
    value = post.get(key)
    if isinstance(value, Mapping):
        return str(value.get("raw", value.get("rendered", "")))
    return str(value or "")


def fingerprint(post: Mapping[str, object]) -> str:
    """A hash of the post's title, content and excerpt (as stored, ``context=edit``).

    ``modified_gmt`` counts whole seconds, so an edit made on the site within the
    second of HubDesk's own write keeps it; the fingerprint still tells them apart.
    """
    text = "\x1f".join(_raw(post, key) for key in ("title", "content", "excerpt"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def changed_since(post: Mapping[str, object], link: PostLink) -> bool:
    """Whether the post differs from what was recorded at the last publish or pull."""
    if modified_of(post) != link.modified_gmt:
        return True
    return bool(link.fingerprint) and fingerprint(post) != link.fingerprint


class ConflictError(PublishError):
    """The post changed on the site since the last publish or pull; nothing was sent."""

    def __init__(self, site: str, local: Article, post: Mapping[str, object], recorded: str) -> None:
        super().__init__(
            "publish.conflict", title=local.title, site=site, remote=modified_of(post),
            recorded=recorded or "never",
        )
        self.site = site
        self.local = local
        self.post = dict(post)
        self.remote = post_to_article(post, f"{site} post {post.get('id')}")


def take_site_version(library: Library, site: str, article_id: str, post: Mapping[str, object]) -> Article:
    """Make the site's version of the post the article's newest revision (history keeps
    the local one) and record the post's ``modified_gmt``: the two are in step again."""
    article = library.load_article(article_id)
    remote = post_to_article(post, f"{site} post {post.get('id')}")
    merged = merge_text(article, remote)
    link = site_links.link_for_article(library, site, article_id)
    post_id = int(str(post.get("id") or (link.post_id if link else 0)))
    new_link = PostLink(
        article_id, site, post_id, str(post.get("link") or (link.link if link else "")),
        modified_of(post), "", fingerprint(post),
    )
    site_links.save_with_link(library, merged, new_link, touch=True)
    return merged


def merge_text(article: Article, remote: Article) -> Article:
    """``article`` with the text of ``remote`` (title, lead, sections, credits,
    disclosure); section ids are kept by position, so the history shows edits."""
    sections = []
    for index, section in enumerate(remote.sections):
        if index < len(article.sections):
            section = replace(section, id=article.sections[index].id)
        sections.append(section)
    return replace(
        article,
        title=remote.title or article.title,
        lead=remote.lead,
        sections=sections,
        credits=remote.credits or article.credits,
        disclosure=remote.disclosure if remote.credits or remote.disclosure.ai_written
        else article.disclosure,
    )
