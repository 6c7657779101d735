"""The writer's personal dictionary, one word list per language, kept in the library.

Words added from the spelling menu ("Add to dictionary") are stored in the
library's settings, so they follow the library (its backups and copies) rather
than one computer's account.
"""

from __future__ import annotations

import json
import logging

from hubdesk.library.store import Library

log = logging.getLogger(__name__)

_KEY = "spelling.personal."


def _key(language: str) -> str:
    return _KEY + (language or "").lower()[:2]


def words(library: Library, language: str) -> set[str]:
    """The personal words of ``language`` (``fr``, ``en``…); a damaged list reads as empty."""
    raw = library.get_setting(_key(language))
    if not raw:
        return set()
    try:
        value = json.loads(raw)
    except ValueError:
        log.warning("Ignoring a damaged personal dictionary for %s", language)
        return set()
    return {w for w in value if isinstance(w, str) and w} if isinstance(value, list) else set()


def add_word(library: Library, language: str, word: str) -> None:
    """Add ``word`` to the personal dictionary of ``language``."""
    word = word.strip()
    if not word:
        return
    known = words(library, language)
    if word not in known:
        known.add(word)
        library.set_setting(_key(language), json.dumps(sorted(known), ensure_ascii=False))


def remove_word(library: Library, language: str, word: str) -> None:
    known = words(library, language)
    if word in known:
        known.discard(word)
        library.set_setting(_key(language), json.dumps(sorted(known), ensure_ascii=False) if known else None)


MAX_WORD = 100  # characters in one personal word (a longer "word" is not one)


def is_word(value: object) -> bool:
    """Whether ``value`` can be a personal word: text, no spaces or control characters."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_WORD:
        return False
    if any(ch.isspace() or ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        return False
    return True


def all_words(library: Library) -> dict[str, set[str]]:
    """Every language's personal words (``{"fr": {...}, "en": {...}}``), empty lists left out."""
    found: dict[str, set[str]] = {}
    rows = library.connection.execute(
        "SELECT key FROM settings WHERE substr(key, 1, ?) = ?", (len(_KEY), _KEY)
    ).fetchall()
    for (key,) in rows:
        language = key[len(_KEY):]
        known = words(library, language)
        if known:
            found[language] = known
    return found


def merge_words(library: Library, language: str, new: set[str]) -> int:
    """Add ``new`` to the personal words of ``language`` in one write; how many were new."""
    known = words(library, language)
    added = {w for w in new if is_word(w)} - known
    if added:
        library.set_setting(_key(language), json.dumps(sorted(known | added), ensure_ascii=False))
    return len(added)
