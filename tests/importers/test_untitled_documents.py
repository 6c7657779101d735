"""A Word or OpenDocument file with text but no title is imported (issue 16): its first short
paragraph is the title, as the text importer takes its first line, or else the file's name.
Only a document with no text at all is refused, with a message that says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.errors import ImportRefusedError
from hubdesk.importers import import_file
from hubdesk.importers.imported import TITLE_MAX


def _write(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """A document of (kind, text) blocks: "p" a paragraph, "h2" a level-2 heading, "li" a list item."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document()
        for kind, text in blocks:
            if kind == "h2":
                doc.add_heading(text, 2)
            elif kind == "li":
                doc.add_paragraph(text, style="List Bullet")
            else:
                doc.add_paragraph(text)
        doc.save(str(path))
    else:
        from odf.opendocument import OpenDocumentText
        from odf.text import H, List, ListItem, P

        doc = OpenDocumentText()
        for kind, text in blocks:
            if kind == "h2":
                doc.text.addElement(H(outlinelevel=2, text=text))
            elif kind == "li":
                item = ListItem()
                item.addElement(P(text=text))
                lst = List()
                lst.addElement(item)
                doc.text.addElement(lst)
            else:
                doc.text.addElement(P(text=text))
        doc.save(str(path))
    return path


LONG = "This first paragraph runs on " + "and on " * (TITLE_MAX // 7) + "and ends."

CASES = [
    # (blocks, expected title, expected start of the text kept)
    ([("p", "A note without a heading"), ("p", "Its first paragraph of text.")],
     "A note without a heading", "Its first paragraph of text."),
    ([("p", "Compte rendu du 3 mars"), ("p", "Présents : tous."), ("h2", "Décisions"), ("p", "Aucune.")],
     "Compte rendu du 3 mars", "Présents : tous."),
    ([("p", "Only one line")], "Only one line", ""),
    ([("p", LONG), ("p", "Second.")], "{stem}", "This first paragraph runs on"),
    ([("h2", "A section first"), ("p", "Its text.")], "{stem}", ""),
    ([("li", "a list item first"), ("p", "Text after it.")], "{stem}", ""),
    ([("p", "   "), ("p", "After a blank paragraph")], "After a blank paragraph", ""),
]


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
@pytest.mark.parametrize("case", range(len(CASES)))
def test_text_without_a_title_is_imported_with_one(tmp_path, suffix, case):
    blocks, title, text_start = CASES[case]
    path = _write(tmp_path / f"untitled-{case}{suffix}", blocks)
    article = import_file(path)
    assert article.title == title.format(stem=path.stem)
    kept = "\n".join([article.lead] + [s.heading + "\n" + s.body for s in article.sections])
    if title == "{stem}":  # nothing of the text went to the title
        assert all(text.split()[0] in kept for _kind, text in blocks)
    else:
        assert title not in kept
    if text_start:
        assert (article.lead or article.sections[0].body).startswith(text_start)
    if ("h2", "Décisions") in blocks:
        assert [s.heading for s in article.sections] == ["Décisions"]


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_document_without_any_text_is_refused_truly(tmp_path, suffix):
    path = _write(tmp_path / f"blank{suffix}", [("p", ""), ("p", "  ")])
    with pytest.raises(ImportRefusedError) as info:
        import_file(path)
    assert info.value.code == "import.nothing"
    assert info.value.reason == "no title and no text to import"
