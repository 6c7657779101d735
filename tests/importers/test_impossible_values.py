"""Values that parse but cannot be: impossible dates, years past 9999 once in UTC, lone
surrogates, deep nesting. Each bad file gets one refusal line and the good files of the
same import go in, from the command line and from the app's folder import; an archive
holding such values is refused with one line and the library is left byte for byte."""

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
from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.importers.folder_import import import_paths
from hubdesk.library.store import Library
from tests import corpus


def _impossible_dates() -> list[str]:
    out = []
    for month in (0, 13, 19, 99):
        out.append(f"2024-{month:02d}-10")
    for month, day in ((2, 30), (2, 31), (4, 31), (6, 31), (1, 32), (12, 45), (2, 29)):
        year = 2023 if (month, day) == (2, 29) else 2024  # 2023 is not a leap year
        out.append(f"{year}-{month:02d}-{day:02d}")
    out += ["2024-13-45", "2024-01-01T25:00:00Z", "2024-01-01T12:61:00Z"]
    return out


def _out_of_range_times() -> list[str]:
    return (
        [f"9999-12-31T{h:02d}:59:59-{tz:02d}:00" for h in (20, 23) for tz in (5, 11)]
        + [f"0001-01-01T0{h}:00:00+{tz:02d}:00" for h in (0, 1) for tz in (5, 12)]
    )


_SURROGATES = ["\\uD800", "\\uDBFF", "\\uDC00", "\\uDFFF", "a\\uD83Db"]
_FIELDS = ["title", "author", "description", "slug"]


def bad_front_matters() -> list[tuple[str, str]]:
    """(name, file text) for every impossible value of every class."""
    cases = []
    for n, day in enumerate(_impossible_dates()):
        for key in ("date", "created", "updated", "published"):
            cases.append((f"date{n}-{key}", f"---\ntitle: T\n{key}: {day}\n---\n\nText.\n"))
        cases.append((f"toml-date{n}", f"+++\ntitle = 'T'\ndate = {day}\n+++\n\nText.\n"))
    cases.append(("credit-date", "---\ntitle: T\ncredits:\n- title: C\n  date: 2024-02-30\n---\n"))
    for n, when in enumerate(_out_of_range_times()):
        cases.append((f"range{n}", f"---\ntitle: T\ndate: {when}\n---\n\nText.\n"))
        cases.append((f"toml-range{n}", f"+++\ntitle = 'T'\ndate = {when}\n+++\n\nText.\n"))
        cases.append((f"range-str{n}", f"---\ntitle: T\ncreated: '{when}'\n---\n\nText.\n"))
    for n, bad in enumerate(_SURROGATES):
        for key in _FIELDS:
            cases.append((f"sur{n}-{key}", f'---\ntitle: T\n{key}: "x{bad}y"\n---\n\nText.\n'))
        cases.append((f"sur{n}-tag", f'---\ntitle: T\ntags: ["ok", "{bad}"]\n---\n\nText.\n'))
        cases.append((f"sur{n}-key", f'---\ntitle: T\n"{bad}": 1\n---\n\nText.\n'))
        cases.append((f"sur{n}-credit", f'---\ntitle: T\ncredits:\n- title: "{bad}"\n---\n'))
    for depth in (40, 1000, 5000):
        cases.append((f"toml-nest{depth}", f"+++\nx = {'[' * depth}{']' * depth}\n+++\nText.\n"))
        cases.append((f"yaml-nest{depth}", f"---\nx: {'[' * depth}{']' * depth}\n---\nText.\n"))
    return cases


BAD = bad_front_matters()


@pytest.mark.parametrize(("name", "text"), BAD, ids=[n for n, _ in BAD])
def test_each_impossible_value_is_one_refusal_naming_the_file(name, text):
    with pytest.raises(ImportRefusedError) as caught:
        markdown_to_article(text, f"{name}.md")
    message = str(caught.value)
    assert message.startswith(f"{name}.md: ") and "\n" not in message
    assert len(message) < 300


