"""The PDF of each of the 30 corpus posts, read back as a reader would read it.

``pdftotext`` (poppler) is the independent reader: every word of every code line
is found inside the page's text area, nothing of the post is lost, and the text
has no ligature characters. pypdf reads the fonts (the lead is not bold), the link
annotations (each internal link has its destination) and the outline. The
contents list is checked at every position a page break can take it.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from hubdesk.export import ExportOptions, export_article
from hubdesk.formats.render import render_article_body
from hubdesk.model.article import Article, Section
from tests.formats.test_render_corpus import NAMES, load_post

A4_WIDTH = 595.0  # points
RIGHT_MARGIN = 22 / 25.4 * 72  # hubdesk.qt.pdf_export.MARGINS_MM, in points
LIGATURES = re.compile("[\ufb00-\ufb06]")


@pytest.fixture(scope="module")
def pdfs(qapp, tmp_path_factory) -> dict[str, Path]:
    from hubdesk.qt import pdf_export

    pdf_export.install()
    out = tmp_path_factory.mktemp("corpus-pdf")
    return {n: export_article(load_post(n), "pdf", out / f"{n}.pdf") for n in NAMES}


def _pdftotext(*args: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian package: poppler-utils)")
    return subprocess.run(["pdftotext", *args, "-"], capture_output=True, text=True, check=True).stdout


def _words_in_text_area(path: Path) -> str:
    """The text of the words drawn inside the pages' text area, without white space."""
    bbox = _pdftotext("-bbox", str(path))
    limit = A4_WIDTH - RIGHT_MARGIN + 1
    words = re.findall(r'xMin="([0-9.]+)"[^>]*xMax="([0-9.]+)"[^>]*>([^<]*)</word>', bbox)
    return "".join(html.unescape(w) for x0, x1, w in words if float(x0) >= 0 and float(x1) <= limit)


def _code_lines(article: Article) -> list[str]:
    body = render_article_body(article)
    blocks = re.findall(r"<pre>(.*?)</pre>", body, re.S)
    return [line for b in blocks for line in html.unescape(re.sub(r"<[^>]+>", "", b)).splitlines()]


