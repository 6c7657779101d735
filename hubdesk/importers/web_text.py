"""An article from text copied out of a published web page.

The page is read line by line. Page chrome (the chat widget, the footer, "Retour
en haut"/"Back to top", blank and non-breaking-space lines) is dropped. The first
remaining line is the title (a breadcrumb line such as "Accueil > Blog" before it is
skipped). The closing line that discloses the AI authorship
and introduces the credits ends the article; the lines after it are the credits.
Between the two, a *heading* is a short line with no closing punctuation that
stands alone between two paragraphs; the paragraphs before the first heading
are the lead.

Every paragraph is kept exactly as written, character for character (only the
whitespace around each line is trimmed). Paragraphs are separated by one blank
line, as in Markdown.
"""

from __future__ import annotations

import logging
import re

from hubdesk.errors import ImportRefusedError
from hubdesk.formats.markdown_format import credits_from_section, is_credits_heading
from hubdesk.model.article import Article, Credit, Disclosure, Section
from hubdesk.model.credit_parse import is_bullet, parse_closing_line, parse_credit
from hubdesk.model.language import detect_language

log = logging.getLogger(__name__)

CHROME_LINES = frozenset(
    s.casefold()
    for s in (
        "💬", "Assistant HubToWork", "Retour en haut", "Back to top", "Haut de page",
        "Top", "↑", "⬆", "Footer HubToWrite", "Partager", "Share",
    )
)
_CHROME_RE = re.compile(r"^(?:assistant|footer|chat)\s+hub\w*$", re.IGNORECASE)
_CRUMB = r"[^\s.!?:>›]+(?: [^\s.!?:>›]+){0,3}"  # up to four words, no sentence marks
_BREADCRUMB_RE = re.compile(rf"^{_CRUMB}(?: [>›] {_CRUMB})+$")
_CAPTION_RE = re.compile(
    r"^(?:©|\(c\)\s|(?:photos?|images?|illustrations?|crédits?(?: photos?)?|credits?|"
    r"légende|source|sources|vidéo|video|infographie|dessin)\s*[:\u00a0\u202f]\s*\S)",
    re.IGNORECASE,
)
_TITLE_MARK_RE = re.compile(r"^#[ \t]+")
MAX_HEADING_CHARS = 160
MAX_HEADING_WORDS = 20
MAX_QUESTION_HEADING_WORDS = 12
_END_PUNCTUATION = ".,;:!…"


def is_chrome(line: str) -> bool:
    """A line of page furniture, not of the article (whitespace around it ignored)."""
    text = line.strip()
    return not text or text.casefold() in CHROME_LINES or bool(_CHROME_RE.match(text))


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def is_heading_like(text: str) -> bool:
    """Short enough, unpunctuated at its end, starting like a title: a heading if it stands alone."""
    if is_bullet(text) or len(text) > MAX_HEADING_CHARS or not _has_words(text):
        return False
    if "://" in text or "www." in text:  # a link line, not a heading
        return False
    words = sum(1 for w in text.split() if _has_words(w))  # "été ?": the "?" is no word
    if words > MAX_HEADING_WORDS:
        return False
    last = text.rstrip("»”\"’') ")[-1:]
    if last in _END_PUNCTUATION:
        return False
    if last == "?" and words > MAX_QUESTION_HEADING_WORDS:
        return False
    if is_caption(text):
        return False
    first = text.lstrip("«“\"'‘( ")[:1]
    return bool(first) and not first.islower()


def is_caption(text: str) -> bool:
    """A photo credit or caption line ("Photo : AFP", "© Reuters"): a paragraph, never a heading."""
    return bool(_CAPTION_RE.match(text.strip()))


def find_headings(blocks: list[str]) -> list[int]:
    """Indexes of the blocks that are headings: heading-like lines between two paragraphs.

    The first block (just after the title) is a heading too when it is followed by a
    paragraph and the page has other headings: a page with no lead starts with a section.
    """
    like = [is_heading_like(b) for b in blocks]
    found = []
    for i in range(1, len(blocks) - 1):
        if like[i] and not like[i - 1] and not like[i + 1]:
            found.append(i)
    if found and len(blocks) > 1 and like[0] and not like[1]:
        found.insert(0, 0)
    return found


def _split_closing(blocks: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(article blocks, closing lines, credit lines) of the text after the title."""
    last = next(
        (i for i in range(len(blocks) - 1, -1, -1) if parse_closing_line(blocks[i]) is not None),
        None,
    )
    if last is None:
        return blocks, [], []
    first = last
    while first > 0 and parse_closing_line(blocks[first - 1]) is not None:
        first -= 1
    after = [b for b in blocks[last + 1 :] if _has_words(b)]
    return blocks[:first], blocks[first : last + 1], after


def web_text_to_article(
    text: str, source: object = "<text>", *, default_language: str = "fr"
) -> Article:
    """The article in a page's copied text; raises ``ImportRefusedError`` if there is none.

    ``default_language`` is the language given to a text too short to judge.
    """
    blocks = [line.strip() for line in text.split("\n") if not is_chrome(line)]
    while blocks and (not _has_words(blocks[0]) or _BREADCRUMB_RE.match(blocks[0])):
        blocks.pop(0)
    if not blocks:
        raise ImportRefusedError(source, "import.no_article_text")
    title, rest = _TITLE_MARK_RE.sub("", blocks[0]).strip() or blocks[0], blocks[1:]
    body, closing, credit_lines = _split_closing(rest)
    while body and not _has_words(body[-1]):
        body.pop()

    disclosure = Disclosure()
    for line in closing:
        found = parse_closing_line(line)
        if found and found[0]:
            d = found[0]
            disclosure.ai_written = disclosure.ai_written or d.ai_written
            disclosure.assistant = d.assistant or disclosure.assistant
            disclosure.organisation = d.organisation or disclosure.organisation
            disclosure.editor = d.editor or disclosure.editor
    credits: list[Credit] = [parse_credit(line) for line in credit_lines]

    heads = find_headings(body)
    starts = [*heads, len(body)]
    lead = "\n\n".join(body[: starts[0]])
    sections = [
        Section(heading=body[h], body="\n\n".join(body[h + 1 : starts[n + 1]]))
        for n, h in enumerate(heads)
    ]
    if not closing and sections and is_credits_heading(sections[-1].heading):
        found_credits = credits_from_section(sections[-1].body)
        if found_credits is not None and found_credits[0]:
            credits, found_disclosure = found_credits
            disclosure = found_disclosure or disclosure
            sections.pop()

    sample = lead + "\n" + "\n".join(s.body for s in sections[:4])
    article = Article(
        title=title,
        lead=lead,
        sections=sections,
        credits=[c for c in credits if not c.is_empty()],
        disclosure=disclosure,
        language=detect_language(f"{title}\n{sample}", default_language),
    )
    log.info(
        "%s: %d lead paragraphs, %d sections, %d credits",
        source, len(article.lead_paragraphs()), len(sections), len(article.credits),
    )
    return article
