"""EPUB 3 export: passes EPUBCheck with no error and no warning; navigation and metadata."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from hubdesk.export import ExportOptions, export_article
from tests import corpus
from tests.export_article import HEADINGS, epubcheck_command, make_sample_article, tiny_png

OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _epubcheck(path: Path) -> str:
    command = epubcheck_command()
    if command is None:
        pytest.skip("epubcheck is not installed (Debian package: epubcheck)")
    done = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=300)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "No errors or warnings detected." in report, report
    return report


def test_sample_passes_epubcheck(tmp_path: Path) -> None:
    _epubcheck(export_article(make_sample_article(), "epub", tmp_path / "a.epub"))


def test_english_article_with_image_and_no_toc_passes_epubcheck(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "chart.png").write_bytes(tiny_png())
    article = corpus.make_article(3000, seed=5, language="en")
    article.sections[1].body += "\n\n![A chart](chart.png)\n\nFootnote here[^1].\n\n[^1]: The note."
    options = ExportOptions(include_toc=False, include_disclosure=False, asset_dir=assets)
    path = export_article(article, "epub", tmp_path / "b.epub", options)
    _epubcheck(path)
    with zipfile.ZipFile(path) as z:
        assert "EPUB/images/img1.png" in z.namelist()
        assert z.read("EPUB/images/img1.png") == tiny_png()


def test_package_layout_navigation_and_metadata(tmp_path: Path) -> None:
    path = export_article(make_sample_article(), "epub", tmp_path / "a.epub")
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/epub+zip"
        opf = ET.fromstring(z.read("EPUB/package.opf"))
        nav = ET.fromstring(z.read("EPUB/nav.xhtml"))
        page = ET.fromstring(z.read("EPUB/article.xhtml"))
    meta = opf.find(f"{OPF}metadata")
    assert meta.find(f"{DC}title").text.startswith("L’énergie citoyenne")
    assert meta.find(f"{DC}language").text == "fr"
    assert meta.find(f"{DC}creator").text == "Camille Roux"
    assert [s.text for s in meta.findall(f"{DC}subject")] == ["énergie", "coopératives", "territoires"]
    assert meta.find(f"{DC}identifier").text == "urn:uuid:f27d53dc-912c-0ddd-0000-000000000001"
    toc = nav.find(f".//{XHTML}nav")
    entries = ["".join(a.itertext()) for a in toc.iter(f"{XHTML}a")]
    assert entries[1:10] == HEADINGS
    text = "".join(page.itertext())
    assert "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil." in text
    assert "Energy cooperatives are growing across Europe – Anna Heim – TechCrunch (09/09/2025)" in text
    assert [
        "".join(h.itertext()) for h in page.iter(f"{XHTML}h2")
    ] == HEADINGS
