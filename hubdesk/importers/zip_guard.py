"""Checks on a ZIP-based document (DOCX, ODT) before any entry is unpacked.

Refused: a file that is not a ZIP, one with too many entries, an entry larger than
``MAX_ENTRY_BYTES`` once unpacked, a total beyond ``MAX_TOTAL_BYTES``, or an entry
compressed more than ``MAX_RATIO`` times (which only a ZIP bomb is). Sizes are read
from the ZIP's directory; the readers then unpack only entries that passed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from hubdesk.errors import ImportRefusedError

MAX_ENTRIES = 2_000
MAX_ENTRY_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200


def check_zip(path: Path) -> None:
    """Raise ``ImportRefusedError`` if ``path`` is not a ZIP fit to unpack."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRefusedError(path, "import.not_zip", reason=exc) from exc
    if len(infos) > MAX_ENTRIES:
        raise ImportRefusedError(path, "import.zip_entries", count=len(infos), limit=MAX_ENTRIES)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_ENTRY_BYTES:
            raise ImportRefusedError(
                path, "import.zip_entry_large", entry=info.filename,
                limit=MAX_ENTRY_BYTES // 2**20,
            )
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 2**20:
            raise ImportRefusedError(path, "import.zip_bomb", entry=info.filename)
    if total > MAX_TOTAL_BYTES:
        raise ImportRefusedError(path, "import.zip_total", limit=MAX_TOTAL_BYTES // 2**20)
