"""Words the dictionaries do not know but a writer of HubDesk articles uses all day.

Key names (as the French and English keyboards and menus spell them), the name of
the syntax the editor speaks, and the desk's own words ("chapô", the French lead).
They count as spelt right in every article, in addition to the writer's personal
dictionary; a shortcut written with ``+`` (``Ctrl+Maj+D``) is not prose at all and
is masked before the words are checked (see ``spell_checker``).
"""

from __future__ import annotations

KEY_NAMES = frozenset({
    "Ctrl", "Alt", "AltGr", "Shift", "Maj", "Cmd", "Meta", "Fn", "Esc", "Échap", "Tab",
    "Suppr", "Del", "Inser", "Ins", "Entrée", "Enter", "Backspace", "PgUp", "PgDn", "Verr",
})
MARKUP_WORDS = frozenset({"Markdown", "markdown", "CommonMark", "HubDesk", "WordPress", "Word"})
HOUSE_WORDS = {
    "fr": frozenset({"chapô", "chapôs"}),
    "en": frozenset(),
}


def known_word(word: str, language: str) -> bool:
    """True for a key name, a markup word or a house word of ``language`` (``fr``, ``en``)."""
    return word in KEY_NAMES or word in MARKUP_WORDS or word in HOUSE_WORDS.get(language, ())
