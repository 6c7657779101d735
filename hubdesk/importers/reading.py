"""Read a file to import as text, refusing what is not an article before reading it whole.

Checks, in order: the file exists, is a file, is not empty, is not larger than
``MAX_IMPORT_BYTES`` (checked from its size, before any byte is read), holds no
NUL bytes (binary), and decodes as UTF-8 (with or without BOM), UTF-16 with a
BOM, or failing that Windows-1252, which is reported in a note.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.errors import ImportRefusedError

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 20 * 1024 * 1024
_CONTROL = {b for b in range(32) if b not in (9, 10, 12, 13)} | {127}


@dataclass
class TextFile:
    """The text of a file, the encoding it was read with, and anything worth telling the user."""

    path: Path
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_file(path: Path) -> int:
    """The size of ``path`` if it can be imported; raises ``ImportRefusedError`` otherwise."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise ImportRefusedError(path, "import.missing") from exc
    except OSError as exc:
        raise ImportRefusedError(path, "import.unreadable", reason=exc.strerror or exc) from exc
    if path.is_dir():
        raise ImportRefusedError(path, "import.folder")
    if not path.is_file():
        raise ImportRefusedError(path, "import.not_regular")
    if st.st_size == 0:
        raise ImportRefusedError(path, "import.empty")
    if st.st_size > MAX_IMPORT_BYTES:
        raise ImportRefusedError(
            path, "import.too_large", size=_megabytes(st.st_size), limit=_megabytes(MAX_IMPORT_BYTES)
        )
    if not os.access(path, os.R_OK):
        raise ImportRefusedError(path, "import.permission")
    return st.st_size


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:8192]
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 100)


def decode(data: bytes, path: Path) -> TextFile:
    """Text from the bytes of ``path``; refuses binary data and text in no known encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return TextFile(path, data.decode("utf-16"), "UTF-16")
        except UnicodeDecodeError as exc:
            raise ImportRefusedError(path, "import.bad_utf16") from exc
    if _looks_binary(data):
        raise ImportRefusedError(path, "import.binary")
    try:
        return TextFile(path, data.decode("utf-8-sig"), "UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportRefusedError(path, "import.encoding") from exc
    note = f"{path}: read as Windows-1252 (the file is not valid UTF-8); check its accents"
    log.info(note)
    return TextFile(path, text, "Windows-1252", [note])


def read_text(path: str | Path) -> TextFile:
    """The whole text of a file to import, line ends normalised to ``\\n``."""
    path = Path(path)
    check_file(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportRefusedError(path, "import.unreadable", reason=exc.strerror or exc) from exc
    if len(data) > MAX_IMPORT_BYTES:  # it grew since it was checked
        raise ImportRefusedError(path, "import.grew", limit=_megabytes(MAX_IMPORT_BYTES))
    result = decode(data, path)
    result.text = result.text.replace("\r\n", "\n").replace("\r", "\n")
    if not result.text.strip():
        raise ImportRefusedError(path, "import.blank")
    return result
