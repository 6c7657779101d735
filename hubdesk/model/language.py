"""Guess whether a text is French or English from its most common short words."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_FR = frozenset(
    "le la les un une des du de et est en au aux dans pour par sur avec que qui ne pas "
    "plus ce cette ces son sa ses leur leurs nous vous ils elle elles mais ou donc aussi "
    "très être sont été entre comme tout tous toute où déjà ainsi il je on se cette avait "
    "été peut aussi l d qu j".split()
)
_EN = frozenset(
    "the a an and is are was were of to in for on with that which who not this these "
    "those its their our we you they it but or so also very be been between as all "
    "from by at has have had will would can i there what how when more than into about "
    "after before".split()
)


def detect_language(text: str, default: str = "fr") -> str:
    """``"fr"`` or ``"en"``: whichever language's stop words the text uses more."""
    fr = en = 0
    for n, match in enumerate(_WORD_RE.finditer(text[:20_000])):
        word = match.group().lower()
        fr += word in _FR
        en += word in _EN
        if n > 3000:
            break
    if fr == en:
        return default
    return "fr" if fr > en else "en"
