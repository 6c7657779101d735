"""What an import takes from the library it imports into: its default language."""

from __future__ import annotations

from hubdesk.library.store import Library
from hubdesk.model.article import LANGUAGES

DEFAULT_LANGUAGE_KEY = "default_language"


def library_language(library: Library) -> str:
    """The language given to an imported file with too few words to tell.

    The library's ``default_language`` setting when set; otherwise the language most of
    its articles are written in; French (the desk's language) for an empty library.
    """
    chosen = (library.get_setting(DEFAULT_LANGUAGE_KEY) or "").strip().lower()
    if chosen:
        return chosen
    counts = {lang: library.count_articles(language=lang) for lang in LANGUAGES}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else "fr"
