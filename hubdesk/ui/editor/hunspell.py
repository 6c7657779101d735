"""The system's Hunspell library (libhunspell) through ctypes, and its dictionaries.

``library()`` loads libhunspell once (None when it is missing); ``find_dictionary(tag)``
finds ``<tag>.aff`` and ``<tag>.dic`` where Hunspell and Enchant look; ``Hunspell(aff, dic)``
is one loaded dictionary, not thread-safe: its caller serialises its calls."""

from __future__ import annotations

import ctypes
import os
import re
import threading
import weakref

_NAMES = ("hunspell-1.7", "hunspell-1.6", "hunspell")  # for ctypes.util.find_library
_SONAMES = ("libhunspell-1.7.so.0", "libhunspell-1.6.so.0")  # tried first: no subprocess
_WORDS = ctypes.POINTER(ctypes.c_char_p)  # a char** list of suggestions
_SIGNATURES = {  # name: (restype, argtypes), for every function used
    "Hunspell_create": (ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_char_p]),
    "Hunspell_destroy": (None, [ctypes.c_void_p]),
    "Hunspell_get_dic_encoding": (ctypes.c_char_p, [ctypes.c_void_p]),
    "Hunspell_spell": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p]),
    "Hunspell_suggest": (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(_WORDS), ctypes.c_char_p]),
    "Hunspell_free_list": (None, [ctypes.c_void_p, ctypes.POINTER(_WORDS), ctypes.c_int]),
}
_CODECS = {"microsoft-cp1251": "cp1251", "tis620-2533": "tis-620"}  # Hunspell's names Python lacks
_TAG = re.compile(r"[A-Za-z][\w@-]*", re.ASCII)  # fr_FR, en-GB, sr_RS@latin: never a path

_lock = threading.Lock()
_library: list[ctypes.CDLL | None] = []  # once looked for
# Creating and destroying dictionaries count users of a table libhunspell shares, unlocked;
# reentrant, as a finalizer runs wherever the garbage collector does.
_lifetime_lock = threading.RLock()


def library() -> ctypes.CDLL | None:
    """libhunspell, loaded on the first call, or None when it is not installed."""
    with _lock:
        if not _library:
            _library.append(_load())
    return _library[0]


def _load() -> ctypes.CDLL | None:
    for name in _SONAMES:
        if (found := _open(name)) is not None:
            return found
    import ctypes.util  # only now: it brings subprocess, and runs ldconfig

    for name in _NAMES:
        path = ctypes.util.find_library(name)
        if path and (found := _open(path)) is not None:
            return found
    return None


def _open(name: str) -> ctypes.CDLL | None:
    try:
        lib = ctypes.CDLL(name)
        for function, (restype, argtypes) in _SIGNATURES.items():
            getattr(lib, function).restype = restype
            getattr(lib, function).argtypes = argtypes
    except (OSError, AttributeError):  # not there, or not a Hunspell with its C API
        return None
    return lib


def dictionary_folders() -> list[str]:
    """Where dictionaries are looked for, in order: $DICPATH, the user's folders (Hunspell's,
    then Enchant's), then each system data folder's hunspell, myspell and myspell/dicts."""
    env, home = os.environ, os.path.expanduser("~")
    folders = [path for path in env.get("DICPATH", "").split(os.pathsep) if path]
    data_home = env.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share")
    config_home = env.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    folders += [os.path.join(data_home, "hunspell"), os.path.join(config_home, "enchant", "hunspell")]
    for data in (env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(os.pathsep):
        if data:
            folders += [os.path.join(data, "hunspell"), os.path.join(data, "myspell"),
                        os.path.join(data, "myspell", "dicts")]
    return folders


def find_dictionary(tag: str) -> tuple[str, str] | None:
    """The .aff and .dic files of the dictionary ``tag`` (``fr_FR``), from the first folder
    that has both, or None."""
    if not _TAG.fullmatch(tag):
        return None
    for folder in dictionary_folders():
        aff, dic = os.path.join(folder, tag + ".aff"), os.path.join(folder, tag + ".dic")
        if os.path.isfile(aff) and os.path.isfile(dic):  # False on any error, never raises
            return aff, dic
    return None


def codec(name: bytes | None) -> str:
    """Python's codec for a dictionary's SET (ISO8859-1, microsoft-cp1251…); UTF-8 if unknown."""
    text = (name or b"").decode("ascii", "replace").strip().lower()
    text = _CODECS.get(text, text)
    try:
        "a".encode(text)  # a text encoding (not base64, rot13…) that Python knows
    except LookupError:
        return "utf-8"
    return text


def _destroy(lib: ctypes.CDLL, handle: int) -> None:
    with _lifetime_lock:
        lib.Hunspell_destroy(handle)


class Hunspell:
    """One dictionary loaded by libhunspell: ``check(word)``, ``suggest(word)``, ``close()``."""

    def __init__(self, aff: str | os.PathLike[str], dic: str | os.PathLike[str]) -> None:
        lib = library()
        if lib is None:
            raise OSError("libhunspell is not installed")
        for path in (aff, dic):  # Hunspell would load a missing file as an empty dictionary
            if not os.path.isfile(path) or not os.access(path, os.R_OK):
                raise FileNotFoundError(f"cannot read the dictionary file {os.fspath(path)}")
        with _lifetime_lock:
            handle = lib.Hunspell_create(os.fsencode(aff), os.fsencode(dic))
        if not handle:
            raise OSError(f"Hunspell could not load {os.fspath(dic)}")
        self._lib, self._handle = lib, handle
        # Destroyed by close() or once unused; not at exit, where a daemon thread may use it.
        self._finalizer = weakref.finalize(self, _destroy, lib, handle)
        self._finalizer.atexit = False
        self.encoding = codec(lib.Hunspell_get_dic_encoding(handle))

    def _encode(self, word: str) -> bytes | None:
        """``word`` in the dictionary's encoding, or None when it cannot be written there."""
        if not self._finalizer.alive:
            raise ValueError("the dictionary is closed")
        try:
            data = word.encode(self.encoding)
        except UnicodeEncodeError:
            return None
        return data if data and b"\0" not in data else None  # C strings end at a NUL

    def check(self, word: str) -> bool:
        """True if ``word`` is spelt right; a word the dictionary cannot write is not in it."""
        data = self._encode(word)
        return data is not None and self._lib.Hunspell_spell(self._handle, data) != 0

    def suggest(self, word: str) -> list[str]:
        """Hunspell's suggestions for ``word``, best first."""
        data = self._encode(word)
        if data is None:
            return []
        words = _WORDS()
        count = self._lib.Hunspell_suggest(self._handle, ctypes.byref(words), data)
        try:
            found = [words[i] for i in range(count)] if words else []  # NULL when none
            return [raw.decode(self.encoding, errors="replace") for raw in found if raw]
        finally:
            self._lib.Hunspell_free_list(self._handle, ctypes.byref(words), count)

    def close(self) -> None:
        """Free the dictionary (it checks nothing more); closing twice does nothing."""
        self._finalizer()
