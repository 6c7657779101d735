"""Search while typing runs on a worker thread; only the latest query's hits are shown."""

from __future__ import annotations

import threading

from hubdesk.library import search_reader
from hubdesk.library.search_reader import SearchReader
from hubdesk.ui.library.library_panel import LibraryPanel
from tests import corpus


def _panel(qtbot, library) -> LibraryPanel:
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    return panel


def test_search_runs_off_the_ui_thread_and_never_on_the_library_connection(
    qtbot, library, monkeypatch
):
    articles = [corpus.make_article(200, seed=s, language="en") for s in range(4)]
    articles[2].title = "Hydrogène et batteries"
    library.save_articles(articles)
    threads: list[int] = []
    original = SearchReader.search

    def recording(self, query, **kwargs):
        threads.append(threading.get_ident())
        return original(self, query, **kwargs)

    def forbidden(*_args, **_kwargs):
        raise AssertionError("the UI thread searched the library")

    monkeypatch.setattr(SearchReader, "search", recording)
    monkeypatch.setattr(library, "search", forbidden)
    panel = _panel(qtbot, library)
    qtbot.keyClicks(panel.search, "hydrog")
    qtbot.waitUntil(lambda: panel.model.query == "hydrog")
    assert [panel.model.article_id(r) for r in range(panel.model.rowCount())] == [articles[2].id]
    assert panel.count_label.text() == "1 result(s)"
    assert threads and threading.get_ident() not in threads


def test_only_the_latest_query_is_shown(qtbot, library, monkeypatch):
    articles = [corpus.make_article(150, seed=s, language="en") for s in range(6)]
    for n, a in enumerate(articles):
        a.title = f"Topic{n} special"
    library.save_articles(articles)
    gate = threading.Event()
    original = search_reader.search_hits

    def slow_first(con, query, **kwargs):
        if query == "Topic0":
            gate.wait(10)  # the first query is still running while the user types on
        return original(con, query, **kwargs)

    monkeypatch.setattr(search_reader, "search_hits", slow_first)
    panel = _panel(qtbot, library)
    model = panel.model
    model.set_query("Topic0")
    qtbot.waitUntil(model.searching)
    for n in range(1, 6):  # typed while the first search runs: all but the last are stale
        model.set_query(f"Topic{n}")
    gate.set()
    qtbot.waitUntil(lambda: model.query == "Topic5" and not model.searching())
    assert [model.article_id(r) for r in range(model.rowCount())] == [articles[5].id]
    shown: list[str] = []
    model.search_shown.connect(lambda: shown.append(model.query))
    model.set_query("")  # clearing shows the list at once, and late hits cannot come back
    assert model.query == "" and model.total() == 6
    assert shown == [""]


def test_a_pasted_page_searches_without_blocking_and_finds_the_article(qtbot, library):
    articles = [corpus.make_article(300, seed=s, language="fr") for s in range(5)]
    library.save_articles(articles)
    panel = _panel(qtbot, library)
    pasted = " ".join(["la"] * 5000) + " " + articles[3].title
    panel.search.setText(pasted)
    panel.apply_search()
    assert panel.model.query == ""  # the UI thread returned before the hits
    qtbot.waitUntil(lambda: panel.model.query == pasted.strip(), timeout=20_000)
    assert articles[3].id in [panel.model.article_id(r) for r in range(panel.model.rowCount())]
