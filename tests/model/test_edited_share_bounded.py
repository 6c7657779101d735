"""A section's edited share is as word-by-word matching says for ordinary edits, and its
work stays bounded on long sections (word-by-word matching grows with the square)."""

from __future__ import annotations

import difflib
import random

from hubdesk.model import provenance, word_lists
from hubdesk.model.provenance import EXACT_UP_TO, edited_share, kept_words

WORDS = ("the a river market signal harbour lantern orbit ledger meadow circuit archive "
         "granite l’été co-op").split()


def _word_by_word(draft: str, text: str) -> float:
    """The measure as it was: difflib over every word, whatever the length."""
    a = provenance._WORDS.findall(draft.lower())
    b = provenance._WORDS.findall(text.lower())
    kept = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False)
               .get_matching_blocks())
    return round(1 - kept / max(len(a), len(b)), 3)


def _edited(rng: random.Random, words: list[str], edits: int) -> list[str]:
    out = list(words)
    for _ in range(edits):
        at = rng.randrange(len(out) + 1)
        kind = rng.random()
        if kind < 0.4:
            out[at:at] = rng.choice(WORDS).split()
        elif out and kind < 0.7:
            del out[min(at, len(out) - 1)]
        elif out:
            out[min(at, len(out) - 1)] = "changed"
    return out


def test_ordinary_edits_measure_as_word_by_word_matching() -> None:
    rng = random.Random(3)
    for _ in range(400):
        draft = [rng.choice(WORDS + [f"w{k}" for k in range(40)]) for _ in range(rng.randrange(1, 600))]
        text = _edited(rng, draft, rng.randrange(1, 6))
        d, t = " ".join(draft), " ".join(text)
        assert edited_share(d, t) == _word_by_word(d, t), (d, t)


def test_a_long_section_is_never_matched_word_by_word_past_the_bound(monkeypatch) -> None:
    sizes = []
    real = difflib.SequenceMatcher

    def counting(isjunk, a, b, autojunk=True):
        sizes.append(len(a) + len(b))
        return real(isjunk, a, b, autojunk=autojunk)

    monkeypatch.setattr(word_lists.difflib, "SequenceMatcher", counting)
    rng = random.Random(4)
    draft = [rng.choice(WORDS) for _ in range(80_000)]
    typed = draft[:40_000] + ["newword"] + draft[40_000:]  # typing in one place
    assert kept_words(draft, typed) == 80_000
    assert sizes == [1]  # only the word typed is matched word by word
    scattered = _edited(rng, draft, 400)  # edits all over: counted, not matched
    sizes.clear()
    kept = kept_words(draft, scattered)
    assert sizes == []
    assert 80_000 - 400 <= kept <= 80_000
    # The rest is counted word by word as often as both have it.
    assert kept_words(["a", "b", "c", "d"] * 600, ["d", "c", "b", "a"] * 600) == 2_400
    assert EXACT_UP_TO < 2 * 2_400
