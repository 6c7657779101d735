"""An article comes in with at most ``MAX_SECTIONS`` sections and no paragraph longer than
``MAX_LINE_CHARS``: a file or an archive entry past either is refused in one line naming it
and the count; the good files of the same import go in, and a refused archive leaves the
library as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.errors import ImportRefusedError
from hubdesk.formats import archive
from hubdesk.formats.article_json import article_to_dict
from hubdesk.importers.dispatch import import_file
from hubdesk.importers.folder_import import import_paths
from hubdesk.library.store import Library
from hubdesk.model.article import Section
from hubdesk.model.bounds import MAX_LINE_CHARS, MAX_LINES, MAX_SECTIONS, MAX_TEXT_CHARS
from tests import corpus

COUNTS_OK = (0, 1, 17, MAX_SECTIONS - 1, MAX_SECTIONS)
COUNTS_REFUSED = (MAX_SECTIONS + 1, MAX_SECTIONS + 2, 2 * MAX_SECTIONS, 7 * MAX_SECTIONS + 3)


def _markdown(count: int) -> str:
    sections = "\n\n".join(f"## Part {i}\n\nWord {i}." for i in range(count))
    return f"# Many parts\n\nThe lead.\n\n{sections}\n"


def _html(count: int) -> str:
    sections = "".join(f"<h2>Part {i}</h2><p>Word {i}.</p>" for i in range(count))
    return (f"<!doctype html><html><head><title>Many parts</title></head><body><article>"
            f"<h1>Many parts</h1><p>The lead.</p>{sections}</article></body></html>")


@pytest.mark.parametrize("count", COUNTS_OK)
@pytest.mark.parametrize("kind", ["md", "html"])
def test_up_to_the_limit_every_section_comes_in(tmp_path, kind, count):
    path = tmp_path / f"ok{count}.{kind}"
    path.write_text(_markdown(count) if kind == "md" else _html(count), encoding="utf-8")
    article = import_file(path)
    assert len(article.sections) == count
    if count:
        assert article.sections[-1].heading == f"Part {count - 1}"


@pytest.mark.parametrize("count", COUNTS_REFUSED)
@pytest.mark.parametrize("kind", ["md", "html"])
def test_past_the_limit_the_file_is_refused_with_its_count(tmp_path, kind, count):
    path = tmp_path / f"many{count}.{kind}"
    path.write_text(_markdown(count) if kind == "md" else _html(count), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(path)
    message = str(caught.value)
    if kind == "html" and 2 * count + 6 > 20_000:  # a page's own limit, met before
        assert message == (f"{path}: is an HTML page with more than 20,000 elements, too many "
                           "for an article; it was not read")
        return
    assert message == (f"{path}: has {count:,} sections, more than an article can hold "
                       f"({MAX_SECTIONS:,}); split it into several files")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        (folder / f"good{i:02d}.md").write_text(_markdown(i), encoding="utf-8")
    for count in COUNTS_REFUSED:
        (folder / f"many{count}.md").write_text(_markdown(count), encoding="utf-8")
    return folder


def test_cli_folder_import_refuses_each_oversized_file_in_one_line(tmp_path, capsys):
    db = tmp_path / "lib.hubdesk"
    code = main(["--db", str(db), "import", str(_folder(tmp_path))])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(out.strip().splitlines()) == 20
    lines = err.strip().splitlines()
    assert len(lines) == len(COUNTS_REFUSED) and "Traceback" not in err
    for count in COUNTS_REFUSED:
        assert sum(f"many{count}.md: has {count:,} sections" in line for line in lines) == 1
    with Library.open(db) as lib:
        assert lib.count_articles() == 20


def test_app_folder_import_refuses_each_oversized_file(tmp_path, library):
    result = import_paths(library, [_folder(tmp_path)])
    assert len(result.imported) == 20 and library.count_articles() == 20
    assert sorted(r.path.stem for r in result.refused) == sorted(
        f"many{c}" for c in COUNTS_REFUSED)
    assert all(f"{MAX_SECTIONS:,}" in r.reason for r in result.refused)


def _archive(tmp_path: Path, sections: int) -> Path:
    small = corpus.make_article(60, seed=1)
    big = corpus.make_article(60, seed=2)
    big.sections = [Section(f"Part {i}", f"Word {i}.") for i in range(sections)]
    path = tmp_path / f"s{sections}.hubdesk-archive"
    with zipfile.ZipFile(path, "w") as zf:
        manifest = {"format": archive.FORMAT_NAME, "version": 1, "articles": []}
        for n, article in enumerate((small, big)):
            entry = f"articles/{n:06d}.json"
            data = article_to_dict(article)
            zf.writestr(entry, json.dumps(data))
            manifest["articles"].append(
                {"id": data["id"], "title": data["title"], "updated": data["updated"], "file": entry})
        zf.writestr(archive.MANIFEST, json.dumps(manifest))
    return path


@pytest.mark.parametrize("sections", COUNTS_REFUSED[:3])
def test_an_archive_entry_past_the_limit_is_refused_and_changes_nothing(tmp_path, library_path,
                                                                        sections):
    with Library.open(library_path) as lib:
        lib.save_article(corpus.make_article(50, seed=9))
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 1
    before = hashlib.sha256(library_path.read_bytes()).hexdigest()
    path = _archive(tmp_path, sections)
    with Library.open(library_path) as lib:
        with pytest.raises(ImportRefusedError) as caught:
            archive.import_archive(lib, path)
        assert lib.count_articles() == 1
    message = str(caught.value)
    assert f"{sections:,} sections, more than an article can hold ({MAX_SECTIONS:,})" in message
    assert "\n" not in message
    assert hashlib.sha256(library_path.read_bytes()).hexdigest() == before


def test_an_archive_entry_at_the_limit_comes_in_whole(tmp_path, library):
    path = _archive(tmp_path, MAX_SECTIONS)
    archive.import_archive(library, path)
    sizes = sorted(len(library.load_article(a.id).sections) for a in library.list_articles())
    assert sizes[-1] == MAX_SECTIONS


# ---------------------------------------------------------------- paragraph length

LINES_OK = (1, MAX_LINE_CHARS - 1, MAX_LINE_CHARS)
LINES_REFUSED = (MAX_LINE_CHARS + 1, MAX_LINE_CHARS + 999, 3 * MAX_LINE_CHARS)


def _with_line(where: str, length: int) -> str:
    line = ("word " * (length // 5 + 1))[:length]
    if where == "lead":
        return f"# Long line\n\n{line}\n\n## Part\n\nShort.\n"
    return f"# Long line\n\nThe lead.\n\n## Part\n\nShort.\n\n{line}\n\n## After\n\nEnd.\n"


@pytest.mark.parametrize("length", LINES_OK)
@pytest.mark.parametrize("where", ["lead", "section"])
def test_a_paragraph_up_to_the_limit_comes_in_whole(tmp_path, where, length):
    path = tmp_path / f"ok{length}.md"
    path.write_text(_with_line(where, length), encoding="utf-8")
    article = import_file(path)
    texts = [article.lead] + [s.body for s in article.sections]
    line = ("word " * (length // 5 + 1))[:length]
    assert line.strip() in {piece.strip() for text in texts for piece in text.split("\n")}


@pytest.mark.parametrize("length", LINES_REFUSED)
@pytest.mark.parametrize("where", ["lead", "section"])
@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_a_paragraph_past_the_limit_is_refused_with_its_length(tmp_path, where, length, suffix):
    path = tmp_path / f"long{length}.{suffix}"
    path.write_text(_with_line(where, length), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(path)
    assert str(caught.value) == (
        f"{path}: has a paragraph of {length:,} characters, longer than an article's "
        f"paragraph can be ({MAX_LINE_CHARS:,}); break it into shorter ones")


def test_an_archive_entry_with_a_paragraph_past_the_limit_changes_nothing(tmp_path, library_path):
    with Library.open(library_path) as lib:
        lib.save_article(corpus.make_article(50, seed=9))
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 1
    before = hashlib.sha256(library_path.read_bytes()).hexdigest()
    path = _archive(tmp_path, 3)
    with zipfile.ZipFile(path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    data = json.loads(entries["articles/000001.json"])
    data["sections"][1]["body"] = "x" * (MAX_LINE_CHARS + 5)
    entries["articles/000001.json"] = json.dumps(data).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, raw in entries.items():
            zf.writestr(name, raw)
    with Library.open(library_path) as lib:
        with pytest.raises(ImportRefusedError) as caught:
            archive.import_archive(lib, path)
    assert f"a paragraph of {MAX_LINE_CHARS + 5:,} characters" in str(caught.value)
    assert hashlib.sha256(library_path.read_bytes()).hexdigest() == before


# ---------------------------------------------------------------- text and lines

def _paragraphs(chars: int) -> str:
    """About ``chars`` characters of paragraphs of 900 characters, blank lines between."""
    paragraph = ("text " * 180)[:899]
    return "\n\n".join([paragraph] * max(1, chars // 901))


@pytest.mark.parametrize("chars", [MAX_TEXT_CHARS - 20_000, MAX_TEXT_CHARS - 5_000])
def test_a_text_within_the_limit_comes_in_whole(tmp_path, chars):
    path = tmp_path / "long.md"
    body = _paragraphs(chars)
    path.write_text(f"# Long\n\n{body}\n", encoding="utf-8")
    article = import_file(path)
    assert article.lead == body


@pytest.mark.parametrize("chars", [MAX_TEXT_CHARS + 5_000, 2 * MAX_TEXT_CHARS, 5 * MAX_TEXT_CHARS])
@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_a_text_past_the_limit_is_refused_with_its_length(tmp_path, chars, suffix):
    path = tmp_path / f"long.{suffix}"
    path.write_text(f"# Long\n\n{_paragraphs(chars)}\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(path)
    message = str(caught.value)
    length = int(message.split(" has ")[1].split(" characters")[0].replace(",", ""))
    assert abs(length - chars) < 2_000
    assert message == (f"{path}: has {length:,} characters of text, more than an article can "
                       f"hold ({MAX_TEXT_CHARS:,}); split it into several files")


@pytest.mark.parametrize(("lines", "refused"), [(MAX_LINES - 10, False), (MAX_LINES + 10, True),
                                                (3 * MAX_LINES, True)])
def test_an_article_of_too_many_lines_is_refused_with_its_count(tmp_path, lines, refused):
    path = tmp_path / "lines.md"
    path.write_text("# Lines\n\n" + "-\n" * (lines - 1) + "-\n", encoding="utf-8")
    if not refused:
        assert import_file(path).lead.count("\n") + 1 == lines
        return
    with pytest.raises(ImportRefusedError) as caught:
        import_file(path)
    assert str(caught.value) == (f"{path}: has {lines:,} lines, more than an article can hold "
                                 f"({MAX_LINES:,}); split it into several files")
