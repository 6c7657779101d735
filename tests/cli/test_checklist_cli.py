"""``hubdesk checklist``: exit status and JSON, on articles stored in a fresh library."""

from __future__ import annotations

import json
from pathlib import Path

from hubdesk.__main__ import main
from hubdesk.library import signoffs
from hubdesk.library.store import Library
from tests.checklist.articles import clean


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _store(path: Path, *articles, signed: bool = True) -> None:
    """Save ``articles``, every section signed off (review is part of the checklist)."""
    library = Library.open(path)
    try:
        for article in articles:
            library.save_article(article)
            if signed:
                signoffs.sign(library, article, "Marie Curie")
    finally:
        library.close()


def test_clean_article_exits_0_and_broken_one_exits_1(capsys, library_path: Path) -> None:
    good, bad = clean("fr"), clean("en")
    bad.title = ""
    bad.sections[1].body = "See [here](http://example.org) and \"there\"."
    _store(library_path, good, bad)
    db = str(library_path)

    code, out, err = _run(capsys, "--db", db, "checklist", good.id[:8])
    assert (code, err) == (0, "")
    assert "0 findings, 0 blocking: ready to publish" in out

    code, out, _ = _run(capsys, "--db", db, "checklist", bad.id, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["id"] == bad.id and data["blocks_publication"] is True
    by_rule = {f["rule"]: f for f in data["findings"]}
    assert by_rule["title.missing"]["severity"] == "error"
    assert by_rule["title.missing"]["part"] == "title"
    http = by_rule["link.http"]
    assert (http["part"], http["section"], http["severity"]) == ("section", 2, "warning")
    body = bad.sections[1].body
    assert body[http["position"]["offset"]:].startswith("http://example.org")
    assert by_rule["typo.en.quotes"]["message"].startswith("Straight quote")

    code, out, _ = _run(capsys, "--db", db, "checklist", "--all", "--format", "json",
                        "--lang", "fr")
    assert code == 1
    assert {a["id"]: a["blocks_publication"] for a in json.loads(out)} == {
        good.id: False, bad.id: True}
    assert "L’article n’a pas de titre." in out


def test_word_target_from_the_library(capsys, library_path: Path) -> None:
    article = clean("fr")
    _store(library_path, article)
    library = Library.open(library_path)
    library.set_setting("ui.word_target." + article.id, "3000")
    library.close()
    code, out, _ = _run(capsys, "--db", str(library_path), "checklist", article.id)
    assert code == 0  # a target not reached is a warning, not a block
    assert "words of the 3000-word target" in out


def test_unsigned_and_stale_sections_block_publication(capsys, library_path: Path) -> None:
    article = clean("fr")
    _store(library_path, article, signed=False)
    db = str(library_path)
    code, out, _ = _run(capsys, "--db", db, "checklist", article.id, "--format", "json")
    assert code == 1
    assert [(f["rule"], f["section"]) for f in json.loads(out)["findings"]] == [
        ("signoff.missing", 1), ("signoff.missing", 2)]

    code, out, err = _run(capsys, "--db", db, "signoff", article.id[:6], "--by", "Marie Curie",
                          "--section", "2")
    assert code == 0 and "signed off by Marie Curie: section 2" in out, err
    code, out, _ = _run(capsys, "--db", db, "checklist", article.id, "--format", "json")
    assert [f["section"] for f in json.loads(out)["findings"]] == [1]
    assert _run(capsys, "--db", db, "signoff", article.id, "--by", "Jean Moulin")[0] == 0
    assert _run(capsys, "--db", db, "checklist", article.id)[0] == 0

    library = Library.open(library_path)
    stored = library.load_article(article.id)
    stored.sections[0].body += " Une phrase ajoutée après la relecture."
    library.save_article(stored)
    library.close()
    code, out, _ = _run(capsys, "--db", db, "checklist", article.id, "--format", "json")
    assert code == 1
    stale = json.loads(out)["findings"]
    assert [(f["rule"], f["section"]) for f in stale] == [("signoff.stale", 1)]
    assert "Jean Moulin" in stale[0]["message"]


def test_unknown_id_and_no_id(capsys, library_path: Path) -> None:
    _store(library_path, clean("fr"))
    code, _, err = _run(capsys, "--db", str(library_path), "checklist", "ffffffff")
    assert code == 1 and err.startswith("hubdesk: ") and err.count("\n") == 1
    code, _, err = _run(capsys, "--db", str(library_path), "checklist")
    assert code == 2 and "give an article ID, or --all" in err
