"""The named and automatic styles of an ODT document (odfpy), made once per document.

Headings 1 to 6 with their outline levels, the body, lead, quote, code (a
monospace paragraph style, which wraps), footnote, table and list styles, and
one automatic text style per combination of character formatting.
"""

from __future__ import annotations

from odf.opendocument import OpenDocumentText
from odf.style import (
    FontFace,
    ListLevelProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableProperties,
    TextProperties,
)
from odf.text import ListLevelStyleBullet, ListLevelStyleNumber, ListStyle

from hubdesk.export.flow import Run

SERIF = "DejaVu Serif"
SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"


class Styles:
    """The named and automatic styles of the document, created once."""

    def __init__(self, doc: OpenDocumentText) -> None:
        for name, family in ((SERIF, "roman"), (SANS, "swiss"), (MONO, "modern")):
            doc.fontfacedecls.addElement(
                FontFace(name=name, fontfamily=f"'{name}'", fontfamilygeneric=family)
            )
        styles = doc.styles
        standard = Style(name="Standard", family="paragraph")
        # ODF wants paragraph properties before text properties inside a style.
        standard.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.25cm",
                                                lineheight="140%"))
        standard.addElement(TextProperties(fontname=SERIF, fontsize="11pt"))
        styles.addElement(standard)
        body = Style(name="Text_20_body", displayname="Text body", family="paragraph",
                     parentstylename="Standard")
        styles.addElement(body)
        self.body = body
        heading = Style(name="Heading", family="paragraph", parentstylename="Standard",
                        nextstylename="Text_20_body")
        heading.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.25cm",
                                               keepwithnext="always"))
        heading.addElement(TextProperties(fontname=SANS, fontweight="bold"))
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
        self.code = self._para(styles, "Preformatted_20_Text", "Standard", fontname=MONO,
                               fontsize="9pt", marginleft="0.6cm", margintop="0.1cm",
                               marginbottom="0.25cm", backgroundcolor="#f3f4f6",
                               lineheight="115%", hyphenate="false")
        self.note = self._para(styles, "Footnote", "Standard", fontsize="9.5pt",
                               marginbottom="0.1cm", lineheight="120%", marginleft="0.5cm",
                               textindent="-0.5cm")
        self.table_para = self._para(styles, "Table_20_Contents", "Standard",
                                     marginbottom="0.05cm", lineheight="120%")
        self.table_heading = self._para(styles, "Table_20_Heading", "Table_20_Contents",
                                        fontweight="bold")
        self.list_para = self._para(styles, "List", "Text_20_body")
        self.disclosure = self._para(styles, "Disclosure", "Text_20_body", fontname=SANS,
                                     fontsize="9.5pt", fontstyle="italic", margintop="0.8cm")
        self.credits_intro = self._para(styles, "Credits_20_intro", "Text_20_body",
                                        fontname=SANS, fontsize="9.5pt", fontweight="bold")
        self.credit = self._para(styles, "Credit", "List", fontname=SANS, fontsize="9.5pt")
        self.contents_title = self._para(styles, "Contents_20_Heading", "Text_20_body",
                                         fontname=SANS, fontweight="bold")
        self.contents = self._para(styles, "Contents_20_2", "Text_20_body", fontname=SANS,
                                   fontsize="10pt", marginleft="0.5cm", marginbottom="0.1cm")
        self.rule = self._para(styles, "Horizontal_20_Line", "Text_20_body", textalign="center")
        self.bullets = self._list_style(styles, "List_20_Bullet", numbered=False)
        self.numbers = self._list_style(styles, "List_20_Number", numbered=True)
        auto = doc.automaticstyles
        self.spans: dict[tuple[bool, ...], Style] = {}
        self._auto = auto
        self.table = Style(name="Tbl", family="table")
        self.table.addElement(TableProperties(width="16.6cm", align="margins",
                                              margintop="0.1cm", marginbottom="0.3cm"))
        auto.addElement(self.table)
        self.cell = Style(name="TblCell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #9aa0a6", padding="0.1cm"))
        auto.addElement(self.cell)
        self.header_cell = Style(name="TblHead", family="table-cell")
        self.header_cell.addElement(TableCellProperties(
            border="0.5pt solid #9aa0a6", padding="0.1cm", backgroundcolor="#eef0f3"))
        auto.addElement(self.header_cell)
        self.aligned: dict[tuple[str, bool], Style] = {}

    def cell_paragraph(self, align: str, header: bool) -> Style:
        """The paragraph style of a table cell: contents or heading, aligned as in Markdown."""
        base = self.table_heading if header else self.table_para
        if not align:
            return base
        key = (align, header)
        if key not in self.aligned:
            st = Style(name=f"TblP{len(self.aligned) + 1}", family="paragraph",
                       parentstylename=base)
            st.addElement(ParagraphProperties(textalign={"left": "start", "right": "end"}.get(
                align, align)))
            self._auto.addElement(st)
            self.aligned[key] = st
        return self.aligned[key]

    @staticmethod
    def _para(styles, name: str, parent: str, **props: str) -> Style:
        para_keys = {"marginleft", "margintop", "marginbottom", "textalign", "backgroundcolor",
                     "lineheight", "textindent"}
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
                props["fontname"] = MONO
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
