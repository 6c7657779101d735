"""Typography as you type: the rules, by language, as plain functions.

``substitute(language, before, char)`` says what to do once ``char`` has been
typed after the text ``before`` (the start of the line): replace the last
``n`` characters of ``before`` and the typed character with a new text, or
nothing. French: ``'`` → ``’``, ``"`` → ``« `` or `` »`` with narrow no-break
spaces (U+202F) inside, a narrow no-break space before ``; : ! ?`` and ``...``
→ ``…``. English: curly quotes and apostrophes, and ``...`` → ``…``.
``is_literal(before)`` tells when the cursor is in code or a URL, where nothing
is replaced.
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space
_OPENING_AFTER = set(" \t\u00a0\u202f([{<«“‘—–-/")
_URL_SCHEMES = re.compile(r"(?:^|[\s(<\[])(?:https?|ftp|mailto|file)$", re.IGNORECASE)
_IN_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S*$", re.IGNORECASE)
_ENTITY = re.compile(r"&#?\w+$")
_IN_LINK_TARGET = re.compile(r"\]\([^)\s]*$|<[^>\s]*$")

Substitution = tuple[int, str]  # (characters of ``before`` to replace too, replacement)


def is_literal(before: str) -> bool:
    """True when text typed after ``before`` is in an inline code span, a URL or a link target."""
    if before.count("`") % 2:
        return True
    return bool(_IN_URL.search(before) or _IN_LINK_TARGET.search(before))


def _opens(before: str) -> bool:
    return not before or before[-1] in _OPENING_AFTER


def substitute(language: str, before: str, char: str) -> Substitution | None:
    """What typing ``char`` after ``before`` becomes in ``language`` (None: stays as typed)."""
    lang = (language or "").lower()[:2]
    if char == "." and before.endswith("..") and lang in ("fr", "en"):
        return 2, "…"
    if lang == "fr":
        return _french(before, char)
    if lang == "en":
        return _english(before, char)
    return None


def _french(before: str, char: str) -> Substitution | None:
    last = before[-1:] if before else ""
    if char == "'":
        return 0, "’"
    if char == '"':
        return (0, "«" + NNBSP) if _opens(before) else (0, NNBSP + "»")
    if char in ";:!?":
        if not before or last in "!?" + NNBSP or last == "\t":
            return None
        if char == ":" and (last.isdigit() or last == "]" or _URL_SCHEMES.search(before)):
            return None  # 10:30, a link definition ``[id]: url``, ``https:``
        if char == ";" and _ENTITY.search(before):
            return None  # ``&amp;``
        if last in (" ", "\u00a0"):
            if not before.strip():
                return None
            return 1, NNBSP + char
        return 0, NNBSP + char
    if char == "[" and before.endswith(NNBSP + "!"):
        return 2, " !["  # ``![`` starts an image: no space inside it
    return None


def _english(before: str, char: str) -> Substitution | None:
    if char == "'":
        return 0, "‘" if _opens(before) else "’"
    if char == '"':
        return 0, "“" if _opens(before) else "”"
    return None
