"""Spell checking of Markdown lines with the system's Hunspell library and dictionaries.

``SpellChecker.misspelled(line)`` gives the ranges of the misspelt words of one
line of Markdown, skipping what is not prose: inline code, URLs, link targets,
HTML tags, e-mail addresses, shortcuts (``Ctrl+Maj+D``), words in capitals or
with digits; key names and Markdown's own words are known (``spelling_vocabulary``).
Fenced code is
left out by the caller (the highlighter knows which lines are code). Words of the
personal dictionary and words ignored for the session count as correct.

Dictionaries are loaded by libhunspell itself (``hunspell``, through ctypes), or through
Enchant where there is no system Hunspell (``spell_engines``: Windows, macOS), on first use
and in a thread: the window is painted before the library or any dictionary is loaded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from hubdesk.patterns import lazy_pattern
from hubdesk.ui.editor.spelling_vocabulary import known_word

if TYPE_CHECKING:
    from hubdesk.ui.editor.spell_engines import Engine, OpenDictionary

log = logging.getLogger(__name__)

_engine: list = []  # the engine once looked for (None when missing): see ``engine()``

_WORD = lazy_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
_NOT_PROSE = lazy_pattern(
    r"`+[^`]*`+"  # inline code
    r"|\]\([^)]*\)"  # a link's or an image's target
    r"|<[^<>\n]*>"  # autolinks and HTML tags (no "<" inside: linear on "<a <a <a")
    r"|\b(?:https?|ftp|mailto|file):\S+|\bwww\.\S+"  # bare URLs
    r"|(?<![^\s@])[^\s@]+@\S+\.\w+"  # e-mail addresses (tried where a word starts: linear)
    r"|^\s*\[[^\]]+\]:.*$"  # reference link definitions
    r"|&#?\w+;"  # HTML entities
    r"|(?<![\w+])[^\W_]+(?:\+[^\s+]+)+"  # keyboard shortcuts: Ctrl+Shift+Up, Ctrl+/
)
_PREFERRED = {"fr": ("fr_FR", "fr"), "en": ("en_US", "en_GB", "en")}
_CACHE_LIMIT = 100_000

Range = tuple[int, int]  # (start, length)


_engine_lock = threading.Lock()


def engine() -> Engine | None:
    """libhunspell (else Enchant), loaded on first use (in the thread that loads the first
    dictionary, so that the window is shown without it), or None when neither is there."""
    with _engine_lock:
        if not _engine:
            from hubdesk.ui.editor.spell_engines import find_engine  # not before the paint

            _engine.append(find_engine())
            if _engine[0] is None:
                log.warning("Spell checking is not available: libhunspell was not found "
                            "(the libhunspell-1.7-0 package), nor pyenchant")
            else:
                log.info("Spell checking with %s", _engine[0].name)
    return _engine[0]


class Dictionary:
    """One loaded Hunspell dictionary; its calls are serialised, so that the editor (UI
    thread) and the checklist's worker can share it."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self._lock = threading.Lock()
        found = engine()
        if found is None:
            raise OSError("neither libhunspell nor pyenchant is installed")
        self._handle: OpenDictionary = found.open(tag)

    def check(self, word: str) -> bool:
        with self._lock:
            return self._handle.check(word)

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            return self._handle.suggest(word)


_loaded: dict[str, Dictionary] = {}  # by tag: each dictionary is loaded once per process


def load_dictionary(tag: str) -> Dictionary:
    """The dictionary ``tag``, loaded the first time only (switching back costs nothing)."""
    found = _loaded.get(tag)
    if found is None:
        found = _loaded.setdefault(tag, Dictionary(tag))
    return found


def is_loaded(tag: str) -> bool:
    return tag in _loaded


def load_in_background(wanted: list[str], done: Callable[[], None] | None = None,
                       *, languages: bool = False) -> threading.Thread:
    """Load the dictionaries ``wanted`` (tags, or with ``languages`` the languages whose
    dictionary is looked up first) in a thread (loading one takes 0.1 to 0.5 s), then
    call ``done`` there."""

    def work() -> None:
        for name in wanted:
            tag = dictionary_tag(name) if languages else name
            if tag is None:
                continue
            try:
                load_dictionary(tag)
            except Exception:  # noqa: BLE001 (a broken dictionary: no spell checking, no crash)
                log.exception("The %s dictionary could not be loaded", tag)
        if done is not None:
            done()

    thread = threading.Thread(target=work, name="dictionaries", daemon=True)
    thread.start()
    return thread


def preload(languages: tuple[str, ...], wait: bool = False) -> None:
    """Load the dictionaries of ``languages`` in a thread (or here, with ``wait``)."""

    def work() -> None:
        tags = [dictionary_tag(language) for language in languages]  # every tag first
        for tag in dict.fromkeys(tags):
            if tag is not None and not is_loaded(tag):
                try:
                    load_dictionary(tag)
                except Exception:  # noqa: BLE001 (a broken dictionary: no check, no crash)
                    log.exception("The %s dictionary could not be loaded", tag)

    if wait:
        work()
    else:
        threading.Thread(target=work, name="dictionaries", daemon=True).start()


_tags: dict[str, str | None] = {}  # by language asked: looked up once per process


def dictionary_tag(language: str) -> str | None:
    """The installed dictionary for an article language (``fr``, ``en``, ``en-GB``…), or None."""
    if not language:
        return None
    if language not in _tags:
        _tags[language] = _find_tag(language)
    return _tags[language]


