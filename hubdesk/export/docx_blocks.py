"""Blocks and runs written into a Word document: paragraphs, tables, footnotes, bookmarks.

A ``Container`` is where paragraphs go (the body, a table cell, a footnote); the
``BlockWriter`` writes flow blocks into one. Headings keep their Markdown level
(``###`` is "Heading 3"), tables are Word tables whose header rows repeat on each
page, a footnote reference becomes a real footnote, code blocks use the
"Source Code" style, local images are embedded with their alternative text, and
each ``id`` in the article is a bookmark that internal links point to.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Num
from docx.oxml.table import CT_Tbl
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from hubdesk.export.docx_parts import CODE_NAME, MONO, NOTE_TEXT_NAME, Footnotes
from hubdesk.export.flow import Block, Run
from hubdesk.export.images import local_image

LINK_COLOUR = RGBColor(0x1C, 0x5D, 0x99)
_MAX_IMAGE_WIDTH = Mm(160)
_DOCX_IMAGES = {".png", ".jpg", ".jpeg", ".gif"}
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT}


def style_id(doc, name: str) -> str:
    """The id of a named style, looked up once per document (python-docx searches each time)."""
    cache = doc.__dict__.setdefault("_hd_style_ids", {})
    if name not in cache:
        cache[name] = doc.styles[name].style_id
    return cache[name]


def add_run(paragraph, text: str) -> DocxRun:
    """A run holding ``text`` (python-docx's ``add_run`` scans the text character by character)."""
    r = paragraph._p.add_r()
    r.add_t(text)
    return DocxRun(r, paragraph)


class _Owner:
    """What a paragraph needs from its parent: the part it belongs to."""

    def __init__(self, part) -> None:
        self.part = part


class Container:
    """Where new paragraphs and tables go: before ``end`` if given, else at the end of ``element``.

    A table cell starts with one empty paragraph (``fresh``), used by the first
    paragraph written, and kept last if a table comes first (a cell ends with a paragraph).
    """

    def __init__(self, element, owner, *, end=None, fresh=None) -> None:
        self.element, self.owner, self.end, self.fresh = element, owner, end, fresh

    def add(self, child) -> None:
        anchor = self.end if self.end is not None else self.fresh
        if anchor is not None:
            anchor.addprevious(child)
        else:
            self.element.append(child)

    def paragraph(self, doc, style: str | None = None) -> Paragraph:
        if self.fresh is not None:
            element, self.fresh = self.fresh, None
        else:
            element = OxmlElement("w:p")
            self.add(element)
        p = Paragraph(element, self.owner)
        if style:
            p._p.style = style_id(doc, style)
        return p

    def close(self) -> None:
        """A cell or note never ends with a table: an empty paragraph follows it."""
        last = self.element[-1] if len(self.element) else None
        if self.end is None and (last is None or last.tag == qn("w:tbl")):
            self.element.append(OxmlElement("w:p"))


class BlockWriter:
    """Writes flow blocks into a document, keeping its bookmarks, links and footnotes."""

    def __init__(self, doc, assets: Path | None, notes: dict[str, list[Block]],
                 bookmarks: dict[str, str]) -> None:
        self.doc, self.assets, self.notes = doc, assets, notes
        self.bookmarks = bookmarks  # anchor -> bookmark name
        self.footnotes = Footnotes(doc)
        self.used_notes: set[str] = set()
        self._bookmark_ids = 0
        self._nested: list[tuple[str, list[Block]]] | None = None  # notes met inside a note

    # ------------------------------------------------------------ bookmarks and links

    def bookmark_name(self, anchor: str) -> str:
        if anchor not in self.bookmarks:
            self.bookmarks[anchor] = f"hd_a{len(self.bookmarks) + 1}"
        return self.bookmarks[anchor]

    def bookmark(self, paragraph, anchor: str, *, whole: bool = False) -> None:
        """A bookmark at the end of ``paragraph`` so far (or around all of it, if ``whole``)."""
        self._bookmark_ids += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_ids))
        start.set(qn("w:name"), self.bookmark_name(anchor))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_ids))
        if whole:
            paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        else:
            paragraph._p.append(start)
        paragraph._p.append(end)

    def internal_link(self, paragraph, run: Run, anchor: str) -> None:
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), self.bookmark_name(anchor))
        r = add_run(paragraph, run.text)
        format_run(r, run)
        r.font.color.rgb = LINK_COLOUR
        paragraph._p.remove(r._r)
        link.append(r._r)
        paragraph._p.append(link)

    def hyperlink(self, paragraph, run: Run, part=None) -> None:
        """A real external hyperlink (python-docx has no public call for it)."""
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), _link_id(part or self.doc.part, run.href))
        r = add_run(paragraph, run.text)
        format_run(r, run)
        r.font.color.rgb = LINK_COLOUR
        r.font.underline = True
        paragraph._p.remove(r._r)
        link.append(r._r)
        paragraph._p.append(link)

    # ------------------------------------------------------------ runs

    def runs(self, paragraph, runs: list[Run], *, lead: bool = False) -> None:
        """The runs of a paragraph; the lead is all bold, without links."""
        for run in runs:
            if run.line_break:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            elif run.anchor:
                self.bookmark(paragraph, run.anchor)
            elif run.note:
                self.note(paragraph, run)
            elif run.image and self.picture(paragraph, run):
                continue
            elif run.href.startswith("#") and not lead:
                self.internal_link(paragraph, run, run.href[1:])
            elif run.href and not lead:
                self.hyperlink(paragraph, run, paragraph.part)
            else:
                r = add_run(paragraph, run.text)
                format_run(r, run)
                if lead:
                    r.bold = True

    def picture(self, paragraph, run: Run) -> bool:
        """A local attachment as an inline picture with its alt text, no wider than the text."""
        path = local_image(run.image, self.assets)
        if path is None or path.suffix.lower() not in _DOCX_IMAGES:
            return False
        shape = paragraph.add_run().add_picture(str(path))
        if shape.width > _MAX_IMAGE_WIDTH:
            ratio = _MAX_IMAGE_WIDTH / shape.width
            shape.width, shape.height = int(shape.width * ratio), int(shape.height * ratio)
        shape._inline.docPr.set("descr", run.alt)
        if run.alt:
            shape._inline.docPr.set("title", run.alt)
        return True

    def note(self, paragraph, run: Run) -> None:
        """A real footnote for the first reference to a note; a later one repeats its number.

        Word puts no note inside a note: a note first referred to from another note
        follows that note's text, in the same footnote, after its number.
        """
        blocks = self.notes.get(run.note)
        if blocks is None or run.note in self.used_notes or self._nested is not None:
            r = add_run(paragraph, run.text)
            r.font.superscript = True
            if blocks is not None and self._nested is not None and run.note not in self.used_notes:
                self.used_notes.add(run.note)
                self._nested.append((run.text, blocks))
            return
        self.used_notes.add(run.note)
        element, part = self.footnotes.add(paragraph)
        box = Container(element, _Owner(part))
        self._nested = []
        try:
            self.blocks(box, blocks, note=True)
            while self._nested:
                number, inner = self._nested.pop(0)
                start = len(element)
                self.blocks(box, inner, note=True)
                if start < len(element) and element[start].tag == qn("w:p"):
                    _number_first(Paragraph(element[start], box.owner), number)
        finally:
            self._nested = None
        box.close()
        Footnotes.first_paragraph_mark(element)

    # ------------------------------------------------------------ blocks

    def blocks(self, box: Container, items: list[Block], *, note: bool = False) -> None:
        doc = self.doc
        lists: dict[str, tuple[int, int]] = {}  # numbered style -> (list id, level) in use
        for block in items:
            if block.kind == "table":
                self.table(box, block)
                continue
            if block.kind == "heading":
                p = box.paragraph(doc, f"Heading {min(9, max(1, block.level))}")
            elif block.kind == "item":
                base = "List Number" if block.ordered else "List Bullet"
                style = base if block.level <= 1 else f"{base} {min(3, block.level)}"
                p = box.paragraph(doc, style)
                if block.ordered and (block.start is not None or style not in lists):
                    start = 1 if block.start is None else block.start
                    lists[style] = _restart_numbering(doc, p, style, start)
                elif block.ordered:  # each item names its list: another list may share the style
                    _set_numbering(p, *lists[style])
            elif block.kind == "quote":
                p = box.paragraph(doc, "Quote")
            elif block.kind == "code":
                p = box.paragraph(doc, CODE_NAME)
            elif block.kind == "rule":
                p = box.paragraph(doc)
                add_run(p, "⁂")
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p = box.paragraph(doc, NOTE_TEXT_NAME if note else None)
            self.runs(p, block.runs)

    def table(self, box: Container, block: Block) -> None:
        """A Word table in the "Table Grid" style; its header rows bold and repeated on each page."""
        columns = len(block.rows[0])
        section = self.doc.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        tbl = CT_Tbl.new_tbl(len(block.rows), columns, width)
        box.add(tbl)
        table = Table(tbl, box.owner)
        tbl.tblStyle_val = style_id(self.doc, "Table Grid")
        for r, (tr, row) in enumerate(zip(tbl.tr_lst, block.rows, strict=True)):
            if r < block.header_rows:
                tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for tc, cell in zip(tr.tc_lst, row, strict=True):
                inside = Container(tc, _Cell(tc, table), fresh=tc.p_lst[0])
                self.blocks(inside, cell.blocks)
                if cell.align:
                    for p in tc.p_lst:
                        Paragraph(p, inside.owner).alignment = _ALIGN[cell.align]
                inside.close()


