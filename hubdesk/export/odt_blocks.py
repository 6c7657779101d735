"""Blocks and runs written into an ODT document (odfpy): paragraphs, lists, tables, notes.

A heading keeps its Markdown level (``###`` is outline level 3), a table is a
``table:table`` whose header rows are ``table:table-header-rows``, a footnote
reference is a real ``text:note``, code keeps its spaces (``text:s``) in a
monospace paragraph style, a local image is a frame carrying its alt text
(``svg:title`` and ``svg:desc``), and each ``id`` of the article is a bookmark
that internal links (``#name``) point to.
"""

from __future__ import annotations

import re
from pathlib import Path

from odf.draw import Frame, Image
from odf.opendocument import OpenDocumentText
from odf.svg import Desc, Title
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    A,
    Bookmark,
    H,
    LineBreak,
    List,
    ListItem,
    Note,
    NoteBody,
    NoteCitation,
    P,
    S,
    Span,
    Tab,
)

from hubdesk.export.flow import Block, Run
from hubdesk.export.images import local_image, pixel_size
from hubdesk.export.odt_styles import Styles

_MAX_IMAGE_CM = 16.0


_SPACES = re.compile(r"( {2,}|^ |\t)")


def _code_text(element, text: str) -> None:
    """Code text with its spaces kept: a run of spaces (or one at the start) is ``text:s``."""
    for piece in _SPACES.split(text):
        if not piece:
            continue
        if piece == "\t":
            element.addElement(Tab())
        elif piece.isspace():
            element.addElement(S(c=len(piece)) if len(piece) > 1 else S())
        else:
            element.addText(piece)


