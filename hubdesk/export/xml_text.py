"""Text that XML can hold, for every XML format (EPUB, DOCX, ODT).

XML 1.0 forbids most control characters (a form feed from text copied out of a PDF,
``\\x01``), the non-characters U+FFFE and U+FFFF, and lone surrogates (which UTF-8
cannot even encode). ``xml_safe`` turns a form feed or a vertical tab into a line
break (a space in one-line texts: titles, headings, names), drops the other control characters and writes U+FFFD for a lone surrogate;
``xml_safe_article`` gives a copy of an article with every text so cleaned.
"""

from __future__ import annotations

import dataclasses
import re

from hubdesk.model.article import Article

_BAD = (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)
_TABLE = {c: ("\n" if c in (0x0B, 0x0C) else None) for c in _BAD}
_LINE_TABLE = {c: (" " if c in (0x0B, 0x0C) else None) for c in _BAD}
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def xml_safe(text: str, *, one_line: bool = False) -> str:
    """``text`` without the characters XML 1.0 cannot hold (see the module).

    With ``one_line`` (a title, a heading, a name) a form feed becomes a space.
    """
    text = text.translate(_LINE_TABLE if one_line else _TABLE)
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def _line(text: str) -> str:
    return xml_safe(text, one_line=True)


def xml_safe_article(article: Article) -> Article:
    """A copy of ``article`` whose every text is ``xml_safe`` (the article itself is untouched)."""
    sections = [dataclasses.replace(s, heading=_line(s.heading), body=xml_safe(s.body))
                for s in article.sections]
    credits = [
        dataclasses.replace(
            c, title=_line(c.title), author=_line(c.author), outlet=_line(c.outlet),
            description=_line(c.description), url=_line(c.url), note=_line(c.note),
        )
        for c in article.credits
    ]
    d = article.disclosure
    disclosure = dataclasses.replace(
        d, assistant=_line(d.assistant), organisation=_line(d.organisation), editor=_line(d.editor),
    )
    return dataclasses.replace(
        article, title=_line(article.title), lead=xml_safe(article.lead), sections=sections,
        credits=credits, disclosure=disclosure, slug=_line(article.slug),
        language=_line(article.language), author=_line(article.author),
        description=_line(article.description), tags=[_line(t) for t in article.tags],
    )
