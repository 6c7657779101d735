"""Word (DOCX) through python-docx, with the real built-in styles.

The title is "Heading 1" and each section heading "Heading 2" (so Word's and
LibreOffice's navigation panes list the sections); a heading inside a section
keeps its Markdown level (``###`` is "Heading 3"). Tables are Word tables with a
header row, notes are real footnotes, code blocks use a monospace style, local
images carry their alt text, internal links point to bookmarks
(``hubdesk.export.docx_blocks``). The lead is bold, the credits "List Bullet",
quotes "Quote". Core properties carry title, author, language, keywords,
subject, description and dates.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from hubdesk.export.content import byline, contents_title, disclosure_text, keywords, toc_labels
from hubdesk.export.docx_blocks import BlockWriter, Container, add_run
from hubdesk.export.docx_parts import add_styles
from hubdesk.export.flow import Run
from hubdesk.export.options import ExportOptions
from hubdesk.export.word_body import TOP, word_body
from hubdesk.export.xml_text import xml_safe_article
from hubdesk.formats.render import credits_intro, format_credit
from hubdesk.model.article import Article

_PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}


def _page(doc, paper: str) -> None:
    """Paper size and a centred page number in the footer."""
    section = doc.sections[0]
    section.page_width, section.page_height = _PAPER.get(paper, _PAPER["A4"])
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    field.append(r)
    footer._p.append(field)


def build_document(article: Article, options: ExportOptions):
    """The python-docx ``Document`` of an article."""
    article = xml_safe_article(article)
    doc = Document()
    _page(doc, options.paper)
    add_styles(doc)
    body = word_body(article)  # one Markdown document, links resolved over the whole article
    bookmarks = {TOP: "hd_top"} | {s.anchor: f"hd_s{n}" for n, s in enumerate(body.sections, 1)}
    writer = BlockWriter(doc, options.asset_dir, body.notes, bookmarks)
    box = Container(doc.element.body, doc._body, end=doc.element.body.sectPr)
    title = box.paragraph(doc, "Heading 1")
    add_run(title, article.title)
    writer.bookmark(title, TOP, whole=True)
    line = byline(article)
    if line:
        r = add_run(box.paragraph(doc), line)
        r.italic = True
        r.font.size = Pt(10)
    for block in body.lead:
        writer.runs(box.paragraph(doc), block.runs, lead=True)
    if options.include_toc and len(body.sections) > 1:
        add_run(box.paragraph(doc), contents_title(article.language)).bold = True
        labels = toc_labels([section.text for section in body.sections])
        for label, section in zip(labels, body.sections, strict=True):
            p = box.paragraph(doc)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.space_after = Pt(2)
            writer.internal_link(p, Run(label), section.anchor)
    for section in body.sections:
        heading = box.paragraph(doc, "Heading 2")
        writer.runs(heading, section.heading)
        writer.bookmark(heading, section.anchor, whole=True)
        writer.blocks(box, section.blocks)
    for note_id, note in body.notes.items():  # notes no text refers to, if any
        if note_id not in writer.used_notes:
            writer.blocks(box, note)
    sentence = disclosure_text(article) if options.include_disclosure else ""
    credits = [c for c in article.credits if not c.is_empty()]
    if sentence or credits:
        box.paragraph(doc)
    if sentence:
        add_run(box.paragraph(doc), sentence).italic = True
    if credits:
        add_run(box.paragraph(doc), credits_intro(article.language)).bold = True
        for credit in credits:
            p = box.paragraph(doc, "List Bullet")
            text = format_credit(credit, article.language)
            if credit.url:
                writer.hyperlink(p, Run(text, href=credit.url))
            else:
                add_run(p, text)
            if credit.note:
                add_run(p, f" — {credit.note}").italic = True
    _properties(doc, article)
    return doc


MAX_PROPERTY = 255  # characters in one core property (Word's limit; python-docx refuses more)


def fit_property(text: str, limit: int = MAX_PROPERTY) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis, if longer."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    if space > 0 and text[limit - 1] not in " \n\t":  # else the cut is on a boundary already
        head = head[:space]
    return head.rstrip() + "…"


def _properties(doc, article: Article) -> None:
    props = doc.core_properties
    props.title = fit_property(article.title)
    props.author = fit_property(article.author)
    props.last_modified_by = fit_property(article.disclosure.editor or article.author)
    props.language = fit_property(article.language)
    props.keywords = fit_property(keywords(article))
    props.subject = fit_property(article.description)
    props.comments = fit_property(disclosure_text(article) or article.description)
    props.category = str(article.status)
    props.identifier = fit_property(article.id)
    props.created = article.created
    props.modified = article.updated
    props.revision = 1
    # The document's default language, so that spelling and hyphenation follow it.
    rpr = doc.styles.element.find(qn("w:docDefaults"))
    if rpr is not None:
        run_props = rpr.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if run_props is not None:
            lang = run_props.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                run_props.append(lang)
            lang.set(qn("w:val"), article.language)


def write_docx(article: Article, path: Path, options: ExportOptions) -> None:
    build_document(article, options).save(str(path))
