"""Word (DOCX) through python-docx, with the real built-in styles.

The title is "Heading 1" and each section heading "Heading 2" (so Word's and
LibreOffice's navigation panes list the sections); headings inside a section
start at "Heading 3". The lead uses "Subtitle"-like emphasis, the credits
"List Bullet", quotes "Quote". Core properties carry title, author, language,
keywords, subject, description and dates.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Num
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from hubdesk.export.content import (
    byline,
    contents_title,
    disclosure_text,
    headings,
    keywords,
    one_h1,
)
from hubdesk.export.flow import Block, Run, blocks
from hubdesk.export.images import local_image
from hubdesk.export.options import ExportOptions
from hubdesk.export.xml_text import xml_safe_article
from hubdesk.formats.render import body_html, credits_intro, format_credit
from hubdesk.model.article import Article

_LINK_COLOUR = RGBColor(0x1C, 0x5D, 0x99)
_MONO = "DejaVu Sans Mono"


def _style_id(doc, name: str) -> str:
    """The id of a named style, looked up once per document (python-docx searches each time)."""
    cache = doc.__dict__.setdefault("_hd_style_ids", {})
    if name not in cache:
        cache[name] = doc.styles[name].style_id
    return cache[name]


def _para(doc, style: str | None = None, text: str = ""):
    """A new paragraph at the end of the body, with a style and optional plain text.

    python-docx's ``add_paragraph`` looks for the section properties among all the
    body's children each time (the square of the paragraphs in all); the paragraph is
    put before that element, found once.
    """
    end = doc.__dict__.get("_hd_body_end")
    if end is None:
        end = doc.__dict__["_hd_body_end"] = doc.element.body.sectPr
    if end is None:
        p = doc.add_paragraph()
    else:
        element = OxmlElement("w:p")
        end.addprevious(element)
        p = Paragraph(element, doc._body)
    if style:
        p._p.style = _style_id(doc, style)
    if text:
        _run(p, text)
    return p


def _run(paragraph, text: str) -> DocxRun:
    """A run holding ``text`` (python-docx's ``add_run`` scans the text character by character)."""
    r = paragraph._p.add_r()
    r.add_t(text)
    return DocxRun(r, paragraph)


_MAX_IMAGE_WIDTH = Mm(160)
_DOCX_IMAGES = {".png", ".jpg", ".jpeg", ".gif"}


def _add_picture(paragraph, path: Path) -> bool:
    """An attachment as an inline picture, no wider than the text (False if unsupported)."""
    if path.suffix.lower() not in _DOCX_IMAGES:
        return False
    shape = paragraph.add_run().add_picture(str(path))
    if shape.width > _MAX_IMAGE_WIDTH:
        ratio = _MAX_IMAGE_WIDTH / shape.width
        shape.width, shape.height = int(shape.width * ratio), int(shape.height * ratio)
    return True


def _add_runs(doc, paragraph, runs: list[Run], assets: Path | None = None) -> None:
    for run in runs:
        if run.line_break:
            paragraph.add_run().add_break(WD_BREAK.LINE)
            continue
        if run.image:
            path = local_image(run.image, assets)
            if path is not None and _add_picture(paragraph, path):
                continue
        if run.href and not run.href.startswith("#"):
            _add_hyperlink(doc, paragraph, run)
            continue
        _format(_run(paragraph, run.text), run)


def _format(r, run: Run) -> None:
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
        r.font.name = _MONO
        r.font.size = Pt(9.5)


def _add_hyperlink(doc, paragraph, run: Run) -> None:
    """A real external hyperlink (python-docx has no public call for it)."""
    rel_id = _link_id(doc, run.href)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    r = _run(paragraph, run.text)
    _format(r, run)
    r.font.color.rgb = _LINK_COLOUR
    r.font.underline = True
    paragraph._p.remove(r._r)
    link.append(r._r)
    paragraph._p.append(link)


def _link_id(doc, url: str) -> str:
    """The relationship id of an external link (python-docx scans every relationship per link)."""
    ids: dict[str, str] = doc.__dict__.setdefault("_hd_link_ids", {})
    if url not in ids:
        rel_id = f"rIdHdLink{len(ids) + 1}"
        doc.part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rel_id, is_external=True)
        ids[url] = rel_id
    return ids[url]


