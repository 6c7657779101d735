"""Arguments holding bytes that are not UTF-8 (a shell's ``$'\\xff'``; Python keeps them as
lone surrogates): an id, a query, a tag, a name. Each command says so in one line, exits
2 and changes nothing; file names with such bytes still work."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.errors import ArticleNotFoundError
from hubdesk.library.store import Library
from tests import corpus

# What ``sys.argv`` holds for each undecodable byte sequence.
BAD = [os.fsdecode(b) for b in (b"\xff", b"ab\xfe", b"\xc3", b"\xed\xa0\x80", b"x\x80y", b"\xf8\x88\x80\x80\x80")]


def _commands(article_id: str, bad: str) -> dict[str, list[str]]:
    return {
        "show": ["show", article_id[:4] + bad],
        "show-json": ["show", bad, "--format", "json"],
        "delete": ["delete", bad],
        "export": ["export", article_id, bad],
        "checklist": ["checklist", bad],
        "signoff-id": ["signoff", bad, "--by", "Ed"],
        "signoff-by": ["signoff", article_id, "--by", f"Ed{bad}"],
        "search": ["search", f"mot{bad}"],
        "search-many": ["search", "mot", bad, "--format", "json"],
        "list-tag": ["list", "--tag", bad],
        "list-language": ["list", "--language", bad],
    }


CASES = [(c, n) for c in _commands("0" * 32, "x") for n in range(len(BAD))]


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "lib.hubdesk"
    with Library.open(db) as lib:
        article = corpus.make_article(60, seed=4)
        lib.save_article(article)
    with Library.open(db) as lib:  # the open and close the commands do, nothing changed
        lib.count_articles()
    return db, article.id


@pytest.mark.parametrize(("command", "n"), CASES, ids=[f"{c}-{n}" for c, n in CASES])
def test_an_argument_that_is_not_text_is_one_line_exit_2_and_changes_nothing(seeded, capsys,
                                                                          command, n):
    db, article_id = seeded
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    argv = _commands(article_id, BAD[n])[command]
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is not valid text" in err and "Traceback" not in err
    err.encode("utf-8")  # the message itself prints
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("bad", BAD)
def test_the_library_finds_no_article_for_an_id_that_is_not_text(library, bad):
    library.save_article(corpus.make_article(30, seed=1))
    with pytest.raises(ArticleNotFoundError) as caught:
        library.resolve_id(bad)
    str(caught.value).encode("utf-8")


def test_a_file_name_with_such_bytes_still_imports_and_exports(tmp_path, capsys):
    db = tmp_path / "lib.hubdesk"
    source = Path(os.fsdecode(bytes(tmp_path) + b"/note\xff.md"))
    source.write_text("# Nom\n\nTexte.\n", encoding="utf-8")
    assert main(["--db", str(db), "import", str(source)]) == 0
    article_id = capsys.readouterr().out.split("\t")[0]
    target = Path(os.fsdecode(bytes(tmp_path) + b"/out\xfe.html"))
    assert main(["--db", str(db), "export", article_id, "-o", str(target)]) == 0
    assert target.is_file()
