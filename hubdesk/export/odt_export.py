"""OpenDocument Text (ODT) through odfpy: real outline headings, lists, metadata.

The title is a level-1 heading and each section a level-2 heading
(``text:h text:outline-level``), so LibreOffice's navigator lists the sections;
the credits are a bulleted ``text:list``. The metadata holds title, author,
language, keywords, subject, description and dates.
"""

from __future__ import annotations

from pathlib import Path

from odf import dc, meta
from odf.draw import Frame, Image
from odf.opendocument import OpenDocumentText
from odf.style import (
    FontFace,
    Footer,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TextProperties,
)
from odf.text import (
    A,
    Bookmark,
    H,
    LineBreak,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    P,
    PageNumber,
    Span,
)

from hubdesk.export.content import byline, contents_title, disclosure_text, headings, one_h1
from hubdesk.export.flow import Block, Run, blocks
from hubdesk.export.images import local_image, pixel_size
from hubdesk.export.options import ExportOptions
from hubdesk.export.xml_text import xml_safe_article
from hubdesk.formats.render import body_html, credits_intro, format_credit
from hubdesk.model.article import Article

_SERIF = "DejaVu Serif"
_SANS = "DejaVu Sans"
_MONO = "DejaVu Sans Mono"


class _Styles:
    """The named and automatic styles of the document, created once."""

    def __init__(self, doc: OpenDocumentText) -> None:
        for name, family in ((_SERIF, "roman"), (_SANS, "swiss"), (_MONO, "modern")):
            doc.fontfacedecls.addElement(
                FontFace(name=name, fontfamily=f"'{name}'", fontfamilygeneric=family)
            )
        styles = doc.styles
        standard = Style(name="Standard", family="paragraph")
        # ODF wants paragraph properties before text properties inside a style.
        standard.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.25cm",
                                                lineheight="140%"))
        standard.addElement(TextProperties(fontname=_SERIF, fontsize="11pt"))
        styles.addElement(standard)
        body = Style(name="Text_20_body", displayname="Text body", family="paragraph",
                     parentstylename="Standard")
        styles.addElement(body)
        self.body = body
        heading = Style(name="Heading", family="paragraph", parentstylename="Standard",
                        nextstylename="Text_20_body")
        heading.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.25cm",
                                               keepwithnext="always"))
        heading.addElement(TextProperties(fontname=_SANS, fontweight="bold"))
        styles.addElement(heading)
        self.headings = {}
        for level, size in ((1, "22pt"), (2, "16pt"), (3, "13pt"), (4, "12pt"), (5, "11pt"),
                            (6, "11pt")):
            st = Style(name=f"Heading_20_{level}", displayname=f"Heading {level}",
                       family="paragraph", parentstylename="Heading", defaultoutlinelevel=level)
            st.addElement(TextProperties(fontsize=size, fontweight="bold"))
            styles.addElement(st)
            self.headings[level] = st
        self.lead = self._para(styles, "Lead", "Text_20_body", fontsize="13pt", fontweight="bold")
        self.byline = self._para(styles, "Byline", "Text_20_body", fontsize="9.5pt",
                                 fontstyle="italic", color="#5b616b")
        self.quote = self._para(styles, "Quotations", "Text_20_body", fontstyle="italic",
                                color="#5b616b", marginleft="1cm")
        self.code = self._para(styles, "Preformatted_20_Text", "Standard", fontname=_MONO,
                               fontsize="9.5pt", marginleft="0.6cm")
        self.list_para = self._para(styles, "List", "Text_20_body")
        self.disclosure = self._para(styles, "Disclosure", "Text_20_body", fontname=_SANS,
                                     fontsize="9.5pt", fontstyle="italic", margintop="0.8cm")
        self.credits_intro = self._para(styles, "Credits_20_intro", "Text_20_body",
                                        fontname=_SANS, fontsize="9.5pt", fontweight="bold")
        self.credit = self._para(styles, "Credit", "List", fontname=_SANS, fontsize="9.5pt")
        self.contents_title = self._para(styles, "Contents_20_Heading", "Text_20_body",
                                         fontname=_SANS, fontweight="bold")
        self.contents = self._para(styles, "Contents_20_2", "Text_20_body", fontname=_SANS,
                                   fontsize="10pt", marginleft="0.5cm", marginbottom="0.1cm")
        self.rule = self._para(styles, "Horizontal_20_Line", "Text_20_body", textalign="center")
        self.bullets = self._list_style(styles, "List_20_Bullet", numbered=False)
        self.numbers = self._list_style(styles, "List_20_Number", numbered=True)
        auto = doc.automaticstyles
        self.spans: dict[tuple[bool, ...], Style] = {}
        self._auto = auto

    @staticmethod
    def _para(styles, name: str, parent: str, **props: str) -> Style:
        para_keys = {"marginleft", "margintop", "marginbottom", "textalign"}
        st = Style(name=name, displayname=name.replace("_20_", " "), family="paragraph",
                   parentstylename=parent)
        text_props = {k: v for k, v in props.items() if k not in para_keys}
        para_props = {k: v for k, v in props.items() if k in para_keys}
        if para_props:
            st.addElement(ParagraphProperties(**para_props))
        if text_props:
            st.addElement(TextProperties(**text_props))
        styles.addElement(st)
        return st

    @staticmethod
    def _list_style(styles, name: str, *, numbered: bool) -> ListStyle:
        ls = ListStyle(name=name, displayname=name.replace("_20_", " "))
        for level in range(1, 6):
            if numbered:
                lvl = ListLevelStyleNumber(level=level, numformat="1", numsuffix=".")
            else:
                lvl = ListLevelStyleBullet(level=level, bulletchar="•" if level % 2 else "◦")
            lvl.addElement(ListLevelProperties(spacebefore=f"{0.6 * (level - 1):.1f}cm",
                                               minlabelwidth="0.6cm"))
            ls.addElement(lvl)
        styles.addElement(ls)
        return ls

    def span(self, run: Run) -> Style | None:
        key = (run.bold, run.italic, run.code, run.strike, run.superscript, run.subscript)
        if not any(key):
            return None
        st = self.spans.get(key)
        if st is None:
            props: dict[str, str] = {}
            if run.bold:
                props["fontweight"] = "bold"
            if run.italic:
                props["fontstyle"] = "italic"
            if run.code:
                props["fontname"] = _MONO
            if run.strike:
                props["textlinethroughstyle"] = "solid"
            if run.superscript:
                props["textposition"] = "super 58%"
            elif run.subscript:
                props["textposition"] = "sub 58%"
            st = Style(name=f"T{len(self.spans) + 1}", family="text")
            st.addElement(TextProperties(**props))
            self._auto.addElement(st)
            self.spans[key] = st
        return st


