"""The SQLite library: rows, migrations, refusal of foreign files, foreign keys, search."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from hubdesk.errors import ArticleNotFoundError, LibraryError, NewerLibraryError, NotALibraryError
from hubdesk.library.schema import APPLICATION_ID, SCHEMA_VERSION
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Credit, Disclosure, Section, Status


def _article(**kw) -> Article:
    base = dict(
        title="Souveraineté numérique : l’Europe face aux géants",
        lead="Premier paragraphe du chapô.\n\nSecond paragraphe du chapô.",
        sections=[
            Section("Origines", "Le texte de la *première* section."),
            Section("Enjeux", "Une phrase sur la régulation."),
            Section("Conclusion", "Fin de l’article."),
        ],
        credits=[
            Credit(title="What is it?", author="Anna Heim", outlet="TechCrunch",
                   date=date(2025, 9, 9), url="https://example.org/a"),
            Credit(title="Dossiers sur l’AI Act", description="Rapports de l’Union européenne"),
        ],
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil", "Léa Martin"),
        author="Camille Roux",
        tags=["ia", "europe"],
        language="fr",
    )
    base.update(kw)
    return Article(**base)


def test_new_library_has_schema_and_pragmas(library: Library, library_path):
    assert library_path.exists()
    con = library.connection
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert con.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert library.schema_version == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "sections", "credits", "disclosures", "articles_fts"} <= tables


def test_article_round_trips_as_rows(library: Library):
    a = _article()
    library.save_article(a)
    con = library.connection
    assert con.execute("SELECT count(*) FROM sections WHERE article_id=?", (a.id,)).fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM credits WHERE article_id=?", (a.id,)).fetchone()[0] == 2
    back = library.load_article(a.id)
    assert back == a
    assert [s.id for s in back.sections] == [s.id for s in a.sections]
    assert back.credits[0].date == date(2025, 9, 9)
    assert back.disclosure.editor == "Léa Martin"
    assert back.status is Status.DRAFT


def test_save_rewrites_only_changed_sections(library: Library):
    a = _article()
    library.save_article(a)
    con = library.connection
    con.execute("CREATE TEMP TABLE rewritten (id TEXT)")
    con.execute(
        "CREATE TEMP TRIGGER log_rewrite AFTER UPDATE OF heading, body ON sections"
        " BEGIN INSERT INTO rewritten VALUES (new.id); END"
    )
    a.sections[1].body += " Ajout."
    library.save_article(a)
    assert [r[0] for r in con.execute("SELECT id FROM rewritten")] == [a.sections[1].id]
    assert library.load_article(a.id).sections[1].body.endswith("Ajout.")


def test_reordering_sections_keeps_ids(library: Library):
    a = _article()
    library.save_article(a)
    ids = [s.id for s in a.sections]
    a.sections.reverse()
    library.save_article(a)
    back = library.load_article(a.id)
    assert [s.heading for s in back.sections] == ["Conclusion", "Enjeux", "Origines"]
    assert [s.id for s in back.sections] == list(reversed(ids))


def test_duplicate_gets_fresh_row_ids(library: Library):
    a = _article()
    library.save_article(a)
    copy = library.load_article(a.id)
    copy.id = "f" * 32
    library.save_article(copy)
    assert library.load_article(a.id).sections[0].id != library.load_article(copy.id).sections[0].id
    assert len(library.list_articles()) == 2


def test_foreign_keys_cascade_and_are_enforced(library: Library):
    a = _article()
    library.save_article(a)
    library.purge_article(a.id)
    con = library.connection
    assert con.execute("SELECT count(*) FROM sections").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM credits").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError):
        con.execute(
            "INSERT INTO sections (id, article_id, position, heading, body)"
            " VALUES ('x', 'no-such-article', 0, '', '')"
        )


def test_search_is_accent_and_case_insensitive(library: Library):
    a = _article()
    other = _article(title="Climate and energy", lead="Nothing about Europe here.",
                     sections=[Section("Heat", "Hot summers.")], credits=[], language="en")
    library.save_articles([a, other])
    hits = library.search("souverainete")
    assert [h.id for h in hits] == [a.id]
    assert "[Souveraineté]" in hits[0].snippet
    assert [h.id for h in library.search("RÉGULATION")] == [a.id]
    assert [h.id for h in library.search("regul*")] == [a.id]
    assert [h.id for h in library.search("regul", typing=True)] == [a.id]
    assert library.search("regul") == []
    assert [h.id for h in library.search('"premier paragraphe"')] == [a.id]
    assert library.search('"paragraphe premier"') == []
    # Credits are indexed too.
    assert [h.id for h in library.search("techcrunch")] == [a.id]
    assert [h.id for h in library.search("summers")] == [other.id]


def test_search_ranks_title_matches_first(library: Library):
    in_body = _article(title="Autre sujet", sections=[Section("X", "Un mot : climat.")])
    in_title = _article(title="Le climat", sections=[Section("Y", "Rien.")])
    library.save_articles([in_body, in_title])
    assert [h.id for h in library.search("climat")] == [in_title.id, in_body.id]


def test_search_survives_hostile_queries(library: Library):
    library.save_article(_article())
    for q in ['"', "AND", "NEAR(", "*", "-", "title:x", "') OR 1=1 --", ""]:
        assert isinstance(library.search(q), list)


def test_trash_hides_and_restores(library: Library):
    a = _article()
    library.save_article(a)
    library.delete_article(a.id)
    assert library.list_articles() == []
    assert [s.id for s in library.list_articles(deleted=True)] == [a.id]
    assert library.search("souverainete") == []
    library.restore_article(a.id)
    assert [s.id for s in library.list_articles()] == [a.id]


def test_list_filters_sorts_and_pages(library: Library):
    arts = [
        _article(title=f"Titre {i}", status=Status.PUBLISHED if i % 2 else Status.DRAFT,
                 language="en" if i % 3 == 0 else "fr", tags=[f"t{i % 2}"])
        for i in range(10)
    ]
    library.save_articles(arts)
    assert library.count_articles() == 10
    assert library.count_articles(status="published") == 5
    assert library.count_articles(language="en") == 4
    assert library.count_articles(tag="t1") == 5
    titles = [s.title for s in library.list_articles(sort="title", descending=False)]
    assert titles == sorted(titles, key=str.lower)
    page = library.list_articles(sort="title", descending=False, limit=3, offset=3)
    assert [s.title for s in page] == titles[3:6]
    assert library.distinct_values("language") == ["en", "fr"]
    assert library.distinct_values("tag") == ["t0", "t1"]


def test_resolve_id_by_prefix(library: Library):
    a = _article()
    library.save_article(a)
    assert library.resolve_id(a.id[:6]) == a.id
    with pytest.raises(ArticleNotFoundError, match="No article"):
        library.resolve_id("zzzz")


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_bytes(b"just some text, not a database")
    with pytest.raises(NotALibraryError, match="not a HubDesk library"):
        Library.open(p)
    assert p.read_bytes() == b"just some text, not a database"


def test_refuses_another_programs_database(tmp_path):
    p = tmp_path / "other.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = p.read_bytes()
    with pytest.raises(NotALibraryError, match="another program"):
        Library.open(p)
    assert p.read_bytes() == before


def test_refuses_a_newer_library_untouched(library_path):
    Library.open(library_path).close()
    con = sqlite3.connect(library_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    before = library_path.read_bytes()
    with pytest.raises(NewerLibraryError, match="newer HubDesk"):
        Library.open(library_path)
    assert library_path.read_bytes() == before


def test_refuses_a_folder(tmp_path):
    with pytest.raises(NotALibraryError, match="folder"):
        Library.open(tmp_path)


def test_settings_round_trip(library: Library):
    assert library.get_setting("x", "d") == "d"
    library.set_setting("x", "1")
    assert library.get_setting("x") == "1"
    library.set_setting("x", None)
    assert library.get_setting("x") is None


def test_sections_sharing_an_id_are_both_kept(library: Library):
    a = _article()
    library.save_article(a)
    a.sections.append(Section("Doublon", "y", id=a.sections[0].id))
    library.save_article(a)
    back = library.load_article(a.id)
    assert [s.heading for s in back.sections] == ["Origines", "Enjeux", "Conclusion", "Doublon"]
    assert len({s.id for s in back.sections}) == 4


def test_failed_write_changes_nothing(library: Library):
    a = _article()
    library.save_article(a)
    a.title = "Nouveau titre"
    a.sections.append(Section("Nouvelle", "x"))
    # Make the write fail after the article row and sections are written.
    library.connection.execute(
        "CREATE TEMP TRIGGER fail BEFORE INSERT ON credits BEGIN SELECT RAISE(ABORT, 'disk I/O'); END"
    )
    with pytest.raises(LibraryError, match="Nothing was saved"):
        library.save_article(a)
    library.connection.execute("DROP TRIGGER fail")
    back = library.load_article(a.id)
    assert back.title == "Souveraineté numérique : l’Europe face aux géants"
    assert [s.heading for s in back.sections] == ["Origines", "Enjeux", "Conclusion"]
    assert len(back.credits) == 2
