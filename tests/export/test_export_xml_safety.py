"""XML formats stay well-formed on any text; DOCX properties fit Word's limit; SVG is refused.

Every C0 control character (and U+FFFE, U+FFFF, a lone surrogate) is put in every
text of an article; each EPUB, DOCX and ODT part must then parse as XML, keep the
words around the character, and (for EPUB) pass epubcheck.
"""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from lxml import etree

from hubdesk.export import ExportOptions, export_article
from hubdesk.export.docx_export import MAX_PROPERTY, fit_property
from hubdesk.export.xml_text import xml_safe
from hubdesk.model.article import Article, Credit, Disclosure, Section
from tests.export_article import epubcheck_command, tiny_png

BAD = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\ufffe", "\uffff", "\ud800"]
XML_FORMATS = ("epub", "docx", "odt")


def _article(bad: str, title: str | None = None) -> Article:
    return Article(
        title=f"Left{bad}Right" if title is None else title,
        lead=f"Lead{bad}text.",
        sections=[Section(f"Head{bad}ing", f"Body{bad}one.\n\nSecond *para{bad}graph*."),
                  Section("Plain", "[a link](https://example.org/x) and more.")],
        credits=[Credit(title=f"Source{bad}title", author="Anna", outlet=f"Out{bad}let",
                        date=date(2025, 9, 9), url="https://example.org/s", note=f"n{bad}b")],
        disclosure=Disclosure(True, f"Chap{bad}pie", "Groupe", f"Ed{bad}itor"),
        language="en", author=f"Au{bad}thor", description=f"Desc{bad}ription",
        tags=[f"t{bad}ag", "plain"],
    )


def _xml_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith((".xml", ".xhtml", ".opf", ".rels"))}


def _all_text(parts: dict[str, bytes]) -> str:
    return " ".join("".join(etree.fromstring(data).itertext()) for data in parts.values())


def test_every_control_character_is_covered():
    assert len(BAD) == 32 - 3 + 3
    for bad in BAD:
        cleaned = xml_safe(f"a{bad}b")
        assert cleaned in ("ab", "a\nb", "a\ufffdb"), repr(bad)
        assert xml_safe(f"a{bad}b", one_line=True) in ("ab", "a b", "a\ufffdb"), repr(bad)
    assert xml_safe("tab\tnew\nline\rend é ✓") == "tab\tnew\nline\rend é ✓"


@pytest.mark.parametrize("fmt", XML_FORMATS)
@pytest.mark.parametrize("bad", BAD, ids=[f"U+{ord(b):04X}" for b in BAD])
def test_xml_formats_are_well_formed_with_any_control_character(tmp_path, fmt, bad):
    path = export_article(_article(bad), fmt, tmp_path / f"a.{fmt}")
    parts = _xml_parts(path)
    assert parts
    for name, data in parts.items():
        etree.fromstring(data)  # raises on a character XML cannot hold
        assert bad.encode("utf-8", "surrogatepass") not in data, name
    text = _all_text(parts)
    for left, right in (("Left", "Right"), ("Body", "one."), ("Source", "title")):
        assert left in text and right in text, (left, right)


def test_epub_with_every_control_character_passes_epubcheck(tmp_path):
    command = epubcheck_command()
    if command is None:
        pytest.skip("epubcheck is not installed (Debian package: epubcheck)")
    everything = "".join(BAD)
    for n, article in enumerate([_article(everything), _article(everything, title=""),
                                 _article("", title=" \x0c ")]):
        path = export_article(article, "epub", tmp_path / f"{n}.epub")
        done = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("title", ["", " ", "\x0c", "\x01\x02", "\t\n"])
def test_untitled_article_still_has_navigation_text(tmp_path, title):
    article = _article("", title=title)
    article.sections.append(Section("   ", "A section with no heading text."))
    path = export_article(article, "epub", tmp_path / "untitled.epub")
    nav = etree.fromstring(_xml_parts(path)["EPUB/nav.xhtml"])
    anchors = nav.iter("{http://www.w3.org/1999/xhtml}a")
    labels = ["".join(a.itertext()).strip() for a in anchors]
    assert labels and all(labels), labels
    assert labels[0] == "Untitled article"
    opf = etree.fromstring(_xml_parts(path)["EPUB/package.opf"])
    assert opf.findtext(".//{http://purl.org/dc/elements/1.1/}title") == "Untitled article"


_SCRIPTED_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    "<script>alert(2)</script><rect width='1' height='1'/></svg>"
)


@pytest.mark.parametrize("fmt", ["html", "epub", "docx", "odt"])
def test_scripted_svg_attachment_is_refused_not_embedded(tmp_path, fmt, caplog):
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "evil.svg").write_text(_SCRIPTED_SVG, encoding="utf-8")
    (assets / "fine.png").write_bytes(tiny_png())
    article = Article(title="Pictures", language="en",
                      sections=[Section("One", "![Evil chart](evil.svg)\n\n![Fine](fine.png)")])
    path = export_article(article, fmt, tmp_path / f"p.{fmt}", ExportOptions(asset_dir=assets))
    data = path.read_bytes()
    if fmt != "html":
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            assert not any(n.lower().endswith(".svg") for n in names), names
            assert any(n.lower().endswith(".png") for n in names), names  # the PNG is embedded
            data = b"".join(z.read(n) for n in names)
    assert b"alert(" not in data and b"onload" not in data
    assert b"Evil chart" in data  # the refused image is shown by its alternative text
    assert "SVG files can carry scripts" in caplog.text


@pytest.mark.parametrize("length", [0, 1, 200, 254, 255, 256, 257, 300, 1000, 5000])
@pytest.mark.parametrize("word", ["a", "word", "mot-long", "x" * 300])
def test_docx_core_properties_are_cut_to_fit(tmp_path, length, word):
    text = " ".join([word] * (length // (len(word) + 1) + 1))[:length]
    tags = [f"{word}{n}" for n in range(length // 4 + 1)]
    article = Article(title=text, description=text, author=text, tags=tags, language="en",
                      lead="Lead.", sections=[Section("One", "Body.")])
    path = export_article(article, "docx", tmp_path / "p.docx")
    props = docx.Document(str(path)).core_properties
    for value, original in ((props.title, text), (props.subject, text), (props.author, text),
                            (props.keywords, ", ".join(tags))):
        assert len(value) <= MAX_PROPERTY
        if len(original) <= MAX_PROPERTY:
            assert value == original
        else:
            assert value.endswith("…")
            kept = value[:-1]
            assert original.startswith(kept) and kept
            assert original[len(kept)] in " ,\t\n" or " " not in original[:MAX_PROPERTY]


def test_fit_property_cuts_on_a_word_boundary():
    assert fit_property("short") == "short"
    text = "word " * 100
    cut = fit_property(text)
    assert len(cut) <= MAX_PROPERTY and cut.endswith("word…")
    assert fit_property("x" * 600) == "x" * (MAX_PROPERTY - 1) + "…"
