"""The ``hubdesk`` command line, driven through ``main(argv)`` as a script would."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from hubdesk import __version__, cli
from hubdesk.__main__ import main
from hubdesk.cli import cmd_smoke
from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.library.store import Library

FR_TITLE = "Trains de nuit\u202f: le grand retour des couchettes sur les rails européens"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(library_path: Path) -> str:
    return str(library_path)


@pytest.fixture
def imported(db: str, fixtures_dir: Path, capsys) -> dict[str, str]:
    """The French and English page fixtures imported; title -> id."""
    code, out, err = run(
        capsys, "--db", db, "import",
        str(fixtures_dir / "web_page_fr.txt"), str(fixtures_dir / "web_page_en.txt"),
    )
    assert code == 0, err
    return {line.split("\t")[1]: line.split("\t")[0] for line in out.strip().splitlines()}


def test_version_and_help(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"hubdesk {__version__}"
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("import", "list", "show", "search", "delete"):
        assert f"    {command} " in out


def test_usage_error_exits_2(capsys, db: str) -> None:
    code, out, err = run(capsys, "--db", db, "show")
    assert code == 2 and out == "" and "required: ID" in err
    code, _, err = run(capsys, "--db", db, "list", "--format", "xml")
    assert code == 2 and "invalid choice: 'xml'" in err


def test_import_prints_id_and_title(imported: dict[str, str], db: str) -> None:
    assert set(imported) == {
        FR_TITLE, "Community solar: how neighbourhood cooperatives are rewiring Europe’s power grid",
    }
    with Library.open(db) as lib:
        assert {a.id for a in lib.list_articles()} == set(imported.values())


def test_list_json(imported: dict[str, str], db: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", db, "list", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {r["id"] for r in rows} == set(imported.values())
    fr = next(r for r in rows if r["title"] == FR_TITLE)
    assert fr["status"] == "draft" and fr["language"] == "fr"
    assert fr["updated"].endswith("+00:00") and fr["tags"] == [] and fr["word_count"] > 1000
    code, out, _ = run(capsys, "--db", db, "list", "--language", "en")
    assert len(out.strip().splitlines()) == 1 and "Community solar" in out


def test_show_json_carries_the_whole_article(imported: dict[str, str], db: str, capsys) -> None:
    article_id = imported[FR_TITLE]
    code, out, _ = run(capsys, "--db", db, "show", article_id[:8], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == article_id and data["title"] == FR_TITLE
    assert data["lead"].startswith("Longtemps promis à la disparition")
    assert len(data["sections"]) == 9
    assert data["sections"][0]["heading"] == "Des origines prestigieuses à l’effacement des années 2000"
    assert data["sections"][0]["body"].startswith("Le train de nuit a longtemps été")
    assert data["credits"][0] == {
        "title": "Night trains are back in Europe", "author": "Sarah Collins",
        "outlet": "Railway Review", "date": "2025-03-14", "description": "", "url": "", "note": "",
    }
    assert data["credits"][1]["description"].startswith("Rapports publics")
    assert data["disclosure"] == {
        "ai_written": True, "assistant": "Chappie", "organisation": "Groupe Floteuil", "editor": "",
    }
    assert (data["language"], data["status"], data["published"]) == ("fr", "draft", None)


def test_show_markdown_then_import_gives_an_equal_article(
    imported: dict[str, str], db: str, tmp_path: Path, capsys
) -> None:
    article_id = imported[FR_TITLE]
    code, out, _ = run(capsys, "--db", db, "show", article_id)
    assert code == 0
    exported = tmp_path / "out.md"
    exported.write_text(out, encoding="utf-8")
    other = tmp_path / "other.hubdesk"
    code, out2, _ = run(capsys, "--db", str(other), "import", str(exported))
    assert code == 0 and out2 == f"{article_id}\t{FR_TITLE}\n"
    with Library.open(db) as a, Library.open(other) as b:
        assert b.load_article(article_id) == a.load_article(article_id)
    # Into the same library: the same article is recognised and left alone.
    code, out3, err3 = run(capsys, "--db", db, "import", str(exported))
    assert code == 0 and out3 == "" and "already in the library, unchanged" in err3
    assert markdown_to_article(out, "x").id == article_id


def test_reimport_of_a_changed_copy_becomes_a_new_article(
    imported: dict[str, str], db: str, tmp_path: Path, capsys
) -> None:
    article_id = imported[FR_TITLE]
    _, out, _ = run(capsys, "--db", db, "show", article_id)
    changed = tmp_path / "changed.md"
    changed.write_text(out.replace("Longtemps promis", "Jadis promis"), encoding="utf-8")
    code, out2, _ = run(capsys, "--db", db, "import", str(changed))
    new_id, title = out2.strip().split("\t")
    assert code == 0 and new_id != article_id and title == FR_TITLE
    with Library.open(db) as lib:
        assert lib.load_article(article_id).lead.startswith("Longtemps promis")
        assert lib.load_article(new_id).lead.startswith("Jadis promis")


def test_search_accents_phrase_and_prefix(imported: dict[str, str], db: str, capsys) -> None:
    fr_id = imported[FR_TITLE]
    code, out, _ = run(capsys, "--db", db, "search", "souverainete")
    assert code == 0
    hit_id, title, snippet = out.strip().split("\n")[0].split("\t")
    assert (hit_id, title) == (fr_id, FR_TITLE)
    assert "[souveraineté]" in snippet
    _, out, _ = run(capsys, "--db", db, "search", '"objectifs climatiques"')
    assert [line.split("\t")[0] for line in out.strip().splitlines()] == [fr_id]
    _, out, _ = run(capsys, "--db", db, "search", '"climatiques objectifs"')
    assert out == ""
    _, out, _ = run(capsys, "--db", db, "search", "rooftop*")
    assert "Community solar" in out and FR_TITLE not in out


def test_delete_moves_to_the_trash(imported: dict[str, str], db: str, capsys) -> None:
    fr_id = imported[FR_TITLE]
    code, out, _ = run(capsys, "--db", db, "delete", fr_id[:10])
    assert code == 0 and out == f"Moved to the trash: {fr_id}\t{FR_TITLE}\n"
    _, out, _ = run(capsys, "--db", db, "list")
    assert fr_id not in out
    _, out, _ = run(capsys, "--db", db, "list", "--trash")
    assert fr_id in out
    _, out, _ = run(capsys, "--db", db, "search", "souverainete")
    assert out == ""


def test_unknown_id_is_one_clear_line(db: str, capsys) -> None:
    Library.open(db).close()  # an empty library (show alone creates none)
    code, out, err = run(capsys, "--db", db, "show", "0123abcd")
    assert code == 1 and out == ""
    assert err == "hubdesk: No article with id '0123abcd' in the library.\n"


def test_foreign_file_is_refused_and_untouched(tmp_path: Path, capsys) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a library", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(foreign), "list")
    assert code == 1 and out == ""
    assert err.startswith(f"hubdesk: {foreign} is not a HubDesk library")
    assert foreign.read_text(encoding="utf-8") == "not a library"


def test_db_option_overrides_environment(tmp_path: Path, monkeypatch, capsys, fixtures_dir) -> None:
    env_db, opt_db = tmp_path / "env.hubdesk", tmp_path / "opt.hubdesk"
    monkeypatch.setenv("HUBDESK_DB", str(env_db))
    code, _, _ = run(capsys, "import", str(fixtures_dir / "notes_toml.md"))
    assert code == 0 and env_db.exists() and not opt_db.exists()
    code, _, _ = run(capsys, "--db", str(opt_db), "import", str(fixtures_dir / "blog_post_yaml.md"))
    assert code == 0
    with Library.open(env_db) as a, Library.open(opt_db) as b:
        assert [s.title for s in a.list_articles()] == ["Urban beekeeping: a buzz worth keeping?"]
        assert [s.title for s in b.list_articles()] == [
            "Les bibliothèques municipales face au numérique"
        ]


def test_no_subcommand_starts_the_registered_app(monkeypatch, tmp_path: Path) -> None:
    calls = []
    monkeypatch.setattr(cli, "_app_starter", None)
    cli.register_app(lambda db_path, argv: calls.append((db_path, argv)) or 7)
    assert cli.run_cli(["--db", str(tmp_path / "x.hubdesk"), "-style", "fusion"]) == 7
    assert cli.run_cli(["-v"]) == 7
    assert calls == [(tmp_path / "x.hubdesk", ["-style", "fusion"]), (Path(calls[1][0]), [])]


def test_without_a_registered_app_the_core_says_so(monkeypatch, capsys) -> None:
    monkeypatch.setattr(cli, "_app_starter", None)
    assert cli.run_cli([]) == 2
    assert capsys.readouterr().err == (
        "hubdesk: the desktop app is not installed here; give a subcommand (see 'hubdesk --help').\n"
    )


def test_the_entry_point_wires_the_desktop_app(monkeypatch, tmp_path: Path) -> None:
    from hubdesk.ui.shell import app

    calls = []
    monkeypatch.setattr(cli, "_app_starter", None)
    monkeypatch.setattr(app, "main", lambda db_path, argv: calls.append((db_path, argv)) or 5)
    try:
        assert main(["--db", str(tmp_path / "y.hubdesk"), "-style", "fusion"]) == 5
    finally:
        gc.enable()  # the real app.main turns the collector back on; the stand-in does not
    assert calls == [(tmp_path / "y.hubdesk", ["-style", "fusion"])]


def test_smoke_test_option(monkeypatch) -> None:
    monkeypatch.setattr(cmd_smoke, "main", lambda: 3)
    assert main(["--smoke-test"]) == 3


def test_two_copies_in_one_import_are_written_once(
    imported: dict[str, str], db: str, tmp_path: Path, capsys
) -> None:
    article_id = imported[FR_TITLE]
    _, out, _ = run(capsys, "--db", db, "show", article_id)
    other = tmp_path / "other.hubdesk"
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(out, encoding="utf-8")
    (tmp_path / "c.md").write_text(out.replace("Longtemps promis", "Jadis promis"), "utf-8")
    code, out2, err2 = run(
        capsys, "--db", str(other), "import", *(str(tmp_path / n) for n in ("a.md", "b.md", "c.md"))
    )
    lines = out2.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0] == f"{article_id}\t{FR_TITLE}"
    assert lines[1].split("\t")[0] != article_id
    assert err2 == (
        f"hubdesk: note: {tmp_path / 'b.md'}: already in the library, unchanged ({article_id})\n"
        "hubdesk: 2 imported, 0 updated, 0 kept as new copies, 1 already in the library (skipped),"
        " 0 refused\n"
    )
    with Library.open(other) as lib:
        assert lib.count_articles() == 2


def test_export_markdown_then_import_gives_an_equal_article(
    imported: dict[str, str], db: str, tmp_path: Path, capsys
) -> None:
    for title, article_id in imported.items():
        target = tmp_path / f"{article_id}.md"
        code, _, err = run(
            capsys, "--db", db, "export", article_id, "--format", "markdown", "-o", str(target)
        )
        assert code == 0, err
        other = tmp_path / f"{article_id}.hubdesk"
        code, out, _ = run(capsys, "--db", str(other), "import", str(target))
        assert code == 0 and out == f"{article_id}\t{title}\n"
        with Library.open(db) as a, Library.open(other) as b:
            original, back = a.load_article(article_id), b.load_article(article_id)
        assert back == original
        assert len(back.credits) == 8 and back.disclosure.assistant == "Chappie"


def test_search_json(imported: dict[str, str], db: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", db, "search", "--format", "json", "couchettes")
    hits = json.loads(out)
    assert code == 0 and [h["id"] for h in hits] == [imported[FR_TITLE]]
    assert "[couchettes]" in hits[0]["snippet"] and isinstance(hits[0]["rank"], float)


def test_mistyped_subcommand_is_a_usage_error(monkeypatch, capsys) -> None:
    monkeypatch.setattr(cli, "_app_starter", None)
    cli.register_app(lambda db_path, argv: pytest.fail("the app must not start"))
    code, out, err = capsys_run(capsys, "imprt", "x.md")
    assert code == 2 and out == "" and "invalid choice: 'imprt'" in err


def capsys_run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
