"""Lighter imports after PySide6: its "uses PySide?" test, without keeping every source.

For each module imported after PySide6, PySide's feature switch (``__feature__``)
asks whether the module's source holds the word "PySide6". It reads the source
with ``inspect.getsource``, which keeps every line of every module in
``linecache`` for the life of the process: about 10 MB and 50-100 ms at start-up.
``read_sources_lightly()`` gives it the same answer from the file's bytes, kept
nowhere. Modules without a ``.py`` file go to PySide's own test, as before. The sources
its test read before (the modules PySide imports itself, about 0.4 MB) are let go.
"""

from __future__ import annotations

import linecache
import logging
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport, whose test is replaced

log = logging.getLogger(__name__)

_light = False  # whether PySide's test is ours


def read_sources_lightly() -> bool:
    """Replace PySide's test by one that reads the file's bytes; False if it cannot be."""
    global _light
    feature = sys.modules.get("shibokensupport.feature")
    original = vars(feature).get("_mod_uses_pyside") if feature is not None else None
    if _light or original is None:  # done already, or a PySide without that test
        return _light

    def uses_pyside(module: ModuleType) -> bool:
        path = vars(module).get("__file__")
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False  # as PySide's own test when the source cannot be read

    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()  # only a cache: a traceback reads its lines again
    _light = True
    return True
