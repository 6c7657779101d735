"""Saved web pages of the import corpus, in the shapes of common templates.

``build(folder)`` writes each page (``NAME.html``, and its ``NAME_files`` folder when the
article has an image, as a browser's "save complete" does) with ``NAME.expected.json``:
the title, lead, headings, credits, disclosure and metadata the page was made from, and
the page's chrome text (navigation, banners, comments...) to measure what leaks through.
Run ``python -m tests.importers.corpus_pages`` to write them into tests/fixtures/import_corpus.
"""

from __future__ import annotations

import html
import json
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.importers.corpus_articles import ARTICLES, CorpusArticle


def _png() -> bytes:
    """A valid 1×1 grey PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


PNG = _png()
FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "import_corpus"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(blocks: list[tuple], files: str) -> str:
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "p":
            out.append(f"<p>{_e(block[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in block[1]) + "</ul>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{_e(block[1])}</p></blockquote>")
        elif kind == "table":
            head, *rows = block[1]
            out.append(
                "<table><thead><tr>" + "".join(f"<th>{_e(c)}</th>" for c in head) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
                + "</tbody></table>"
            )
        elif kind == "img":
            name = block[1].rsplit("/", 1)[-1]
            out.append(
                f'<figure><img src="{_e(files)}/{_e(name)}" alt="{_e(block[2])}" width="640"></figure>'
            )
    return "\n".join(out)


def article_html(a: CorpusArticle, files: str, *, h1: bool = True, lead_class: str = "") -> str:
    """The article's own HTML (title, lead, sections, closing block)."""
    parts = [f"<h1>{_e(a.title)}</h1>"] if h1 else []
    cls = f' class="{lead_class}"' if lead_class else ""
    parts += [f"<p{cls}>{_e(p)}</p>" for p in a.lead]
    for heading, blocks in a.sections:
        parts.append(f"<h2>{_e(heading)}</h2>")
        parts.append(_blocks(blocks, files))
    if a.closing:
        parts.append(f"<p><em>{_e(a.closing)}</em></p>")
        parts.append("<ul>" + "".join(f"<li>{_e(c)}</li>" for c in a.credits) + "</ul>")
    return "\n".join(parts)


def _head(a: CorpusArticle, name: str, site: str) -> str:
    meta = [
        f"<title>{_e(a.title)} | {_e(site)}</title>",
        '<meta charset="utf-8">',
        f'<meta name="description" content="{_e(a.description)}">',
        f'<meta property="og:title" content="{_e(a.title)}">',
        f'<meta property="og:site_name" content="{_e(site)}">',
        f'<link rel="canonical" href="https://{site.lower().replace(" ", "")}.example/{a.key}/">',
        f'<meta property="article:published_time" content="{a.published}">',
    ]
    if a.modified:
        meta.append(f'<meta property="article:modified_time" content="{a.modified}">')
    meta += [f'<meta property="article:tag" content="{_e(t)}">' for t in a.tags]
    meta.append(f'<meta property="article:section" content="{_e(a.section_name)}">')
    meta.append(f'<meta name="author" content="{_e(a.author)}">')
    meta.append('<link rel="stylesheet" href="style.css"><script>var tracker = 1;</script>')
    return "<head>\n" + "\n".join(meta) + "\n</head>"


def _jsonld_head(a: CorpusArticle, site: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
        "author": {"@type": "Person", "name": a.author}, "datePublished": a.published,
        "dateModified": a.modified or a.published, "description": a.description,
        "keywords": ", ".join(a.tags), "articleSection": a.section_name, "inLanguage": a.language,
        "url": f"https://{site.lower().replace(' ', '')}.example/{a.key}/",
    }
    return (
        f"<head><meta charset=\"utf-8\"><title>{_e(a.title)} - {_e(site)}</title>\n"
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n</head>'
    )


# Chrome text, per language: words that never occur in the articles.
CHROME = {
    "fr": {
        "nav": ["Accueil", "Rubriques", "Abonnez-vous", "Connexion", "Contact"],
        "related": ["Lire aussi : neuf astuces pour votre balcon fleuri",
                    "Notre sélection de podcasts gourmands"],
        "comments": ["Bravo pour ce papier très documenté !", "Je partage sur Facebook, merci Nadia."],
        "footer": "Mentions légales · Plan du site · Tous droits réservés",
        "cookie": "Nous utilisons des cookies pour mesurer l’audience. Accepter Refuser Personnaliser",
        "chat": "Besoin d’aide ? Discutez avec Nova",
        "share": ["Partager sur Facebook", "Partager sur LinkedIn", "Envoyer par courriel"],
        "sidebar": ["Les plus lus", "Horoscope de la semaine", "Recettes faciles du dimanche"],
        "newsletter": "Recevez notre lettre quotidienne gratuite",
    },
    "en": {
        "nav": ["Home", "Topics", "Subscribe", "Sign in", "Contact us"],
        "related": ["Read more: nine tips for your flowery balcony", "Our favourite cooking podcasts"],
        "comments": ["Great piece, very well researched!", "Shared it on Facebook, thanks Nadia."],
        "footer": "Legal notice · Sitemap · All rights reserved",
        "cookie": "We use cookies to measure our audience. Accept Decline Customise",
        "chat": "Need help? Chat with Nova",
        "share": ["Share on Facebook", "Share on LinkedIn", "Email this"],
        "sidebar": ["Most read", "Weekly horoscope", "Easy Sunday recipes"],
        "newsletter": "Get our free daily newsletter",
    },
}


