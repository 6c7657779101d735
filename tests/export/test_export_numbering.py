"""Numbers the writer typed survive every export.

An ordered list that starts at 3 (``3. three``) starts at 3 in the DOCX and the
ODT, as python-docx / odfpy read them and as LibreOffice prints them; a list
after it starts again at its own number. A heading the writer numbered
(``## 1. Introduction``) keeps its number in every contents list, with no second
number added in front of it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import html5lib
import pytest
from docx.oxml.ns import qn
from odf.opendocument import load
from odf.text import List, ListItem

from hubdesk.export import ExportOptions, export_article
from hubdesk.model.article import Article, Section

LISTS = (
    "Steps, from the third:\n\n3. three\n4. four\n\nThen again:\n\n1. one\n2. two\n\n"
    "And from ten:\n\n10. ten\n11. eleven\n"
)


def _lists_article() -> Article:
    return Article(title="Numbers", lead="A lead.", language="en",
                   sections=[Section("Lists", LISTS)])


def _docx_numbers(path: Path) -> list[tuple[str, int]]:
    """Each numbered paragraph's text and the number Word shows for it."""
    document = docx.Document(str(path))
    numbering = document.part.numbering_part.element
    counters: dict[str, int] = {}
    out = []
    for p in document.paragraphs:
        ppr = p._p.pPr
        numpr = ppr.numPr if ppr is not None else None
        if numpr is None or numpr.numId is None:
            continue
        num_id = str(numpr.numId.val)
        if num_id not in counters:
            num = numbering.num_having_numId(int(num_id))
            starts = num.findall(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
            counters[num_id] = int(starts[0].get(qn("w:val"))) if starts else 1
        else:
            counters[num_id] += 1
        out.append((p.text, counters[num_id]))
    return out


def _odt_numbers(path: Path) -> list[tuple[str, int]]:
    """Each top-level list item's text and its number (``text:start-value`` or counting on)."""
    doc = load(str(path))
    out = []
    for lst in doc.text.getElementsByType(List):
        if lst.parentNode.qname != doc.text.qname:
            continue
        number = 0
        for item in lst.childNodes:
            if item.qname != ListItem().qname:
                continue
            value = item.getAttribute("startvalue")
            number = int(value) if value else number + 1
            out.append((str(item), number))
    return out


WANTED = [("three", 3), ("four", 4), ("one", 1), ("two", 2), ("ten", 10), ("eleven", 11)]


def test_docx_lists_start_at_their_own_number(tmp_path: Path) -> None:
    path = export_article(_lists_article(), "docx", tmp_path / "a.docx", ExportOptions())
    assert _docx_numbers(path) == WANTED


def test_odt_lists_start_at_their_own_number(tmp_path: Path) -> None:
    path = export_article(_lists_article(), "odt", tmp_path / "a.odt", ExportOptions())
    assert _odt_numbers(path) == WANTED


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_libreoffice_prints_the_list_numbers(tmp_path: Path, fmt: str) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if not soffice or not pdftotext:
        pytest.skip("LibreOffice or pdftotext is not installed (libreoffice-writer-nogui, poppler-utils)")
    path = export_article(_lists_article(), fmt, tmp_path / f"a.{fmt}", ExportOptions())
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, check=True, timeout=300)
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(tmp_path / "a.pdf"), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    printed = [(m.group(2), int(m.group(1)))
               for m in re.finditer(r"^\s*(\d+)\.\s*(three|four|one|two|ten|eleven)\s*$", text, re.M)]
    assert printed == WANTED


HEADINGS = ["1. Introduction", "2. Method", "3. Results"]


def _numbered_headings() -> Article:
    return Article(title="Numbered", lead="A lead.", language="en",
                   sections=[Section(h, f"Text of {h[3:]}.") for h in HEADINGS])


def test_html_contents_keeps_numbered_headings(tmp_path: Path) -> None:
    path = export_article(_numbered_headings(), "html", tmp_path / "a.html", ExportOptions())
    tree = html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    nav = tree.find(".//nav[@class='hd-toc']")
    assert [a.text for a in nav.iter("a")] == HEADINGS
    assert nav.find("ol").get("style") == "list-style-type: none"  # no "1. 1. Introduction"


def test_html_contents_numbers_plain_headings(tmp_path: Path) -> None:
    article = Article(title="Plain", lead="A lead.", language="en",
                      sections=[Section("Intro", "One."), Section("End", "Two.")])
    path = export_article(article, "html", tmp_path / "a.html", ExportOptions())
    tree = html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    nav = tree.find(".//nav[@class='hd-toc']")
    assert [a.text for a in nav.iter("a")] == ["Intro", "End"]
    assert nav.find("ol").get("style") is None  # the list numbers them


def test_epub_navigation_keeps_numbered_headings(tmp_path: Path) -> None:
    path = export_article(_numbered_headings(), "epub", tmp_path / "a.epub", ExportOptions())
    with zipfile.ZipFile(path) as z:
        nav = next(z.read(n).decode() for n in z.namelist() if n.endswith("nav.xhtml"))
    for heading in HEADINGS:
        assert f">{heading}</a>" in nav


def test_docx_and_odt_contents_keep_numbered_headings(tmp_path: Path) -> None:
    path = export_article(_numbered_headings(), "docx", tmp_path / "a.docx", ExportOptions())
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert texts.count("1. Introduction") == 2  # the contents entry and the heading
    assert not any(t.startswith("1. 1.") for t in texts)
    path = export_article(_numbered_headings(), "odt", tmp_path / "a.odt", ExportOptions())
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml").decode()
    assert content.count("1. Introduction") == 2
    assert "1. 1. Introduction" not in content


def test_plain_headings_are_numbered_in_word_contents(tmp_path: Path) -> None:
    article = Article(title="Plain", lead="A lead.", language="en",
                      sections=[Section("Intro", "One."), Section("End", "Two.")])
    path = export_article(article, "docx", tmp_path / "a.docx", ExportOptions())
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "1. Intro" in texts and "2. End" in texts


def test_a_list_goes_on_counting_after_a_nested_list(tmp_path: Path) -> None:
    article = Article(title="Nested", lead="A lead.", language="en", sections=[Section(
        "Steps", "1. first\n2. second:\n   - a detail\n   - another\n3. third\n")])
    path = export_article(article, "docx", tmp_path / "a.docx", ExportOptions())
    assert _docx_numbers(path) == [("first", 1), ("second:", 2), ("third", 3)]
    path = export_article(article, "odt", tmp_path / "a.odt", ExportOptions())
    assert [n for _, n in _odt_numbers(path)] == [1, 2, 3]


def test_pdf_contents_keep_numbered_headings(qapp, tmp_path: Path) -> None:
    from hubdesk.qt import pdf_export

    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    pdf_export.install()
    path = export_article(_numbered_headings(), "pdf", tmp_path / "a.pdf", ExportOptions())
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert lines.count("1. Introduction") == 2  # the contents entry and the heading
    assert not any(line.startswith(("1. 1.", "1.1.")) for line in lines)
