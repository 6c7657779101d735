"""Word counts: exact on generated texts, the same as the definition read literally."""

from __future__ import annotations

import random
import re

import pytest

from hubdesk.model.article import Article, Section, count_words

_TOKEN = re.compile(r"[\w’'-]+")


def by_definition(text: str) -> int:
    """A run of word characters, apostrophes and hyphens that holds a letter or a digit."""
    return sum(1 for m in _TOKEN.finditer(text) if any(ch.isalnum() for ch in m.group()))


@pytest.mark.parametrize("seed", range(20))
def test_counts_match_the_definition_on_generated_texts(seed: int) -> None:
    rnd = random.Random(seed)
    alphabet = "ab1é_-'’ \n.,—«»#*`[]()ß٣"
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        assert count_words(text) == by_definition(text), repr(text)


@pytest.mark.parametrize(("text", "words"), [
    ("", 0), ("-", 0), ("- - --", 0), ("__", 0), ("_a_", 1), ("l’ami d'aujourd’hui", 2),
    ("C-3PO says hi", 3), ("12 345", 2), ("é-è", 1), ("word—word", 2), ("a_b c", 2),
])
def test_small_cases(text: str, words: int) -> None:
    assert count_words(text) == words


@pytest.mark.parametrize("size", [1_000, 40_000, 200_000])
def test_long_hostile_texts_are_counted_exactly(size: int) -> None:
    assert count_words("-\n" * size) == 0
    assert count_words("-" * size) == 0
    assert count_words("a-" * size) == 1  # one hyphenated run
    assert count_words("a -" * size) == size
    assert count_words(("mot " * size)[:-1]) == size


def test_a_long_section_counted_twice_and_after_an_edit() -> None:
    body = "un mot " * 5_000
    section = Section("Titre", body)
    assert section.word_count == 1 + 10_000
    assert section.word_count == 1 + 10_000  # the remembered count
    section.body = body + "encore"
    assert section.word_count == 1 + 10_001
    article = Article(title="Un titre", lead="Le chapeau.", sections=[section])
    assert article.word_count == 2 + 2 + 1 + 10_001
