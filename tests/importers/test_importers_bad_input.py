"""Bad input: each refused file gets one line naming it and the problem, and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.errors import ImportRefusedError
from hubdesk.importers import MAX_IMPORT_BYTES, import_file, iter_import_paths
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section


def _snapshot(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def seeded(library_path: Path) -> Path:
    """A library holding one article, closed, ready for the command line."""
    with Library.open(library_path) as lib:
        lib.save_article(Article(title="Déjà là", lead="Texte.", sections=[Section("A", "B")]))
    return library_path


def _assert_refused(seeded: Path, target: Path, capsys, problem: str) -> str:
    before = _snapshot(seeded)
    code = main(["--db", str(seeded), "import", str(target)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"hubdesk: {target}: ")
    assert problem in lines[0]
    assert _snapshot(seeded) == before
    return lines[0]


def test_missing_file(seeded: Path, tmp_path: Path, capsys) -> None:
    _assert_refused(seeded, tmp_path / "absent.md", capsys, "no such file")


def test_empty_folder(seeded: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "picture.png").write_bytes(b"\x89PNG")
    _assert_refused(seeded, folder, capsys, "no importable files (.md, .markdown, .txt, .text, .html, .htm, .docx, .odt)")


def test_empty_file(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "empty.txt"
    target.write_bytes(b"")
    _assert_refused(seeded, target, capsys, "is empty")


def test_blank_file(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "blank.md"
    target.write_text("\n \n\xa0\n", encoding="utf-8")
    _assert_refused(seeded, target, capsys, "only blank lines")


def test_binary_file(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "photo.txt"
    target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _assert_refused(seeded, target, capsys, "is a binary file, not text")


def test_not_text_in_any_known_encoding(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "odd.txt"
    target.write_bytes(b"Titre\n\nTexte " + b"\x81\x8d\x90\x9d\xff\xfe")
    _assert_refused(seeded, target, capsys, "not text in UTF-8 or Windows-1252")


def test_huge_file_refused_by_size_before_reading(
    seeded: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    target = tmp_path / "huge.txt"
    with target.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    reads: list[Path] = []
    original = Path.open

    def spy(self: Path, *args, **kwargs):
        if self == target:
            reads.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    line = _assert_refused(seeded, target, capsys, "too large to be an article (200.0 MB")
    assert f"the limit is {MAX_IMPORT_BYTES / 1024 / 1024:.1f} MB" in line
    assert reads == []  # refused from its size alone


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("broken_yaml.md", "broken YAML front matter on line 3"),
        ("broken_yaml_list.md", "broken YAML front matter on line 4: expected ',' or ']'"),
        ("broken_toml.md", "broken TOML front matter on line 3"),
    ],
)
def test_broken_front_matter(seeded: Path, fixtures_dir: Path, capsys, name: str, problem: str) -> None:
    _assert_refused(seeded, fixtures_dir / name, capsys, problem)


def test_unclosed_front_matter(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "open.md"
    target.write_text("---\ntitle: T\n\n# T\n\nText.\n", encoding="utf-8")
    _assert_refused(seeded, target, capsys, "front matter opened on line 1 is never closed by '---'")


def test_unsupported_file_type(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.7\n")
    _assert_refused(seeded, target, capsys, "is a .pdf file")


def test_a_truncated_word_file(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"PK\x03\x04")
    _assert_refused(seeded, target, capsys, "is not a readable Word or OpenDocument file")


def test_windows_1252_is_read_with_a_note(seeded: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "ancien.txt"
    text = "Un été à Noël\n\nLe chapô, déjà « cité ».\n\nUne partie\n\nCorps du texte – fin.\n"
    target.write_bytes(text.encode("cp1252"))
    code = main(["--db", str(seeded), "import", str(target)])
    out, err = capsys.readouterr()
    assert code == 0
    assert err.strip() == (
        f"hubdesk: note: {target}: read as Windows-1252 (the file is not valid UTF-8); "
        "check its accents"
    )
    article_id, title = out.strip().split("\t")
    assert title == "Un été à Noël"
    with Library.open(seeded) as lib:
        a = lib.load_article(article_id)
    assert a.lead == "Le chapô, déjà « cité »."
    assert a.sections[0].body == "Corps du texte – fin."


def test_many_files_import_the_good_and_report_the_bad(
    seeded: Path, tmp_path: Path, fixtures_dir: Path, capsys
) -> None:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text((fixtures_dir / "web_page_fr.txt").read_text("utf-8"), "utf-8")
    (folder / "sub" / "b.md").write_text((fixtures_dir / "notes_toml.md").read_text("utf-8"), "utf-8")
    (folder / "sub" / "broken.md").write_text(
        (fixtures_dir / "broken_toml.md").read_text("utf-8"), "utf-8"
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "skip.md").write_text("# Skip\n", "utf-8")
    (folder / "image.jpg").write_bytes(b"\xff\xd8\xff")
    code = main(["--db", str(seeded), "import", str(folder), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert code == 1
    titles = sorted(line.split("\t")[1] for line in out.strip().splitlines())
    assert titles == [
        "Trains de nuit\u202f: le grand retour des couchettes sur les rails européens",
        "Urban beekeeping: a buzz worth keeping?",
    ]
    errors = sorted(err.strip().splitlines())
    assert len(errors) == 3
    assert errors[0].startswith(f"hubdesk: {folder / 'empty.txt'}: is empty")
    assert errors[1].startswith(f"hubdesk: {folder / 'sub' / 'broken.md'}: broken TOML")
    assert errors[2] == f"hubdesk: {tmp_path / 'missing.txt'}: no such file"
    with Library.open(seeded) as lib:
        assert lib.count_articles() == 3


def test_import_file_on_a_folder_with_files(fixtures_dir: Path) -> None:
    with pytest.raises(ImportRefusedError, match="is a folder, not a file"):
        import_file(fixtures_dir)


def test_iter_import_paths_recurses_sorted_and_once(fixtures_dir: Path) -> None:
    paths = list(iter_import_paths([fixtures_dir, fixtures_dir / "notes_toml.md"]))
    names = [p.name for p in paths]
    relative = [p.relative_to(fixtures_dir).as_posix() for p in paths]
    assert relative == sorted(relative)  # sorted by path, sub-folders (posts/) included
    assert "posts/01-timing-attacks.md" in relative
    assert names.count("notes_toml.md") == 1
    assert "web_page_fr.txt" in names and "v1.hubdesk" not in names


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    text = "Titre été\n\nLe chapô.\n\nUne partie\n\nLe texte.\n"
    for name, data in (
        ("bom.txt", text.encode("utf-8-sig")),
        ("utf16.txt", text.encode("utf-16")),
        ("crlf.txt", text.replace("\n", "\r\n").encode("utf-8")),
    ):
        notes: list[str] = []
        (tmp_path / name).write_bytes(data)
        a = import_file(tmp_path / name, notes)
        assert (a.title, a.lead, a.sections[0].heading) == ("Titre été", "Le chapô.", "Une partie")
        assert notes == []


def test_saved_html_page_with_no_article(seeded: Path, tmp_path: Path, capsys) -> None:
    """A page saved under a .txt name is read as a page; with no title it has no article."""
    target = tmp_path / "page.txt"
    target.write_text("<!DOCTYPE html>\n<html><body><p>Texte</p></body></html>\n", "utf-8")
    _assert_refused(seeded, target, capsys, "no article text found")
