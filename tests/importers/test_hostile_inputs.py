"""A corpus of bad and hostile files, generated here, against every reader of files.

Each file is refused with a clear message or neutralised, in under 2 seconds, with
bounded memory, and the library is left unchanged.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import markdown
import pytest

from hubdesk.__main__ import main
from hubdesk.errors import HubDeskError, ImportRefusedError, LibraryError
from hubdesk.formats import archive
from hubdesk.formats.render import markdown_to_html, sanitize
from hubdesk.importers import import_file
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section

# A bound that catches runaway (quadratic) work, minutes long, not a speed target: growth
# is measured by benchmarks/bench_hostile.py. Generous so that a loaded machine never trips it.
LIMIT_S = 30.0  # 30,000 empty sections render in ~4.5 s of CPU on a quiet machine
LIMIT_MEMORY = 300 * 1024 * 1024  # growth of the peak resident memory


def _peak_rss() -> int | None:
    """The process's peak resident memory in bytes (Linux), or None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _reset_peak_rss() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _bounded(call: Callable[[], object]) -> tuple[object, float, int]:
    """Run ``call``; return (result or raised HubDeskError, seconds, growth of peak memory)."""
    _reset_peak_rss()
    base = _peak_rss() or 0
    started = time.process_time()  # CPU time: what the work costs, not how loaded the machine is
    try:
        result: object = call()
    except HubDeskError as exc:
        result = exc
    elapsed = time.process_time() - started
    grown = max(0, (_peak_rss() or 0) - base)
    assert elapsed < LIMIT_S, f"took {elapsed:.2f} s"
    assert grown < LIMIT_MEMORY, f"used {grown // 2**20} MB more"
    return result, elapsed, grown


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seeded(library_path: Path) -> Path:
    with Library.open(library_path) as lib:
        lib.save_article(Article(title="Déjà là", lead="Texte.", sections=[Section("A", "B")]))
    return library_path


def _yaml_bomb() -> str:
    lines = ["---", "title: Bomb", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    lines += ["tags: *a9", "description: *a9", "---", "", "# Bomb", "", "Texte."]
    return "\n".join(lines) + "\n"


_XML_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n<html><body><h1>Bomb &lol9;</h1><p>&lol9;</p></body></html>\n"
)

_PAGE_HEAD = "<!DOCTYPE html><html><head><title>T</title></head><body><h1>T</h1>"

