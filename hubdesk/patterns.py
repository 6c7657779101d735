"""Regular expressions compiled on first use rather than when their module is imported.

A module the window imports to open but whose patterns serve later (spell checking,
typography fixes, validation) declares them with ``lazy_pattern`` and calls the
result: the first call compiles the pattern, the next ones return it.

    _WORD = lazy_pattern(r"\\w+")
    ...
    _WORD().findall(text)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from typing import AnyStr


def lazy_pattern(source: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function returning ``re.compile(source, flags)``, compiled on its first call."""
    return cache(partial(re.compile, source, flags))
