"""Markdown to safe HTML, and the house rendering of credits and of the AI disclosure.

Every HTML string this module returns has been through the sanitiser: raw HTML in
an article cannot carry scripts, event handlers, styles or ``javascript:`` links.
The house sentences follow the *article's* language (French or English), not the
language of the application.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import nh3

from hubdesk.formats.md_document import MarkdownDocument
from hubdesk.model.article import Article, Credit, Disclosure, Section, slugify
from hubdesk.model.dates import credit_day
from hubdesk.model.document import heading_line

log = logging.getLogger(__name__)

DASH = "\u2013"  # the en dash of the house format

_ALLOWED_TAGS = {
    "a", "abbr", "article", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
    "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer",
    "header", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
}
# Elements removed with everything inside them (what they hold only makes sense in them).
_REMOVED_WHOLE = {
    "script", "style", "iframe", "object", "embed", "video", "audio", "picture", "source", "track",
    "canvas", "svg", "math", "form", "input", "button", "select", "textarea", "option", "label",
    "noscript", "template", "title", "head", "map", "frameset", "frame", "dialog", "slot",
}
_ALLOWED_ATTRS = {
    "*": {"id", "title", "lang", "class"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "details": {"open"},
    "ol": {"start", "reversed"},
}
_URL_SCHEMES = {"http", "https", "mailto"}

CREDITS_INTRO = {
    "fr": "Merci à l’auteur(e) du contenu original :",
    "en": "Thanks to the author(s) of the original content:",
}
BACK_TO_TOP = {"fr": "Retour en haut", "en": "Back to top"}
CONTENTS = {"fr": "Sommaire", "en": "Contents"}
SOURCES = {"fr": "Sources", "en": "Sources"}


def sanitize(fragment: str) -> str:
    """Remove everything from an HTML fragment that could run or load on its own."""
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRS,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        clean_content_tags=_REMOVED_WHOLE,
    )


def markdown_to_html(text: str) -> str:
    """Sanitised HTML for a piece of Markdown standing alone (a note, a description).

    A piece of an article's body goes through :class:`MarkdownDocument` instead, so
    that references and footnotes resolve across the whole body.
    """
    doc = MarkdownDocument([text])
    notes = doc.notes_html()
    return doc.html(0) + ("\n" + notes if notes else "")


def inline_markdown_to_html(text: str) -> str:
    """Sanitised HTML for a one-line piece of Markdown, without the surrounding paragraph."""
    out = markdown_to_html(text)
    if out.startswith("<p>") and out.endswith("</p>") and out.count("<p>") == 1:
        out = out[3:-4]
    return out


# ---------------------------------------------------------------- credits


def format_date(d: date, language: str) -> str:
    """A credit date in the house format: ``09/09/2025`` in French, ``Sep 9, 2025`` in English."""
    return credit_day(d, language)


def format_credit(credit: Credit, language: str = "fr") -> str:
    """The credit as printed under the article: ``Title – Author – Outlet (DD/MM/YYYY)``."""
    parts = [p.strip() for p in (credit.title, credit.author, credit.outlet) if p.strip()]
    if credit.description.strip():
        parts.append(credit.description.strip())
    text = f" {DASH} ".join(parts)
    if credit.date:
        stamp = format_date(credit.date, language)
        text = f"{text} ({stamp})" if text else f"({stamp})"
    return text


def credits_intro(language: str) -> str:
    return CREDITS_INTRO.get(language, CREDITS_INTRO["en"])


def _french_of(organisation: str) -> str:
    low = organisation[:1].lower()
    if organisation.lower().startswith(("la ", "le ", "les ", "l’", "l'")):
        head, _, rest = organisation.partition(" ")
        article = head.lower()
        if article == "le":
            return f"du {rest}"
        if article == "les":
            return f"des {rest}"
        return f"de {organisation[0].lower()}{organisation[1:]}"
    if low in "aeiouyhàâéèêëîïôöùûü":
        return f"de {organisation}"
    return f"du {organisation}"


def disclosure_sentence(disclosure: Disclosure, language: str = "fr") -> str:
    """The printed disclosure, e.g. ``Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil.``

    Empty when the article was not written with an AI and has no responsible editor.
    """
    d = disclosure
    out: list[str] = []
    if d.ai_written:
        if language == "en":
            s = "Article written by an AI"
            if d.assistant.strip():
                s += f", {d.assistant.strip()}"
            if d.organisation.strip():
                s += f", of {d.organisation.strip()}"
        else:
            s = "Article au contenu rédigé par une IA"
            if d.assistant.strip():
                s += f", {d.assistant.strip()}"
            if d.organisation.strip():
                s += f", {_french_of(d.organisation.strip())}"
        out.append(s + ".")
    if d.editor.strip():
        if language == "en":
            out.append(f"Edited by {d.editor.strip()}.")
        else:
            out.append(f"Relu et validé par {d.editor.strip()}.")
    return " ".join(out)


# ---------------------------------------------------------------- article


def section_anchor(heading: str, index: int) -> str:
    """The HTML id of a section: stable, unique within the article (the index is part of it)."""
    return f"s{index + 1}-{slugify(heading, 48)}"


def section_markdown(section: Section) -> str:
    """A section as it stands in the article's Markdown (as ``model.document.compose`` writes it)."""
    body = section.body.strip("\n")
    heading = heading_line(section.heading)
    return f"{heading}\n\n{body}" if body else heading


