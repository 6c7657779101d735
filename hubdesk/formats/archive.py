"""Library archives: many articles in one file, to hand to a colleague.

An archive (extension ``.hubdesk-archive``) is a ZIP file holding
``manifest.json`` (format name and version, and for each article its id,
title, last change and the name of its file) and one JSON file per article
under ``articles/`` (see ``hubdesk.article_json``), and ``dictionary.json``, the
library's personal spelling words per language, when it has any.

Importing merges into the open library without duplicates: an article whose id
is already there is replaced only when the archive's copy changed more recently,
and the report says which copy was kept. Archives are treated as hostile: entry
names that could escape a folder, sizes or compression ratios out of proportion
(ZIP bombs), enormous manifests and malformed articles refuse the whole archive
with a message naming the problem, before anything is written. The import
itself is one transaction: all the articles it reports, or none. The personal
words are then merged into the library's own (added, never removed); a damaged
word list is left out, the articles still imported, and the report says so.
"""

from __future__ import annotations

import json
import logging
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hubdesk.errors import MESSAGES, ImportRefusedError
from hubdesk.files import atomic_write, check_folder
from hubdesk.formats.article_json import (
    ARTICLE_ID_RE,
    article_from_dict,
    article_to_dict,
    check_unicode,
)
from hubdesk.library import personal_dictionary
from hubdesk.library.store import Library
from hubdesk.model.article import Article, utc_now
from hubdesk.model.bounds import bounds_error

log = logging.getLogger(__name__)

EXTENSION = ".hubdesk-archive"
MIME_TYPE = "application/x-hubdesk-archive"
FORMAT_NAME = "hubdesk-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DICTIONARY = "dictionary.json"
DICTIONARY_FORMAT = "hubdesk-personal-dictionary"

MAX_ARCHIVE_BYTES = 2 * 1024**3  # the archive file itself
MAX_MANIFEST_BYTES = 32 * 1024**2
MAX_ARTICLES = 200_000
MAX_ENTRY_BYTES = 64 * 1024**2  # one article file, uncompressed
MAX_DICTIONARY_BYTES = 16 * 1024**2
MAX_DICTIONARY_LANGUAGES = 200
MAX_TOTAL_BYTES = 4 * 1024**3  # everything, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 256 * 1024

_ENTRY_RE = re.compile(r"^articles/[0-9]{6,9}\.json$")
_LANGUAGE_RE = re.compile(r"^[A-Za-z]{2}$")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ArchiveEntry:
    id: str
    title: str
    updated: datetime
    path: str


@dataclass
class ExportSummary:
    path: Path
    count: int = 0
    cancelled: bool = False


@dataclass
class MergeReport:
    """What an archive import did, article by article (id, title)."""

    added: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[tuple[str, str]] = field(default_factory=list)  # the archive's copy was newer
    kept: list[tuple[str, str]] = field(default_factory=list)  # the library's copy, as new or newer
    cancelled: bool = False
    words_added: int = 0  # personal spelling words the library did not have
    dictionary_damaged: bool = False  # the archive's word list was unreadable and left out

    @property
    def written(self) -> int:
        return len(self.added) + len(self.replaced)


# ---------------------------------------------------------------- export


