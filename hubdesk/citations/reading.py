"""Reading BibTeX (bibtexparser), CSL-JSON (json) and RIS (rispy) files into credits.

Each entry becomes a whole credit or is skipped and listed with its reason: nothing
is half-imported.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.citations.fields import BadEntry, clean, credit, inverted, iso_date, make_date, person
from hubdesk.errors import HubDeskError
from hubdesk.model.article import Credit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Skipped:
    entry: str  # its key or position, as the file names it
    reason: str  # in English
    code: str = ""  # the reason's code (``fields.REASONS``), for a translated message
    detail: str = ""

    @classmethod
    def of(cls, entry: str, error: BadEntry) -> Skipped:
        return cls(entry, str(error), error.code, error.detail)


@dataclass
class Reading:
    credits: list[Credit] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _bibtex(text: str) -> Reading:
    import bibtexparser
    from bibtexparser import middlewares as mw

    library = bibtexparser.parse_string(text, append_middleware=[
        mw.LatexDecodingMiddleware(), mw.SeparateCoAuthors()])
    out = Reading()
    for block in library.failed_blocks:
        raw = (block.raw or "").strip()
        first = raw.splitlines()[0] if raw else "?"
        out.skipped.append(Skipped.of(first[:60], BadEntry("bibtex")))
    for entry in library.entries:
        f = {k.lower(): v.value for k, v in entry.fields_dict.items()}
        try:
            names = f.get("author") or f.get("editor") or []
            names = [inverted(n) for n in (names if isinstance(names, list) else [names])]
            month = f.get("month")
            month = _MONTHS.get(clean(month).lower()[:3], clean(month)) if month else None
            when = (iso_date(f["date"]) if f.get("date")
                    else make_date(f.get("year"), month, f.get("day")))
            outlet = next((f[k] for k in ("journal", "journaltitle", "booktitle", "publisher",
                                          "howpublished", "organization", "institution")
                           if clean(f.get(k))), "")
            out.credits.append(credit(f.get("title", ""), names, outlet, when,
                                      f.get("url", ""), f.get("note", ""), f.get("doi", "")))
        except BadEntry as exc:
            out.skipped.append(Skipped.of(entry.key, exc))
    return out


_MONTHS = {m: str(n) for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _csl_name(name: object) -> str:
    if not isinstance(name, dict):
        raise BadEntry("author")
    return clean(name.get("literal")) or person(name.get("family", ""), name.get("given", ""))


def _csl(text: str, path: Path) -> Reading:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HubDeskError("citations.unreadable", path=str(path),
                           reason=f"not JSON: line {exc.lineno}") from exc
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        raise HubDeskError("citations.unknown_format", path=str(path))
    out = Reading()
    for n, item in enumerate(items, 1):
        label = str(item.get("id", n)) if isinstance(item, dict) else str(n)
        try:
            if not isinstance(item, dict):
                raise BadEntry("not_reference")
            names = [_csl_name(a) for a in item.get("author") or item.get("editor") or []]
            parts = ((item.get("issued") or {}).get("date-parts") or [[]])
            if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
                raise BadEntry("date")
            when = make_date(*(list(parts[0]) + [None, None, None])[:3])
            out.credits.append(credit(item.get("title", ""), names,
                                      item.get("container-title") or item.get("publisher") or "",
                                      when, item.get("URL", ""), item.get("note", ""),
                                      item.get("DOI", "")))
        except BadEntry as exc:
            out.skipped.append(Skipped.of(label, exc))
    return out


def _ris(text: str) -> Reading:
    import rispy

    out = Reading()
    records = [r for r in re.split(r"(?m)^ER  -.*$", text) if r.strip()]
    for n, record in enumerate(records, 1):
        label = f"#{n}"
        try:
            entries = rispy.loads(record.strip() + "\nER  - \n")
        except Exception as exc:  # noqa: BLE001 - rispy raises plain errors on bad records
            out.skipped.append(Skipped.of(label, BadEntry("ris", f"({exc})")))
            continue
        if len(entries) != 1:
            out.skipped.append(Skipped.of(label, BadEntry("ris")))
            continue
        e = entries[0]
        label = clean(e.get("id")) or label
        try:
            names = [inverted(a) for a in e.get("authors") or e.get("first_authors") or []]
            when = iso_date(e.get("date") or e.get("publication_year") or e.get("year") or "")
            outlet = (e.get("journal_name") or e.get("secondary_title")
                      or e.get("alternate_title1") or e.get("publisher") or "")
            urls = e.get("urls") or []
            note = e.get("notes") or ""
            out.credits.append(credit(e.get("title") or e.get("primary_title") or "", names,
                                      outlet, when, urls[0] if urls else "", note,
                                      e.get("doi", "")))
        except BadEntry as exc:
            out.skipped.append(Skipped.of(label, exc))
    return out


def read_references(path: Path, fmt: str | None = None) -> Reading:
    """The credits in a BibTeX (.bib), CSL-JSON (.json) or RIS (.ris) file, and the
    entries skipped. Raises ``HubDeskError`` when the file cannot be read at all."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise HubDeskError("citations.unreadable", path=str(path), reason=reason) from exc
    kind = fmt or {".bib": "bibtex", ".bibtex": "bibtex", ".json": "csl-json",
                   ".ris": "ris"}.get(path.suffix.lower())
    if kind is None:
        stripped = text.lstrip()
        kind = ("bibtex" if stripped.startswith("@") else "csl-json" if stripped[:1] in "[{"
                else "ris" if re.match(r"TY  - ", stripped) else None)
    if kind == "bibtex":
        out = _bibtex(text)
    elif kind == "csl-json":
        out = _csl(text, path)
    elif kind == "ris":
        out = _ris(text)
    else:
        raise HubDeskError("citations.unknown_format", path=str(path))
    if not out.credits:
        raise HubDeskError("citations.nothing", path=str(path), skipped=len(out.skipped))
    log.info("%s: %d references read, %d skipped", path, len(out.credits), len(out.skipped))
    return out


def new_credits(have: list[Credit], found: list[Credit]) -> list[Credit]:
    """The credits of ``found`` not already in ``have`` (same title and address), once each."""
    seen = {(c.title.casefold(), c.url) for c in have}
    out = []
    for c in found:
        key = (c.title.casefold(), c.url)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
