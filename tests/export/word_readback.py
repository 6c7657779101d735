"""Reading DOCX (python-docx) and ODT (odfpy) exports back, and what the HTML says they hold.

The expectations come from the rendered HTML of the article read with html5lib,
a reader independent of the exporters' own HTML walk (``hubdesk.export.flow``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import docx
import html5lib
from docx.opc.constants import RELATIONSHIP_TYPE
from lxml import etree
from odf import teletype
from odf.opendocument import load
from odf.table import Table, TableCell, TableHeaderRows, TableRow
from odf.text import H, Note, NoteBody, P

from hubdesk.formats.render import render_article_body
from hubdesk.model.article import Article

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass
class Contents:
    """What a reader finds in an exported article."""

    headings: list[tuple[int, str]]  # (level, text) in order, the title first
    tables: list[list[list[str]]]  # rows of cell texts
    header_rows: list[int]  # per table
    notes: list[str]  # footnote texts in order
    code: list[str]  # code blocks, line breaks kept


def expected(article: Article) -> Contents:
    """What the rendered HTML of ``article`` holds (html5lib)."""
    root = html5lib.parse(render_article_body(article), namespaceHTMLElements=False)
    headings = [(int(el.tag[1]), squash("".join(el.itertext())))
                for el in root.iter() if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
    tables, header_rows = [], []
    for table in root.iter("table"):
        rows = [[squash("".join(c.itertext())) for c in tr if c.tag in ("td", "th")]
                for tr in table.iter("tr")]
        tables.append(rows)
        header_rows.append(sum(1 for _ in table.iter("thead") for _ in _.iter("tr")))
    notes = []
    for div in root.iter("div"):
        if div.get("class") == "footnote":
            for li in div.iter("li"):
                notes.append(squash("".join(li.itertext()).replace("↩", "")))
    code = ["".join(pre.itertext()).rstrip("\n") for pre in root.iter("pre")]
    return Contents(headings, tables, header_rows, notes, code)


# ------------------------------------------------------------------------ DOCX


def docx_contents(path: Path) -> Contents:
    document = docx.Document(str(path))
    headings = []
    code = []
    for p in document.paragraphs:
        name = p.style.name
        if name.startswith("Heading "):
            headings.append((int(name.split()[1]), squash(p.text)))
        elif name == "Source Code":
            code.append(p.text)
    tables, header_rows = [], []
    for table in document.tables:
        tables.append([[squash(c.text) for c in row.cells] for row in table.rows])
        header_rows.append(sum(1 for tr in table._tbl.tr_lst
                               if tr.trPr is not None and tr.trPr.find(f"{W}tblHeader") is not None))
    return Contents(headings, tables, header_rows, docx_notes(document), code)


def docx_notes(document) -> list[str]:
    """The footnotes' texts, in the order the body refers to them; each referred to once."""
    rels = [r for r in document.part.rels.values() if r.reltype == RELATIONSHIP_TYPE.FOOTNOTES]
    if not rels:
        return []
    assert len(rels) == 1
    part = etree.fromstring(rels[0].target_part.blob)
    by_id = {}
    for note in part.iter(f"{W}footnote"):
        if note.get(f"{W}type") is None:
            assert note.find(f".//{W}footnoteRef") is not None  # the note shows its number
            texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in note.iter(f"{W}p")]
            by_id[note.get(f"{W}id")] = squash(" ".join(texts))
    refs = [r.get(f"{W}id") for r in document.element.body.iter(f"{W}footnoteReference")]
    assert sorted(refs) == sorted(by_id), "every note is referred to exactly once"
    return [by_id[r] for r in refs]


# ------------------------------------------------------------------------ ODT


def odt_contents(path: Path) -> Contents:
    doc = load(str(path))
    headings = [(int(h.getAttribute("outlinelevel")), squash(teletype.extractText(h)))
                for h in doc.getElementsByType(H)]
    tables, header_rows = [], []
    for table in doc.getElementsByType(Table):
        rows = [[squash(" ".join(teletype.extractText(p) for p in c.childNodes))
                 for c in tr.childNodes if c.isInstanceOf(TableCell)]
                for tr in table.getElementsByType(TableRow)]
        tables.append(rows)
        header_rows.append(sum(len(h.getElementsByType(TableRow))
                               for h in table.getElementsByType(TableHeaderRows)))
    notes = []
    for note in doc.getElementsByType(Note):
        assert note.getAttribute("noteclass") == "footnote"
        body = note.getElementsByType(NoteBody)[0]
        notes.append(squash(" ".join(teletype.extractText(p) for p in body.getElementsByType(P))))
    code = [teletype.extractText(p) for p in doc.getElementsByType(P)
            if p.getAttribute("stylename") == "Preformatted_20_Text"]
    return Contents(headings, tables, header_rows, notes, code)


def html_list_starts(article: Article) -> list[int]:
    """The number each numbered list of the rendered body starts at, in reading order.

    Lists inside tables and the notes list are left out (the read-backs below see neither).
    """
    root = html5lib.parse(render_article_body(article), namespaceHTMLElements=False)
    skipped = {id(ol) for box in root.iter() if box.tag in ("table", "div") and
               (box.tag == "table" or "footnote" in (box.get("class") or ""))
               for ol in box.iter("ol")}
    return [int(ol.get("start") or 1) for ol in root.iter("ol") if id(ol) not in skipped]


def docx_list_starts(path: Path) -> list[int]:
    """The start number of each numbered list of the DOCX body, in the order they appear."""
    document = docx.Document(str(path))
    numbering = document.part.numbering_part.element
    seen: list[int] = []
    starts = []
    for p in document.paragraphs:
        numpr = p._p.pPr.numPr if p._p.pPr is not None else None
        if numpr is None or numpr.numId is None or numpr.numId.val in seen:
            continue
        seen.append(numpr.numId.val)
        found = numbering.num_having_numId(numpr.numId.val).xpath("./w:lvlOverride/w:startOverride/@w:val")
        starts.append(int(found[0]) if found else 1)
    return starts
