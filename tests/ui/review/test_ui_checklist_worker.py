"""The checklist runs in a worker on a snapshot of the article: its findings arrive after
the article opens, follow edits, and always match the article as it is (newest wins)."""

from __future__ import annotations

import threading

from PySide6.QtTest import QTest

from hubdesk.checklist import CheckContext, Checklist
from hubdesk.model.article import Section
from hubdesk.ui.review.checklist_worker import snapshot
from tests.checklist.articles import clean
from tests.ui_helpers import make_settings, open_window


def _rules(findings) -> list[str]:
    return sorted(f.rule for f in findings if not f.rule.startswith("signoff."))


def _expected(window) -> list[str]:
    """The findings of the article as it is now, computed here from scratch."""
    review = window.review
    count = review.misspellings.counting()(window.session.article)
    context = CheckContext(word_target=review.word_target(), misspelled=count)
    return _rules(Checklist().run(window.session.article, context))


def _window(qtbot, library, tmp_path):
    return open_window(qtbot, library, make_settings(tmp_path))


def test_opening_an_article_checks_it_in_the_worker(qtbot, library, tmp_path) -> None:
    article = clean("en")
    article.sections[1].body = "Cabins are larger, see [it](http://example.org/r). A mistaek."
    article.lead = "Too short, and 'straight'."
    window = _window(qtbot, library, tmp_path)
    library.save_article(article)
    panel = window.review.checklist
    threads = []
    run = panel.checklist.run
    panel.checklist.run = lambda *a, **k: (threads.append(threading.current_thread()), run(*a, **k))[1]
    runs = panel.runs
    assert window.open_article(article.id)
    assert panel.pending  # not checked on the UI thread while opening
    assert panel.runs == runs
    qtbot.waitUntil(lambda: not panel.pending, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert _rules(panel.findings) == ["lead.length", "link.http", "spelling.errors",
                                      "typo.en.quotes", "typo.en.quotes"]
    assert _rules(panel.findings) == _expected(window)
    spelling = next(f for f in panel.findings if f.rule == "spelling.errors")
    assert spelling.params["count"] == 1


def test_findings_stay_right_through_edits_and_overtaken_runs(qtbot, library, tmp_path) -> None:
    article = clean("en")
    window = _window(qtbot, library, tmp_path)
    library.save_article(article)
    panel = window.review.checklist
    assert window.open_article(article.id)
    qtbot.waitUntil(lambda: not panel.pending, timeout=10_000)
    assert _rules(panel.findings) == []
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    for text in (" See [it](http://a.org).", " Zzqxv 'quoted'.", " More [x](ftp:bad) wordz."):
        QTest.keyClicks(window.editor, text)
        panel.start()  # a run per edit, each overtaking the one before
    qtbot.waitUntil(lambda: not panel.pending, timeout=10_000)
    assert _rules(panel.findings) == _expected(window)
    assert _rules(panel.findings) == ["link.http", "link.malformed", "spelling.errors"]
    assert next(f for f in panel.findings if f.rule == "spelling.errors").params["count"] == 2

    window.spelling.add_to_dictionary("Zzqxv")  # the count follows the dictionary
    window.spelling.ignore("wordz")
    panel.start()
    qtbot.waitUntil(lambda: not panel.pending, timeout=10_000)
    assert "spelling.errors" not in _rules(panel.findings)
    assert _rules(panel.findings) == _expected(window)


def test_a_snapshot_does_not_follow_later_edits(qtbot, library, tmp_path) -> None:
    article = clean("fr")
    copy = snapshot(article)
    article.sections.append(Section("Nouvelle", "Texte."))
    article.sections[0].body = "Changé."
    article.credits[0].title = ""
    article.disclosure.editor = ""
    assert len(copy.sections) == 2 and copy.sections[0].body != "Changé."
    assert copy.credits[0].title and copy.disclosure.editor == "Marie Curie"
    assert copy.sections[0].id == article.sections[0].id


def test_closing_the_article_while_a_run_is_in_flight_shows_nothing(qtbot, library, tmp_path) -> None:
    article = clean("en")
    article.lead = "Short 'lead'."
    window = _window(qtbot, library, tmp_path)
    library.save_article(article)
    panel = window.review.checklist
    assert window.open_article(article.id)
    assert panel.pending
    assert window.session.close_article()
    qtbot.waitUntil(lambda: not panel.pending, timeout=10_000)
    assert panel.findings == []
    assert panel.summary.text() == "No article open."