def _li(items: list[str]) -> str:
    return "".join(f'<li><a href="/{i}">{_e(i)}</a></li>' for i in items)


def wordpress(a: CorpusArticle, files: str, c: dict, chrome: list[str]) -> str:
    site = "Jardin Bleu" if a.language == "fr" else "Blue Garden"
    chrome += [site, *c["nav"], *c["related"], *c["comments"], c["footer"], *c["sidebar"],
               f"Étiquettes : {', '.join(a.tags)}" if a.language == "fr" else f"Tags: {', '.join(a.tags)}",
               *c["share"]]
    return f"""<!DOCTYPE html>
<html lang="{a.language}-{a.language.upper()}">
{_head(a, a.key, site)}
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{_e(site)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{_li(c["nav"])}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-42" class="post-42 post type-post status-publish">
<header class="entry-header">{f'<h1 class="entry-title">{_e(a.title)}</h1>'}</header>
<div class="entry-content">
{article_html(a, files, h1=False)}
</div>
<footer class="entry-footer"><span class="tags-links">{_e(chrome[-4])}</span>
<div class="sharedaddy sd-sharing-enabled"><ul>{_li(c["share"])}</ul></div></footer>
</article>
<div id="jp-relatedposts" class="jp-relatedposts"><ul>{_li(c["related"])}</ul></div>
<div id="comments" class="comments-area"><ol class="comment-list">
{"".join(f'<li class="comment"><div class="comment-content"><p>{_e(t)}</p></div></li>' for t in c["comments"])}
</ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><ul>{_li(c["sidebar"])}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{_e(c["footer"])}</div></footer>
</div></body></html>
"""


def news(a: CorpusArticle, files: str, c: dict, chrome: list[str]) -> str:
    site = "Le Quotidien" if a.language == "fr" else "Daily Ledger"
    chrome += [site, *c["nav"], *c["related"], *c["comments"], c["footer"], *c["sidebar"],
               c["newsletter"], *c["share"]]
    lead = "".join(f'<p class="article__chapo">{_e(p)}</p>' for p in a.lead)
    body = article_html(a, files, h1=False).split("\n", len(a.lead))[-1]
    sections = body.split("<h2>", 2)
    inline = (f'<aside class="read-also"><a href="/x">{_e(c["related"][0])}</a></aside>')
    body = sections[0] + "<h2>" + sections[1] + inline + ("<h2>" + sections[2] if len(sections) > 2 else "")
    return f"""<!DOCTYPE html>
<html lang="{a.language}">
{_jsonld_head(a, site)}
<body>
<div class="topbar"><a href="/abo">{_e(c["nav"][2])}</a> <a href="/login">{_e(c["nav"][3])}</a></div>
<nav class="menu" role="navigation"><ul>{_li([c["nav"][0], c["nav"][1], c["nav"][4]])}</ul></nav>
<div class="layout">
<main class="layout__main">
<article class="article">
<h1 class="article__title">{_e(a.title)}</h1>
{lead}
<div class="article__share">{"".join(f'<button>{_e(s)}</button>' for s in c["share"])}</div>
<div class="article__content">
{body}
</div>
<div class="newsletter-box"><p>{_e(c["newsletter"])}</p><form><input type="email"><button>OK</button></form></div>
</article>
<section class="comments" id="comments"><h3>{len(c["comments"])} commentaires</h3>
{"".join(f'<div class="comment"><p>{_e(t)}</p></div>' for t in c["comments"])}
</section>
</main>
<aside class="layout__sidebar"><h3>{_e(c["sidebar"][0])}</h3><ol>{_li(c["sidebar"][1:] + c["related"][1:])}</ol></aside>
</div>
<footer class="footer"><p>{_e(c["footer"])}</p></footer>
</body></html>
"""


