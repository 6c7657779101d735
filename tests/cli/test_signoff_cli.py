"""``hubdesk signoff`` and the sign-offs in ``hubdesk show --format json``."""

from __future__ import annotations

import json
from pathlib import Path

from hubdesk.__main__ import main
from hubdesk.library.store import Library
from tests.checklist.articles import clean


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_signoff_then_edit_makes_it_stale_and_show_reports_it(capsys, library_path: Path) -> None:
    article = clean("en")
    article.disclosure.editor = ""
    library = Library.open(library_path)
    library.save_article(article)
    library.close()
    db = str(library_path)

    code, out, err = _run(capsys, "--db", db, "signoff", article.id, "--by", " Ada  Lovelace ",
                          "--section", "1")
    assert code == 0, err
    data = json.loads(_run(capsys, "--db", db, "show", article.id, "--format", "json")[1])
    assert data["review"] == "unsigned"
    assert [s["review"]["state"] for s in data["sections"]] == ["signed", "unsigned"]
    assert data["sections"][0]["review"]["by"] == "Ada Lovelace"
    (signoff,) = data["signoffs"]
    assert (signoff["section"], signoff["by"], signoff["heading"]) == (1, "Ada Lovelace",
                                                                      "A service reborn")
    assert len(signoff["hash"]) == 64 and signoff["at"].endswith("+00:00")
    assert data["disclosure"]["editor"] == "Ada Lovelace"  # the AI disclosure names the reviewer

    assert _run(capsys, "--db", db, "signoff", article.id, "--by", "Grace Hopper")[0] == 0
    library = Library.open(library_path)
    stored = library.load_article(article.id)
    stored.sections[1].body = "Changed after review."
    library.save_article(stored)
    library.close()
    data = json.loads(_run(capsys, "--db", db, "show", article.id, "--format", "json")[1])
    assert [s["review"]["state"] for s in data["sections"]] == ["signed", "stale"]
    assert data["review"] == "stale"
    assert [s["by"] for s in data["signoffs"]] == ["Ada Lovelace", "Grace Hopper", "Grace Hopper"]
    assert data["disclosure"]["editor"] == "Ada Lovelace"  # named once, not overwritten


def test_signoff_bad_input_is_one_line(capsys, library_path: Path) -> None:
    article = clean("fr")
    library = Library.open(library_path)
    library.save_article(article)
    library.close()
    db = str(library_path)
    for argv, words in (((article.id, "--by", "  "), "editor's name"),
                        ((article.id, "--by", "X", "--section", "9"), "no section 9"),
                        ((article.id, "--by", "X", "--section", "0"), "no section 0")):
        code, out, err = _run(capsys, "--db", db, "signoff", *argv)
        assert code == 1 and out == "" and words in err and err.count("\n") == 1
    code, _, err = _run(capsys, "--db", db, "signoff", article.id)
    assert code == 2 and "--by" in err
    data = json.loads(_run(capsys, "--db", db, "show", article.id, "--format", "json")[1])
    assert data["signoffs"] == []
