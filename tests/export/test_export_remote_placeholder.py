"""A remote image shows the same placeholder in the preview's rendering and in every export.

The placeholder is ``▣ alt · host`` (``formats.render.remote_image_label``); the
preview and the reader use ``remote_images_as_placeholders`` (their own tests
read it back from the widgets). Here each export is read back with its own
reader: html5lib for HTML and EPUB, python-docx, odfpy and ``pypdf`` for the PDF.
Nothing in any file points the reader's software at the image as an image.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import html5lib
import pytest
from odf import teletype
from odf.opendocument import load
from odf.text import P
from pypdf import PdfReader

from hubdesk.export import ExportOptions, export_article
from hubdesk.formats.render import remote_images_as_placeholders, render_article_body
from hubdesk.model.article import Article, Section

SRC = "https://img.example.org/barn.jpg"
LABEL = "\u25a3\u00a0A red barn \u00b7 img.example.org"
BARE = "\u25a3\u00a0cdn.example.net"  # an image without alt text shows its host


def _article() -> Article:
    return Article(title="Barns", lead="A lead.", language="en", sections=[Section(
        "Pictures", f"Before ![A red barn]({SRC}) after.\n\n![](https://cdn.example.net/x.png)\n")])


def _text(fragment: str) -> str:
    return "".join(html5lib.parse(fragment, namespaceHTMLElements=False).itertext())


def test_preview_rendering_shows_the_placeholder() -> None:
    shown = remote_images_as_placeholders(render_article_body(_article()))
    assert "<img" not in shown
    assert LABEL in _text(shown) and BARE in _text(shown)


@pytest.mark.parametrize("fmt", ["html", "epub"])
def test_html_and_epub_show_the_placeholder(tmp_path: Path, fmt: str) -> None:
    path = export_article(_article(), fmt, tmp_path / f"a.{fmt}", ExportOptions())
    if fmt == "epub":
        with zipfile.ZipFile(path) as z:
            page = z.read("EPUB/article.xhtml").decode()
    else:
        page = path.read_text(encoding="utf-8")
    root = html5lib.parse(page, namespaceHTMLElements=False)
    assert [img.get("src") for img in root.iter("img") if "example" in (img.get("src") or "")] == []
    links = {"".join(a.itertext()): a.get("href") for a in root.iter("a")
             if a.get("class") == "hd-remote-image"}
    assert links == {LABEL: SRC, BARE: "https://cdn.example.net/x.png"}


def test_html_export_keeps_remote_images_only_when_asked(tmp_path: Path) -> None:
    path = export_article(_article(), "html", tmp_path / "a.html", ExportOptions(keep_remote_images=True))
    root = html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    assert [(i.get("src"), i.get("alt")) for i in root.iter("img")] == [
        (SRC, "A red barn"), ("https://cdn.example.net/x.png", "")]
    epub = export_article(_article(), "epub", tmp_path / "a.epub", ExportOptions(keep_remote_images=True))
    with zipfile.ZipFile(epub) as z:  # an option of the HTML export only
        assert "<img" not in z.read("EPUB/article.xhtml").decode()


def test_docx_and_odt_show_the_placeholder(tmp_path: Path) -> None:
    path = export_article(_article(), "docx", tmp_path / "a.docx", ExportOptions())
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert f"Before {LABEL} after." in texts and BARE in texts
    path = export_article(_article(), "odt", tmp_path / "a.odt", ExportOptions())
    texts = [teletype.extractText(p) for p in load(str(path)).text.getElementsByType(P)]
    assert f"Before {LABEL} after." in texts and BARE in texts


def test_pdf_shows_the_placeholder(qapp, tmp_path: Path) -> None:
    from hubdesk.qt import pdf_export

    pdf_export.install()
    path = export_article(_article(), "pdf", tmp_path / "a.pdf", ExportOptions())
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    squashed = " ".join(text.replace("\u00a0", " ").split())
    assert LABEL.replace("\u00a0", " ") in squashed and BARE.replace("\u00a0", " ") in squashed
