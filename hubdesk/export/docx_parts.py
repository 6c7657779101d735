"""What python-docx has no call for: the footnotes part, and the styles it and code need.

Word keeps footnotes in their own part (``word/footnotes.xml``), related to the
main document; each note is a ``w:footnote`` with an id, referred to in the text
by a ``w:footnoteReference`` run. The two first notes of the part are Word's
separator lines. Notes use the built-in "footnote text" and "footnote reference"
styles, added here (python-docx's template lacks them), and code blocks a
"Source Code" paragraph style in a monospace font, which wraps like any paragraph.
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.story import StoryPart

MONO = "DejaVu Sans Mono"
NOTE_TEXT = "FootnoteText"
NOTE_REFERENCE = "FootnoteReference"
CODE = "SourceCode"
NOTE_TEXT_NAME = "footnote text"
CODE_NAME = "Source Code"

_STYLES = f"""
<w:styles {nsdecls("w")}>
<w:style w:type="paragraph" w:styleId="{NOTE_TEXT}">
  <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
  <w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
</w:style>
<w:style w:type="character" w:styleId="{NOTE_REFERENCE}">
  <w:name w:val="footnote reference"/><w:uiPriority w:val="99"/>
  <w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="{CODE}" w:customStyle="1">
  <w:name w:val="Source Code"/><w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr>
    <w:shd w:val="clear" w:color="auto" w:fill="F3F4F6"/>
    <w:spacing w:before="60" w:after="120" w:line="240" w:lineRule="auto"/>
    <w:ind w:left="284" w:right="113"/>
  </w:pPr>
  <w:rPr>
    <w:rFonts w:ascii="{MONO}" w:hAnsi="{MONO}" w:cs="{MONO}" w:eastAsia="{MONO}"/>
    <w:noProof/><w:sz w:val="18"/><w:szCs w:val="18"/>
  </w:rPr>
</w:style>
</w:styles>
"""

_SEPARATORS = f"""
<w:footnotes {nsdecls("w", "r")}>
<w:footnote w:type="separator" w:id="-1"><w:p>
  <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p>
  <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
</w:footnotes>
"""


def add_styles(doc) -> None:
    """The note and code styles, added to the document's styles once."""
    styles = doc.styles.element
    for style in parse_xml(_STYLES):
        styles.append(style)


class Footnotes:
    """The document's footnotes part, made on the first note."""

    def __init__(self, doc) -> None:
        self._doc = doc
        self.part: StoryPart | None = None

    def _make_part(self) -> StoryPart:
        package = self._doc.part.package
        part = StoryPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES,
                         parse_xml(_SEPARATORS), package)
        self._doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        return part

    def add(self, paragraph) -> tuple:
        """A new note referred to at the end of ``paragraph``: its ``w:footnote`` and its part."""
        if self.part is None:
            self.part = self._make_part()
        number = len(self.part.element) - 1  # the two separators are -1 and 0
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(number))
        self.part.element.append(note)
        paragraph._p.append(_reference_run("w:footnoteReference", number))
        return note, self.part

    @staticmethod
    def first_paragraph_mark(note) -> None:
        """The note's own number at the start of its first paragraph, then a space."""
        p = note[0]
        if p.tag != qn("w:p"):  # a note that starts with a table: a paragraph for the number
            p = OxmlElement("w:p")
            note.insert(0, p)
        mark = _reference_run("w:footnoteRef", None)
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            p.insert(0, mark)
        else:
            ppr.addnext(mark)
        space = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = " "
        space.append(t)
        mark.addnext(space)


def _reference_run(tag: str, number: int | None):
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), NOTE_REFERENCE)
    rpr.append(style)
    run.append(rpr)
    ref = OxmlElement(tag)
    if number is not None:
        ref.set(qn("w:id"), str(number))
    run.append(ref)
    return run