def _unhyphen(text: str) -> str:
    """Without white space and hyphens (pdftotext joins a word cut at a hyphen)."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def test_every_word_of_every_code_line_is_on_the_page(pdfs: dict[str, Path]) -> None:
    lines_checked = 0
    off_page: dict[str, list[str]] = {}
    for name, path in pdfs.items():
        inside = _unhyphen(_words_in_text_area(path))
        lines = _code_lines(load_post(name))
        lines_checked += len(lines)
        lost = [w for line in lines for w in line.split() if _unhyphen(w) not in inside]
        if lost:
            off_page[name] = lost
    assert off_page == {}
    assert lines_checked > 80  # code in half the posts, lines of up to 98 characters


def test_nothing_of_a_post_is_lost_and_no_ligature_is_left(pdfs: dict[str, Path]) -> None:
    for name, path in pdfs.items():
        text = _pdftotext(str(path))
        assert LIGATURES.findall(text) == [], name
        body = render_article_body(load_post(name))
        body = re.sub(r'<p class="hd-back-to-top">.*?</p>', "", body)
        plain = html.unescape(re.sub(r"<[^>]+>", " ", body))
        squashed = _unhyphen(text)
        lost = [w for w in plain.split() if _unhyphen(w) not in squashed]
        assert lost == [], name
    # the words a ligature would have joined are there as typed
    assert "first" in _pdftotext(str(pdfs["01-timing-attacks"]))
    assert "affinage" in _pdftotext(str(pdfs["24-fromage-affinage"]))


def _runs(path: Path, page: int = 0) -> list[tuple[str, float, str]]:
    """(font name, size in points, text) of each piece of text drawn on a page."""
    runs: list[tuple[str, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip() and font is not None:
            runs.append((str(font["/BaseFont"]), round(size * tm[0] * cm[0], 1), text))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def test_the_lead_is_in_the_lead_style_not_bold(pdfs: dict[str, Path]) -> None:
    for name in ("01-timing-attacks", "21-incident-postmortem", "02-pain-au-levain"):
        article = load_post(name)
        first_words = " ".join(re.sub(r"[*_\[\]]", "", article.lead).split()[:3])
        runs = _runs(pdfs[name])
        lead = next(r for r in runs if r[2].replace("\t", " ").startswith(first_words))
        body_sizes = [size for font, size, text in runs if "Serif" in font and len(text) > 40]
        assert "Bold" not in lead[0], (name, lead)
        assert lead[1] > min(body_sizes) + 1, (name, lead, body_sizes)


def _dests(reader: PdfReader) -> tuple[list[str], set[str]]:
    links = [
        str(a.get_object()["/Dest"])
        for page in reader.pages
        for a in page.get("/Annots") or []
        if "/Dest" in a.get_object()
    ]
    return links, set(reader.named_destinations)


def test_internal_links_lead_to_their_targets(pdfs: dict[str, Path]) -> None:
    for name, path in pdfs.items():
        reader = PdfReader(path)
        links, targets = _dests(reader)
        assert set(links) <= targets, (name, set(links) - targets)
        sections = len(load_post(name).sections)
        # contents entries, footnote references and the notes' links back
        assert sum(link.startswith("s") for link in links) == sections, name
        assert any(link.startswith("fnref-") for link in links), name
        assert any(link.startswith("fn-") for link in links), name
        # each bookmark opens the page of its heading, at the heading's height
        for item in reader.outline[1]:
            page = reader.get_destination_page_number(item)
            assert item["/Type"] == "/XYZ"
            words = _pdftotext("-f", str(page + 1), "-l", str(page + 1), str(path))
            assert _unhyphen(item.title) in _unhyphen(words), (name, item.title)


def test_tables_are_tables(qapp, pdfs: dict[str, Path]) -> None:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QTextTable

    from hubdesk.qt.pdf_export import lay_out, new_writer

    article = load_post("21-incident-postmortem")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    doc = lay_out(article, ExportOptions(), new_writer(buffer, article, ExportOptions())).doc
    tables = {f for b in _blocks(doc) if isinstance(f := doc.frameAt(b.position()), QTextTable)}
    assert len(tables) == 1
    table = tables.pop()
    fmt = table.format()
    assert (table.rows(), table.columns()) == (6, 2)
    assert fmt.headerRowCount() == 1 and fmt.border() > 0 and fmt.cellPadding() > 0
    assert table.cellAt(0, 1).firstCursorPosition().block().text() == "Event"
    assert table.cellAt(0, 1).format().background().color().name() == "#eceef2"
    # and in the PDF each row reads as a row
    layout = _pdftotext("-layout", str(pdfs["21-incident-postmortem"]))
    assert re.search(r"07:02 +On-call engineer paged by a manual escalation", layout)


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _toc_article(lead_paragraphs: int, sections: int = 12) -> Article:
    lead = "\n\n".join(f"Lead paragraph {n} " + "with some words " * 12 for n in range(lead_paragraphs))
    return Article(title="Where the list lands", lead=lead, language="en",
                   sections=[Section(f"Part {n}", "Text of the part. " * 20) for n in range(sections)])


def test_the_contents_list_is_never_split_from_its_title_nor_left_with_one_line(qapp, tmp_path) -> None:
    from hubdesk.qt import pdf_export

    pdf_export.install()
    splits_avoided = 0
    for lead in range(4, 13):  # moves the contents list down the first page, past its foot
        path = export_article(_toc_article(lead), "pdf", tmp_path / f"t{lead}.pdf")
        pages = [_pdftotext("-f", str(p + 1), "-l", str(p + 1), str(path))
                 for p in range(len(PdfReader(path).pages))]
        entries = [f"Part {n}" for n in range(12)]
        on_page = [p for p, text in enumerate(pages) if "Contents" in text]
        assert len(on_page) == 1, lead
        contents_page = pages[on_page[0]]
        after_title = contents_page.split("Contents", 1)[1]
        assert all(e in after_title for e in entries), (lead, after_title)
        splits_avoided += on_page[0] == 1 and "Lead paragraph" not in pages[1]
    assert splits_avoided >= 1  # some lead lengths put the list at the foot of page 1

    # longer than a page: the title keeps entries with it, the last page more than one
    path = export_article(_toc_article(2, sections=70), "pdf", tmp_path / "long.pdf")
    reader = PdfReader(path)
    texts = [_pdftotext("-f", str(p + 1), "-l", str(p + 1), str(path)) for p in range(len(reader.pages))]
    first = next(i for i, t in enumerate(texts) if "Contents" in t)
    assert len(re.findall(r"Part \d+", texts[first].split("Contents", 1)[1])) >= 3
    body = next(i for i, t in enumerate(texts) if "Text of the part" in t)
    entries_there = len(re.findall(r"Part \d+", texts[body].split("Text of the part")[0])) - 1
    if entries_there == 0:  # the list ended on the page before the first section
        entries_there = len(re.findall(r"Part \d+", texts[body - 1]))
    assert body > first and entries_there >= 2