# name -> file bytes. Each must be refused or imported harmlessly.
CORPUS: dict[str, Callable[[], bytes]] = {
    "truncated_front_matter.md": lambda: b"---\ntitle: Coup\xc3",
    "truncated_utf8.md": lambda: "# Titre coupé\n\nÉté à Paris é".encode()[:-1],
    "binary.txt": lambda: b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(4096),
    "random.md": lambda: os.urandom(64 * 1024),
    "utf16_no_bom.txt": lambda: "# Titre\n\nTexte en UTF-16 sans BOM.".encode("utf-16-le"),
    "latin1.md": lambda: "# Été\n\nCafé crème à la française.".encode("latin-1"),
    "nul_in_text.md": lambda: b"# Titre\n\nTexte\x00avec un NUL.",
    "yaml_bomb.md": lambda: _yaml_bomb().encode(),
    "yaml_deep.md": lambda: ("---\ntitle: x\ntags: " + "[" * 5000 + "]" * 5000
                             + "\n---\n# T\n\nx\n").encode(),
    "xml_bomb.html": lambda: _XML_BOMB.encode(),
    "xml_bomb.md": lambda: _XML_BOMB.encode(),
    "deep_lists.md": lambda: ("# T\n\n" + "\n".join("  " * i + "- x" for i in range(3000))).encode(),
    "deep_quotes.md": lambda: ("# T\n\n" + ">" * 100_000 + " profond\n").encode(),
    "one_line_lists.md": lambda: ("# T\n\n" + "- " * 20_000 + "x\n").encode(),
    "bracket_flood.md": lambda: ("# T\n\n## S\n\n" + "[" * 50_000 + "x" + "]" * 50_000).encode(),
    "link_flood.md": lambda: ("# T\n\n## S\n\n" + "[a](" * 30_000).encode(),
    "many_headings.md": lambda: ("# T\n\n" + "## h\n\n" * 30_000).encode(),
    "long_line.md": lambda: ("# T\n\n" + "mot" * 2_000_000).encode(),
    "nested_tags.html": lambda: (_PAGE_HEAD + "<div>" * 100_000 + "x" + "</div>" * 100_000).encode(),
    "nested_inline.htm": lambda: (_PAGE_HEAD + "<p>" + "<b><i>" * 50_000 + "x").encode(),
    "element_flood.html": lambda: (_PAGE_HEAD + "<p>mot mot.</p>" * 150_000).encode(),
    "xxe.html": lambda: (
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<html><body><article><h1>Titre</h1><p>Avant &x; après, un paragraphe assez long.</p>'
        "</article></body></html>"
    ).encode(),
    "page_as_text.txt": lambda: (_PAGE_HEAD + "<div>" * 300 + "x").encode(),
    "json_ld_deep.html": lambda: (
        '<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
        + "</script></head><body><article><h1>Titre</h1><p>Un paragraphe de texte.</p>"
        "</article></body></html>"
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_is_refused_or_neutralised_quickly(name, tmp_path):
    path = tmp_path / name
    path.write_bytes(CORPUS[name]())
    result, _s, _m = _bounded(lambda: import_file(path))
    if isinstance(result, ImportRefusedError):
        assert str(result).startswith(f"{path}: ")
        assert len(str(result).splitlines()) == 1
        return
    assert isinstance(result, Article), result
    # Imported: rendering every part must be just as quick and safe.
    article = result

    def render_all() -> list[str]:
        return [markdown_to_html(article.lead)] + [markdown_to_html(s.body)
                                                  for s in article.sections]

    html, _s, _m = _bounded(render_all)
    text = "".join(html)
    assert "<script" not in text and "lollollollollollollollollollollollollol" not in text


@pytest.mark.parametrize(("name", "make", "message"), [
    ("deep.html", CORPUS["nested_tags.html"], "is an HTML page nested more than 250 levels deep"),
    ("flood.html", CORPUS["element_flood.html"], "is an HTML page with more than 100,000 elements"),
    ("huge.html", lambda: b"<html><body><p>" + b"x" * (200 * 2**20), "is too large to be an article"),
])
def test_hostile_pages_get_one_clear_line_and_leave_the_library_unchanged(
    seeded, tmp_path, capsys, name, make, message
):
    path = tmp_path / name
    path.write_bytes(make())
    before = _digest(seeded)
    code, _s, _m = _bounded(lambda: main(["--db", str(seeded), "import", str(path)]))
    err = capsys.readouterr().err.strip()
    assert code == 1 and "\n" not in err
    assert err.startswith(f"hubdesk: {path}: {message}")
    assert _digest(seeded) == before


def test_a_200_mb_page_given_as_text_is_refused_before_parsing():
    from hubdesk.importers.html_page import parse_html

    page = "<html><body><p>" + "x" * (200 * 2**20)
    result, _s, _m = _bounded(lambda: parse_html(page))
    assert isinstance(result, ImportRefusedError)
    assert str(result) == "<html>: is an HTML page too large to be an article (200.0 MB; the limit is 20 MB)"


def test_external_entities_of_a_page_are_never_read(tmp_path):
    path = tmp_path / "xxe.html"
    path.write_bytes(CORPUS["xxe.html"]())
    result, _s, _m = _bounded(lambda: import_file(path))
    text = str(result) if isinstance(result, HubDeskError) else result.lead
    assert "root:" not in text and "/bin/" not in text


def _docx_with(tmp_path: Path, name: str, entries: dict[str, bytes], *, deflate: bool = True) -> Path:
    """A Word file made from a real one, with ``entries`` added or replaced."""
    from docx import Document

    base = tmp_path / "base.docx"
    doc = Document()
    doc.add_heading("Titre", 1)
    doc.add_paragraph("Un paragraphe.")
    doc.save(str(base))
    path = tmp_path / name
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", method) as out:
        for info in src.infolist():
            if info.filename not in entries:
                out.writestr(info.filename, src.read(info.filename))
        for entry, data in entries.items():
            out.writestr(entry, data)
    return path


_XXE_DOCUMENT = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">'
    b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    b'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Titre &x;</w:t></w:r></w:p>'
    b"<w:p><w:r><w:t>&d;&d;&d;&d; texte</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(("name", "entries", "message"), [
    ("bomb.docx", {"word/media/bomb.bin": b"\0" * (60 * 2**20)}, "holds a part (word/media/bomb.bin) larger than 50 MB"),
    ("ratio.docx", {"word/media/zeros.bin": b"\0" * (20 * 2**20)}, "holds a part (word/media/zeros.bin) compressed far more"),
    ("not_zip.docx", None, "is not a readable Word or OpenDocument file"),
    ("xxe.docx", {"word/document.xml": _XXE_DOCUMENT}, None),
])
def test_hostile_word_files(seeded, tmp_path, capsys, name, entries, message):
    if entries is None:
        path = tmp_path / name
        path.write_bytes(b"PK\x03\x04 not really a zip" * 100)
    else:
        path = _docx_with(tmp_path, name, entries)
    before = _digest(seeded)
    code, _s, _m = _bounded(lambda: main(["--db", str(seeded), "import", str(path)]))
    out, err = capsys.readouterr()
    if message is None:  # entities are never expanded nor fetched
        assert "root:" not in out + err and "aaaaaaaaaa" not in out + err
        if code == 0:
            with Library.open(seeded) as lib:
                titles = {s.title for s in lib.list_articles()}
            assert not any("root:" in t for t in titles)
        return
    assert code == 1 and err.strip().startswith(f"hubdesk: {path}: {message}")
    assert "\n" not in err.strip()
    assert _digest(seeded) == before


