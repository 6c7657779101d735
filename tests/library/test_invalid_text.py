"""Text no database can store (a lone surrogate, which JSON's ``"\\ud800"`` gives) in any
field of any article of a batch: one clear line, and the library byte for byte as it was
(none of the batch written), whatever importer or caller handed it over."""

from __future__ import annotations

import hashlib

import pytest

from hubdesk.errors import LibraryError
from hubdesk.library.store import Library
from hubdesk.model.article import Credit, Section
from tests import corpus

_BAD = ["\ud800", "\udbff", "\udc00", "x\udfffy", "a\ud83db"]


def _spoil(article, field: str, bad: str) -> None:
    if field == "tags":
        article.tags = ["ok", bad]
    elif field == "section":
        article.sections.append(Section("Titre", f"Texte {bad}"))
    elif field == "heading":
        article.sections.append(Section(f"Titre {bad}", "Texte"))
    elif field == "credit":
        article.credits.append(Credit(title=f"Source {bad}"))
    else:
        setattr(article, field, f"{getattr(article, field)}{bad}")


FIELDS = ["title", "lead", "author", "description", "slug", "tags", "section", "heading", "credit"]
CASES = [(f, b) for f in FIELDS for b in _BAD]


@pytest.mark.parametrize(("field", "bad"), CASES, ids=[f"{f}-{i}" for f, b in CASES for i in [_BAD.index(b)]])
def test_a_batch_with_one_unstorable_article_is_refused_whole_in_one_line(library_path, field, bad):
    with Library.open(library_path) as lib:
        lib.save_article(corpus.make_article(50, seed=1))
    with Library.open(library_path) as lib:  # the same open and close as below, nothing saved
        assert lib.count_articles() == 1
    before = hashlib.sha256(library_path.read_bytes()).hexdigest()
    batch = [corpus.make_article(40, seed=10 + i) for i in range(5)]
    _spoil(batch[3], field, bad)
    with Library.open(library_path) as lib:
        with pytest.raises(LibraryError) as caught:
            lib.save_articles(batch)
        with pytest.raises(LibraryError):
            lib.save_article(batch[3])
        assert lib.count_articles() == 1
    message = str(caught.value)
    assert "\n" not in message and "invalid character" in message and "Nothing was changed" in message
    message.encode("utf-8")  # the message itself can be printed
    assert hashlib.sha256(library_path.read_bytes()).hexdigest() == before
