"""Smaller surprises, each a class: read-only libraries and folders, names too long,
huge limits, unknown statuses, several processes creating one library, many credits,
and the trash that empties itself."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.formats.markdown_format import article_to_markdown, markdown_to_article
from hubdesk.library.check import check_library
from hubdesk.library.store import Library
from hubdesk.model.article import Credit, utc_now
from tests import ROOT, corpus


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, with the bytes of the files."""
    out = {}
    for p in sorted(folder.rglob("*")):
        out[str(p.relative_to(folder))] = (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        )
    return out


@contextlib.contextmanager
def read_only(path: Path):
    """Make a file or folder read-only for this process, even as root (``chattr +i``,
    which root's writes obey too; ``chmod`` for anyone else)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def _library(path: Path, n: int = 3) -> list[str]:
    with Library.open(path) as lib:
        corpus.fill_library(lib, n, words=120)
        return [a.id for a in lib.list_articles()]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- read-only

@pytest.mark.parametrize("command", ["delete", "import", "trash --empty"])
def test_changing_a_read_only_library_is_one_line_and_changes_nothing(tmp_path, capsys, command):
    db = tmp_path / "lib.hubdesk"
    ids = _library(db)
    source = tmp_path / "new.md"
    source.write_text("# New\n\nText.\n", encoding="utf-8")
    args = {"delete": ["delete", ids[0]], "import": ["import", str(source)],
            "trash --empty": ["trash", "--empty"]}[command]
    before = _snapshot(tmp_path)
    with read_only(db):
        code, out, err = run(capsys, "--db", str(db), *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is read-only" in err and "Nothing was changed" in err
    after = _snapshot(tmp_path)
    after.pop("lib.hubdesk.lock", None)  # the lock file beside it (empty once released)
    before.pop("lib.hubdesk.lock", None)
    assert after == before


@pytest.mark.parametrize("command", [["list"], ["list", "--trash"], ["show", "ID"],
                                     ["show", "ID", "--format", "json"], ["search", "le"]])
def test_reading_commands_work_in_a_read_only_folder_and_write_nothing(tmp_path, capsys,
                                                                       command):
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "lib.hubdesk"
    ids = _library(db)
    with Library.open(db) as lib:
        lib.delete_article(ids[-1])  # something in the trash too
    argv = [ids[0] if a == "ID" else a for a in command]
    before = _snapshot(folder)
    with read_only(folder):
        code, out, err = run(capsys, "--db", str(db), *argv)
    assert code == 0, err
    assert err == "" and out.strip()
    assert _snapshot(folder) == before


@pytest.mark.parametrize("where", ["typo/deep/x.db", "typo/x.hubdesk", "x.hubdesk",
                                   "a/b/c/d/e/f.hubdesk"])
@pytest.mark.parametrize("command", [["list"], ["show", "abc"], ["search", "mot"]])
def test_reading_commands_create_nothing(tmp_path, capsys, monkeypatch, where, command):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", where, *command)
    assert code == 1 and out == ""
    assert err == f"hubdesk: No library at {where} (nothing was created).\n"
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- names too long

@pytest.mark.parametrize("length", [256, 300, 1000, 5000])
def test_a_file_name_too_long_is_one_line_and_the_good_files_go_in(tmp_path, capsys,
                                                                   monkeypatch, length):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "lib.hubdesk"
    good = tmp_path / "good.md"
    good.write_text("# Good\n\nText.\n", encoding="utf-8")
    long_name = "x" * length + ".md"
    code, out, err = run(capsys, "--db", str(db), "import", long_name, str(good))
    assert code == 1 and out.strip().endswith("\tGood")
    assert err.count("\n") == 1 and "File name too long" in err and "Traceback" not in err
    with Library.open(db) as lib:
        (article,) = lib.list_articles()
    for target in ("y" * length + ".html", f"sub/{'z' * length}.md", "w" * length + "/"):
        code, out, err = run(capsys, "--db", str(db), "export", article.id, "-f", "html",
                             "-o", target)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "too long" in err or "does not exist" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.md", "lib.hubdesk",
                                                          "lib.hubdesk.lock"]


# ---------------------------------------------------------------- search --limit

@pytest.mark.parametrize("limit", ["0", "-5", "100001", str(2**63), "9" * 40, "abc", "1e9"])
def test_search_limit_out_of_range_is_a_usage_error(tmp_path, capsys, limit):
    db = tmp_path / "lib.hubdesk"
    _library(db)
    code, out, err = run(capsys, "--db", str(db), "search", "--limit", limit, "le")
    assert code == 2 and out == ""
    assert "--limit" in err and "Traceback" not in err


@pytest.mark.parametrize("limit", [1, 2, 100_000])
def test_search_limit_in_range_is_obeyed(tmp_path, capsys, limit):
    db = tmp_path / "lib.hubdesk"
    _library(db, 4)
    code, out, _ = run(capsys, "--db", str(db), "search", "--limit", str(limit), "le")
    assert code == 0 and len(out.strip().splitlines()) == min(limit, 4)


# ---------------------------------------------------------------- unknown status

@pytest.mark.parametrize("status", ["archived", "", "DRAFT", "draft ", "publié", "x" * 500])
def test_an_unknown_status_is_found_by_check_and_breaks_no_command(tmp_path, capsys, status):
    db = tmp_path / "lib.hubdesk"
    ids = _library(db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("UPDATE articles SET status=? WHERE id=?", (status, ids[1]))
    con.commit()
    con.close()
    report = check_library(db)
    assert [p for p in report.problems if "unknown status" in p and ids[1] in p]
    assert run(capsys, "--db", str(db), "check")[0] == 1
    for argv in (["list"], ["show", ids[1]], ["export", ids[1], "-o", str(tmp_path / "a.md"),
                                              "-f", "markdown"]):
        code, out, err = run(capsys, "--db", str(db), *argv)
        assert code == 1 and "Traceback" not in err
        assert err.count("\n") == 1 and "unknown status" in err and "hubdesk check" in err
    assert run(capsys, "--db", str(db), "show", ids[0])[0] == 0


# ---------------------------------------------------------------- concurrent creation

_CREATE = """
import sys
from hubdesk.library.store import Library
sys.stdin.readline()  # all start together
with Library.open(sys.argv[1]) as lib:
    print(lib.schema_version, lib.library_id, flush=True)