def body_parts(article: Article) -> list[str]:
    """The Markdown parts of the body: the lead, then each section with its heading."""
    return [article.lead.strip("\n") if article.lead.strip() else ""] + [
        section_markdown(s) for s in article.sections
    ]


def body_document(article: Article) -> MarkdownDocument:
    """The article's body as one Markdown document, ready to render part by part."""
    return MarkdownDocument(body_parts(article), article.language)


@dataclass(frozen=True)
class BodyHtml:
    """The body rendered as one document, in pieces for writers that lay sections out themselves."""

    lead: str
    sections: list[str]  # each section's body, without its heading
    notes: str  # the list of notes, empty without footnotes


_LEADING_H2_RE = re.compile(r"^<h2>.*?</h2>\n?", re.S)


def body_html(article: Article) -> BodyHtml:
    """Sanitised HTML of the lead, of each section's body and of the notes (links resolved)."""
    doc = body_document(article)
    base = article.canonical_url
    sections = [
        resolve_links(_LEADING_H2_RE.sub("", doc.html(i + 1), count=1), base)
        for i in range(len(article.sections))
    ]
    return BodyHtml(resolve_links(doc.html(0), base), sections, doc.notes_html())


def wrap_section(section: Section, index: int, body_html: str) -> str:
    """A rendered section (its ``<h2>`` and body) in its anchored wrapper."""
    anchor = section_anchor(section.heading, index)
    return f'<section class="hd-section" id="{anchor}">{body_html}</section>'


def article_disclosure(article: Article) -> str:
    """The printed disclosure, then which sections an AI drafted when only some were (that
    sentence alone, naming the reviewer, when the article is not marked AI-written)."""
    from hubdesk.model.provenance import partial_summary

    summary = partial_summary(article)
    if summary and not article.disclosure.ai_written:
        return summary  # it names the reviewing editor already
    return " ".join(p for p in (disclosure_sentence(article.disclosure, article.language),
                                summary) if p)


def wrap_lead(lead_html: str) -> str:
    return f'<div class="hd-lead">{lead_html}</div>' if lead_html.strip() else ""


def render_title(article: Article) -> str:
    return f'<h1 class="hd-title" id="top">{html.escape(article.title)}</h1>'


def render_credits(article: Article) -> str:
    """The closing block: disclosure sentence, credits intro, then one bullet per credit."""
    lang = article.language
    sentence = article_disclosure(article)
    items = []
    for c in article.credits:
        if c.is_empty():
            continue
        text = html.escape(format_credit(c, lang))
        if c.url:
            href = html.escape(c.url, quote=True)
            text = f'<a href="{href}">{text}</a>'
        note = f' <span class="hd-credit-note">{html.escape(c.note)}</span>' if c.note else ""
        items.append(f"<li>{text}{note}</li>")
    if not sentence and not items:
        return ""
    out = ['<footer class="hd-credits" id="credits">']
    if sentence:
        out.append(f'<p class="hd-disclosure" id="disclosure">{html.escape(sentence)}</p>')
    if items:
        out.append(f'<p class="hd-credits-intro">{html.escape(credits_intro(lang))}</p>')
        out.append("<ul>" + "".join(items) + "</ul>")
    out.append("</footer>")
    return sanitize("".join(out))


def render_back_to_top(language: str) -> str:
    return (
        f'<p class="hd-back-to-top"><a href="#top">'
        f"{html.escape(BACK_TO_TOP.get(language, BACK_TO_TOP['en']))}</a></p>"
    )


@dataclass(frozen=True)
class RenderOptions:
    include_disclosure: bool = True
    include_back_to_top: bool = True


def render_article_body(article: Article, options: RenderOptions | None = None) -> str:
    """The article as one HTML fragment (no ``<html>`` wrapper): what the preview and exports show.

    The body is rendered as one Markdown document (references, footnotes and
    abbreviations resolve across sections); the notes follow the last section.
    """
    options = options or RenderOptions()
    doc = body_document(article)
    parts = [render_title(article), wrap_lead(doc.html(0))]
    parts += [wrap_section(s, i, doc.html(i + 1)) for i, s in enumerate(article.sections)]
    parts.append(doc.notes_html())
    if options.include_disclosure:
        parts.append(render_credits(article))
    else:
        hidden = Article(language=article.language, credits=article.credits)
        parts.append(render_credits(hidden))
    if options.include_back_to_top:
        parts.append(render_back_to_top(article.language))
    return resolve_links("\n".join(p for p in parts if p), article.canonical_url)


