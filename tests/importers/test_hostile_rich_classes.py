"""Issue 16's hostile classes against the importers of web pages, Word and OpenDocument
files: many lone surrogates, many impossible or out-of-range dates, many nesting depths
and many sizes, each file generated here.

For every file: one line (a refusal naming the file, or the article imported), never a
traceback; a refusal exits 1 and leaves the library byte for byte; a folder holding the
bad files beside 20 good ones imports the 20 and refuses each bad one in one line.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.library.store import Library
from tests import corpus

# ---------------------------------------------------------------- generators

_PARA = "Un paragraphe de texte assez long pour être lu comme un article, avec des mots. "
_SURROGATES = ["\\ud800", "\\udbff", "\\udc00", "\\udfff", "a\\ud83db"]  # JSON escapes
_CHAR_REFS = ["&#xD800;", "&#xDBFF;", "&#xDC00;", "&#57343;"]  # XML/HTML character references
_BAD_DATES = [
    "2024-13-45", "2024-02-30", "2023-02-29", "2024-00-10", "2024-04-31", "2024-01-01T25:00:00Z",
    "9999-12-31T23:59:59-11:00", "9999-12-31T20:00:00-05:00", "0001-01-01T00:00:00+12:00",
    "0001-01-01T01:00:00+05:00", "99999-01-01", "-0001-01-01", "2024-W99", "", "null",
]


def _page(head: str = "", body: str = "") -> str:
    body = body or f"<article><h1>Titre</h1><p>{_PARA * 8}</p></article>"
    return f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body>{body}</body></html>"


def _ld(**fields: str) -> str:
    inner = ", ".join(f'"{k}": {v}' for k, v in fields.items())
    return f'<script type="application/ld+json">{{"@type": "Article", {inner}}}</script>'


def html_surrogates() -> dict[str, str]:
    out = {}
    for n, s in enumerate(_SURROGATES):
        out[f"ld-headline{n}.html"] = _page(_ld(headline=f'"T{s}"'), f"<article><p>{_PARA * 8}</p></article>")
        out[f"ld-author{n}.html"] = _page(_ld(headline='"T"', author=f'{{"name": "{s}"}}'))
        out[f"ld-description{n}.html"] = _page(_ld(headline='"T"', description=f'"d{s}"'))
        out[f"ld-keywords{n}.html"] = _page(_ld(headline='"T"', keywords=f'["ok", "{s}"]'))
    return out


def html_char_refs() -> dict[str, str]:
    """Character references to surrogates: HTML parsers read them as U+FFFD (imported)."""
    out = {}
    for n, ref in enumerate(_CHAR_REFS):
        out[f"ref-body{n}.html"] = _page(body=f"<article><h1>Titre</h1><p>{ref} {_PARA * 8}</p></article>")
        out[f"ref-title{n}.html"] = _page(body=f"<article><h1>Titre {ref}</h1><p>{_PARA * 8}</p></article>")
        out[f"ref-meta{n}.html"] = _page(f'<meta name="description" content="x {ref} y">')
    return out


def html_dates() -> dict[str, str]:
    out = {}
    for n, day in enumerate(_BAD_DATES):
        out[f"og-pub{n}.html"] = _page(f'<meta property="article:published_time" content="{day}">')
        out[f"og-mod{n}.html"] = _page(f'<meta property="article:modified_time" content="{day}">')
        out[f"ld-pub{n}.html"] = _page(_ld(headline='"T"', datePublished=f'"{day}"'))
        out[f"ld-mod{n}.html"] = _page(_ld(headline='"T"', dateModified=f'"{day}"'))
    return out


def html_nesting() -> dict[str, str]:
    out = {}
    for depth in (10, 100, 240, 260, 1_000, 20_000):
        out[f"div{depth}.html"] = _page(body="<div>" * depth + f"<h1>T</h1><p>{_PARA * 8}</p>" + "</div>" * depth)
        out[f"inline{depth}.html"] = _page(body=f"<h1>T</h1><p>{_PARA * 4}" + "<b><i>" * (depth // 2) + "x</p>")
        out[f"list{depth}.html"] = _page(body=f"<h1>T</h1><p>{_PARA * 4}</p>" + "<ul><li>" * (depth // 2) + "x")
    return out


def html_sizes() -> dict[str, str]:
    out = {}
    for count in (1_000, 10_000, 40_000, 120_000):
        out[f"paras{count}.html"] = _page(body="<article><h1>T</h1>" + f"<p>{_PARA}</p>" * count + "</article>")
    for words in (100_000, 1_000_000):
        out[f"oneword{words}.html"] = _page(body="<article><h1>T</h1><p>" + "mot " * words + "</p></article>")
    return out


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CORE = ('<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
         'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
         'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '{}</cp:coreProperties>')


def _wp(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _word_body(inner: str) -> bytes:
    return (f'<?xml version="1.0"?><w:document {_W}><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/>'
            f"</w:pPr><w:r><w:t>Titre</w:t></w:r></w:p>{inner}</w:body></w:document>").encode()


def docx_cases() -> dict[str, dict[str, bytes]]:
    """name -> parts replaced in a real Word file."""
    out: dict[str, dict[str, bytes]] = {}
    for n, ref in enumerate(_CHAR_REFS):
        out[f"ref-body{n}.docx"] = {"word/document.xml": _word_body(_wp(f"a {ref} b"))}
        out[f"ref-core{n}.docx"] = {"docProps/core.xml": _CORE.format(f"<dc:title>T {ref}</dc:title>").encode()}
    for n, day in enumerate(_BAD_DATES):
        out[f"date{n}.docx"] = {"docProps/core.xml": _CORE.format(
            f'<dc:title>T</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">{day}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{day}</dcterms:modified>').encode()}
    for depth in (5, 40, 80, 100, 1_000):
        out[f"tables{depth}.docx"] = {"word/document.xml": _word_body(
            "<w:tbl><w:tr><w:tc>" * depth + _wp("x") + "</w:tc></w:tr></w:tbl>" * depth)}
        out[f"links{depth}.docx"] = {"word/document.xml": _word_body(
            "<w:p>" + "<w:hyperlink>" * depth + "<w:r><w:t>x</w:t></w:r>" + "</w:hyperlink>" * depth + "</w:p>")}
    for count in (1_000, 10_000, 50_000):
        out[f"paras{count}.docx"] = {"word/document.xml": _word_body(
            "".join(_wp(f"Paragraphe {i} {_PARA}") for i in range(count)))}
    return out


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
_ODT_META = ('<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:'
             'xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>{}</office:meta></office:document-meta>')


def _odt_body(inner: str) -> bytes:
    return (f'<?xml version="1.0"?><office:document-content {_ODT_NS} office:version="1.2"><office:body>'
            f'<office:text><text:h text:outline-level="1">Titre</text:h>{inner}'
            "</office:text></office:body></office:document-content>").encode()


def odt_cases() -> dict[str, dict[str, bytes]]:
    out: dict[str, dict[str, bytes]] = {}
    for n, ref in enumerate(_CHAR_REFS):
        out[f"ref-body{n}.odt"] = {"content.xml": _odt_body(f"<text:p>a {ref} b</text:p>")}
        out[f"ref-meta{n}.odt"] = {"meta.xml": _ODT_META.format(f"<dc:title>T {ref}</dc:title>").encode()}
    for n, day in enumerate(_BAD_DATES):
        out[f"date{n}.odt"] = {"meta.xml": _ODT_META.format(
            f"<dc:title>T</dc:title><meta:creation-date>{day}</meta:creation-date><dc:date>{day}</dc:date>"
        ).encode()}
    for depth in (5, 100, 400, 1_500, 5_000):
        out[f"spans{depth}.odt"] = {"content.xml": _odt_body(
            "<text:p>" + "<text:span>" * depth + "x" + "</text:span>" * depth + "</text:p>")}
        out[f"lists{depth}.odt"] = {"content.xml": _odt_body(
            "<text:list><text:list-item>" * depth + "<text:p>x</text:p>" + "</text:list-item></text:list>" * depth)}
        out[f"tables{depth}.odt"] = {"content.xml": _odt_body(
            "<table:table><table:table-row><table:table-cell>" * depth + "<text:p>x</text:p>"
            + "</table:table-cell></table:table-row></table:table>" * depth)}
    out["broken.odt"] = {"content.xml": _odt_body("<text:p>\x1b[31mred</text:p")}
    for count in (1_000, 10_000, 50_000):
        out[f"paras{count}.odt"] = {"content.xml": _odt_body(
            "".join(f"<text:p>Paragraphe {i} {_PARA}</text:p>" for i in range(count)))}
    return out


# ---------------------------------------------------------------- writing the files


def _base(folder: Path, suffix: str) -> Path:
    base = folder / f"base{suffix}"
    if base.exists():
        return base
    if suffix == ".docx":
        from docx import Document

        doc = Document()
        doc.add_heading("Titre", 1)
        doc.add_paragraph("Un paragraphe.")
        doc.save(str(base))
    else:
        from odf.opendocument import OpenDocumentText
        from odf.text import H, P

        doc = OpenDocumentText()
        doc.text.addElement(H(outlinelevel=1, text="Titre"))
        doc.text.addElement(P(text="Un paragraphe."))
        doc.save(str(base))
    return base


def _write(folder: Path, name: str, content: str | dict[str, bytes]) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
        return path
    base = _base(folder.parent, path.suffix)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename not in content:
                out.writestr(info, src.read(info.filename))
        for entry, data in content.items():
            out.writestr(entry, data)
    return path


CLASSES: dict[str, Callable[[], dict]] = {
    "html-surrogates": html_surrogates, "html-char-refs": html_char_refs, "html-dates": html_dates,
    "html-nesting": html_nesting, "html-sizes": html_sizes, "docx": docx_cases, "odt": odt_cases,
}
CASES = [(cls, name) for cls, make in CLASSES.items() for name in make()]
_MADE: dict[str, dict] = {}


def _content(cls: str, name: str) -> str | dict[str, bytes]:
    if cls not in _MADE:
        _MADE[cls] = CLASSES[cls]()
    return _MADE[cls][name]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seeded(path: Path) -> Path:
    with Library.open(path) as lib:
        lib.save_article(corpus.make_article(80, seed=3))
    return path


def _stored_text_is_unicode(db: Path) -> None:
    with Library.open(db) as lib:
        for summary in lib.list_articles():
            article = lib.load_article(summary.id)
            for text in [article.title, article.lead, article.author, article.description,
                         *article.tags, *(s.body for s in article.sections)]:
                text.encode("utf-8")  # raises on a lone surrogate


@pytest.mark.parametrize(("cls", "name"), CASES, ids=[f"{c}:{n}" for c, n in CASES])
def test_each_hostile_file_is_one_line_and_a_refusal_changes_nothing(tmp_path, capsys, cls, name):
    folder = tmp_path / "in"
    folder.mkdir()
    path = _write(folder, name, _content(cls, name))
    db = _seeded(tmp_path / "lib.hubdesk")
    before = _digest(db)
    code = main(["--db", str(db), "import", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "SAX FAILED" not in out + err
    assert "\x1b" not in out + err
    if code == 0:  # imported: one line naming the new article, stored as valid Unicode
        assert len(out.strip().splitlines()) == 1, out
        with Library.open(db) as lib:
            assert lib.count_articles() == 2
        _stored_text_is_unicode(db)
        assert cls not in ("html-surrogates",), "a lone surrogate must be refused"
    else:
        assert code == 1
        lines = [line for line in err.strip().splitlines() if not line.startswith("hubdesk: note:")]
        assert lines[0].startswith(f"hubdesk: {path}: "), err
        assert len([line for line in lines if str(path) in line]) == 1, err
        assert _digest(db) == before


# The bad classes whose files must all be refused, and why (a part of the message).
_REFUSED = {
    "html-surrogates": "holds an invalid character",
    "docx:ref": "is not a readable Word document",
    "odt:ref": "is not a readable OpenDocument text",
    "odt:broken": "is not a readable OpenDocument text",
}


@pytest.mark.parametrize("key", sorted(_REFUSED))
def test_every_file_of_a_refused_class_is_refused_with_its_reason(tmp_path, capsys, key):
    cls, _, prefix = key.partition(":")
    names = [n for c, n in CASES if c == cls and n.startswith(prefix)]
    assert names
    db = _seeded(tmp_path / "lib.hubdesk")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        _write(folder, name, _content(cls, name))
    before = _digest(db)
    code = main(["--db", str(db), "import", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1 and out.strip() == ""
    lines = [line for line in err.strip().splitlines() if str(folder) in line]
    assert len(lines) == len(names), err
    assert all(_REFUSED[key] in line for line in lines), err
    assert _digest(db) == before


def test_a_folder_of_20_good_files_and_every_hostile_one_imports_the_good(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        art = corpus.make_article(60, seed=200 + i)
        (folder / f"good{i:02d}.md").write_text(
            f"---\ntitle: Good {i}\n---\n\n{art.lead}\n\n## Part\n\n{art.sections[0].body}\n", encoding="utf-8")
    bad = [(c, n) for c, n in CASES if c in ("html-surrogates", "odt") or n.startswith("ref")]
    for cls, name in bad:
        _write(folder, f"{cls}-{name}", _content(cls, name))
    db = tmp_path / "lib.hubdesk"
    code = main(["--db", str(db), "import", "--duplicates", "keep", str(folder)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "SAX FAILED" not in out
    with Library.open(db) as lib:
        titles = {s.title for s in lib.list_articles()}
    assert {f"Good {i}" for i in range(20)} <= titles
    refused = [line for line in err.splitlines() if line.startswith(f"hubdesk: {folder}/")
               and "note:" not in line]
    imported = len(out.strip().splitlines())
    assert code == 1 and imported + len(refused) == 20 + len(bad), (out, err)
    for cls, name in bad:
        if cls == "html-surrogates" or (cls in ("docx", "odt") and name.startswith("ref")):
            assert sum(f"/{cls}-{name}: " in line for line in refused) == 1, name
    _stored_text_is_unicode(db)
