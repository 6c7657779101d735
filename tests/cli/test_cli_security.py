"""Security classes: exports never replace special files, folder imports never follow
links out of the folder, and terminal output never carries control characters."""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.errors import ExportError
from hubdesk.formats import archive
from hubdesk.importers.folder_import import import_paths
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section
from tests import corpus


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- special files

def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    s.close()
    return path


def _char_device(path: Path) -> Path:  # a copy of /dev/null's node
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return path


def _block_device(path: Path) -> Path:  # a loop device node, never opened
    os.mknod(path, 0o600 | stat.S_IFBLK, os.makedev(7, 200))
    return path


def _link_to(make):
    def build(path: Path) -> Path:
        target = make(path.with_name("real-" + path.name))
        path.symlink_to(target)
        return path
    return build


MAKERS = {"fifo": _fifo, "socket": _socket, "link-to-fifo": _link_to(_fifo)}
if os.geteuid() == 0:  # creating device nodes takes root
    MAKERS |= {"char-device": _char_device, "block-device": _block_device,
               "link-to-device": _link_to(_char_device)}

FORMATS = {"html": ".html", "markdown": ".md", "epub": ".epub", "docx": ".docx", "odt": ".odt",
           "pdf": ".pdf"}


def _kinds(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IFMT(p.lstat().st_mode) for p in folder.iterdir()}


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_a_special_file_is_refused_and_leaves_it(tmp_path, capsys, request, kind, fmt):
    if fmt == "pdf":  # the PDF writer would make a bare QGuiApplication; widget tests need QApplication
        request.getfixturevalue("qapp")
    db = tmp_path / "lib.hubdesk"
    with Library.open(db) as lib:
        article = corpus.make_article(150, seed=3)
        lib.save_article(article)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = MAKERS[kind](out_dir / f"target{FORMATS[fmt]}")
    before = _kinds(out_dir)
    code, out, err = run(capsys, "--db", str(db), "export", article.id, "-f", fmt,
                         "-o", str(target))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "not a regular file" in err
    assert _kinds(out_dir) == before  # the node is still there, nothing else appeared


@pytest.mark.parametrize("kind", MAKERS)
def test_archive_export_onto_a_special_file_is_refused(tmp_path, library, kind):
    library.save_article(corpus.make_article(80, seed=4))
    target = MAKERS[kind](tmp_path / f"all{archive.EXTENSION}")
    before = _kinds(tmp_path)
    with pytest.raises(ExportError, match="not a regular file"):
        archive.export_archive(library, target)
    assert _kinds(tmp_path) == before


# ---------------------------------------------------------------- links in folders