def tag_known(language: str) -> bool:
    """True once the dictionary of ``language`` was looked up (or for no language)."""
    return not language or language in _tags


def _find_tag(language: str) -> str | None:
    found = engine()
    if found is None:
        return None
    exact = language.replace("-", "_")
    candidates = [exact, *(_PREFERRED.get(language.lower()[:2], ()))]
    return next((tag for tag in candidates if found.has(tag)), None)


class SpellChecker:
    """Checks words in one language at a time; ``personal(lang)`` gives the writer's words."""

    def __init__(self, personal: Callable[[str], set[str]] = lambda _lang: set()) -> None:
        self._personal_source = personal
        self._dict: Dictionary | None = None
        self.language = ""
        self.personal: set[str] = set()
        self.ignored: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._shared: dict[str, bool] | None = None  # a frozen copy reads its original's cache
        self.version = 0  # changes with the language and the words added or ignored
        self.waiting: str | None = None  # a dictionary (or a language's) loaded in a thread
        self._held: list[tuple[list[str], Callable[[], None], bool]] | None = None

    @property
    def active(self) -> bool:
        return self._dict is not None

    def set_language(self, language: str | None, loaded: Callable[[], None] | None = None
                     ) -> bool:
        """Check in ``language`` (None or no dictionary: check nothing). True if it changed.

        With ``loaded``, a dictionary not loaded yet is loaded in a thread, which calls
        ``loaded`` once it is ready: meanwhile nothing is checked (``waiting`` is its tag,
        or the language while its dictionary is looked up there too).
        """
        if loaded is not None and not tag_known(language or ""):
            if self.waiting != language:
                self.waiting = language
                self._load([language or ""], loaded, languages=True)
            tag = None  # nothing checked until it is there
        else:
            tag = dictionary_tag(language or "")
            if tag is not None and loaded is not None and not is_loaded(tag):
                if self.waiting != tag:
                    self.waiting = tag
                    self._load([tag], loaded)
                tag = None  # nothing checked until it is there
            else:
                self.waiting = None
        if tag == (self._dict.tag if self._dict is not None else None):
            return False
        self._cache = {}  # a new one: a frozen copy may still be reading the old one
        self._dict = load_dictionary(tag) if tag else None
        self.language = (language or "").lower()[:2] if tag else ""
        self.personal = set(self._personal_source(self.language)) if tag else set()
        self.version += 1
        log.info("Spell checking in %s", tag or "no language")
        return True

    def hold_loading(self) -> None:
        """Start no loading thread until ``release_loading()``: the window's first paint
        does not share the interpreter with it (``waiting`` says what is asked meanwhile)."""
        if self._held is None:
            self._held = []

    def release_loading(self) -> None:
        """Start the loads asked for since ``hold_loading()``, and any later one at once."""
        held, self._held = self._held or [], None
        for wanted, loaded, languages in held:
            load_in_background(wanted, loaded, languages=languages)

    def _load(self, wanted: list[str], loaded: Callable[[], None], languages: bool = False) -> None:
        if self._held is not None:
            self._held.append((wanted, loaded, languages))
        else:
            load_in_background(wanted, loaded, languages=languages)

    def frozen(self) -> SpellChecker:
        """A copy that checks as this one does now, for another thread: it shares the
        dictionary (its calls are serialised), reads this one's word cache and writes
        its own."""
        copy = SpellChecker(self._personal_source)
        copy._dict = self._dict
        copy.language = self.language
        copy.personal = set(self.personal)
        copy.ignored = set(self.ignored)
        copy.version = self.version
        copy._shared = self._cache
        return copy

    def add_personal(self, word: str) -> None:
        self.personal.add(word)
        self._cache.pop(word, None)
        self.version += 1

    def ignore(self, word: str) -> None:
        self.ignored.add(word)
        self._cache.pop(word, None)
        self.version += 1

    def check(self, word: str) -> bool:
        """True for a word that is spelt right (or that is not checked)."""
        if self._dict is None:
            return True
        known = self._cache.get(word)
        if known is None and self._shared is not None:
            known = self._shared.get(word)  # the original's (same language: read only)
        if known is None:
            known = self._check(word)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = known
        return known

    def _check(self, word: str) -> bool:
        dictionary = self._dict
        if dictionary is None:
            return True
        if word in self.personal or word in self.ignored or known_word(word, self.language):
            return True
        if len(word) < 2 or word.isupper() or any(c.isupper() for c in word[1:]):
            return True  # initials, acronyms, names like HubDesk
        if dictionary.check(word):
            return True
        straight = word.replace("’", "'")
        if straight != word and dictionary.check(straight):
            return True
        if "-" in word:
            return all(self.check(part) for part in word.split("-") if part)
        return False

    def words(self, line: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each prose word of a Markdown line."""
        masked = _NOT_PROSE().sub(lambda m: " " * len(m.group()), line)
        return [(m.start(), m.end(), m.group()) for m in _WORD().finditer(masked)]

    def misspelled(self, line: str) -> list[Range]:
        if self._dict is None:
            return []
        return [(s, e - s) for s, e, w in self.words(line) if not self.check(w)]

    def word_at(self, line: str, column: int) -> tuple[int, int, str] | None:
        """The prose word of ``line`` under ``column``, if any."""
        for start, end, word in self.words(line):
            if start <= column <= end:
                return start, end, word
        return None

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        if self._dict is None:
            return []
        return self._dict.suggest(word)[:limit]