def test_opendocument_with_entities_is_refused_and_a_bomb_too(seeded, tmp_path, capsys):
    from odf.opendocument import OpenDocumentText
    from odf.text import H

    base = tmp_path / "base.odt"
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Titre"))
    doc.save(str(base))
    content = _XXE_DOCUMENT.replace(b"w:document", b"office:document-content")
    for name, entries, message in (
        ("xxe.odt", {"content.xml": content}, "is not a readable OpenDocument text"),
        ("bomb.odt", {"Pictures/zeros.bin": b"\0" * (20 * 2**20)}, "compressed far more"),
    ):
        path = tmp_path / name
        with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                if info.filename not in entries:
                    out.writestr(info, src.read(info.filename))
            for entry, data in entries.items():
                out.writestr(entry, data)
        before = _digest(seeded)
        code, _s, _m = _bounded(lambda p=path: main(["--db", str(seeded), "import", str(p)]))
        err = capsys.readouterr().err.strip()
        assert code == 1 and "\n" not in err and message in err, err
        assert "root:" not in err and _digest(seeded) == before


def test_yaml_bomb_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "bomb.md"
    path.write_text(_yaml_bomb(), encoding="utf-8")
    with pytest.raises(ImportRefusedError, match=r"expands to more than [0-9,]+ values \(repeated aliases\)"):
        import_file(path)


def test_enormous_sparse_file_is_refused_without_reading_it(seeded, tmp_path, capsys):
    huge = tmp_path / "huge.md"
    with huge.open("wb") as fh:
        fh.truncate(30 * 1024**3)  # 30 GB, sparse: nothing is written to disk
    before = _digest(seeded)
    code, _s, _m = _bounded(lambda: main(["--db", str(seeded), "import", str(huge)]))
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"hubdesk: {huge}: is too large") and "\n" not in err
    assert _digest(seeded) == before


