"""Saving from the library's save worker: the same rows as a direct save, on its own
connection, from a snapshot that later edits do not reach."""

from __future__ import annotations

import sqlite3

import pytest

from hubdesk.errors import LibraryError
from hubdesk.library import article_rows
from hubdesk.library.store import Library
from hubdesk.model.article import Credit, Section
from tests import corpus


def test_a_background_save_writes_the_article_and_its_history(library):
    article = corpus.make_article(2000, seed=1, sections=4)
    library.save_article(article)
    article.sections[2].body += " Ajouté plus tard."
    article.title = "Titre changé"
    library.save_article_in_background(article).result(timeout=10)
    stored = library.load_article(article.id)
    assert stored.title == "Titre changé"
    assert stored.sections[2].body.endswith(" Ajouté plus tard.")
    assert [s.id for s in stored.sections] == [s.id for s in article.sections]
    assert [h.id for h in library.search("ajoute plus tard")] == [article.id]


def test_edits_made_after_the_save_was_asked_for_are_not_in_it(library):
    article = corpus.make_article(3000, seed=2, sections=3)
    library.save_article(article)
    future = library.save_article_in_background(article)
    article.sections[0].body = "Tapé pendant l'écriture."
    article.sections.append(Section("Nouvelle", "corps"))
    future.result(timeout=10)
    stored = library.load_article(article.id)
    assert stored.sections[0].body != "Tapé pendant l'écriture."
    assert len(stored.sections) == 3
    library.save_article(article)  # the next save writes them
    assert library.load_article(article.id).sections[0].body == "Tapé pendant l'écriture."
    assert len(library.load_article(article.id).sections) == 4


def test_ids_the_writer_would_change_are_changed_on_the_live_article(library):
    other = corpus.make_article(300, seed=3, sections=2)
    library.save_article(other)
    article = corpus.make_article(300, seed=4, sections=3)
    article.sections[1].id = article.sections[0].id  # a paste that repeated an id
    article.sections[2].id = other.sections[0].id  # an id of another article
    article.credits = [Credit(title="Source"), Credit(title="Autre")]
    article.credits[1].id = other.credits[0].id
    library.save_article_in_background(article).result(timeout=10)
    ids = [s.id for s in article.sections]
    assert len(set(ids)) == 3 and other.sections[0].id not in ids
    assert [s.id for s in library.load_article(article.id).sections] == ids
    assert article.credits[1].id != other.credits[0].id
    assert [c.id for c in library.load_article(article.id).credits] == [
        c.id for c in article.credits
    ]
    assert [s.id for s in library.load_article(other.id).sections] == [
        s.id for s in other.sections
    ]


def test_closing_the_library_writes_the_saves_asked_for(library_path):
    lib = Library.open(library_path)
    articles = [corpus.make_article(1500, seed=n, sections=3) for n in range(5)]
    for article in articles:
        lib.save_article_in_background(article)
    lib.close()
    with Library.open(library_path) as again:
        assert {a.id for a in again.list_articles()} == {a.id for a in articles}
        assert again.integrity_check() == []


def test_a_direct_save_waits_for_the_background_one_and_wins(library):
    article = corpus.make_article(20000, seed=5, sections=8)
    library.save_article(article)
    article.lead = "Première version."
    library.save_article_in_background(article)
    article.lead = "Seconde version."
    library.save_article(article)  # asked for later: must not be overwritten
    assert library.load_article(article.id).lead == "Seconde version."


def test_a_failed_background_save_is_a_clear_error_and_writes_nothing(library, monkeypatch):
    article = corpus.make_article(500, seed=6, sections=2)
    library.save_article(article)
    before = library.load_article(article.id)

    def full(c, a):
        c.execute("UPDATE articles SET title='half' WHERE id=?", (a.id,))
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(article_rows, "write_article", full)
    article.title = "Jamais écrit"
    with pytest.raises(LibraryError) as caught:
        library.save_article_in_background(article).result(timeout=10)
    assert str(caught.value).startswith(f"The disk holding {library.path} is full")
    assert library.load_article(article.id).title == before.title
    assert library.integrity_check() == []