_MAX_IMAGE_CM = 16.0


def _picture(doc: OpenDocumentText, path: Path):
    """An attachment as a picture frame sized from its pixels (96 per inch), or None."""
    size = pixel_size(path)
    if size is None or not all(size):
        return None
    width, height = (n / 96 * 2.54 for n in size)
    if width > _MAX_IMAGE_CM:
        width, height = _MAX_IMAGE_CM, height * _MAX_IMAGE_CM / width
    href = doc.addPicture(str(path))
    frame = Frame(width=f"{width:.2f}cm", height=f"{height:.2f}cm", anchortype="as-char")
    frame.addElement(Image(href=href))
    return frame


def _fill(styles: _Styles, element, runs: list[Run], doc: OpenDocumentText | None = None,
          assets: Path | None = None) -> None:
    for run in runs:
        if run.line_break:
            element.addElement(LineBreak())
            continue
        if run.image and doc is not None:
            path = local_image(run.image, assets)
            frame = _picture(doc, path) if path is not None else None
            if frame is not None:
                element.addElement(frame)
                continue
        style = styles.span(run)
        target = element
        if run.href:
            link = A(href=run.href, type="simple")
            element.addElement(link)
            target = link
        if style is not None:
            span = Span(stylename=style)
            span.addText(run.text)
            target.addElement(span)
        else:
            target.addText(run.text)