@pytest.mark.parametrize("name", ["binary.txt", "yaml_bomb.md", "truncated_front_matter.md"])
def test_refused_file_leaves_the_library_unchanged(seeded, tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(CORPUS[name]())
    con = sqlite3.connect(seeded)
    before = list(con.iterdump())
    con.close()
    code, _s, _m = _bounded(lambda: main(["--db", str(seeded), "import", str(path)]))
    assert code == 1
    first = capsys.readouterr().err.strip().splitlines()[0]
    assert first.startswith(f"hubdesk: {path}: ")
    con = sqlite3.connect(seeded)
    assert list(con.iterdump()) == before
    con.close()


def test_raw_html_scripts_and_dangerous_links_are_neutralised(tmp_path):
    md = (
        "# Piège\n\nDu texte.\n\n## Section\n\n"
        '<script>alert("x")</script>\n\n'
        '<img src="x" onerror="alert(1)">\n\n'
        "[clic](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)\n\n"
        "![distante](https://tracker.example.com/pixel.png) ![inline](data:image/png;base64,AAAA)\n\n"
        '<a href="JaVaScRiPt:alert(1)">caps</a> <iframe src="https://example.com"></iframe>\n\n'
        '<style>body{display:none}</style><div style="background:url(https://x)">s</div>\n'
    )
    path = tmp_path / "trap.md"
    path.write_text(md, encoding="utf-8")
    article = import_file(path)
    html = "".join(markdown_to_html(s.body) for s in article.sections)
    lowered = html.lower()
    for bad in ("<script", "onerror", "javascript:", "data:", "<iframe", "<style", "style="):
        assert bad not in lowered, bad
    assert "clic" in html and "caps" in html  # the text stays, the danger goes
    # A remote image may stay in the HTML but the preview never fetches it.
    assert re.search(r'<img[^>]+src="https://tracker', html)


def test_preview_refuses_remote_and_data_resources(qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from hubdesk.ui.editor.preview import Preview

    view = Preview()
    qtbot.addWidget(view)
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    for url in ("https://tracker.example.com/p.png", "http://x/y.png", "data:image/png;base64,AA"):
        assert view.loadResource(kind, QUrl(url)) is None


@pytest.mark.parametrize("content", [
    b"",  # empty: a new library is fine
    b"SQLite format 3\x00" + b"\x00" * 50,  # truncated header
    b"not a database at all, just text\n" * 100,
    None,  # a foreign SQLite database
    "truncated",  # a real library cut in half
])
def test_hostile_library_file_is_refused_untouched(tmp_path, content):
    path = tmp_path / "lib.hubdesk"
    if content is None:
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
    elif content == "truncated":
        with Library.open(path) as lib:
            lib.save_articles([Article(title=f"A{i}", lead="x " * 2000) for i in range(20)])
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(content)
    before = _digest(path)

    def open_it() -> object:
        from hubdesk.library.recovery import refuse_if_damaged

        refuse_if_damaged(path)
        lib = Library.open(path)
        try:
            lib.list_articles()
            problems = lib.integrity_check()
        finally:
            lib.close()
        return problems

    result, _s, _m = _bounded(open_it)
    if content == b"":
        assert result == []
        return
    assert isinstance(result, LibraryError), result
    assert str(path) in str(result) and len(str(result).splitlines()) == 1
    assert _digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def _archive_with(tmp_path: Path, entries: dict[str, bytes]) -> Path:
    path = tmp_path / "hostile.hubdesk-archive"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def _manifest(file_name: str) -> bytes:
    return (
        '{"format": "hubdesk-archive", "version": 1, "articles": [{"id": "'
        + "a" * 32 + '", "title": "T", "updated": "2026-01-01T00:00:00+00:00", "file": "'
        + file_name + '"}]}'
    ).encode()


@pytest.mark.parametrize("case", ["zip_bomb", "escape", "absolute", "not_zip"])
def test_hostile_archive_is_refused_and_library_unchanged(library, library_path, tmp_path, case):
    if case == "zip_bomb":
        path = _archive_with(tmp_path, {"manifest.json": _manifest("articles/000001.json"),
                                        "articles/000001.json": b"\x00" * (64 * 1024 * 1024)})
    elif case == "escape":
        path = _archive_with(tmp_path, {"manifest.json": _manifest("../../evil.json"),
                                        "../../evil.json": b"{}"})
    elif case == "absolute":
        path = _archive_with(tmp_path, {"manifest.json": _manifest("/etc/evil.json"),
                                        "/etc/evil.json": b"{}"})
    else:
        path = tmp_path / "hostile.hubdesk-archive"
        path.write_bytes(b"PK\x03\x04" + os.urandom(1000))
    library.save_article(Article(title="Déjà là", lead="Texte."))
    before = list(library.connection.iterdump())
    result, _s, _m = _bounded(lambda: archive.import_archive(library, path))
    assert isinstance(result, ImportRefusedError), result
    assert str(path) in str(result)
    assert list(library.connection.iterdump()) == before
    assert not (tmp_path.parent / "evil.json").exists()


def test_markdown_renderer_survives_hostile_structures():
    cases = {
        "deep lists": "\n".join("  " * i + "- x" for i in range(5000)),
        "deep indented lists": "\n".join("    " * i + "1. x" for i in range(2000)),
        "growing quotes": "\n".join(">" * i + " x" for i in range(1, 3000)),
        "quote then lists": "> - " * 10_000 + "x",
        "brackets": "[" * 50_000 + "x" + "]" * 50_000,
        "links": "[a](" * 30_000,
        "many small floods": "\n\n".join(["[[[[[[[[[x]]]]]]]]]"] * 25_000),
        "many paragraphs": "\n\n".join(["mot"] * 100_000),
        "nested html": "<div>" * 20_000 + "x" + "</div>" * 20_000,
    }
    for name, text in cases.items():
        out, elapsed, _m = _bounded(lambda text=text: markdown_to_html(text))
        assert isinstance(out, str) and out, name
        assert "<script" not in out


def test_defused_markdown_keeps_ordinary_text_unchanged():
    from hubdesk.formats.md_guard import defuse

    text = ("Un [lien](https://example.org) et du **gras**.\n\n- a\n  - b\n    - c\n\n"
            "> citation\n>> imbriquée\n\n```\n" + "[" * 500 + "\n```\n")
    assert defuse(text).text == text
    plain = markdown.Markdown(extensions=["extra", "sane_lists"])
    # two-space nesting nests as Python-Markdown's four spaces do (formats.md_lists)
    four = text.replace("- a\n  - b\n    - c", "- a\n    - b\n        - c")
    assert markdown_to_html(text) == sanitize(plain.convert(four))
    flood = "[" * 300 + "<b>x</b>"
    out = markdown_to_html(flood)
    assert out == "<p>" + "[" * 300 + "&lt;b&gt;x&lt;/b&gt;</p>"


def test_a_damaged_copy_of_the_library_elsewhere_is_not_touched(tmp_path):
    """Reading a backup or archive never writes beside it (no -wal/-shm files left)."""
    from hubdesk.library.backup import check_file

    src = tmp_path / "lib.hubdesk"
    with Library.open(src) as lib:
        lib.save_article(Article(title="T", lead="x"))
    ro = tmp_path / "ro"
    ro.mkdir()
    shutil.copy(src, ro / "copy.hubdesk")
    before = sorted(p.name for p in ro.iterdir())
    assert check_file(ro / "copy.hubdesk") == []
    assert sorted(p.name for p in ro.iterdir()) == before
