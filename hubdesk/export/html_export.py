"""One standalone HTML5 file: house stylesheet and images inside, nothing fetched, no script.

The only ``<script>`` element is the JSON-LD block, whose type
(``application/ld+json``) makes it data that browsers never execute.
"""

from __future__ import annotations

import base64
import functools
import html
from pathlib import Path

from hubdesk.export.content import article_html, keywords
from hubdesk.export.images import MEDIA_TYPES
from hubdesk.export.json_ld import script_element
from hubdesk.export.options import ExportOptions
from hubdesk.model.article import Article
from hubdesk.paths import resource


@functools.cache
def house_css() -> str:
    """The house stylesheet (resources/styles/house.css)."""
    return resource("styles", "house.css").read_text(encoding="utf-8")


def _data_uri_image(path: Path, alt: str) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    media = MEDIA_TYPES[path.suffix.lower()]
    return f'<img src="data:{media};base64,{data}" alt="{html.escape(alt, quote=True)}">'


def article_to_html(article: Article, options: ExportOptions | None = None) -> str:
    """The complete HTML document for an article."""
    options = options or ExportOptions()
    body = article_html(
        article,
        include_toc=options.include_toc,
        include_disclosure=options.include_disclosure,
        asset_dir=options.asset_dir,
        embed=_data_uri_image,
        keep_remote_images=options.keep_remote_images,
    )
    esc = functools.partial(html.escape, quote=True)
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(article.title)}</title>",
    ]
    if article.description:
        meta.append(f'<meta name="description" content="{esc(article.description)}">')
    if article.author:
        meta.append(f'<meta name="author" content="{esc(article.author)}">')
    if article.tags:
        meta.append(f'<meta name="keywords" content="{esc(keywords(article))}">')
    meta.append('<meta name="generator" content="HubDesk">')
    head = "\n".join(meta)
    lang = esc(article.language or "en")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head}\n'
        f"<style>\n{house_css()}</style>\n"
        f"{script_element(article, include_disclosure=options.include_disclosure)}\n"
        f'</head>\n<body>\n<article class="hd-article">\n{body}\n</article>\n</body>\n</html>\n'
    )


def write_html(article: Article, path: Path, options: ExportOptions) -> None:
    path.write_text(article_to_html(article, options), encoding="utf-8", newline="\n")
