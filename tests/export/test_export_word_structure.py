"""DOCX and ODT an editor can work in: one article with every structure, read back.

Headings keep their Markdown level (``###`` is Heading 3, never 4), tables are
real tables with a header row and the Markdown alignment, footnotes are real
notes (a second reference to a note repeats its number), code keeps its spaces
and tabs in a monospace style, a local image is embedded with its alt text, and
internal links point to bookmarks that exist.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from odf import teletype
from odf.draw import Frame
from odf.opendocument import load
from odf.svg import Desc, Title
from odf.text import A, Bookmark

from hubdesk.export import ExportOptions, export_article
from hubdesk.model.article import Article, Section
from tests.export.word_readback import W, docx_contents, expected, odt_contents
from tests.export_article import tiny_png

CODE = "def f():\n    return 1  # " + "x" * 150 + "\n        deeper  two  spaces"


def _article() -> Article:
    setup = (
        "See [the results](#results) and [the end](#wrap-up).[^a]\n\n"
        "### Install\n\nText, again.[^a]\n\n#### Details\n\n"
        '<p id="results">Results below.</p>\n\n'
        "| Tool | Time |\n|:--|--:|\n| `grep` | 1 s |\n| **ripgrep** | 0.2 s |\n\n"
        f"```\n{CODE}\n```\n\n"
        "![A small red square](red.png)\n"
    )
    wrap = (
        "Done.[^b]\n\n###### Smallest\n\n"
        "[^a]: Note A with `code`.\n"
        "[^b]: Note B, with a [link](https://example.org/b).\n\n    Second paragraph of B.\n"
    )
    return Article(title="Structures", lead="A lead.", language="en",
                   sections=[Section("Setup", setup), Section("Wrap up", wrap)])


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    folder = tmp_path / "assets"
    folder.mkdir()
    (folder / "red.png").write_bytes(tiny_png())
    return folder


def _export(fmt: str, tmp_path: Path, assets: Path) -> Path:
    return export_article(_article(), fmt, tmp_path / f"a.{fmt}", ExportOptions(asset_dir=assets))


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_headings_tables_notes_and_code_read_back(tmp_path: Path, assets: Path, fmt: str) -> None:
    path = _export(fmt, tmp_path, assets)
    found = (docx_contents if fmt == "docx" else odt_contents)(path)
    assert found.headings == [(1, "Structures"), (2, "Setup"), (3, "Install"), (4, "Details"),
                              (2, "Wrap up"), (6, "Smallest")]
    assert found.tables == [[["Tool", "Time"], ["grep", "1 s"], ["ripgrep", "0.2 s"]]]
    assert found.header_rows == [1]
    assert found.notes == ["Note A with code.", "Note B, with a link. Second paragraph of B."]
    assert found.code == [CODE]
    wanted = expected(_article())
    assert (found.headings, found.tables, found.code) == (wanted.headings, wanted.tables, wanted.code)


def test_docx_details(tmp_path: Path, assets: Path) -> None:
    path = _export("docx", tmp_path, assets)
    document = docx.Document(str(path))
    body = document.element.body
    # the second reference to note A repeats its number, as a superscript
    again = next(p for p in document.paragraphs if p.text.startswith("Text, again."))
    assert again.runs[-1].text == "1" and again.runs[-1].font.superscript
    assert len(list(body.iter(f"{W}footnoteReference"))) == 2
    # the notes part uses the footnote styles; the references the reference style
    notes_part = next(r.target_part for r in document.part.rels.values()
                      if r.reltype.endswith("/footnotes"))
    notes = etree.fromstring(notes_part.blob)
    styles = {s.get(f"{W}val") for s in notes.iter(f"{W}pStyle")}
    assert styles == {"FootnoteText"}
    assert {s.get(f"{W}val") for s in body.iter(f"{W}rStyle")} == {"FootnoteReference"}
    names = {s.style_id: s.name for s in document.styles}
    assert names["FootnoteText"] == "footnote text"
    assert names["FootnoteReference"] == "footnote reference"
    # the link in note B is related to the notes part, not to the document
    assert [r.target_ref for r in notes_part.rels.values()] == ["https://example.org/b"]
    # internal links point to bookmarks that exist
    bookmarks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    anchors = [h.get(f"{W}anchor") for h in body.iter(f"{W}hyperlink") if h.get(f"{W}anchor")]
    assert len(anchors) == 2 + 2  # the contents list, then the two links of the text
    assert set(anchors) <= bookmarks
    results = next(p for p in document.paragraphs if p.text == "Results below.")
    assert results._p.find(f"{W}bookmarkStart").get(f"{W}name") == anchors[2]
    wrap = next(p for p in document.paragraphs if p.text == "Wrap up")
    assert wrap._p.find(f"{W}bookmarkStart").get(f"{W}name") == anchors[3] == anchors[1]
    # the table: header row repeated, right alignment kept, in a bordered style
    table = document.tables[0]
    assert table.style.name == "Table Grid"
    assert [c.paragraphs[0].alignment for c in table.rows[1].cells] == [0, 2]
    assert all(r.bold for c in table.rows[0].cells for r in c.paragraphs[0].runs)
    # the image carries its alt text
    assert len(document.inline_shapes) == 1
    assert document.inline_shapes[0]._inline.docPr.get("descr") == "A small red square"
    # code: a monospace style
    code = next(p for p in document.paragraphs if p.style.name == "Source Code")
    assert 'w:ascii="DejaVu Sans Mono"' in code.style.element.xml


def test_odt_details(tmp_path: Path, assets: Path) -> None:
    path = _export("odt", tmp_path, assets)
    doc = load(str(path))
    bookmarks = {b.getAttribute("name") for b in doc.getElementsByType(Bookmark)}
    hrefs = [a.getAttribute("href") for a in doc.getElementsByType(A)]
    internal = [h for h in hrefs if h.startswith("#")]
    assert len(internal) == 4 and {h[1:] for h in internal} <= bookmarks
    frames = doc.getElementsByType(Frame)
    assert len(frames) == 1
    assert teletype.extractText(frames[0].getElementsByType(Title)[0]) == "A small red square"
    assert teletype.extractText(frames[0].getElementsByType(Desc)[0]) == "A small red square"
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml").decode("utf-8")
    assert '<text:s text:c="4"/>return 1' in content  # the indentation survives
    assert '<text:s text:c="8"/>deeper<text:s text:c="2"/>two' in content
    assert content.count("<text:note ") == 2
    assert "table:table-header-rows" in content


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_raw_html_table_with_caption_ragged_rows_and_no_thead(tmp_path: Path, fmt: str) -> None:
    body = (
        "<table><caption>Prices</caption>"
        "<tr><th>Item</th><th>Price</th><th>Note</th></tr>"
        "<tr><td>Bread</td><td>2 €</td></tr>"
        "<tr><td><p>Cheese</p><p>aged</p></td><td>9 €</td><td>per <em>kg</em></td></tr>"
        "</table>\n\nAfter the table."
    )
    article = Article(title="Raw", lead="", language="en", sections=[Section("Shop", body)])
    path = export_article(article, fmt, tmp_path / f"raw.{fmt}")
    found = (docx_contents if fmt == "docx" else odt_contents)(path)
    # the first row of header cells is the header; a short row is padded with empty cells
    assert found.tables == [[["Item", "Price", "Note"], ["Bread", "2 €", ""],
                             ["Cheese aged", "9 €", "per kg"]]]
    assert found.header_rows == [1]
    if fmt == "docx":
        texts = [p.text for p in docx.Document(str(path)).paragraphs]
    else:
        texts = [teletype.extractText(p) for p in load(str(path)).text.childNodes]
    assert texts.index("Prices") < texts.index("After the table.")


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_a_note_cited_in_a_note_and_a_note_that_is_a_table(tmp_path: Path, fmt: str) -> None:
    body = ("One[^a] two[^t].\n\n[^a]: A cites B[^b].\n\n[^b]: B itself.\n\n"
            "[^t]:\n    | x | y |\n    |---|---|\n    | 1 | 2 |\n")
    article = Article(title="Notes", lead="", language="en", sections=[Section("S", body)])
    path = export_article(article, fmt, tmp_path / f"n.{fmt}")
    found = (docx_contents if fmt == "docx" else odt_contents)(path)
    # no note inside a note: B follows A in A's footnote, after its number
    table_note = "x y 1 2" if fmt == "docx" else "x | y 1 | 2"  # LibreOffice has no table in a note
    assert found.notes == ["A cites B2. 2 B itself.", table_note]
    if fmt == "docx":
        document = docx.Document(str(path))
        assert "B itself" not in "\n".join(p.text for p in document.paragraphs)  # not repeated
        notes = next(r.target_part for r in document.part.rels.values()
                     if r.reltype.endswith("/footnotes"))
        assert notes.blob.count(b"<w:tbl>") == 1  # the table is in the note
    else:
        assert found.tables == []  # the note's table is written as lines
