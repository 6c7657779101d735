"""Per-section history: what a save records, listing, diffs, restore, thinning, migration."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from hubdesk.library import history
from hubdesk.library.backup import list_backups
from hubdesk.library.history import LEAD_ID
from hubdesk.library.schema import SCHEMA_VERSION
from hubdesk.library.store import Library
from hubdesk.model.article import Section
from tests import FIXTURES, corpus


def _rows(library: Library, article_id: str) -> int:
    return library.connection.execute(
        "SELECT count(*) FROM revisions WHERE article_id=?", (article_id,)
    ).fetchone()[0]


def _stored_text_rows(library: Library) -> int:
    return library.connection.execute(
        "SELECT count(*) FROM revisions WHERE body IS NOT NULL AND kind != 'deleted'"
    ).fetchone()[0]


def test_new_article_records_one_small_row_per_section_and_no_text(library):
    a = corpus.make_article(1000, seed=1, sections=4)
    library.save_article(a)
    assert _rows(library, a.id) == 5  # title+lead and four sections
    assert _stored_text_rows(library) == 0  # the current text is not duplicated
    assert [c.sections for c in history.changes(library, a.id)] == [5]


def test_only_changed_sections_add_revisions(library):
    a = corpus.make_article(1000, seed=2, sections=4)
    library.save_article(a)
    before = _rows(library, a.id)
    library.save_article(a)  # nothing changed
    a.sections.reverse()  # moved, not changed
    library.save_article(a)
    assert _rows(library, a.id) == before
    old_body = a.sections[1].body
    a.sections[1].body += " Une phrase de plus ici."
    library.save_article(a)
    assert _rows(library, a.id) == before + 1
    revs = history.revisions(library, a.id, a.sections[1].id)
    assert [r.kind for r in revs] == ["edit", "new"]
    assert revs[0].current and not revs[1].current
    assert (revs[0].added, revs[0].removed) == (5, 0)
    assert history.revision_text(library, revs[1].id) == (a.sections[1].heading, old_body)
    assert history.revision_text(library, revs[0].id)[1] == a.sections[1].body
    assert _stored_text_rows(library) == 1


def test_title_and_lead_have_their_own_history(library):
    a = corpus.make_article(500, seed=3)
    library.save_article(a)
    old_title = a.title
    a.title = "Un autre titre"
    library.save_article(a)
    revs = history.revisions(library, a.id, LEAD_ID)
    assert len(revs) == 2 and revs[0].is_lead
    assert history.revision_text(library, revs[1].id) == (old_title, a.lead)


def test_word_diff_marks_added_and_removed_words():
    pieces = history.word_diff("le chat dort sur le lit", "le chien dort sur le grand lit")
    assert [(p.op, p.text) for p in pieces] == [
        ("=", "le "), ("-", "chat "), ("+", "chien "), ("=", "dort sur le "),
        ("+", "grand "), ("=", "lit"),
    ]
    assert "".join(p.text for p in pieces if p.op != "+") == "le chat dort sur le lit"
    assert "".join(p.text for p in pieces if p.op != "-") == "le chien dort sur le grand lit"


def test_diff_with_current_and_restore_as_a_new_change(library):
    a = corpus.make_article(600, seed=4, sections=3)
    library.save_article(a)
    sid = a.sections[0].id
    original = a.sections[0].body
    a.sections[0].body = "Texte entièrement réécrit."
    library.save_article(a)
    first = history.revisions(library, a.id, sid)[-1]
    diff = history.diff_with_current(library, first.id)
    assert any(p.op == "+" and "réécrit" in p.text for p in diff)
    assert any(p.op == "-" for p in diff)

    restored = history.restore(library, a.id, first.id)
    assert restored.sections[0].body == original
    assert library.load_article(a.id).sections[0].body == original
    revs = history.revisions(library, a.id, sid)
    assert len(revs) == 3  # the restore is itself a change, which can be undone the same way
    history.restore(library, a.id, revs[1].id)
    assert library.load_article(a.id).sections[0].body == "Texte entièrement réécrit."


def test_deleted_section_is_recoverable(library):
    a = corpus.make_article(600, seed=5, sections=3)
    library.save_article(a)
    gone = a.sections.pop(1)
    library.save_article(a)
    deleted = history.deleted_sections(library, a.id)
    assert [d.section_id for d in deleted] == [gone.id]
    assert history.revision_text(library, deleted[0].id) == (gone.heading, gone.body)
    history.restore(library, a.id, deleted[0].id)
    back = library.load_article(a.id)
    assert [s.id for s in back.sections][1] == gone.id
    assert back.sections[1].body == gone.body
    assert history.deleted_sections(library, a.id) == []


def test_deleted_article_comes_back_from_the_trash_with_its_history(library):
    a = corpus.make_article(300, seed=6)
    library.save_article(a)
    library.delete_article(a.id)
    assert library.is_deleted(a.id)
    library.restore_article(a.id)
    assert not library.is_deleted(a.id)
    assert history.revisions(library, a.id)


def test_purge_removes_the_history(library):
    a = corpus.make_article(300, seed=7)
    library.save_article(a)
    library.purge_article(a.id)
    assert _rows(library, a.id) == 0


def _age(library: Library, article_id: str, section_id: str, times: list[datetime]) -> None:
    ids = [r.id for r in reversed(history.revisions(library, article_id, section_id))]
    assert len(ids) == len(times)
    with library.transaction() as c:
        for rid, t in zip(ids, times, strict=True):
            c.execute("UPDATE revisions SET saved=? WHERE id=?", (t.isoformat(), rid))


def test_thinning_keeps_the_last_day_then_hourly_then_daily_and_the_latest(library):
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    a = corpus.make_article(300, seed=8, sections=1)
    library.save_article(a)
    sid = a.sections[0].id
    times = []
    # 3 versions 20 days ago (same day), 3 within one hour 3 days ago, 3 in the last day.
    for base, step in (
        (now - timedelta(days=20), timedelta(minutes=5)),
        (now - timedelta(days=3), timedelta(minutes=10)),
        (now - timedelta(hours=5), timedelta(minutes=1)),
    ):
        for i in range(3):
            times.append(base + i * step)
    for i in range(len(times) - 1):
        a.sections[0].body = f"Version {i + 1} du texte."
        library.save_article(a)
    _age(library, a.id, sid, times)
    removed = history.thin(library, now)
    assert removed == 4  # two of each older group
    kept = [r.saved for r in reversed(history.revisions(library, a.id, sid))]
    assert kept == [times[2], times[5], times[6], times[7], times[8]]
    # What remains still reads back correctly, and sizes were recounted.
    texts = [history.revision_text(library, r.id)[1]
             for r in reversed(history.revisions(library, a.id, sid))]
    assert texts == ["Version 2 du texte.", "Version 5 du texte.", "Version 6 du texte.",
                     "Version 7 du texte.", "Version 8 du texte."]
    assert library.load_article(a.id).sections[0].body == "Version 8 du texte."


def test_thinning_never_removes_the_latest_or_a_deleted_sections_text(library):
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    a = corpus.make_article(300, seed=9, sections=2)
    library.save_article(a)
    gone = a.sections.pop()
    library.save_article(a)
    _age(library, a.id, gone.id, [now - timedelta(days=40), now - timedelta(days=39)])
    history.thin(library, now)
    deleted = history.deleted_sections(library, a.id)
    assert len(deleted) == 1
    assert history.revision_text(library, deleted[0].id)[1] == gone.body


def test_v1_library_migrates_with_backup_and_baseline_history(tmp_path, fixtures_dir):
    path = tmp_path / "old.hubdesk"
    shutil.copy(fixtures_dir / "libraries" / "v1.hubdesk", path)
    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        summaries = lib.list_articles()
        assert len(summaries) == 2
        a = lib.load_article(summaries[0].id)
        baseline = history.revisions(lib, a.id)
        assert {r.kind for r in baseline} == {"baseline"}
        assert len(baseline) == len(a.sections) + 1
        old = a.sections[0].body
        a.sections[0].body = "Nouveau texte."
        lib.save_article(a)
        revs = history.revisions(lib, a.id, a.sections[0].id)
        assert history.revision_text(lib, revs[1].id)[1] == old
        assert lib.integrity_check() == []
    backups = list_backups(path)
    assert [b.reason for b in backups] == [f"before-v{SCHEMA_VERSION}"]
    con = sqlite3.connect(backups[0].path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    con.close()


def test_failed_migration_leaves_the_library_at_its_old_version(tmp_path, fixtures_dir, monkeypatch):
    from hubdesk.library import schema

    path = tmp_path / "old.hubdesk"
    shutil.copy(fixtures_dir / "libraries" / "v1.hubdesk", path)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setitem(schema.MIGRATIONS, 2, broken)
    with pytest.raises(Exception, match="simulated failure"):
        Library.open(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names and "revisions" not in names
    con.close()


def test_saving_many_articles_stays_cheap(library):
    """An import of many articles writes one tiny row per section and no text copies."""
    corpus.fill_library(library, 50, words=500)
    assert _stored_text_rows(library) == 0
    assert library.connection.execute("SELECT count(*) FROM revisions").fetchone()[0] > 50


def test_restore_into_an_edited_article_keeps_other_sections(library):
    a = corpus.make_article(600, seed=10, sections=3)
    library.save_article(a)
    rev = history.revisions(library, a.id, a.sections[2].id)[0]
    a.sections[2].body = "Changé."
    a.sections.insert(0, Section("Nouvelle partie", "Texte neuf."))
    library.save_article(a)
    out = history.with_revision(library, a, rev.id)
    assert out.sections[0].heading == "Nouvelle partie"
    assert out.sections[3].body != "Changé."
    assert a.sections[3].body == "Changé."  # the article passed in is not modified


def test_change_size_counts_only_the_words_that_changed():
    old = "un deux trois quatre cinq six sept huit neuf dix".split()
    new = "un DEUX trois quatre cinq six sept huit neuf dix onze".split()
    assert history.change_size(old, new) == (2, 1)  # two edits far apart, counted exactly
    assert history.change_size(old, old) == (0, 0)
    assert history.change_size([], new) == (11, 0)


@pytest.mark.parametrize(
    "fixture", sorted(p.name for p in (FIXTURES / "libraries").glob("v*.hubdesk"))
)
def test_every_earlier_library_version_migrates_soundly(tmp_path, fixtures_dir, fixture):
    from hubdesk.library.check import check_library

    path = tmp_path / fixture
    shutil.copy(fixtures_dir / "libraries" / fixture, path)
    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        for s in lib.list_articles():
            lib.load_article(s.id)
    assert check_library(path).ok
    assert [b.reason for b in list_backups(path)] == [f"before-v{SCHEMA_VERSION}"]
