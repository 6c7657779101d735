"""The shapes that made exports grow with the square of the text, read back and checked.

Thousands of sections (DOCX, PDF), one enormous paragraph (PDF), many links and
numbered lists (DOCX): each export is complete and correct. Their speed is measured
by ``benchmarks/bench_growth.py``, not here.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from hubdesk.export import ExportOptions, export_article
from hubdesk.model.article import Article, Section
from hubdesk.qt import pdf_export, pdf_html, pdf_layout


def _sections(count: int) -> Article:
    sections = [
        Section(f"Part {i}", f"Text {i} with a [link {i % 7}](https://example.org/{i % 7}).\n\n"
                             f"1. first {i}\n2. second {i}")
        for i in range(count)
    ]
    return Article(title="Many parts", lead="Lead.", sections=sections, language="en")


def test_docx_with_many_sections_links_and_lists(tmp_path: Path) -> None:
    article = _sections(1_500)
    path = export_article(article, "docx", tmp_path / "many.docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == [f"Part {i}" for i in range(1_500)]
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 3_000
    ids = [p._p.pPr.numPr.numId.val for p in numbered[::2]]  # each list's first item
    assert len(set(ids)) == 1_500  # every list restarts at 1
    assert document.element.body[-1].tag.endswith("sectPr")  # section properties stay last
    links = {r.target_ref for r in document.part.rels.values() if r.is_external}
    assert links == {f"https://example.org/{n}" for n in range(7)}


@pytest.fixture
def pdf_backend(qapp):
    pdf_export.install()


def test_pdf_of_one_enormous_paragraph_keeps_every_word(tmp_path: Path, pdf_backend) -> None:
    words = [f"w{n}" for n in range(12_000)]
    article = Article(title="One paragraph", lead="", language="en",
                      sections=[Section("Only", " ".join(words))])
    path = export_article(article, "pdf", tmp_path / "long.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    # Extraction may split a word in two, and Qt writes the lines at a page's edge into
    # both pages (clipped from view): every pair of neighbours is there, in order.
    squashed = re.sub(r"\s+", "", text)
    missing = [n for n in range(len(words) - 1) if f"{words[n]}{words[n + 1]}" not in squashed]
    assert missing == []
    assert squashed.rsplit(words[-1], 1)[1].count("w") == 0  # nothing follows the last word
    assert pdf_layout.cuts(" ".join(words), pdf_layout.MAX_BLOCK_CHARS)  # it was cut


def test_pdf_with_more_headings_than_anchors_has_every_bookmark(tmp_path: Path, pdf_backend):
    count = pdf_html.MAX_ANCHORS + 200
    article = _sections(count)
    path = export_article(article, "pdf", tmp_path / "many.pdf", ExportOptions(include_toc=True))
    reader = PdfReader(path)
    outline = reader.outline
    assert outline[0].title == "Many parts"
    titles = [item.title for item in outline[1]]
    assert titles == [f"Part {i}" for i in range(count)]
    pages = [reader.get_destination_page_number(item) for item in outline[1]]
    assert pages == sorted(pages)


def test_pdf_with_more_list_items_than_qt_reads_quickly_keeps_numbers(tmp_path, pdf_backend):
    count = pdf_html.MAX_LIST_ITEMS + 500
    body = "\n".join(f"{n + 1}. item{n}" for n in range(count)) + "\n\n- bullet one\n- bullet two"
    article = Article(title="List", lead="", language="en", sections=[Section("Items", body)])
    path = export_article(article, "pdf", tmp_path / "list.pdf")
    squashed = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))
    missing = [n for n in range(count) if f"{n + 1}.item{n}" not in squashed]
    assert missing == []
    assert "•bulletone" in squashed and "•bullettwo" in squashed