_A_RE = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S)
_HREF_RE = re.compile(r'\bhref="([^"]*)"')
_ID_RE = re.compile(r'\bid="([^"]*)"')
_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


_URI_SAFE = "/%:@!$&'()*+,;=-._~?#[]"


def _as_uri(iri: str) -> str:
    """An address with non-ASCII characters encoded (IDNA host, percent-encoded rest)."""
    if iri.isascii():
        return iri
    try:
        parts = urlsplit(iri)
        host = parts.hostname or ""
        netloc = parts.netloc
        if host and not host.isascii():
            netloc = netloc.replace(host, host.encode("idna").decode("ascii"))
        return urlunsplit((
            parts.scheme, netloc, quote(parts.path, safe=_URI_SAFE),
            quote(parts.query, safe=_URI_SAFE), quote(parts.fragment, safe=_URI_SAFE),
        ))
    except (ValueError, UnicodeError):
        return quote(iri, safe=_URI_SAFE)


def resolve_links(fragment: str, base_url: str = "") -> str:
    """Links of a whole rendered article made to work wherever it is read.

    An anchor inside the article stays if its target exists; ``#some-heading``
    leads to the section of that heading; any other anchor becomes plain text. A
    relative link to another page becomes absolute against ``base_url`` (the
    article's canonical address); without one it becomes text followed by its
    target in brackets, never a link that goes nowhere.
    """
    ids = set(_ID_RE.findall(fragment))
    by_slug: dict[str, str] = {}
    for anchor in ids:
        m = re.match(r"s\d+-(.+)$", anchor)
        if m:
            by_slug.setdefault(m.group(1), anchor)

    def fix(m: re.Match[str]) -> str:
        attrs, text = m.group(1), m.group(2)
        href_m = _HREF_RE.search(attrs)
        if href_m is None:
            return m.group(0)
        href = html.unescape(href_m.group(1))
        if href.startswith("#"):
            target = href[1:]
            if target in ids:
                return m.group(0)
            if slugify(target, 48) in by_slug:
                new = "#" + by_slug[slugify(target, 48)]
                return f"<a{attrs.replace(href_m.group(0), f'href={chr(34)}{new}{chr(34)}')}>{text}</a>"
            return text
        if _SCHEME_RE.match(href) or href.startswith("//"):
            uri = _as_uri(href)
            if uri == href:
                return m.group(0)
            new = html.escape(uri, quote=True)
            return f"<a{attrs.replace(href_m.group(0), f'href={chr(34)}{new}{chr(34)}')}>{text}</a>"
        if base_url:
            new = html.escape(_as_uri(urljoin(base_url, href)), quote=True)
            return f"<a{attrs.replace(href_m.group(0), f'href={chr(34)}{new}{chr(34)}')}>{text}</a>"
        return f'{text} <span class="hd-link-target">({html.escape(href)})</span>'

    return _A_RE.sub(fix, fragment)


_IMG_RE = re.compile(r"<img\b([^>]*)>", re.I)
_ATTR_RE = re.compile(r'([a-zA-Z-]+)="([^"]*)"')


def remote_image_label(src: str, alt: str) -> str:
    """The placeholder text of a remote image, the same in every view and export: ``▣ alt · host``."""
    where = urlsplit(src.strip())
    host = where.hostname or where.scheme or src.strip()
    alt = " ".join(alt.split())
    return f"\u25a3\u00a0{alt} \u00b7 {host}" if alt else f"\u25a3\u00a0{host}"


def remote_images_as_placeholders(fragment: str) -> str:
    """Each ``<img>`` from the network replaced by its alt text and host, fetched never.

    What the preview and the reader show in place of a remote image; local
    images are left as they are.
    """

    def swap(m: re.Match[str]) -> str:
        attrs = dict(_ATTR_RE.findall(m.group(1)))
        src = html.unescape(attrs.get("src", ""))
        if not (_SCHEME_RE.match(src) or src.startswith("//")):
            return m.group(0)
        label = remote_image_label(src, html.unescape(attrs.get("alt", "")))
        return f'<span class="hd-remote-image">{html.escape(label)}</span>'

    return _IMG_RE.sub(swap, fragment)


def plain_text(fragment_html: str) -> str:
    """Visible text of an HTML fragment (for snippets, descriptions, word counts)."""
    text = re.sub(r"<[^>]+>", " ", fragment_html)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()
