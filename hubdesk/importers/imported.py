"""What a rich importer (HTML, DOCX, ODT) returns, and how its Markdown becomes an article.

Each rich importer turns its file into one Markdown text (``##`` for the article's
sections, lower levels inside them) and the metadata it found; ``assemble`` then
makes the article the same way for every format: the title, the lead (the text
before the first ``##``), the sections, and the closing block (the AI disclosure
and the "Merci à l’auteur(e)…" line followed by the credits, or a trailing
Sources section), read with the same rules as text import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from hubdesk.formats.markdown_format import credits_from_section, is_credits_heading
from hubdesk.model import document
from hubdesk.model.article import Article, Credit, Disclosure, Section, slugify
from hubdesk.model.credit_parse import is_bullet, parse_closing_line, parse_credit
from hubdesk.model.language import detect_language

_EMPHASIS_RE = re.compile(r"^(\*\*|\*|__|_)(.*)\1$", re.DOTALL)
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_FOOTNOTE_RE = re.compile(r"^\[\^[^\]\s]+\]:")
_H1_RE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$")


@dataclass
class Metadata:
    """What a file says about its article besides the text (all optional)."""

    title: str = ""
    author: str = ""
    description: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    canonical_url: str = ""
    language: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class ImportedArticle:
    """An article read from a rich file, with what the user should be told about it.

    ``images`` are the image addresses the article's Markdown uses, as written;
    ``source_url`` is where the page came from (its canonical address), if known.
    ``image_data`` reads the pictures that come with the file (a saved page's local
    images, those inside a DOCX or ODT), by the address the Markdown gives them.
    """

    article: Article
    notes: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    source_url: str = ""
    image_data: dict[str, Callable[[], bytes]] = field(default_factory=dict)


def unescape(text: str) -> str:
    """Markdown text without its backslash escapes (for lines read as credits)."""
    return _ESCAPE_RE.sub(r"\1", text)


def _plain(paragraph: str) -> str:
    """A paragraph without the emphasis wrapped around it whole, nor escapes."""
    text = paragraph.strip()
    m = _EMPHASIS_RE.match(text)
    while m:
        text = m.group(2).strip()
        m = _EMPHASIS_RE.match(text)
    return unescape(text)


def _closing_block(body: str) -> tuple[str, Disclosure | None, list[Credit]] | None:
    """(text before, disclosure, credits) if ``body`` ends with the closing block."""
    paragraphs = re.split(r"\n[ \t]*\n", body.strip("\n"))
    for i in range(len(paragraphs) - 1, -1, -1):
        lines = [ln for ln in paragraphs[i].split("\n") if ln.strip()]
        if lines and all(is_bullet(ln) for ln in lines):
            continue  # credits after the closing line
        found = parse_closing_line(_plain(paragraphs[i].replace("\n", " ")))
        if found is None:
            return None
        disclosure = found[0]
        end = i  # the credits follow the closing line, wherever the disclosure starts
        while i > 0:  # a disclosure sentence and the credits intro in two paragraphs
            before = parse_closing_line(_plain(paragraphs[i - 1].replace("\n", " ")))
            if before is None:
                break
            disclosure = disclosure or before[0]
            i -= 1
        credit_lines = [
            unescape(ln) for p in paragraphs[end + 1 :] for ln in p.split("\n") if ln.strip()
        ]
        credits = [c for c in (parse_credit(ln) for ln in credit_lines) if not c.is_empty()]
        head = "\n\n".join(p for n, p in enumerate(paragraphs) if n < i)
        return head, disclosure, credits
    return None


def _footnotes_at_end(body: str) -> tuple[str, str]:
    """(the text, the footnote definitions ``[^n]: …`` that end it)."""
    paragraphs = re.split(r"\n[ \t]*\n", body.strip("\n"))
    cut = len(paragraphs)
    while cut > 0 and _FOOTNOTE_RE.match(paragraphs[cut - 1]):
        cut -= 1
    return "\n\n".join(paragraphs[:cut]), "\n\n".join(paragraphs[cut:])


TITLE_MAX = 200  # a first paragraph longer than this is text, not a title


def title_from_text(body: str, fallback: str) -> tuple[str, str]:
    """(title, body) for a document with text but no title: its first paragraph, as the text
    importer takes its first line, when that is a short plain paragraph (it then leaves the
    body); otherwise ``fallback`` (the file's name) and the whole body."""
    blocks = re.split(r"\n[ \t]*\n", body.strip("\n"), maxsplit=1)
    first = blocks[0].strip()
    plain = " ".join(_plain(first).split())
    if (plain and len(plain) <= TITLE_MAX and not first.startswith(("#", ">", "|", "!", "<", "[^"))
            and not is_bullet(first) and not re.match(r"\d+[.)]\s", first)):
        return plain, blocks[1] if len(blocks) > 1 else ""
    return fallback, body


def split_title(markdown: str, title: str) -> tuple[str, str]:
    """The title and the rest: the first ``# `` line is the title (given or not)."""
    lines = markdown.strip("\n").split("\n")
    first = next((n for n, ln in enumerate(lines) if ln.strip()), None)
    if first is not None:
        m = _H1_RE.match(lines[first].strip())
        if m:
            return (title or unescape(m.group(1)).strip()), "\n".join(lines[first + 1 :])
    return title, markdown


def assemble(
    markdown: str, meta: Metadata, *, default_language: str = ""
) -> Article:
    """The article in a Markdown body (``# title`` optional) with the metadata found."""
    title, body = split_title(markdown, meta.title)
    lead, sections = document.parse(body.strip("\n") + "\n")
    lead = lead.strip("\n")
    for s in sections:
        s.body = s.body.strip("\n")
    credits: list[Credit] = []
    disclosure = Disclosure()
    if sections and is_credits_heading(sections[-1].heading):
        found = credits_from_section(unescape(sections[-1].body))
        if found is not None:
            credits, found_disclosure = found
            disclosure = found_disclosure or disclosure
            sections.pop()
    else:
        last: Section | None = sections[-1] if sections else None
        text, notes = _footnotes_at_end(last.body if last else lead)
        closing = _closing_block(text)
        if closing is not None:
            head, found_disclosure, credits = closing
            disclosure = found_disclosure or disclosure
            head = f"{head}\n\n{notes}" if notes else head
            if last is not None:
                last.body = head
            else:
                lead = head
    sample = lead + "\n" + "\n".join(s.body for s in sections[:4])
    language = meta.language or detect_language(f"{title}\n{sample}", default_language)
    article = Article(
        title=title,
        lead=lead,
        sections=sections,
        credits=credits,
        disclosure=disclosure,
        slug=slugify(title) if title else "",
        language=language,
        author=meta.author,
        description=meta.description,
        tags=list(meta.tags),
        canonical_url=meta.canonical_url,
    )
    article.published = meta.published
    if meta.published:
        article.created = meta.published
    if meta.modified or meta.published:
        article.updated = meta.modified or meta.published  # type: ignore[assignment]
    return article
