"""The history of sections' origin (migration 7): what is recorded, when, and what is not."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hubdesk.__main__ import main
from hubdesk.library import provenance
from hubdesk.library.provenance_events import Cause, batches, events
from hubdesk.library.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Disclosure, Section
from hubdesk.model.provenance import Origin
from tests.checklist.articles import clean

WORDS = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"


def _ai_article(sections: int = 4) -> Article:
    article = clean("fr")
    article.disclosure = Disclosure(True, "Chappie", "Groupe Floteuil", "")
    article.sections = [Section(f"Partie {n}", WORDS) for n in range(1, sections + 1)]
    return article


def _kinds(library: Library, article_id: str, section_id: str | None = None):
    return [(str(e.cause), str(e.origin), e.position) for e in events(library, article_id,
                                                                       section_id)]


def test_import_is_one_batch_for_all_its_sections(library: Library) -> None:
    ai = _ai_article(4)
    person = clean("en")
    person.disclosure = Disclosure()
    library.save_articles([ai, person])
    found = events(library, ai.id)
    assert [(str(e.cause), str(e.origin), e.assistant, e.position) for e in found] == [
        ("import", "ai", "Chappie", n) for n in range(4)]
    assert len(batches(found)) == 1  # one History entry for the whole import
    assert events(library, person.id) == []
    library.save_article(library.load_article(ai.id))  # saving unchanged records nothing
    assert len(events(library, ai.id)) == 4


def test_saves_record_a_change_of_origin_not_every_save(library: Library) -> None:
    article = _ai_article(2)
    library.save_article(article)
    sid = article.sections[0].id
    loaded = library.load_article(article.id)
    loaded.sections[0].body = WORDS.replace("trois", "TROIS-bis")  # 1 word in 16: edited
    library.save_article(loaded)
    assert _kinds(library, article.id, sid) == [("import", "ai", 0), ("edit", "ai_edited", 0)]
    first_edit = events(library, article.id, sid)[-1]
    assert 0 < first_edit.edited < 0.25
    loaded.sections[0].body = WORDS.replace("trois", "TROIS-ter")  # still under a quarter
    library.save_article(loaded)
    loaded.sections[1].body += " Une phrase de plus."  # other section: its own entry
    loaded.sections[0].body = WORDS.replace("trois", "3").replace("cinq", "5")
    library.save_article(loaded)
    assert len(events(library, article.id, sid)) == 2  # same origin, same quarter: nothing
    second = events(library, article.id, loaded.sections[1].id)[-1]
    assert (second.cause, second.origin) == (Cause.EDIT, Origin.AI_EDITED)
    loaded.sections[0].body = "Tout réécrit par la rédaction, rien ne reste du brouillon."
    library.save_article(loaded)
    rewritten = events(library, article.id, sid)[-1]
    assert rewritten.origin is Origin.AI_EDITED and rewritten.edited > 0.75  # 3rd quarter
    loaded.sections[0].body = WORDS  # back to the draft's words
    library.save_article(loaded)
    assert _kinds(library, article.id, sid)[-1] == ("edit", "ai", 0)
    assert len(events(library, article.id, sid)) == 4


def test_marks_by_hand_and_paste_are_recorded_with_their_cause(library: Library) -> None:
    article = clean("fr")
    article.disclosure = Disclosure()
    article.sections = [Section(f"Partie {n}", WORDS) for n in range(1, 4)]
    library.save_article(article)
    assert events(library, article.id) == []
    provenance.mark_drafted(library, article, [0, 2], "Chappie", Cause.PASTE)
    provenance.mark_drafted(library, article, [1], " Claude ")
    provenance.mark_person(library, article, [0, 1])
    provenance.mark_person(library, article, [1])  # already a person's: nothing to record
    found = events(library, article.id)
    assert [(str(e.cause), str(e.origin), e.assistant, e.position) for e in found] == [
        ("paste", "ai", "Chappie", 0), ("paste", "ai", "Chappie", 2),
        ("hand", "ai", "Claude", 1),
        ("hand", "person", "", 0), ("hand", "person", "", 1)]
    assert [len(b) for b in batches(found)] == [2, 1, 2]
    assert all(e.at.tzinfo is not None for e in found)


def test_origin_history_goes_with_its_article(library: Library) -> None:
    article = _ai_article(3)
    library.save_article(article)
    library.purge_article(article.id)
    left = library.connection.execute("SELECT COUNT(*) FROM provenance_events").fetchone()[0]
    assert left == 0


def _v6_library(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    for n in range(1, 7):
        MIGRATIONS[n](con)
    for aid, sections in (("a1", 2), ("a2", 1)):
        con.execute("INSERT INTO articles (id, title, created, updated) VALUES (?, ?, ?, ?)",
                    (aid, f"Titre {aid}", "2026-01-02T03:04:05+00:00",
                     "2026-01-02T03:04:05+00:00"))
        for n in range(sections):
            sid = f"{aid}-s{n}"
            con.execute("INSERT INTO sections (id, article_id, position, heading, body)"
                        " VALUES (?, ?, ?, ?, ?)", (sid, aid, n, f"Partie {n + 1}", WORDS))
            con.execute("INSERT INTO section_provenance (section_id, article_id, assistant,"
                        " draft, recorded) VALUES (?, ?, 'Chappie', ?, ?)",
                        (sid, aid, f"Partie {n + 1}\n{WORDS}", "2026-01-02T03:04:05+00:00"))
    con.execute("PRAGMA user_version = 6")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("COMMIT")
    con.close()


def test_migration_7_starts_each_recorded_draft_with_one_entry(tmp_path: Path) -> None:
    path = tmp_path / "v6.hubdesk"
    _v6_library(path)
    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION == 7
        found = events(lib, "a1")
        assert [(str(e.cause), str(e.origin), e.assistant, e.position, e.heading)
                for e in found] == [("existing", "ai", "Chappie", 0, "Partie 1"),
                                    ("existing", "ai", "Chappie", 1, "Partie 2")]
        assert len(batches(found)) == 1
        assert {e.batch for e in events(lib, "a2")}.isdisjoint({e.batch for e in found})
        article = lib.load_article("a1")
        article.sections[0].body += " ajouté"
        lib.save_article(article)  # the first change after the migration is recorded
        assert str(events(lib, "a1", "a1-s0")[-1].origin) == "ai_edited"


def test_show_json_keeps_carrying_provenance(library: Library, library_path: Path,
                                             capsys) -> None:
    article = _ai_article(2)
    library.save_article(article)
    loaded = library.load_article(article.id)
    loaded.sections[1].body = "Réécrit entièrement par une personne de la rédaction."
    library.save_article(loaded)
    library.close()
    assert main(["--db", str(library_path), "show", article.id, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["provenance"]["origin"] for s in data["sections"]] == ["ai", "ai_edited"]
    assert data["sections"][1]["provenance"]["edited_share"] > 0.75