class BlockWriter:
    """Writes flow blocks into an ODT document, keeping its bookmarks, notes and tables."""

    def __init__(self, doc: OpenDocumentText, styles: Styles, assets: Path | None,
                 notes: dict[str, list[Block]], bookmarks: dict[str, str]) -> None:
        self.doc, self.styles, self.assets, self.notes = doc, styles, assets, notes
        self.bookmarks = bookmarks  # anchor -> bookmark name
        self.used_notes: set[str] = set()
        self._tables = 0
        self._nested: list[tuple[str, list[Block]]] | None = None  # notes met inside a note

    def bookmark_name(self, anchor: str) -> str:
        if anchor not in self.bookmarks:
            self.bookmarks[anchor] = f"hd_a{len(self.bookmarks) + 1}"
        return self.bookmarks[anchor]

    # ------------------------------------------------------------ runs

    def runs(self, element, runs: list[Run]) -> None:
        for run in runs:
            if run.line_break:
                element.addElement(LineBreak())
            elif run.anchor:
                element.addElement(Bookmark(name=self.bookmark_name(run.anchor)))
            elif run.note and run.note in self.notes and run.note not in self.used_notes:
                if self._nested is None:
                    self.note(element, run)
                else:  # met inside a note: it follows that note
                    self.used_notes.add(run.note)
                    self._nested.append((run.text, self.notes[run.note]))
                    self.text(element, run)
            elif run.image and self.picture(element, run):
                continue
            else:
                self.text(element, run)

    def text(self, element, run: Run) -> None:
        target = element
        if run.href:
            href = "#" + self.bookmark_name(run.href[1:]) if run.href.startswith("#") else run.href
            link = A(href=href, type="simple")
            element.addElement(link)
            target = link
        style = self.styles.span(run)
        if style is not None:
            span = Span(stylename=style)
            target.addElement(span)
            target = span
        if run.code:
            _code_text(target, run.text)
        else:
            target.addText(run.text)

    def picture(self, element, run: Run) -> bool:
        """A local attachment as a frame sized from its pixels (96 per inch), with its alt text."""
        path = local_image(run.image, self.assets)
        size = pixel_size(path) if path is not None else None
        if path is None or size is None or not all(size):
            return False
        width, height = (n / 96 * 2.54 for n in size)
        if width > _MAX_IMAGE_CM:
            width, height = _MAX_IMAGE_CM, height * _MAX_IMAGE_CM / width
        href = self.doc.addPicture(str(path))
        frame = Frame(width=f"{width:.2f}cm", height=f"{height:.2f}cm", anchortype="as-char")
        frame.addElement(Image(href=href))
        if run.alt:
            frame.addElement(Title(text=run.alt))
            frame.addElement(Desc(text=run.alt))
        element.addElement(frame)
        return True

    def note(self, element, run: Run) -> None:
        """A real footnote at this place, numbered by the word processor.

        ODF puts no note inside a note: a note first referred to from another note
        follows that note's text, in the same note body, after its number.
        """
        self.used_notes.add(run.note)
        note = Note(id=f"ftn{len(self.used_notes)}", noteclass="footnote")
        note.addElement(NoteCitation(text=run.text))
        body = NoteBody()
        self._nested = []
        try:
            self.blocks(body, self.notes[run.note], note=True)
            while self._nested:
                number, inner = self._nested.pop(0)
                start = len(body.childNodes)
                self.blocks(body, inner, note=True)
                if start < len(body.childNodes) and body.childNodes[start].isInstanceOf(P):
                    first = body.childNodes[start]
                    mark = Span(stylename=self.styles.span(Run("", superscript=True)),
                                text=f"{number} ")
                    if first.firstChild is not None:
                        first.insertBefore(mark, first.firstChild)
                    else:
                        first.addElement(mark)
        finally:
            self._nested = None
        note.addElement(body)
        element.addElement(note)

    # ------------------------------------------------------------ blocks

    def blocks(self, container, items: list[Block], *, note: bool = False,
               paragraph_style=None) -> None:
        styles = self.styles
        lists: list = []  # open text:list elements, one per depth
        lists_ordered: list[bool] = []
        for block in items:
            if block.kind != "item":
                lists.clear()
                lists_ordered.clear()
            if block.kind == "table" and note:
                self._table_as_lines(container, block)  # LibreOffice shows no table in a note
                continue
            if block.kind == "table":
                self.table(container, block)
                continue
            if block.kind == "heading":
                level = min(6, max(1, block.level))
                el = H(outlinelevel=level, stylename=styles.headings[level])
            elif block.kind == "item":
                item = self._list_item(container, block, lists, lists_ordered)
                el = P(stylename=styles.list_para)
                self.runs(el, block.runs)
                item.addElement(el)
                continue
            elif block.kind == "quote":
                el = P(stylename=styles.quote)
            elif block.kind == "code":
                el = P(stylename=styles.code)
            elif block.kind == "rule":
                el = P(stylename=styles.rule, text="⁂")
            else:
                el = P(stylename=paragraph_style or (styles.note if note else styles.body))
            self.runs(el, block.runs)
            container.addElement(el)

    def _list_item(self, container, block: Block, lists: list, lists_ordered: list[bool]):
        depth = max(1, block.level)
        del lists[depth:]
        del lists_ordered[depth:]
        if len(lists) == depth and (lists_ordered[-1] != block.ordered or block.start is not None):
            lists.pop()  # another list begins at this depth
            lists_ordered.pop()
        while len(lists) < depth:
            style = self.styles.numbers if block.ordered else self.styles.bullets
            new = List(stylename=style) if not lists else List()
            if lists:
                item = lists[-1].lastChild or ListItem()
                if lists[-1].lastChild is None:
                    lists[-1].addElement(item)
                item.addElement(new)
            else:
                container.addElement(new)
            lists.append(new)
            lists_ordered.append(block.ordered)
        item = ListItem()
        if block.ordered and block.start not in (None, 1):
            item.setAttribute("startvalue", str(block.start))
        lists[-1].addElement(item)
        return item

    def _table_as_lines(self, container, block: Block) -> None:
        """A table as one paragraph per row, its cells apart by " | " (header cells bold)."""
        for row in block.rows:
            p = P(stylename=self.styles.note)
            for n, cell in enumerate(row):
                if n:
                    p.addText(" | ")
                for k, inner in enumerate(cell.blocks):
                    if k:
                        p.addText(" ")
                    self.runs(p, inner.runs)
            container.addElement(p)

    def table(self, container, block: Block) -> None:
        """A ``table:table``: its header rows in ``table:table-header-rows``, bordered cells."""
        styles = self.styles
        self._tables += 1
        table = Table(name=f"Table{self._tables}", stylename=styles.table)
        table.addElement(TableColumn(numbercolumnsrepeated=len(block.rows[0])))
        header = TableHeaderRows() if block.header_rows else None
        if header is not None:
            table.addElement(header)
        for r, row in enumerate(block.rows):
            tr = TableRow()
            (header if header is not None and r < block.header_rows else table).addElement(tr)
            for cell in row:
                is_head = cell.header or r < block.header_rows
                tc = TableCell(valuetype="string",
                               stylename=styles.header_cell if is_head else styles.cell)
                para = styles.cell_paragraph(cell.align, is_head)
                self.blocks(tc, cell.blocks, paragraph_style=para)
                if not tc.childNodes:
                    tc.addElement(P(stylename=para))
                tr.addElement(tc)
        container.addElement(table)
