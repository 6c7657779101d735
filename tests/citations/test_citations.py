"""Importing credits from Zotero's BibTeX, CSL-JSON and RIS, exporting them, and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.citations import read_references, write_references
from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from tests.checklist.articles import clean
from tests.citations import zotero_files


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bibtex_from_zotero(tmp_path) -> None:
    got = read_references(_file(tmp_path, "refs.bib", zotero_files.BIBTEX))
    first, second, third = got.credits
    assert first.title == "Le retour du train de nuit"
    assert first.author == "Jeanne Dupont, Jürgen Müller, José Nuñez"
    assert (first.outlet, first.date, first.url) == ("Le Rail", None, "https://example.org/rail")
    assert first.note == "(2025-09) Consulté le 3 octobre"  # month and year only: kept as text
    assert second.title == "Nuits étoilées en couchette"  # LaTeX accents decoded
    assert second.author == "Anaïs Bové"
    assert (second.outlet, second.date) == ("Écho des Rails", date(2024, 3, 14))
    assert (third.title, third.author, third.outlet, third.date, third.note) == (
        "Une histoire des wagons-lits", "Zoé Lefèvre", "Éditions du Quai", None, "")
    assert len(got.skipped) == 1 and got.skipped[0].reason == "malformed BibTeX"
    assert "broken_entry" in got.skipped[0].entry


def test_csl_json_from_zotero(tmp_path) -> None:
    got = read_references(_file(tmp_path, "refs.json", zotero_files.CSL_JSON))
    assert [c.title for c in got.credits] == ["Night trains are back", "Sleeper cabins, a guide"]
    first, second = got.credits
    assert first.author == "Søren Østergaard, Ewa Łukasiewicz, Agence Ferroviaire"
    assert (first.outlet, first.date) == ("The Rail Review", date(2025, 9, 9))
    assert (second.date, second.note, second.url) == (None, "", "")
    assert [(s.entry.rsplit("/", 1)[1], s.reason) for s in got.skipped] == [
        ("CCC", "no such date 2024-2-30"), ("DDD", "no title")]


def test_ris_from_zotero(tmp_path) -> None:
    got = read_references(_file(tmp_path, "refs.ris", zotero_files.RIS))
    assert [c.title for c in got.credits] == ["Les couchettes font salle comble",
                                             "Voyager de nuit"]
    first, second = got.credits
    assert first.author == "Hervé Gaël, Émilie Brontë"
    assert (first.outlet, first.date, first.note) == (
        "La Gazette des Quais", date(2025, 6, 21), "Édition du soir")
    assert (second.author, second.outlet, second.date) == ("Lucía Ibáñez", "Presses du Rail", None)
    assert [s.reason for s in got.skipped] == ["no title",
                                               "malformed address htp:/pas-une-adresse"]


def test_unreadable_and_unknown_files_say_so_in_one_line(tmp_path) -> None:
    with pytest.raises(HubDeskError, match="not a BibTeX, CSL-JSON or RIS"):
        read_references(_file(tmp_path, "refs.txt", "bonjour"))
    with pytest.raises(HubDeskError, match="not JSON"):
        read_references(_file(tmp_path, "refs.json", "[{"))
    with pytest.raises(HubDeskError, match="no reference could be read"):
        read_references(_file(tmp_path, "refs.bib", "@article{x, author = {A}}\n"))
    with pytest.raises(HubDeskError, match="cannot be read"):
        read_references(tmp_path / "absent.ris")


@pytest.mark.parametrize(("fmt", "name"), [("csl-json", "out.json"), ("bibtex", "out.bib")])
def test_export_then_import_gives_the_same_credits(tmp_path, fmt: str, name: str) -> None:
    source = read_references(_file(tmp_path, "refs.json", zotero_files.CSL_JSON)).credits
    source += read_references(_file(tmp_path, "refs.bib", zotero_files.BIBTEX)).credits[1:]
    text = write_references(source, fmt)
    back = read_references(_file(tmp_path, name, text)).credits
    assert [(c.title, c.author, c.outlet, c.date, c.url) for c in back] == [
        (c.title, c.author, c.outlet, c.date, c.url) for c in source]
    if fmt == "csl-json":
        data = json.loads(text)
        assert data[0]["author"][0] == {"family": "Østergaard", "given": "Søren"}
        assert data[0]["issued"] == {"date-parts": [[2025, 9, 9]]}
    else:
        assert "@online{ostergaard2025," in text and "Østergaard, Søren" in text


def test_cli_import_lists_skipped_and_export_writes(tmp_path, library_path, capsys) -> None:
    article = clean("fr")
    library = Library.open(library_path)
    library.save_article(article)
    library.close()
    db = str(library_path)
    ris = _file(tmp_path, "refs.ris", zotero_files.RIS)
    assert main(["--db", db, "credits", "import", str(ris), "--into", article.id[:8]]) == 0
    out, err = capsys.readouterr()
    assert "2 credit(s) imported, 2 malformed entries skipped" in out
    assert err.count(": skipped ") == 2 and "no title" in err and "htp:/pas-une-adresse" in err
    assert main(["--db", db, "credits", "import", str(ris), "--into", article.id]) == 0
    assert "0 credit(s) imported" in capsys.readouterr().out  # not added twice
    library = Library.open(library_path)
    titles = [c.title for c in library.load_article(article.id).credits]
    library.close()
    assert titles == ["Le retour du train de nuit", "Les couchettes font salle comble",
                      "Voyager de nuit"]
    target = tmp_path / "out.bib"
    assert main(["--db", db, "credits", "export", article.id, "--format", "bibtex",
                 "-o", str(target)]) == 0
    assert "3 credit(s) written" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8").count("@") == 3
    assert main(["--db", db, "credits", "export", article.id, "--format", "mla",
                 "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "use csl-json or bibtex" in err
    bad = _file(tmp_path, "bad.json", "not json")
    assert main(["--db", db, "credits", "import", str(bad), "--into", article.id]) == 1
    assert "Traceback" not in capsys.readouterr().err
