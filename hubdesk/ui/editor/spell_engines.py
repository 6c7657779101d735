"""Where dictionaries come from: the system's libhunspell, else Enchant (pyenchant).

On Linux HubDesk talks to libhunspell itself (``hunspell.py``): Enchant would load every
provider it has for the one engine used. Windows and macOS have no system Hunspell;
there pyenchant's package brings Enchant, with its Hunspell provider and dictionaries.
An engine tells whether it has a dictionary (``has(tag)``) and opens one (``open(tag)``);
an opened dictionary answers ``check(word)`` and ``suggest(word)``. Neither is
thread-safe: the spell checker serialises the calls.
"""

from __future__ import annotations

import threading
from types import ModuleType
from typing import Protocol


class OpenDictionary(Protocol):
    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class Engine(Protocol):
    name: str

    def has(self, tag: str) -> bool: ...

    def open(self, tag: str) -> OpenDictionary: ...


class HunspellEngine:
    """Dictionaries opened by libhunspell, found where Hunspell and Enchant look."""

    name = "libhunspell"

    def __init__(self, hunspell: ModuleType) -> None:
        self._hunspell = hunspell

    def has(self, tag: str) -> bool:
        return self._hunspell.find_dictionary(tag) is not None

    def open(self, tag: str) -> OpenDictionary:
        files = self._hunspell.find_dictionary(tag)
        if files is None:
            folders = self._hunspell.dictionary_folders()
            raise FileNotFoundError(f"no {tag} dictionary in {folders}")
        return self._hunspell.Hunspell(*files)


_broker_lock = threading.Lock()  # Enchant's broker is not thread-safe


class EnchantDictionary:
    def __init__(self, handle) -> None:
        self._handle = handle

    def check(self, word: str) -> bool:
        return bool(word) and bool(self._handle.check(word))  # Enchant refuses ""

    def suggest(self, word: str) -> list[str]:
        return list(self._handle.suggest(word)) if word else []


class EnchantEngine:
    """Dictionaries opened through Enchant (pyenchant), where libhunspell is missing."""

    name = "Enchant"

    def __init__(self, enchant: ModuleType) -> None:
        self._enchant = enchant

    def has(self, tag: str) -> bool:
        try:
            with _broker_lock:
                return bool(self._enchant.dict_exists(tag))
        except self._enchant.errors.Error:  # a broken provider: no dictionary, no crash
            return False

    def open(self, tag: str) -> OpenDictionary:
        with _broker_lock:
            return EnchantDictionary(self._enchant.Dict(tag))


def find_engine() -> Engine | None:
    """libhunspell if it loads, else Enchant if pyenchant imports, else None."""
    from hubdesk.ui.editor import hunspell

    if hunspell.library() is not None:
        return HunspellEngine(hunspell)
    try:
        import enchant
    except ImportError:  # pyenchant, or the Enchant library it loads, is missing
        return None
    return EnchantEngine(enchant)