def blog_platform(a: CorpusArticle, files: str, c: dict, chrome: list[str]) -> str:
    chrome += [*c["nav"][2:4], *c["related"], c["footer"], c["newsletter"], *c["share"][:2], a.author]
    return f"""<!DOCTYPE html>
<html lang="{a.language}">
{_head(a, a.key, "Plume")}
<body><div id="root"><div class="a b c">
<div class="nav-bar"><div class="x1"><a href="/">Plume</a></div><div class="x2"><a href="/s">{_e(c["nav"][2])}</a><a href="/m">{_e(c["nav"][3])}</a></div></div>
<div class="post-wrap"><article><div class="section-inner">
{article_html(a, files)}
</div></article>
<div class="post-actions"><button>{_e(c["share"][0])}</button><button>{_e(c["share"][1])}</button></div>
<div class="author-card"><p>{_e(a.author)}</p><button>{_e(c["newsletter"])}</button></div>
<div class="more-from"><h3>{_e(c["related"][0])}</h3><p>{_e(c["related"][1])}</p></div>
</div>
<div class="page-footer">{_e(c["footer"])}</div>
</div></div></body></html>
""".replace("Plume</a></div>", "Plume</a></div>")


def cookie_chat(a: CorpusArticle, files: str, c: dict, chrome: list[str]) -> str:
    chrome += [c["cookie"], c["chat"], *c["nav"], c["footer"]]
    return f"""<!DOCTYPE html>
<html lang="{a.language}">
{_head(a, a.key, "Carnet")}
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{_e(c["cookie"])}</p></div>
<header><nav><ul>{_li(c["nav"])}</ul></nav></header>
<main>
{article_html(a, files)}
</main>
<div id="chat-widget" class="chat-launcher"><p>{_e(c["chat"])}</p></div>
<footer><p>{_e(c["footer"])}</p></footer>
</body></html>
"""


def hubtowrite(a: CorpusArticle, files: str, c: dict, chrome: list[str]) -> str:
    """The published page of the desk's own site, as the sample text was copied from."""
    chrome += ["💬", "Assistant HubToWork", "Footer HubToWrite", "Retour en haut", *c["nav"][:2]]
    return f"""<!DOCTYPE html>
<html lang="{a.language}">
{_head(a, a.key, "HubToWrite")}
<body>
<div class="elementor elementor-location-header"><nav class="elementor-nav-menu">{_li(c["nav"][:2])}</nav></div>
<div class="elementor elementor-location-single"><div class="elementor-widget-container">
{article_html(a, files)}
</div></div>
<div class="hubtowork-chat"><span>💬</span><span>Assistant HubToWork</span></div>
<div class="elementor-location-footer"><p>Footer HubToWrite</p><a href="#top">Retour en haut</a></div>
</body></html>
"""


TEMPLATES: dict[str, Callable[..., str]] = {
    "wordpress": wordpress, "news": news, "blog": blog_platform, "cookie-chat": cookie_chat,
    "hubtowrite": hubtowrite,
}


def expected(a: CorpusArticle, template: str, chrome: list[str]) -> dict:
    return {
        "template": template,
        "title": a.title,
        "lead": "\n\n".join(a.lead),
        "headings": [h for h, _ in a.sections],
        "credits": a.credits,
        "ai_written": bool(a.closing),
        "assistant": "Chappie" if a.closing else "",
        "language": a.language,
        "author": a.author,
        "published": a.published,
        "tags": a.tags,
        "article_text": article_words_text(a),
        "chrome_text": chrome,
        "images": [b[1].rsplit("/", 1)[-1] for _, bl in a.sections for b in bl if b[0] == "img"],
    }


def article_words_text(a: CorpusArticle) -> str:
    """Every word of the article a reader sees (title, lead, headings, blocks)."""
    out = [a.title, *a.lead]
    for heading, blocks in a.sections:
        out.append(heading)
        for b in blocks:
            if b[0] in ("p", "quote"):
                out.append(b[1])
            elif b[0] == "ul":
                out += b[1]
            elif b[0] == "table":
                out += [" ".join(r) for r in b[1]]
            elif b[0] == "img":
                out.append(b[2])  # the image's text alternative
    return "\n".join(out)


def pages() -> list[tuple[str, CorpusArticle, str]]:
    """(file stem, article, template name): each article in four of the five templates."""
    names = list(TEMPLATES)
    out = []
    for n, a in enumerate(ARTICLES):
        for t, name in enumerate(names):
            if t != n % len(names):
                out.append((f"{a.key}--{name}", a, name))
    return out


def build(folder: Path = FOLDER) -> list[Path]:
    """Write every page, its ``_files`` folder and its expected JSON; returns the pages."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, a, name in pages():
        chrome: list[str] = []
        files = f"{stem}_files"
        page = TEMPLATES[name](a, files, CHROME[a.language], chrome)
        path = folder / f"{stem}.html"
        path.write_text(page, encoding="utf-8")
        exp = expected(a, name, chrome)
        if exp["images"]:
            (folder / files).mkdir(exist_ok=True)
            for image in exp["images"]:
                (folder / files / image).write_bytes(PNG)
        (folder / f"{stem}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    print(len(build(target)), "pages written to", target)