def export_archive(
    library: Library,
    path: str | Path,
    article_ids: list[str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportSummary:
    """Write the given articles (all those not in the trash when None) to one archive file.

    The file appears whole or not at all: it is written beside the target and
    moved into place at the end. A cancelled export leaves no file.
    """
    path = Path(path)
    if path.suffix != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    check_folder(path.parent)
    if article_ids is None:
        ids = [s.id for s in library.list_articles(sort="title", descending=False)]
    else:
        ids = [library.resolve_id(i) for i in article_ids]
    summary = ExportSummary(path)
    entries: list[dict[str, Any]] = []

    def write(tmp: Path) -> None:
        with tmp.open("wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            for n, article_id in enumerate(ids):
                if cancelled and cancelled():
                    raise _Cancelled
                article = library.load_article(article_id)
                name = f"articles/{n + 1:06d}.json"
                data = article_to_dict(article)
                zf.writestr(name, json.dumps(data, ensure_ascii=False, indent=1))
                entries.append({
                    "id": article.id, "title": article.title,
                    "updated": data["updated"], "file": name,
                })
                if progress:
                    progress(n + 1, len(ids))
            manifest = {
                "format": FORMAT_NAME, "version": FORMAT_VERSION,
                "created": utc_now().isoformat(), "count": len(entries), "articles": entries,
            }
            words = personal_dictionary.all_words(library)
            if words:
                languages = {lang: sorted(w) for lang, w in sorted(words.items())}
                zf.writestr(DICTIONARY, json.dumps(
                    {"format": DICTIONARY_FORMAT, "version": 1, "languages": languages},
                    ensure_ascii=False, indent=1))
                manifest["dictionary"] = DICTIONARY
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))

    try:
        atomic_write(path, write)
    except _Cancelled:
        summary.cancelled = True
        return summary
    summary.count = len(entries)
    log.info("Exported %d articles to %s", summary.count, path)
    return summary


# ---------------------------------------------------------------- reading


class _Cancelled(Exception):
    """The user cancelled an export: the half-written archive is thrown away."""


def _refuse(path: Path, code: str, **params: object) -> ImportRefusedError:
    return ImportRefusedError(path, code, **params)


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    """The bytes of one entry, never trusting the sizes its header claims."""
    if info.file_size > limit:
        raise _refuse(path, "archive.entry_too_large", entry=info.filename, limit=limit // 1024**2)
    if (
        info.file_size > RATIO_FLOOR
        and info.file_size > MAX_RATIO * max(1, info.compress_size)
    ):
        raise _refuse(path, "archive.bomb_ratio", entry=info.filename,
                      ratio=info.file_size // max(1, info.compress_size))
    chunks, total = [], 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(1024 * 1024)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit or (total > RATIO_FLOOR and total > MAX_RATIO * max(1, info.compress_size)):
                    raise _refuse(path, "archive.bomb_size", entry=info.filename)
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise _refuse(path, "archive.entry_unreadable", entry=info.filename, reason=exc) from exc
    return b"".join(chunks)


def _check_names(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in zf.infolist():
        name = info.filename
        if (
            name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name
            or any(part in ("..", "") for part in name.rstrip("/").split("/"))
        ):
            raise _refuse(path, "archive.entry_outside", entry=repr(name[:120]))
        if name in infos:
            raise _refuse(path, "archive.entry_twice", entry=repr(name[:120]))
        if info.flag_bits & 0x1:
            raise _refuse(path, "archive.encrypted")
        infos[name] = info
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(path, "archive.total_too_large", limit=MAX_TOTAL_BYTES // 1024**3)
    return infos


def _parse_manifest(raw: bytes, path: Path) -> list[ArchiveEntry]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError as exc:
        raise _refuse(path, "archive.manifest_deep") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(path, "archive.manifest_json", reason=exc) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _refuse(path, "archive.no_manifest")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise _refuse(path, "archive.manifest_version")
    if version > FORMAT_VERSION:
        raise _refuse(path, "archive.newer", version=version)
    items = data.get("articles")
    if not isinstance(items, list):
        raise _refuse(path, "archive.manifest_no_list")
    if len(items) > MAX_ARTICLES:
        raise _refuse(path, "archive.manifest_too_long", limit=MAX_ARTICLES)
    entries, ids, files = [], set(), set()
    for n, item in enumerate(items):
        try:
            if not isinstance(item, dict):
                raise ValueError("not a mapping")
            aid, title, stamp, name = item.get("id"), item.get("title", ""), item.get("updated"), item.get("file")
            if not isinstance(aid, str) or not isinstance(title, str) or not isinstance(name, str):
                raise ValueError("id, title and file must be text")
            updated = datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
            if updated is None or updated.tzinfo is None:
                raise ValueError("updated must be an ISO 8601 date and time with its zone")
            updated = updated.astimezone(UTC)
            if not ARTICLE_ID_RE.match(aid):
                raise ValueError(f"the id {aid[:80]!r} is not a HubDesk article id")
            check_unicode(title, "its title")
        except OverflowError:
            raise _refuse(path, "archive.manifest_date_range", number=n + 1,
                          value=repr(str(stamp)[:40])) from None
        except (ValueError, TypeError) as exc:
            raise _refuse(path, "archive.manifest_entry", number=n + 1, reason=exc) from exc
        if not _ENTRY_RE.match(name):
            raise _refuse(path, "archive.manifest_file_name", number=n + 1, entry=repr(name[:120]))
        if aid in ids or name in files:
            raise _refuse(path, "archive.manifest_twice", id=repr(aid[:64]), entry=repr(name))
        ids.add(aid)
        files.add(name)
        entries.append(ArchiveEntry(aid, title[:500], updated, name))
    return entries


@dataclass
class _OpenArchive:
    path: Path
    zf: zipfile.ZipFile
    infos: dict[str, zipfile.ZipInfo]
    entries: list[ArchiveEntry]

    def dictionary(self) -> dict[str, set[str]] | None:
        """The personal words the archive carries by language ({} if none; None if damaged).

        Words that cannot be words (spaces, control characters, too long) are
        dropped one by one; a file that is not a word list at all is None.
        """
        info = self.infos.get(DICTIONARY)
        if info is None:
            return {}
        raw = _read_entry(self.zf, info, MAX_DICTIONARY_BYTES, self.path)
        try:
            data: Any = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            data = None
        languages = data.get("languages") if isinstance(data, dict) else None
        if (
            not isinstance(data, dict) or data.get("format") != DICTIONARY_FORMAT
            or not isinstance(languages, dict) or len(languages) > MAX_DICTIONARY_LANGUAGES
        ):
            log.warning("%s: its personal dictionary is damaged and was left out", self.path)
            return None
        found: dict[str, set[str]] = {}
        for language, words in languages.items():
            if _LANGUAGE_RE.match(language) and isinstance(words, list):
                kept = {w for w in words if personal_dictionary.is_word(w)}
                if kept:
                    found.setdefault(language[:2].lower(), set()).update(kept)
        return found

    def article(self, entry: ArchiveEntry) -> Article:
        info = self.infos.get(entry.path)
        if info is None:
            raise _refuse(self.path, "archive.entry_missing", entry=entry.path)
        raw = _read_entry(self.zf, info, MAX_ENTRY_BYTES, self.path)
        where = f"{entry.path}"
        try:
            data: Any = json.loads(raw.decode("utf-8"))
            article = article_from_dict(data, where)
            bounds = bounds_error(article)
            if bounds is not None:
                raise ValueError(MESSAGES[bounds[0]].format(**bounds[1]))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise _refuse(self.path, "archive.bad_article", entry=where, reason=exc) from exc
        if article.id != entry.id:
            raise _refuse(self.path, "archive.wrong_id", entry=where, id=repr(article.id), expected=repr(entry.id))
        return article


def _declared_entries(path: Path) -> int | None:
    """How many entries the ZIP's directory declares, read from its end record alone.

    ``zipfile`` reads the whole directory when it opens a file; a directory of
    millions of entries is refused before that. None when no end record is found
    (``zipfile`` then explains what is wrong).
    """
    with path.open("rb") as fh:
        size = fh.seek(0, os.SEEK_END)
        tail_len = min(size, 22 + 65535)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + 22 > len(tail):
            return None
        count = int.from_bytes(tail[at + 10 : at + 12], "little")
        if count != 0xFFFF or at < 20 or tail[at - 20 : at - 16] != b"PK\x06\x07":
            return count
        # ZIP64: the locator gives the offset of the ZIP64 end record, which holds the count.
        offset = int.from_bytes(tail[at - 12 : at - 4], "little")
        if offset + 56 > size:
            return None
        fh.seek(offset)
        record = fh.read(56)
        if record[:4] != b"PK\x06\x06":
            return None
        return int.from_bytes(record[32:40], "little")


def _open(path: Path) -> _OpenArchive:
    if not path.is_file():
        raise _refuse(path, "archive.missing")
    if path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise _refuse(path, "archive.too_large", limit=MAX_ARCHIVE_BYTES // 1024**3)
    try:
        declared = _declared_entries(path)
    except OSError as exc:
        raise _refuse(path, "archive.unreadable", reason=exc.strerror or exc) from exc
    if declared is not None and declared > MAX_ARTICLES + 16:
        raise _refuse(path, "archive.too_many_entries", count=declared, limit=MAX_ARTICLES)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(path, "archive.not_zip", reason=exc) from exc
    try:
        infos = _check_names(zf, path)
        info = infos.get(MANIFEST)
        if info is None:
            raise _refuse(path, "archive.no_manifest_file")
        entries = _parse_manifest(_read_entry(zf, info, MAX_MANIFEST_BYTES, path), path)
    except BaseException:
        zf.close()
        raise
    return _OpenArchive(path, zf, infos, entries)


def read_manifest(path: str | Path) -> list[ArchiveEntry]:
    """The articles an archive holds, as its manifest lists them (checked, not imported)."""
    arch = _open(Path(path))
    arch.zf.close()
    return arch.entries


# ---------------------------------------------------------------- import


def _library_copies(library: Library, ids: list[str]) -> dict[str, tuple[datetime, str]]:
    """Last change and title of the articles of this list already in the library."""
    out: dict[str, tuple[datetime, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, stamp, title in library.connection.execute(
            f"SELECT id, updated, title FROM articles WHERE id IN ({marks})", chunk
        ):
            out[aid] = (datetime.fromisoformat(stamp), title)
    return out


class _Cancel(Exception):
    pass


def import_archive(
    library: Library,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MergeReport:
    """Merge an archive into the library; returns what was added, replaced and kept.

    Every article is read and checked before the first one is written, then all
    are written in one transaction. ``ImportRefusedError`` names the problem of a
    refused archive; the library is then unchanged, as it is after a cancel.
    """
    path = Path(path)
    report = MergeReport()
    arch = _open(path)
    try:
        total = len(arch.entries)
        existing = _library_copies(library, [e.id for e in arch.entries])
        to_write: list[ArchiveEntry] = []
        # Pass 1: check every article (nothing kept in memory but the plan).
        for n, entry in enumerate(arch.entries):
            if cancelled and cancelled():
                return MergeReport(cancelled=True)
            article = arch.article(entry)
            mine = existing.get(entry.id)
            if mine is None:
                report.added.append((entry.id, article.title))
                to_write.append(entry)
            elif article.updated > mine[0]:
                report.replaced.append((entry.id, article.title))
                to_write.append(entry)
            else:
                report.kept.append((entry.id, mine[1]))
            if progress:
                progress(n + 1, total + len(to_write))
        words = arch.dictionary()
        report.dictionary_damaged = words is None
        # Pass 2: write them, streaming, in one transaction.
        grand = total + len(to_write)

        def articles() -> Iterator[Article]:
            for n, entry in enumerate(to_write):
                if cancelled and cancelled():
                    raise _Cancel
                yield arch.article(entry)
                if progress:
                    progress(total + n + 1, grand)

        try:
            library.save_articles(articles())  # type: ignore[arg-type]
        except _Cancel:
            return MergeReport(cancelled=True)
    finally:
        arch.zf.close()
    for language, new in (words or {}).items():
        report.words_added += personal_dictionary.merge_words(library, language, new)
    log.info("Imported %s: %d added, %d replaced, %d kept, %d personal words", path,
             len(report.added), len(report.replaced), len(report.kept), report.words_added)
    return report
