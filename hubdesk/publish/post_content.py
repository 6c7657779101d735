"""What a post is made of: the article as the HTML export renders it, minus the title.

The content is the sanitised body (lead, sections, notes, then the disclosure and the
credits), without the ``<h1>`` title (WordPress shows the post's title itself) and
without the "back to top" link. Local images (attachments inside the assets folder)
are listed so that they can be uploaded first; ``with_image_urls`` then points each
at its media URL. Remote images become links, as in every export: nothing is fetched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.export.images import MEDIA_TYPES, rewrite_images
from hubdesk.formats.render import (
    RenderOptions,
    markdown_to_html,
    plain_text,
    render_article_body,
)
from hubdesk.model.article import Article

_TITLE_RE = re.compile(r'<h1 class="hd-title"[^>]*>.*?</h1>\s*', re.S)
MAX_EXCERPT_CHARS = 600


@dataclass
class PostDraft:
    """The fields of a post, before the terms are resolved and the images uploaded."""

    title: str
    slug: str
    body: str  # HTML with local images still as placeholders (see ``with_image_urls``)
    excerpt: str
    tags: list[str]
    images: list[Path] = field(default_factory=list)  # local files, in order, no repeats


def excerpt_of(article: Article) -> str:
    """The lead as plain text (WordPress's excerpt), shortened at a word if very long."""
    text = " ".join(plain_text(markdown_to_html(article.lead)).split())
    if len(text) > MAX_EXCERPT_CHARS:
        text = text[:MAX_EXCERPT_CHARS].rsplit(" ", 1)[0] + "…"
    return text


def _placeholder(index: int) -> str:
    return f"hubdesk-image-{index}"


def draft_post(article: Article, asset_dir: Path | None = None) -> PostDraft:
    """The post of ``article``; local images in ``asset_dir`` are listed for upload."""
    body = render_article_body(
        article, RenderOptions(include_disclosure=True, include_back_to_top=False)
    )
    body = _TITLE_RE.sub("", body, count=1)
    images: list[Path] = []

    def collect(path: Path, alt: str) -> str:
        if path not in images:
            images.append(path)
        index = images.index(path)
        return f'<img src="{_placeholder(index)}" alt="{html.escape(alt, quote=True)}">'

    body = rewrite_images(body, asset_dir, collect, keep_remote=True)  # a web post shows web images
    return PostDraft(
        title=article.title,
        slug=article.slug,
        body=body,
        excerpt=excerpt_of(article),
        tags=[t.strip() for t in article.tags if t.strip()],
        images=images,
    )


def media_type(path: Path) -> str:
    return MEDIA_TYPES[path.suffix.lower()]


def with_image_urls(body: str, urls: list[str]) -> str:
    """The body with each uploaded image's placeholder replaced by its media URL."""
    for index, url in enumerate(urls):
        body = body.replace(
            f'src="{_placeholder(index)}"', f'src="{html.escape(url, quote=True)}"'
        )
    return body