def _folder(tmp_path: Path, bad: list[tuple[str, str]], good: int = 20) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(good):
        art = corpus.make_article(60, seed=100 + i)
        (folder / f"good{i:02d}.md").write_text(
            f"---\ntitle: Good {i}\ndate: 2024-0{1 + i % 9}-1{i % 10}\n---\n\n"
            f"{art.lead}\n\n## Part\n\n{art.sections[0].body}\n",
            encoding="utf-8",
        )
    for name, text in bad:
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("chunk", range(0, len(BAD), 25))
def test_cli_import_of_a_folder_imports_the_good_and_refuses_each_bad(tmp_path, capsys, chunk):
    bad = BAD[chunk : chunk + 25]
    folder = _folder(tmp_path, bad)
    db = tmp_path / "lib.hubdesk"
    code = main(["--db", str(db), "import", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(out.strip().splitlines()) == 20
    lines = err.strip().splitlines()
    assert len(lines) == len(bad), err
    assert "Traceback" not in err
    for name, _ in bad:
        assert sum(f"/{name}.md: " in line for line in lines) == 1, name
    with Library.open(db) as lib:
        assert sorted(a.title for a in lib.list_articles()) == sorted(f"Good {i}" for i in range(20))


def test_app_folder_import_imports_the_good_and_refuses_each_bad(tmp_path, library):
    folder = _folder(tmp_path, BAD)
    result = import_paths(library, [folder])
    assert len(result.imported) == 20 and library.count_articles() == 20
    assert sorted(r.path.stem for r in result.refused) == sorted(n for n, _ in BAD)
    assert all("\n" not in r.reason for r in result.refused)


# ---------------------------------------------------------------- archives


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _archive_with(tmp_path: Path, name: str, change) -> Path:
    """A well-formed archive of two articles, the second changed by ``change(dict)``."""
    arts = [corpus.make_article(60, seed=1), corpus.make_article(60, seed=2)]
    dicts = [article_to_dict(a) for a in arts]
    change(dicts[1])
    path = tmp_path / f"{name}.hubdesk-archive"
    with zipfile.ZipFile(path, "w") as zf:
        manifest = {"format": archive.FORMAT_NAME, "version": 1, "articles": []}
        for n, d in enumerate(dicts):
            entry = f"articles/{n:06d}.json"
            zf.writestr(entry, json.dumps(d, ensure_ascii=True))
            manifest["articles"].append(
                {"id": d["id"], "title": d["title"] if isinstance(d["title"], str) else "",
                 "updated": d["updated"], "file": entry})
        zf.writestr(archive.MANIFEST, json.dumps(manifest, ensure_ascii=True))
    return path


def _set(key, value):
    def change(d):
        d[key] = value
    return change


def _set_section(key, value):
    def change(d):
        d["sections"][0][key] = value
    return change


def bad_archives():
    cases = []
    for n, s in enumerate(["\ud800", "\udbff", "\udc00", "x\udfffy"]):
        for key in ("title", "lead", "author", "description", "slug"):
            cases.append((f"sur{n}-{key}", _set(key, s)))
        cases.append((f"sur{n}-tag", _set("tags", ["ok", s])))
        cases.append((f"sur{n}-body", _set_section("body", s)))
    for n, when in enumerate(_out_of_range_times()):
        for key in ("created", "updated", "published"):
            cases.append((f"range{n}-{key}", _set(key, when)))
    for n, day in enumerate(_impossible_dates()):
        cases.append((f"date{n}", _set("created", f"{day}T00:00:00+00:00")))
    for n, aid in enumerate(["zz" * 16, "ABCDEF" + "0" * 26, "not-an-id", "1234", "g" * 32,
                             "0" * 31 + "_", "é" * 32]):
        cases.append((f"id{n}", _set("id", aid)))
    return cases


ARCHIVES = bad_archives()


@pytest.mark.parametrize(("name", "change"), ARCHIVES, ids=[n for n, _ in ARCHIVES])
def test_a_bad_archive_is_refused_in_one_line_and_changes_nothing(tmp_path, library_path,
                                                                  name, change):
    with Library.open(library_path) as lib:
        lib.save_article(corpus.make_article(50, seed=9))
    with Library.open(library_path) as lib:  # the same reads as below, without the import
        assert lib.count_articles() == 1
    before = _digest(library_path)
    path = _archive_with(tmp_path, name, change)
    with Library.open(library_path) as lib:
        with pytest.raises(ImportRefusedError) as caught:
            archive.import_archive(lib, path)
        assert lib.count_articles() == 1
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message and len(message) < 400
    assert _digest(library_path) == before
