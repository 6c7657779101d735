"""OpenDocument Text (ODT) through odfpy: real outline headings, lists, metadata.

The title is a level-1 heading and each section a level-2 heading
(``text:h text:outline-level``), so LibreOffice's navigator lists the sections;
a heading inside a section keeps its Markdown level (``###`` is level 3). Tables,
footnotes, code, images and bookmarks are written by ``hubdesk.export.odt_blocks``.
The credits are a bulleted ``text:list``. The metadata holds title, author,
language, keywords, subject, description and dates.
"""

from __future__ import annotations

from pathlib import Path

from odf import dc, meta
from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TextProperties,
)
from odf.text import A, Bookmark, H, List, ListItem, P, PageNumber

from hubdesk.export.content import byline, contents_title, disclosure_text, toc_labels
from hubdesk.export.odt_blocks import BlockWriter
from hubdesk.export.odt_styles import SANS, Styles
from hubdesk.export.options import ExportOptions
from hubdesk.export.word_body import TOP, word_body
from hubdesk.export.xml_text import xml_safe_article
from hubdesk.formats.render import credits_intro, format_credit
from hubdesk.model.article import Article

_PAGES = {"A4": ("21cm", "29.7cm"), "Letter": ("21.59cm", "27.94cm")}


def _page(doc: OpenDocumentText, styles: Styles, paper: str) -> None:
    """The page: paper size, margins, and a footer with the page number.

    LibreOffice also needs a master page to resolve the parents of named styles.
    """
    width, height = _PAGES.get(paper, _PAGES["A4"])
    layout = PageLayout(name="pm1")
    layout.addElement(PageLayoutProperties(
        pagewidth=width, pageheight=height, printorientation="portrait",
        margintop="2cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2.2cm",
    ))
    doc.automaticstyles.addElement(layout)
    footer_style = Style(name="Footer", family="paragraph", parentstylename="Standard")
    footer_style.addElement(ParagraphProperties(textalign="center"))
    footer_style.addElement(TextProperties(fontname=SANS, fontsize="8.5pt", color="#5b616b"))
    doc.styles.addElement(footer_style)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    number = P(stylename=footer_style)
    number.addElement(PageNumber(selectpage="current"))
    footer.addElement(number)
    master.addElement(footer)
    doc.masterstyles.addElement(master)


def build_document(article: Article, options: ExportOptions) -> OpenDocumentText:
    """The odfpy document of an article."""
    article = xml_safe_article(article)
    doc = OpenDocumentText()
    styles = Styles(doc)
    _page(doc, styles, options.paper)
    _metadata(doc, article)
    body = word_body(article)  # one Markdown document, links resolved over the whole article
    bookmarks = {TOP: "hd_top"} | {s.anchor: f"hd_s{n}" for n, s in enumerate(body.sections, 1)}
    writer = BlockWriter(doc, styles, options.asset_dir, body.notes, bookmarks)
    title = H(outlinelevel=1, stylename=styles.headings[1])
    title.addElement(Bookmark(name=bookmarks[TOP]))
    title.addText(article.title)
    doc.text.addElement(title)
    line = byline(article)
    if line:
        doc.text.addElement(P(stylename=styles.byline, text=line))
    for block in body.lead:
        p = P(stylename=styles.lead)
        writer.runs(p, block.runs)
        doc.text.addElement(p)
    if options.include_toc and len(body.sections) > 1:
        doc.text.addElement(P(stylename=styles.contents_title,
                              text=contents_title(article.language)))
        labels = toc_labels([section.text for section in body.sections])
        for label, section in zip(labels, body.sections, strict=True):
            p = P(stylename=styles.contents)
            p.addElement(A(href=f"#{bookmarks[section.anchor]}", type="simple", text=label))
            doc.text.addElement(p)
    for section in body.sections:
        h = H(outlinelevel=2, stylename=styles.headings[2])
        h.addElement(Bookmark(name=bookmarks[section.anchor]))
        writer.runs(h, section.heading)
        doc.text.addElement(h)
        writer.blocks(doc.text, section.blocks)
    for note_id, note in body.notes.items():  # notes no text refers to, if any
        if note_id not in writer.used_notes:
            writer.blocks(doc.text, note)
    sentence = disclosure_text(article) if options.include_disclosure else ""
    if sentence:
        doc.text.addElement(P(stylename=styles.disclosure, text=sentence))
    credits = [c for c in article.credits if not c.is_empty()]
    if credits:
        doc.text.addElement(P(stylename=styles.credits_intro,
                              text=credits_intro(article.language)))
        lst = List(stylename=styles.bullets)
        for credit in credits:
            item = ListItem()
            p = P(stylename=styles.credit)
            text = format_credit(credit, article.language)
            if credit.url:
                p.addElement(A(href=credit.url, type="simple", text=text))
            else:
                p.addText(text)
            if credit.note:
                p.addText(f" — {credit.note}")
            item.addElement(p)
            lst.addElement(item)
        doc.text.addElement(lst)
    return doc


def _metadata(doc: OpenDocumentText, article: Article) -> None:
    m = doc.meta
    m.addElement(dc.Title(text=article.title))
    if article.author:
        m.addElement(meta.InitialCreator(text=article.author))
        m.addElement(dc.Creator(text=article.author))
    m.addElement(dc.Language(text=article.language))
    if article.description:
        m.addElement(dc.Description(text=article.description))
        m.addElement(dc.Subject(text=article.description))
    for tag in article.tags:
        m.addElement(meta.Keyword(text=tag))
    m.addElement(meta.CreationDate(text=_stamp(article.created)))
    m.addElement(dc.Date(text=_stamp(article.updated)))


def _stamp(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def write_odt(article: Article, path: Path, options: ExportOptions) -> None:
    build_document(article, options).save(str(path))
