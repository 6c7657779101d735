"""Text from the library or from files, made safe to print on a terminal.

A title can hold anything an imported file held, including escape sequences that
would recolour, retitle or rewrite the user's terminal (``ESC ]0;…``, ``ESC [2J``) or
bidirectional overrides that show text other than what is there. ``shown`` writes
every such character as a visible escape (``\\x1b``, ``\\u202e``); the rest of the
text, accents and all, is printed as it is.
"""

from __future__ import annotations

import json
import re
import unicodedata

# Formatting characters that reorder or hide text (Trojan Source): shown escaped too.
_BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """``text`` with control characters (C0, DEL, C1, bidirectional controls, lone
    surrogates) written as visible escapes, so that printing it cannot drive the terminal."""
    text = str(text)
    if text.isprintable() and text.isascii():
        return text
    out = []
    for ch in text:
        if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(_escape(ch))
        else:
            out.append(ch)
    return "".join(out)


# What ``shown`` escapes and ``json.dumps`` leaves raw (it escapes C0 itself): DEL, C1,
# lone surrogates and the bidirectional controls.
_UNSAFE_RE = re.compile("[\x7f-\x9f\ud800-\udfff" + "".join(sorted(_BIDI)) + "]")


def json_text(value: object) -> str:
    """``value`` as indented JSON that is safe on a terminal and exact for a JSON reader.

    Non-ASCII text stays readable; every character ``shown`` would escape is written as
    a JSON ``\\uXXXX`` escape instead, which any JSON parser reads back as the same
    character. (Such characters can only stand inside JSON strings, so this is lossless.)
    """
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