def _received_folder(tmp_path: Path) -> tuple[Path, list[str], list[str]]:
    """A folder with good files, links inside it (followed) and links leaving it."""
    folder = tmp_path / "received"
    (folder / "sub").mkdir(parents=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_text("# Secret outside\n\nPrivate words never imported.\n", encoding="utf-8")
    good = []
    for n in range(5):
        (folder / f"good{n}.md").write_text(f"# Good {n}\n\nText {n}.\n", encoding="utf-8")
        good.append(f"Good {n}")
    (folder / "sub" / "inner.md").write_text("# Inner\n\nInside.\n", encoding="utf-8")
    (folder / "alias.md").symlink_to(folder / "sub" / "inner.md")  # inside: followed
    good.append("Inner")
    leaving = {
        "passwd.md": Path("/etc/passwd"),
        "hosts.txt": Path("/etc/hosts"),
        "secret-abs.md": secret,
        "secret-rel.md": Path("../elsewhere/secret.md"),
        "sub/deep.md": Path("../../elsewhere/secret.md"),
        "chain.md": folder / "hop.lnk",
    }
    (folder / "hop.lnk").symlink_to(secret)  # not importable itself, but chain.md leads out
    for name, target in leaving.items():
        (folder / name).symlink_to(target)
    return folder, good, sorted(leaving)


def test_cli_folder_import_skips_links_leaving_the_folder_and_says_so(tmp_path, capsys):
    folder, good, leaving = _received_folder(tmp_path)
    db = tmp_path / "lib.hubdesk"
    code, out, err = run(capsys, "--db", str(db), "import", str(folder))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == len(leaving)
    for name in leaving:
        assert sum(f"{folder / name}: skipped: a link to" in line and "outside the folder" in line
                   for line in lines) == 1, name
    with Library.open(db) as lib:
        titles = sorted(a.title for a in lib.list_articles())
        assert sorted(set(titles)) == sorted(good)
        assert not lib.search("Private")
        assert not lib.search("root")


def test_app_folder_import_skips_links_leaving_the_folder(tmp_path, library):
    folder, good, leaving = _received_folder(tmp_path)
    result = import_paths(library, [folder])
    skipped = sorted(str(r.path.relative_to(folder)) for r in result.refused
                     if "outside the folder" in r.reason)
    assert skipped == leaving
    assert sorted({i.title for i in result.imported}) == sorted(good)
    assert not library.search("Private")


# ---------------------------------------------------------------- terminal output

_NASTY = [
    "\x1b[2J\x1b[H", "\x1b]0;owned\x07", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m", "\x07", "\x08\x08\x08", "\r", "\x7f", "\u202egnp.exe", "a\u2066b\u2069",
    "\x00", "\x1bP+q\x1b\\", "\x85",
]


def _assert_clean(text: str) -> None:
    for line in text.splitlines():
        for ch in line:
            assert ch == "\t" or ch.isprintable(), f"raw {ch!r} in {line!r}"
        assert "\u202e" not in line and "\u2066" not in line


@pytest.mark.parametrize("n", range(len(_NASTY)))
def test_titles_with_control_characters_are_printed_escaped(tmp_path, capsys, n):
    nasty = _NASTY[n]
    src = tmp_path / "nasty.md"
    title = f"Titre {nasty} fin"
    src.write_text(f"---\ntitle: {json.dumps(title)}\n---\n\nUn mot rare zorglub.\n",
                   encoding="utf-8")
    db = str(tmp_path / "lib.hubdesk")
    code, out, err = run(capsys, "--db", db, "import", str(src))
    assert code == 0, err
    _assert_clean(out)
    assert out.rstrip("\n").endswith(" fin") and "Titre " in out
    for argv in (["list"], ["search", "zorglub"], ["list", "--trash"]):
        code, out, err = run(capsys, "--db", db, *argv)
        assert code == 0
        _assert_clean(out)
        _assert_clean(err)
    code, out, _ = run(capsys, "--db", db, "list")
    assert "Titre " in out and " fin" in out
    assert "\\x" in out or "\\u" in out
    with Library.open(db) as lib:  # stored as it was: only the printing escapes
        assert lib.list_articles()[0].title == title


def test_file_names_with_control_characters_are_escaped_in_messages(tmp_path, capsys):
    bad = tmp_path / "evil\x1b]0;owned\x07.md"
    bad.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "lib.hubdesk"), "import", str(bad))
    assert code == 1 and err.count("\n") == 1
    _assert_clean(err)
    assert "evil\\x1b]0;owned\\x07.md" in err


# JSON is machine output: every unsafe character becomes a JSON \uXXXX escape, so the
# terminal never sees it raw and a JSON reader gets back exactly the stored title.
_JSON_UNSAFE = [chr(c) for c in range(0x7F, 0xA0)] + ["\u061c", "\u200e", "\u200f", "\u202a",
                "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
                "\x1b[2J", "\x07", "\x00"]


def test_json_output_escapes_c1_and_bidi_and_reads_back_exactly(tmp_path, capsys):
    db = str(tmp_path / "lib.hubdesk")
    titles = {}
    with Library.open(db) as lib:
        for n, nasty in enumerate(_JSON_UNSAFE):
            article = Article(title=f"Titre {n} {nasty} é fin", sections=[Section("S", "zorglub")])
            lib.save_article(article)
            titles[article.id] = article.title
    for argv in (["list", "--format", "json"], ["search", "zorglub", "--format", "json"]):
        code, out, err = run(capsys, "--db", db, *argv)
        assert code == 0, err
        _assert_clean(out)
        assert "é" in out  # readable text stays as it is
        rows = json.loads(out)
        assert {r["id"]: r["title"] for r in rows} == titles
    some = next(iter(titles))
    code, out, _ = run(capsys, "--db", db, "show", some, "--format", "json")
    assert code == 0
    _assert_clean(out)
    assert json.loads(out)["title"] == titles[some]
