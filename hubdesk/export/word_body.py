"""The article body as blocks for the word-processor writers (DOCX, ODT).

The body is rendered as one Markdown document (``formats.render``), then its
links are resolved over the whole article at once, so that a link in one section
to an anchor in another (a section heading, an element's ``id``, the title) stays
a link: the writers make it an internal hyperlink to a bookmark. Notes come as a
map from note id to their blocks, for real footnotes.
"""

from __future__ import annotations

from dataclasses import dataclass

from hubdesk.export.content import headings, one_h1
from hubdesk.export.flow import Block, Run, blocks, notes
from hubdesk.formats.render import body_document, resolve_links
from hubdesk.model.article import Article

_CUT = "\n<!--hd-part-->\n"  # cannot come out of the sanitiser, which drops comments
TOP = "top"  # the title's anchor, as in the HTML export


@dataclass
class Section:
    anchor: str
    heading: list[Run]  # the heading as rendered (``## 1. Intro`` stays "1. Intro")
    blocks: list[Block]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.heading if not r.note)


@dataclass
class WordBody:
    lead: list[Block]
    sections: list[Section]
    notes: dict[str, list[Block]]  # note id -> the note's blocks, in numbering order
    notes_html: str  # the rendered list of notes (empty without footnotes)


def word_body(article: Article) -> WordBody:
    """The lead, the sections and the notes, with every link resolved over the whole article."""
    doc = body_document(article)
    entries = headings(article, doc)  # read from the rendered parts: each is rendered once
    targets = "".join(f'<span id="{a}"></span>' for a in [TOP, *(h.anchor for h in entries)])
    parts = [targets, one_h1(doc.html(0), article.title)]  # the title is printed once
    for i in range(len(entries)):
        head, rest = _split_heading(doc.html(i + 1))
        parts += [head, one_h1(rest, "")]
    parts.append(doc.notes_html())
    resolved = resolve_links(_CUT.join(parts), article.canonical_url).split(_CUT)
    sections = []
    for n, entry in enumerate(entries):
        heading = blocks(resolved[2 + 2 * n])
        runs = heading[0].runs if heading else [Run(entry.text)]
        sections.append(Section(entry.anchor, runs, blocks(resolved[3 + 2 * n])))
    return WordBody(blocks(resolved[1]), sections, notes(resolved[-1]), resolved[-1])


def _split_heading(fragment: str) -> list[str]:
    """A rendered section as its leading ``<h2>`` and the rest (the writers write the heading)."""
    if fragment.startswith("<h2>"):
        end = fragment.find("</h2>")
        if end >= 0:
            end += len("</h2>")
            return [fragment[:end], fragment[end:].lstrip("\n")]
    return ["", fragment]