def _add_blocks(doc: OpenDocumentText, styles: _Styles, items: list[Block],
                assets: Path | None = None) -> None:
    lists: list = []  # open text:list elements, one per depth
    lists_ordered: list[bool] = []
    for block in items:
        if block.kind != "item":
            lists.clear()
            lists_ordered.clear()
        if block.kind == "heading":
            level = min(6, max(3, block.level + 1))
            el = H(outlinelevel=level, stylename=styles.headings[level])
        elif block.kind == "item":
            depth = max(1, block.level)
            del lists[depth:]
            del lists_ordered[depth:]
            if len(lists) == depth and lists_ordered[-1] != block.ordered:
                lists.pop()
                lists_ordered.pop()
            while len(lists) < depth:
                style = styles.numbers if block.ordered else styles.bullets
                new = List(stylename=style) if not lists else List()
                if lists:
                    item = lists[-1].lastChild or ListItem()
                    if lists[-1].lastChild is None:
                        lists[-1].addElement(item)
                    item.addElement(new)
                else:
                    doc.text.addElement(new)
                lists.append(new)
                lists_ordered.append(block.ordered)
            item = ListItem()
            lists[-1].addElement(item)
            el = P(stylename=styles.list_para)
            _fill(styles, el, block.runs, doc, assets)
            item.addElement(el)
            continue
        elif block.kind == "quote":
            el = P(stylename=styles.quote)
        elif block.kind == "code":
            el = P(stylename=styles.code)
        elif block.kind == "rule":
            el = P(stylename=styles.rule, text="⁂")
        else:
            el = P(stylename=styles.body)
        _fill(styles, el, block.runs, doc, assets)
        doc.text.addElement(el)


_PAGES = {"A4": ("21cm", "29.7cm"), "Letter": ("21.59cm", "27.94cm")}


def _page(doc: OpenDocumentText, styles: _Styles, paper: str) -> None:
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
    footer_style.addElement(TextProperties(fontname=_SANS, fontsize="8.5pt", color="#5b616b"))
    doc.styles.addElement(footer_style)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    number = P(stylename=footer_style)
    number.addElement(PageNumber(selectpage="current"))
    footer.addElement(number)
    master.addElement(footer)
    doc.masterstyles.addElement(master)


def build_document(article: Article, options: ExportOptions) -> OpenDocumentText:
    article = xml_safe_article(article)
    """The odfpy document of an article."""
    doc = OpenDocumentText()
    styles = _Styles(doc)
    _page(doc, styles, options.paper)
    _metadata(doc, article)
    title = H(outlinelevel=1, stylename=styles.headings[1])
    title.addText(article.title)
    doc.text.addElement(title)
    line = byline(article)
    if line:
        doc.text.addElement(P(stylename=styles.byline, text=line))
    body = body_html(article)  # one Markdown document: references resolve across sections
    for block in blocks(one_h1(body.lead, article.title)):  # the title is printed once
        p = P(stylename=styles.lead)
        _fill(styles, p, block.runs)
        doc.text.addElement(p)
    entries = headings(article)
    if options.include_toc and len(entries) > 1:
        doc.text.addElement(P(stylename=styles.contents_title,
                              text=contents_title(article.language)))
        for n, h in enumerate(entries, start=1):
            p = P(stylename=styles.contents)
            link = A(href=f"#hd_s{n}", type="simple", text=f"{n}. {h.text}")
            p.addElement(link)
            doc.text.addElement(p)
    for n, (entry, section_html) in enumerate(zip(entries, body.sections, strict=True), start=1):
        h = H(outlinelevel=2, stylename=styles.headings[2])
        h.addElement(Bookmark(name=f"hd_s{n}"))
        h.addText(entry.text)
        doc.text.addElement(h)
        _add_blocks(doc, styles, blocks(section_html), options.asset_dir)
    _add_blocks(doc, styles, blocks(body.notes), options.asset_dir)
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
