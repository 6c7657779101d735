"""EPUB 3, written directly: a zip of an OPF package, a navigation document and XHTML.

A single article needs one content document, one stylesheet, a navigation
document built from the sections, and its local images; that is small enough to
write by hand and check with ``epubcheck`` (the tests do), which avoids a large
or copyleft-licensed dependency.
"""

from __future__ import annotations

import zipfile
from html import escape
from pathlib import Path

from hubdesk import __version__
from hubdesk.export.content import Heading, article_html_and_headings, contents_title
from hubdesk.export.html_export import house_css
from hubdesk.export.html_tree import parse, to_xhtml, xml_id
from hubdesk.export.images import MEDIA_TYPES
from hubdesk.export.json_ld import article_uuid
from hubdesk.export.options import ExportOptions
from hubdesk.export.xml_text import xml_safe_article
from hubdesk.formats.render import SOURCES
from hubdesk.model.article import Article

_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

# Reading systems ignore screen-only rules; keep the house look without web-only parts.
_EPUB_CSS_EXTRA = """
body { padding: 0 0.5em; max-width: none; }
.hd-back-to-top { display: none; }
"""


def _x(text: str) -> str:
    return escape(text, quote=True)


class _Images:
    """Local images copied into the package as ``images/imgN.ext``."""

    def __init__(self) -> None:
        self.files: list[tuple[str, Path]] = []

    def embed(self, path: Path, alt: str) -> str:
        name = f"images/img{len(self.files) + 1}{path.suffix.lower()}"
        self.files.append((name, path))
        return f'<img src="{_x(name)}" alt="{_x(alt)}">'


def _xhtml_page(article: Article, title: str, body: str, extra_ns: str = "") -> str:
    lang = _x(article.language or "en")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml"{extra_ns} lang="{lang}" xml:lang="{lang}">\n'
        f'<head>\n<meta charset="utf-8"/>\n<title>{_x(title)}</title>\n'
        '<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


UNTITLED = {"fr": "Article sans titre", "en": "Untitled article"}


def _label(article: Article) -> str:
    """The article's name in navigation: its title, or "Untitled article" (never empty)."""
    return article.title.strip() or UNTITLED.get(article.language, UNTITLED["en"])


def _nav(article: Article, entries: list[Heading]) -> str:
    items = [f'<li><a href="article.xhtml#top">{_x(_label(article))}</a>']
    if entries:
        sub = "".join(
            f'<li><a href="article.xhtml#{_x(xml_id(h.anchor))}">{_x(h.text.strip() or "—")}</a></li>'
            for h in entries
        )
        items[0] += f"<ol>{sub}</ol>"
    items[0] += "</li>"
    if any(not c.is_empty() for c in article.credits):
        label = _x(SOURCES.get(article.language, SOURCES["en"]))
        items.append(f'<li><a href="article.xhtml#credits">{label}</a></li>')
    title = contents_title(article.language)
    body = (
        f'<nav epub:type="toc" id="toc"><h1>{_x(title)}</h1><ol>{"".join(items)}</ol></nav>\n'
        '<nav epub:type="landmarks" id="landmarks" hidden="hidden"><ol>'
        '<li><a epub:type="bodymatter" href="article.xhtml">'
        f"{_x(_label(article))}</a></li></ol></nav>"
    )
    return _xhtml_page(article, title, body, ' xmlns:epub="http://www.idpf.org/2007/ops"')


def _stamp(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _opf(article: Article, images: list[tuple[str, Path]]) -> str:
    uid = f"urn:uuid:{article_uuid(article.id)}"
    meta = [
        f'<dc:identifier id="uid">{_x(uid)}</dc:identifier>',
        f"<dc:title>{_x(_label(article))}</dc:title>",
        f"<dc:language>{_x(article.language or 'en')}</dc:language>",
    ]
    if article.author:
        meta.append(f'<dc:creator id="author">{_x(article.author)}</dc:creator>')
    if article.description:
        meta.append(f"<dc:description>{_x(article.description)}</dc:description>")
    meta += [f"<dc:subject>{_x(t)}</dc:subject>" for t in article.tags if t.strip()]
    when = article.published or article.created
    meta.append(f"<dc:date>{_stamp(when)}</dc:date>")
    if article.disclosure.organisation:
        meta.append(f"<dc:publisher>{_x(article.disclosure.organisation)}</dc:publisher>")
    if article.disclosure.ai_written and article.disclosure.assistant:
        meta.append(f'<dc:contributor id="assistant">{_x(article.disclosure.assistant)}'
                    "</dc:contributor>")
    meta.append(f'<meta property="dcterms:modified">{_stamp(article.updated)}</meta>')
    meta.append(f'<meta name="generator" content="HubDesk {_x(__version__)}"/>')
    manifest = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>',
        '<item id="css" href="style.css" media-type="text/css"/>',
    ]
    for n, (name, path) in enumerate(images, start=1):
        media = MEDIA_TYPES[path.suffix.lower()]
        manifest.append(f'<item id="img{n}" href="{_x(name)}" media-type="{media}"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"'
        f' xml:lang="{_x(article.language or "en")}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        + "\n".join(meta)
        + "\n</metadata>\n<manifest>\n"
        + "\n".join(manifest)
        + '\n</manifest>\n<spine>\n<itemref idref="article"/>\n'
        '<itemref idref="nav" linear="no"/>\n</spine>\n</package>\n'
    )


def write_epub(article: Article, path: Path, options: ExportOptions) -> None:
    article = xml_safe_article(article)
    images = _Images()
    fragment, entries = article_html_and_headings(
        article,
        include_toc=options.include_toc,
        include_disclosure=options.include_disclosure,
        asset_dir=options.asset_dir,
        embed=images.embed,
    )
    body = to_xhtml(parse(fragment))
    page = _xhtml_page(article, _label(article), f'<main class="hd-article">\n{body}\n</main>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", zipfile.ZIP_STORED)
        deflate = zipfile.ZIP_DEFLATED
        z.writestr("META-INF/container.xml", _CONTAINER, deflate)
        z.writestr("EPUB/package.opf", _opf(article, images.files), deflate)
        z.writestr("EPUB/nav.xhtml", _nav(article, entries), deflate)
        z.writestr("EPUB/article.xhtml", page, deflate)
        z.writestr("EPUB/style.css", house_css() + _EPUB_CSS_EXTRA, deflate)
        for name, src in images.files:
            z.write(src, f"EPUB/{name}", deflate)
