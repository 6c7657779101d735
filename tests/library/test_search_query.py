"""Pasted queries stay small: repeated terms are kept once, long queries are bounded."""

from __future__ import annotations

import itertools

import pytest

from hubdesk.library.search_query import MAX_PHRASE_WORDS, MAX_TERMS, to_fts_query
from hubdesk.library.store import Library
from tests import corpus


def test_a_repeated_term_is_kept_once():
    for word, count in itertools.product(["a", "la", "été", "x1"], [1, 2, 10, 1000, 5000]):
        query = " ".join([word] * count)
        assert to_fts_query(query) == f'"{word}"'
        typed = f'"{word}" "{word}"*' if count > 1 else f'"{word}"*'
        assert to_fts_query(query, prefix_last=True) == typed
        assert to_fts_query(f'"{query}"') == '"' + " ".join([word] * min(count, MAX_PHRASE_WORDS)) + '"'


def test_order_is_kept_and_prefixes_are_distinct_terms():
    assert to_fts_query("b a b c* a c") == '"b" "a" "c"* "c"'
    assert to_fts_query("l'été, l'été") == '"l" "été"'


@pytest.mark.parametrize("count", [MAX_TERMS - 1, MAX_TERMS, MAX_TERMS + 1, 1000, 20_000])
def test_many_distinct_terms_are_bounded(count):
    words = [f"w{i}" for i in range(count)]
    terms = to_fts_query(" ".join(words)).split(" ")
    assert terms == [f'"{w}"' for w in words[:MAX_TERMS]]
    glued = to_fts_query(",".join(words))  # one pasted token of many words
    assert glued.split(" ") == [f'"{w}"' for w in words[:MAX_TERMS]]


def test_search_with_a_repeated_term_finds_what_the_term_finds(library: Library):
    corpus.fill_library(library, 20, words=300)
    once = library.search("la")
    assert once
    for count in (2, 50, 1000):
        hits = library.search(" ".join(["la"] * count))
        assert [h.id for h in hits] == [h.id for h in once]
