"""Word files of the import corpus, built with python-docx from the corpus articles.

``build_docx(folder)`` writes five DOCX files, each with its expected JSON (made from
the same data, not from the importer): plain, with a table, with a footnote, with an
image, and with tracked changes and a comment.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches

from tests.importers.corpus_articles import ARTICLES, CorpusArticle
from tests.importers.corpus_pages import PNG, article_words_text

FOOTNOTE = "Chiffres de l’agence régionale, relevés au printemps."
COMMENT = "Vérifier ce chiffre avant publication."
INSERTED = " et des tuiles recyclées"
DELETED = " et du sable"


def _paragraph(doc, text: str, style: str | None = None):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(text, style=style)


def _footnotes_part(doc) -> None:  # type: ignore[no-untyped-def]
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{FOOTNOTE}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml, doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def build_one(a: CorpusArticle, path: Path, *, footnote: bool = False, image: bool = False,
              tracked: bool = False) -> dict:
    doc = Document()
    doc.core_properties.author = a.author
    doc.core_properties.keywords = ", ".join(a.tags)
    doc.add_heading(a.title, level=1)
    for p in a.lead:
        _paragraph(doc, p)
    first = True
    for heading, blocks in a.sections:
        doc.add_heading(heading, level=2)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para = _paragraph(doc, "")
                words = block[1].split(" ")
                para.add_run(" ".join(words[:2]) + " ").bold = True
                para.add_run(" ".join(words[2:4]) + " ").italic = True
                para.add_run(" ".join(words[4:]))
                if footnote and first:
                    para._p.append(parse_xml(
                        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        '<w:footnoteReference w:id="1"/></w:r>'))
                if tracked and first:
                    para._p.append(parse_xml(
                        f'<w:ins {nsdecls("w")} w:id="91" w:author="Relecteur" w:date="2025-01-01T00:00:00Z">'
                        f'<w:r><w:t xml:space="preserve">{INSERTED}</w:t></w:r></w:ins>'))
                    para._p.append(parse_xml(
                        f'<w:del {nsdecls("w")} w:id="92" w:author="Relecteur" w:date="2025-01-01T00:00:00Z">'
                        f'<w:r><w:delText xml:space="preserve">{DELETED}</w:delText></w:r></w:del>'))
                    doc.add_comment(para.runs[0], text=COMMENT, author="Relecteur")
                first = False
            elif kind == "ul":
                for item in block[1]:
                    _paragraph(doc, item, "List Bullet")
            elif kind == "quote":
                _paragraph(doc, block[1], "Quote")
            elif kind == "table":
                rows = block[1]
                table = doc.add_table(rows=len(rows), cols=len(rows[0]))
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
            elif kind == "img" and image:
                png = path.with_suffix(".png")
                png.write_bytes(PNG)
                doc.add_picture(str(png), width=Inches(1))
                png.unlink()
    if a.closing:
        _paragraph(doc, a.closing)
        for credit in a.credits:
            _paragraph(doc, credit, "List Bullet")
    if footnote:
        _footnotes_part(doc)
    doc.save(str(path))
    alts = {b[2] for _, bl in a.sections for b in bl if b[0] == "img"}
    text = "\n".join(line for line in article_words_text(a).split("\n") if line not in alts)
    if tracked:
        text += INSERTED
    return {
        "title": a.title, "lead": "\n\n".join(a.lead), "headings": [h for h, _ in a.sections],
        "credits": a.credits, "ai_written": bool(a.closing), "language": a.language,
        "author": a.author, "tags": a.tags, "article_text": text,
        "footnote": FOOTNOTE if footnote else "", "tracked": tracked,
        "has_table": any(b[0] == "table" for _, bl in a.sections for b in bl),
        "has_image": image,
    }


def build_docx(folder: Path) -> list[Path]:
    """Five Word files with their expected JSON; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    plans = [
        ("potagers-toits", {"footnote": True, "tracked": True}),  # table, footnote, tracked, comment
        ("bibliobus", {}),
        ("velo-ecole", {"image": True}),
        ("night-trains", {"footnote": True}),  # table
        ("repair-cafes", {"tracked": True}),
    ]
    by_key = {a.key: a for a in ARTICLES}
    paths = []
    for key, options in plans:
        path = folder / f"{key}.docx"
        expected = build_one(by_key[key], path, **options)
        path.with_suffix(".expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------- OpenDocument


def build_odt_one(a: CorpusArticle, path: Path, *, footnote: bool = False,
                  tracked: bool = False, image: bool = False) -> dict:
    from odf.dc import Creator
    from odf.draw import Frame
    from odf.draw import Image as DrawImage
    from odf.meta import InitialCreator, Keyword
    from odf.namespaces import TEXTNS, XMLNS
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import (
        ChangedRegion,
        Deletion,
        H,
        Insertion,
        List,
        ListItem,
        Note,
        NoteBody,
        NoteCitation,
        P,
        Span,
        TrackedChanges,
    )

    doc = OpenDocumentText()
    bold = Style(name="Gras", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    italic = Style(name="Italique", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(italic)
    doc.meta.addElement(InitialCreator(text=a.author))
    doc.meta.addElement(Keyword(text=", ".join(a.tags)))
    if tracked:
        changes = TrackedChanges()
        region = ChangedRegion(qattributes={(TEXTNS, "id"): "ct1", (XMLNS, "id"): "ct1"})
        deletion = Deletion()
        deletion.addElement(P(text=DELETED.strip()))
        region.addElement(deletion)
        changes.addElement(region)
        region2 = ChangedRegion(qattributes={(TEXTNS, "id"): "ct2", (XMLNS, "id"): "ct2"})
        region2.addElement(Insertion())
        changes.addElement(region2)
        doc.text.addElement(changes)
    doc.text.addElement(H(outlinelevel=1, text=a.title))
    for p in a.lead:
        doc.text.addElement(P(text=p))
    first = True
    for heading, blocks in a.sections:
        doc.text.addElement(H(outlinelevel=2, text=heading))
        for block in blocks:
            kind = block[0]
            if kind in ("p", "quote"):
                para = P()
                words = block[1].split(" ")
                para.addElement(Span(stylename=bold, text=" ".join(words[:2]) + " "))
                para.addElement(Span(stylename=italic, text=" ".join(words[2:4]) + " "))
                para.addText(" ".join(words[4:]))
                if footnote and first:
                    note = Note(id="ftn1", noteclass="footnote")
                    note.addElement(NoteCitation(text="1"))
                    body = NoteBody()
                    body.addElement(P(text=FOOTNOTE))
                    note.addElement(body)
                    para.addElement(note)
                if tracked and first:
                    para.addText(INSERTED)
                    comment = Annotation()
                    comment.addElement(Creator(text="Relecteur"))
                    comment.addElement(P(text=COMMENT))
                    para.addElement(comment)
                first = False
                doc.text.addElement(para)
            elif kind == "ul":
                items = List()
                for item in block[1]:
                    li = ListItem()
                    li.addElement(P(text=item))
                    items.addElement(li)
                doc.text.addElement(items)
            elif kind == "img" and image:
                href = doc.addPicture("Pictures/photo.png", "image/png", PNG)
                frame = Frame(width="3cm", height="2cm", anchortype="as-char")
                frame.addElement(DrawImage(href=href))
                para = P()
                para.addElement(frame)
                doc.text.addElement(para)
            elif kind == "table":
                rows = block[1]
                table = Table(name="T1")
                table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
                for row in rows:
                    tr = TableRow()
                    for cell in row:
                        tc = TableCell()
                        tc.addElement(P(text=cell))
                        tr.addElement(tc)
                    table.addElement(tr)
                doc.text.addElement(table)
    if a.closing:
        doc.text.addElement(P(text=a.closing))
        credits = List()
        for credit in a.credits:
            li = ListItem()
            li.addElement(P(text=credit))
            credits.addElement(li)
        doc.text.addElement(credits)
    doc.save(str(path))
    alts = {b[2] for _, bl in a.sections for b in bl if b[0] == "img"}
    text = "\n".join(line for line in article_words_text(a).split("\n") if line not in alts)
    if tracked:
        text += INSERTED
    return {
        "title": a.title, "lead": "\n\n".join(a.lead), "headings": [h for h, _ in a.sections],
        "credits": a.credits, "ai_written": bool(a.closing), "language": a.language,
        "author": a.author, "tags": a.tags, "article_text": text,
        "footnote": FOOTNOTE if footnote else "", "tracked": tracked,
        "has_table": any(b[0] == "table" for _, bl in a.sections for b in bl),
        "has_image": image,
    }


def build_odt(folder: Path) -> list[Path]:
    """Four OpenDocument texts with their expected JSON; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    plans = [
        ("potagers-toits", {"footnote": True}),  # table and footnote
        ("night-trains", {"tracked": True}),  # table, tracked changes and a comment
        ("school-gardens", {}),
        ("velo-ecole", {"image": True}),  # a picture stored in the file
    ]
    by_key = {a.key: a for a in ARTICLES}
    paths = []
    for key, options in plans:
        path = folder / f"{key}.odt"
        expected = build_odt_one(by_key[key], path, **options)
        path.with_suffix(".expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths
