"""PDF export read back with pypdf: headings in order, outline, properties, fonts, paper."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from hubdesk.export import ExportOptions, export_article
from tests import corpus
from tests.export_article import HEADINGS, make_sample_article


@pytest.fixture(autouse=True)
def pdf_backend(qapp):
    from hubdesk.qt import pdf_export

    pdf_export.install()


def _squash(text: str) -> str:
    """Text without white space or ligatures (PDF extraction splits words and keeps "ﬁ")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _outline(reader: PdfReader) -> list[tuple[str, int]]:
    out = []
    for item in reader.outline:
        items = item if isinstance(item, list) else [item]
        out += [(i.title, reader.get_destination_page_number(i)) for i in items]
    return out


def test_headings_in_order_outline_and_properties(tmp_path: Path) -> None:
    path = export_article(make_sample_article(), "pdf", tmp_path / "a.pdf")
    reader = PdfReader(path)
    text = _squash("".join(p.extract_text() for p in reader.pages))
    start = text.find(_squash(HEADINGS[-1])) + len(_squash(HEADINGS[-1]))  # after the contents
    positions = []
    for heading in HEADINGS:
        positions.append(text.find(_squash(heading), positions[-1] + 1 if positions else start))
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    assert _squash("Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil.") in text
    assert _squash("Energy cooperatives are growing across Europe – Anna Heim – TechCrunch (09/09/2025)") in text
    outline = _outline(reader)
    assert [t for t, _ in outline] == [make_sample_article().title, *HEADINGS]
    pages = [p for _, p in outline]
    assert pages == sorted(pages) and pages[-1] > 0
    bare = PdfReader(export_article(
        corpus.make_article(20000, seed=11, language="en"), "pdf", tmp_path / "b.pdf",
        ExportOptions(include_toc=False),
    ))
    # A long article: nothing lost while headings are kept with their text, and each
    # bookmark opens the page its heading is on.
    pages = [_squash(p.extract_text()) for p in bare.pages]
    for title, page in _outline(bare):
        assert _squash(title) in pages[page], (title, page)
    assert len(_outline(bare)) == 81 and _outline(bare)[-1][1] > 40
    meta = reader.metadata
    assert meta.title == make_sample_article().title
    assert meta.author == "Camille Roux"
    assert meta.subject.startswith("Comment une coopérative")
    assert reader.trailer["/Root"]["/Lang"] == "fr"


def test_page_numbers_and_embedded_fonts(tmp_path: Path) -> None:
    path = export_article(corpus.make_article(6000, seed=2), "pdf", tmp_path / "long.pdf")
    reader = PdfReader(path)
    n = len(reader.pages)
    assert n >= 5
    for i, page in enumerate(reader.pages):
        assert _squash(f"{i + 1} / {n}") in _squash(page.extract_text())
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fd = desc["/FontDescriptor"].get_object()
            assert any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_paper_size(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    path = export_article(make_sample_article(), "pdf", tmp_path / "a.pdf", ExportOptions(paper=paper))
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_local_attachment_is_drawn(tmp_path: Path) -> None:
    from tests.export_article import tiny_png

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "photo.png").write_bytes(tiny_png())
    article = make_sample_article()
    article.sections[0].body += "\n\n![Photo](photo.png)"
    plain = PdfReader(export_article(make_sample_article(), "pdf", tmp_path / "a.pdf"))
    with_image = PdfReader(export_article(article, "pdf", tmp_path / "b.pdf", ExportOptions(asset_dir=assets)))

    def images(reader: PdfReader) -> int:
        return sum(len(page.images) for page in reader.pages)

    assert images(plain) == 0
    assert images(with_image) == 1