def _number_first(paragraph, number: str) -> None:
    """``number`` in superscript, then a space, at the start of ``paragraph``."""
    r = add_run(paragraph, f"{number} ")
    r.font.superscript = True
    p = paragraph._p
    p.remove(r._r)
    if p.pPr is not None:
        p.pPr.addnext(r._r)
    else:
        p.insert(0, r._r)


def format_run(r, run: Run) -> None:
    if run.bold:
        r.bold = True
    if run.italic:
        r.italic = True
    if run.strike:
        r.font.strike = True
    if run.superscript:
        r.font.superscript = True
    if run.subscript:
        r.font.subscript = True
    if run.code:
        r.font.name = MONO
        r.font.size = Pt(9.5)


def _link_id(part, url: str) -> str:
    """The relationship id of an external link (python-docx scans every relationship per link)."""
    ids: dict[str, str] = part.__dict__.setdefault("_hd_link_ids", {})
    if url not in ids:
        rel_id = f"rIdHdLink{len(ids) + 1}"
        part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rel_id, is_external=True)
        ids[url] = rel_id
    return ids[url]


def _restart_numbering(doc, paragraph, style: str = "List Number", start: int = 1) -> tuple[int, int]:
    """Make ``paragraph`` start a new numbered list at ``start`` (python-docx continues by default).

    The list of each numbered style and the next free number are found once per
    document: python-docx's ``add_num`` searches all the lists made so far each time.
    """
    state = doc.__dict__.setdefault("_hd_numbering", {})
    if "next" not in state:
        numbering = doc.part.numbering_part.element
        used = [int(n) for n in numbering.xpath("./w:num/@w:numId")]
        state.update(numbering=numbering, next=max(used, default=0) + 1)
    if style not in state:
        style_numpr = doc.styles[style].element.pPr.numPr
        base = state["numbering"].num_having_numId(style_numpr.numId.val)
        level = style_numpr.ilvl.val if style_numpr.ilvl is not None else 0
        state[style] = (base.abstractNumId.val, level)
    numbering = state["numbering"]
    abstract_id, level = state[style]
    next_id = state["next"]
    state["next"] += 1
    num = CT_Num.new(next_id, abstract_id)
    cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
    if cleanup is None:
        numbering.append(num)
    else:
        cleanup.addprevious(num)
    num.add_lvlOverride(ilvl=level).add_startOverride(start)
    _set_numbering(paragraph, num.numId, level)
    return num.numId, level


def _set_numbering(paragraph, num_id: int, level: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id
