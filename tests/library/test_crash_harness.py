"""The crash harness in its short form (the full run: ``python -m tests.harness.kill``)."""

from __future__ import annotations

import sqlite3

from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section
from tests.harness.kill import read_acks, run_harness, verify
from tests.harness.writer import stamp


def test_twenty_kills_lose_nothing_acknowledged_and_leave_a_sound_library(tmp_path):
    result = run_harness(20, mode="mixed", seed=7, folder=tmp_path, max_delay=0.4,
                         log=lambda _msg: None)
    assert result.failures == []
    assert result.kills == 20
    assert result.acknowledged > 20  # the writers really saved between the kills
    assert result.wal_to_replay > 0  # and were killed with work in flight
    acks = read_acks(tmp_path / "acks.txt")
    with Library.open(tmp_path / "library.hubdesk") as lib:
        assert lib.count_articles() == 3
        assert set(acks) <= {s.id for s in lib.list_articles()}


def _one_article(db) -> Article:
    import random

    rng = random.Random(1)
    a = Article(title="T", lead=stamp(rng, 5, 5), sections=[Section("A", stamp(rng, 5, 5)),
                                                            Section("B", stamp(rng, 5, 5))])
    with Library.open(db) as lib:
        lib.save_article(a)
    return a


def test_checker_catches_a_lost_acknowledged_save(tmp_path):
    db = tmp_path / "lib.hubdesk"
    a = _one_article(db)
    assert verify(db, {a.id: 5}) == []
    problems = verify(db, {a.id: 6})
    assert problems == [f"{a.id}: acknowledged save 6 lost (library has 5)"]


def test_checker_catches_a_half_written_article(tmp_path):
    db = tmp_path / "lib.hubdesk"
    a = _one_article(db)
    con = sqlite3.connect(db)
    con.execute("UPDATE sections SET body='x ⟦4⟧' WHERE id=?", (a.sections[1].id,))
    con.commit()
    con.close()
    problems = verify(db, {})
    assert any("half-written (lead 5, sections [4, 5])" in p for p in problems)


def test_read_acks_ignores_a_torn_last_line(tmp_path):
    f = tmp_path / "acks.txt"
    f.write_text("abc 1\nabc 3\ndef 2\nabc 4", encoding="utf-8")
    assert read_acks(f) == {"abc": 4, "def": 2}
    f.write_text("abc 1\nabc 3\ndef 2\nabc", encoding="utf-8")
    assert read_acks(f) == {"abc": 3, "def": 2}


_MIGRATE = """
import sys
from hubdesk.library.store import Library
print("start", flush=True)
Library.open(sys.argv[1]).close()
print("done", flush=True)
"""


def test_killed_migrations_leave_the_old_or_the_new_version(tmp_path, fixtures_dir):
    import random
    import shutil
    import subprocess
    import sys
    import time

    from hubdesk.library.check import check_library
    from hubdesk.library.schema import SCHEMA_VERSION

    rng = random.Random(5)
    root = fixtures_dir.parent.parent
    for i in range(8):
        path = tmp_path / f"lib{i}.hubdesk"
        shutil.copy(fixtures_dir / "libraries" / "v1.hubdesk", path)
        proc = subprocess.Popen([sys.executable, "-c", _MIGRATE, str(path)], cwd=root,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0, 0.05))  # somewhere in the backup or the migration
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
        con = sqlite3.connect(path)  # replays or discards the interrupted transaction
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.close()
        assert version in (1, SCHEMA_VERSION)
        assert check_library(path).ok
        with Library.open(path) as lib:  # and the next start completes the migration
            assert lib.schema_version == SCHEMA_VERSION
            assert lib.count_articles() == 2