def _restart_numbering(doc, paragraph) -> None:
    """Make ``paragraph`` start a new numbered list at 1 (python-docx continues by default).

    The base list and the next free number are found once per document: python-docx's
    ``add_num`` searches all the lists made so far each time.
    """
    state = doc.__dict__.get("_hd_numbering")
    if state is None:
        numbering = doc.part.numbering_part.element
        style_numpr = doc.styles["List Number"].element.pPr.numPr
        base = numbering.num_having_numId(style_numpr.numId.val)
        used = [int(n) for n in numbering.xpath("./w:num/@w:numId")]
        state = doc.__dict__["_hd_numbering"] = [numbering, base.abstractNumId.val, max(used) + 1]
    numbering, abstract_id, next_id = state
    state[2] += 1
    num = CT_Num.new(next_id, abstract_id)
    cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
    if cleanup is None:
        numbering.append(num)
    else:
        cleanup.addprevious(num)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num.numId


def _bookmark(paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _internal_link(paragraph, text: str, anchor: str) -> None:
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    r = _run(paragraph, text)
    r.font.color.rgb = _LINK_COLOUR
    paragraph._p.remove(r._r)
    link.append(r._r)
    paragraph._p.append(link)


def _add_blocks(doc, items: list[Block], assets: Path | None = None) -> None:
    previous = ""
    for block in items:
        kind = f"{block.kind}{block.ordered}{block.level}"
        if block.kind == "heading":
            style = f"Heading {min(9, max(3, block.level + 1))}"
            _add_runs(doc, _para(doc, style), block.runs, assets)
        elif block.kind == "item":
            base = "List Number" if block.ordered else "List Bullet"
            style = base if block.level <= 1 else f"{base} {min(3, block.level)}"
            p = _para(doc, style)
            if style == "List Number" and previous != kind:
                _restart_numbering(doc, p)
            _add_runs(doc, p, block.runs, assets)
        elif block.kind == "quote":
            _add_runs(doc, _para(doc, "Quote"), block.runs, assets)
        elif block.kind == "code":
            p = _para(doc, "No Spacing")
            p.paragraph_format.left_indent = Pt(18)
            _add_runs(doc, p, block.runs, assets)
        elif block.kind == "rule":
            _para(doc, None, "⁂").alignment = 1
        else:
            _add_runs(doc, _para(doc), block.runs, assets)
        previous = kind


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
    _para(doc, "Heading 1", article.title)
    line = byline(article)
    if line:
        p = _para(doc)
        r = _run(p, line)
        r.italic = True
        r.font.size = Pt(10)
    body = body_html(article)  # one Markdown document: references resolve across sections
    for block in blocks(one_h1(body.lead, article.title)):  # the title is printed once
        p = _para(doc)
        for run in block.runs:
            if run.line_break:
                p.add_run().add_break(WD_BREAK.LINE)
            else:
                r = _run(p, run.text)
                _format(r, run)
                r.bold = True
    entries = headings(article)
    if options.include_toc and len(entries) > 1:
        p = _para(doc)
        _run(p, contents_title(article.language)).bold = True
        for n, h in enumerate(entries, start=1):
            p = _para(doc)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.space_after = Pt(2)
            _internal_link(p, f"{n}. {h.text}", f"hd_s{n}")
    for n, (entry, section_html) in enumerate(zip(entries, body.sections, strict=True), start=1):
        _bookmark(_para(doc, "Heading 2", entry.text), f"hd_s{n}", n)
        _add_blocks(doc, blocks(section_html), options.asset_dir)
    _add_blocks(doc, blocks(body.notes), options.asset_dir)
    sentence = disclosure_text(article) if options.include_disclosure else ""
    credits = [c for c in article.credits if not c.is_empty()]
    if sentence or credits:
        _para(doc)
    if sentence:
        _run(_para(doc), sentence).italic = True
    if credits:
        _run(_para(doc), credits_intro(article.language)).bold = True
        for credit in credits:
            p = _para(doc, "List Bullet")
            text = format_credit(credit, article.language)
            if credit.url:
                _add_hyperlink(doc, p, Run(text, href=credit.url))
            else:
                _run(p, text)
            if credit.note:
                _run(p, f" — {credit.note}").italic = True
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
