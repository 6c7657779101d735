"""No silent duplicates (issue 13, item 4): skip, update or keep, from the command line."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from hubdesk.__main__ import main
from hubdesk.library.store import Library
from tests.importers import corpus_pages


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reimporting_the_whole_corpus_changes_nothing_and_says_so(tmp_path: Path, capsys) -> None:
    db = tmp_path / "lib.hubdesk"
    pages = sorted(corpus_pages.FOLDER.glob("*.html"))
    code, out, err = _run(capsys, "--db", str(db), "import", str(corpus_pages.FOLDER))
    first_ids = {line.split("\t")[0] for line in out.splitlines()}
    # The same article in two templates is the same text: its pictures, each in its
    # page's own _files folder, are the same picture in the library's images folder.
    articles = len({p.stem.split("--")[0] for p in pages})
    assert code == 0 and len(out.splitlines()) == articles
    assert err.splitlines()[-1] == (
        f"hubdesk: {articles} imported, 0 updated, 0 kept as new copies, "
        f"{len(pages) - articles} already in the library (skipped), 0 refused"
    )
    before = _digest(db)
    images = db.with_name(db.name + ".images")
    pictures = {p.name: _digest(p) for p in images.iterdir()}
    assert len(pictures) == 1
    code, out, err = _run(capsys, "--db", str(db), "import", str(corpus_pages.FOLDER))
    assert code == 0 and out == ""
    assert err.splitlines()[-1] == (
        f"hubdesk: 0 imported, 0 updated, 0 kept as new copies, "
        f"{len(pages)} already in the library (skipped), 0 refused"
    )
    assert sum("already in the library" in line for line in err.splitlines()) == len(pages) + 1
    assert _digest(db) == before
    assert {p.name: _digest(p) for p in images.iterdir()} == pictures
    code, out, err = _run(capsys, "--db", str(db), "import", "--duplicates", "update",
                          str(corpus_pages.FOLDER))
    # Copies of one article from other sites update it (their address differs): no new one.
    assert code == 0 and {line.split("\t")[0] for line in out.splitlines()} <= first_ids
    assert err.splitlines()[-1].startswith("hubdesk: 0 imported, ")
    with Library.open(db) as lib:
        assert lib.count_articles() == articles


def test_update_replaces_the_article_from_the_same_address_and_keep_adds_one(
    tmp_path: Path, capsys
) -> None:
    db = tmp_path / "lib.hubdesk"
    page = corpus_pages.FOLDER / "night-trains--news.html"
    code, out, _ = _run(capsys, "--db", str(db), "import", str(page))
    first_id = out.split("\t")[0]
    changed = tmp_path / "night-trains--news.html"
    changed.write_text(page.read_text(encoding="utf-8").replace("quieter bogies", "quiet bogies"),
                       encoding="utf-8")
    code, out, err = _run(capsys, "--db", str(db), "import", str(changed))
    assert (code, out) == (0, "") and "already in the library" in err  # skip is the default
    code, out, err = _run(capsys, "--db", str(db), "import", "--duplicates", "update", str(changed))
    assert code == 0 and out.split("\t")[0] == first_id
    assert "0 imported, 1 updated" in err
    code, out, err = _run(capsys, "--db", str(db), "import", "--duplicates", "keep", str(changed))
    assert code == 0 and out.split("\t")[0] != first_id
    assert "0 imported, 0 updated, 1 kept as new copies" in err
    with Library.open(db) as lib:
        assert lib.count_articles() == 2
        assert "quiet bogies" in lib.load_article(first_id).sections[0].body


def test_the_same_text_in_another_file_is_a_duplicate(tmp_path: Path, capsys) -> None:
    db = tmp_path / "lib.hubdesk"
    for name in ("a.txt", "copy of a.txt"):
        (tmp_path / name).write_text("Titre\n\nUn chapô.\n\nPartie\n\nDu texte.\n", encoding="utf-8")
    shutil.copy(tmp_path / "a.txt", tmp_path / "b.txt")
    (tmp_path / "b.txt").write_text("Titre\n\nUn   chapô.\n\nPartie\n\nDu texte.\n", encoding="utf-8")
    code, out, err = _run(capsys, "--db", str(db), "import", str(tmp_path))
    assert code == 0 and len(out.splitlines()) == 1
    assert "1 imported, 0 updated, 0 kept as new copies, 2 already in the library (skipped)" in err
