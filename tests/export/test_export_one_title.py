"""One H1 in every output: the title. A ``# heading`` typed in the body never makes a second one."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from hubdesk.export import export_article
from hubdesk.export.content import one_h1
from hubdesk.model.article import Article, Section

TITLE = "Les puces de Mistral"


def article() -> Article:
    """The title typed again at the top of the body, plus level-1 headings further down."""
    return Article(
        title=TITLE, language="fr", author="Rédaction",
        lead=f"# {TITLE}\n\nUn chapeau de deux lignes.\n\n# Un intertitre du chapeau",
        sections=[
            Section(heading="Le contexte", body="# Dans la section\n\nDu texte.\n\n    # pas un titre"),
            Section(heading="La suite", body="Encore du texte."),
        ],
    )


def test_body_h1_become_h2_and_a_repeated_title_goes() -> None:
    lead = '<div class="hd-lead"><h1>Les  puces de MISTRAL</h1>\n<p>x</p><h1 id="a">Autre</h1></div>'
    assert one_h1(lead, TITLE) == '<div class="hd-lead"><p>x</p><h2 id="a">Autre</h2></div>'
    # A first heading that is not the title is kept, one level down.
    assert one_h1("<h1>Autre chose</h1><p>x</p>", TITLE) == "<h2>Autre chose</h2><p>x</p>"
    # Code that shows an <h1> is text, not a heading: untouched.
    code = "<pre><code>&lt;h1&gt;x&lt;/h1&gt;</code></pre>"
    assert one_h1(code, TITLE) == code


@pytest.mark.parametrize("fmt", ["html", "epub"])
def test_html_and_epub_have_one_h1_the_title(tmp_path: Path, fmt: str) -> None:
    path = export_article(article(), fmt, tmp_path / f"a.{fmt}")
    if fmt == "html":
        text = path.read_text(encoding="utf-8")
    else:
        z = zipfile.ZipFile(path)
        chapters = [n for n in z.namelist() if n.endswith(".xhtml") and "nav" not in n]
        assert len(chapters) == 1  # the navigation document has its own "Contents" heading
        text = z.read(chapters[0]).decode()
    h1 = re.findall(r"<h1\b[^>]*>(.*?)</h1>", text, re.S)
    assert h1 == [TITLE]
    h2 = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h2\b[^>]*>(.*?)</h2>", text, re.S)]
    assert "Un intertitre du chapeau" in h2 and "Dans la section" in h2
    assert "Le contexte" in h2 and "La suite" in h2
    assert h2.count(TITLE) == 0  # the title typed again in the body is not printed twice
    assert "# pas un titre" in text  # code keeps its text


def test_docx_has_one_heading_1(tmp_path: Path) -> None:
    d = docx.Document(str(export_article(article(), "docx", tmp_path / "a.docx")))
    level1 = [p.text for p in d.paragraphs if p.style.name in ("Heading 1", "Title")]
    assert level1 == [TITLE]
    texts = [p.text for p in d.paragraphs]
    assert texts.count(TITLE) == 1
    assert "Un intertitre du chapeau" in texts and "Dans la section" in texts


def test_odt_has_one_outline_level_1(tmp_path: Path) -> None:
    z = zipfile.ZipFile(export_article(article(), "odt", tmp_path / "a.odt"))
    content = z.read("content.xml").decode()
    level1 = re.findall(r'<text:h[^>]*text:outline-level="1"[^>]*>(.*?)</text:h>', content, re.S)
    # the title may carry the bookmark that internal links to the top point at
    assert [re.sub(r"<text:bookmark [^>]*/>", "", h) for h in level1] == [TITLE]
    assert content.count(TITLE) == 1
    assert "Dans la section" in content


def test_pdf_prints_the_title_once(tmp_path: Path, qapp) -> None:
    from hubdesk.qt import pdf_export

    pdf_export.install()
    reader = PdfReader(export_article(article(), "pdf", tmp_path / "a.pdf"))
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))  # PDF splits words
    assert text.count(TITLE.replace(" ", "")) == 1
    assert "Unintertitreduchapeau" in text and "Danslasection" in text