"""


@pytest.mark.parametrize("round_", range(4))
def test_several_processes_creating_one_library_all_succeed(tmp_path, round_):
    db = tmp_path / f"new{round_}" / "lib.hubdesk"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen([sys.executable, "-c", _CREATE, str(db)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=ROOT, env=env)
        for _ in range(6)
    ]
    results = []
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, out.split(), err))
    assert all(code == 0 for code, _, _ in results), [err for _, _, err in results]
    from hubdesk.library.schema import SCHEMA_VERSION

    versions = {tuple(out) for _, out, _ in results}
    assert len(versions) == 1  # one library, one id, seen by all
    assert next(iter(versions))[0] == str(SCHEMA_VERSION)
    assert check_library(db).ok


# ---------------------------------------------------------------- many credits

@pytest.mark.parametrize("count", [10, 7_000, 20_000])
def test_a_markdown_export_with_many_credits_imports_again(count):
    article = corpus.make_article(200, seed=count)
    article.credits = [
        Credit(title=f"Source {n}", author="Anna Heim", outlet="Le Monde",
               description="Communiqué", url=f"https://example.org/{n}", note="")
        for n in range(count)
    ]
    again = markdown_to_article(article_to_markdown(article), "many.md")
    assert len(again.credits) == count
    assert [c.title for c in again.credits] == [c.title for c in article.credits]


# ---------------------------------------------------------------- trash

@pytest.mark.parametrize("ages", [[0, 10, 29, 31, 400], [31, 31], [1], []])
def test_trash_older_than_30_days_goes_and_the_rest_stays(library, ages):
    corpus.fill_library(library, len(ages) + 2, words=60)
    ids = [a.id for a in library.list_articles()]
    now = utc_now()
    for article_id, age in zip(ids, ages, strict=False):
        library.delete_article(article_id)
        library.connection.execute("UPDATE articles SET deleted=? WHERE id=?",
                                   ((now - timedelta(days=age)).isoformat(), article_id))
    removed = library.empty_trash(older_than=timedelta(days=30), now=now)
    assert removed == sum(age > 30 for age in ages)
    assert library.count_articles(deleted=True) == sum(age <= 30 for age in ages)
    assert library.count_articles() == 2
    assert library.search(library.load_article(ids[-1]).title)  # the index stays sound
    assert check_library(library.path).ok


def test_cli_trash_lists_and_empties(tmp_path, capsys):
    db = tmp_path / "lib.hubdesk"
    ids = _library(db, 4)
    for article_id in ids[:3]:
        assert run(capsys, "--db", str(db), "delete", article_id)[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "trash")
    assert code == 0 and sorted(line.split("\t")[0] for line in out.splitlines()) == sorted(ids[:3])
    code, out, _ = run(capsys, "--db", str(db), "trash", "--empty", "--older-than", "30")
    assert code == 0 and "Removed 0 article(s)" in out
    code, out, _ = run(capsys, "--db", str(db), "trash", "--empty")
    assert code == 0 and "Removed 3 article(s)" in out
    with Library.open(db) as lib:
        assert lib.count_articles(deleted=True) == 0 and lib.count_articles() == 1
    assert check_library(db).ok
