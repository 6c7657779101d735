"""What an article can be when it comes in (an import, an archive): its bounds.

The editor, the outline and the preview handle an article within these bounds with
no pause longer than a tenth of a second, opening it or typing in it; each is far
past what a long-form article needs. The work a keystroke does grows with the text
of its part and with its lines (reading the part, counting its words), a line is
laid out and coloured as one piece, and each section is a row, a region, an anchor.
"""

from __future__ import annotations

from hubdesk.model.article import Article
from hubdesk.model.document import compose

MAX_SECTIONS = 5_000  # a hundred times a long-form article's
MAX_LINE_CHARS = 10_000  # one line (a paragraph without a line break): about 1,700 words
MAX_TEXT_CHARS = 2_000_000  # the body: about 330,000 words, three long books
MAX_LINES = 50_000  # the body's lines: a 100,000-word article has about 6,000


def longest_line(text: str) -> int:
    """The length of the longest line of ``text``."""
    return max(map(len, text.split("\n")))


def bounds_error(article: Article) -> tuple[str, dict[str, str]] | None:
    """Why ``article`` cannot come in, as an error code and its values, or None."""
    if len(article.sections) > MAX_SECTIONS:
        return "import.too_many_sections", {
            "count": f"{len(article.sections):,}", "limit": f"{MAX_SECTIONS:,}"}
    body = compose(article.lead, article.sections)
    if len(body) > MAX_TEXT_CHARS:
        return "import.text_too_long", {
            "length": f"{len(body):,}", "limit": f"{MAX_TEXT_CHARS:,}"}
    lines = body.rstrip("\n").count("\n") + 1
    if lines > MAX_LINES:
        return "import.too_many_lines", {"count": f"{lines:,}", "limit": f"{MAX_LINES:,}"}
    longest = longest_line(body)
    if longest > MAX_LINE_CHARS:
        return "import.line_too_long", {"length": f"{longest:,}", "limit": f"{MAX_LINE_CHARS:,}"}
    return None


def paste_error(chars: int, lines: int, sections: int, pasted: str
                ) -> tuple[str, dict[str, str]] | None:
    """Why ``pasted`` cannot go in, as an error code and its values, or None: the text
    would then have ``chars`` characters, ``lines`` lines and ``sections`` sections."""
    if sections > MAX_SECTIONS:
        return "paste.too_many_sections", {"count": f"{sections:,}", "limit": f"{MAX_SECTIONS:,}"}
    if chars > MAX_TEXT_CHARS:
        return "paste.text_too_long", {"length": f"{chars:,}", "limit": f"{MAX_TEXT_CHARS:,}"}
    if lines > MAX_LINES:
        return "paste.too_many_lines", {"count": f"{lines:,}", "limit": f"{MAX_LINES:,}"}
    longest = longest_line(pasted) if pasted else 0
    if longest > MAX_LINE_CHARS:
        return "paste.line_too_long", {"length": f"{longest:,}", "limit": f"{MAX_LINE_CHARS:,}"}
    return None
