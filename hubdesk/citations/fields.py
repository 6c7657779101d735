"""From one reference's fields to a credit: names, dates, outlet, address (all formats)."""

from __future__ import annotations

import re
from datetime import date

from hubdesk.model.article import Credit

REASONS = {  # why an entry is skipped, in English (the app translates the codes)
    "date": "unreadable date {detail}",
    "month": "no month {detail}",
    "no_such_date": "no such date {detail}",
    "title": "no title",
    "url": "malformed address {detail}",
    "author": "an author is not a name",
    "not_reference": "not a reference",
    "bibtex": "malformed BibTeX",
    "ris": "malformed RIS {detail}",
}


def reason_text(code: str, detail: str = "") -> str:
    """The English reason for a skipped entry."""
    return REASONS[code].format(detail=detail).strip()


class BadEntry(ValueError):
    """An entry that cannot become a credit: a reason ``code`` and its detail; the message
    says why in English."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(reason_text(code, detail))
        self.code = code
        self.detail = detail


def clean(text: object) -> str:
    """One line of text: braces of BibTeX and runs of white space removed."""
    if text is None:
        return ""
    if isinstance(text, list):
        text = " ".join(str(t) for t in text)
    return " ".join(str(text).replace("{", "").replace("}", "").split())


def person(family: str, given: str = "") -> str:
    """``Given Family`` from the parts of a name."""
    return " ".join(p for p in (clean(given), clean(family)) if p)


def inverted(name: str) -> str:
    """``Family, Given`` (as RIS and BibTeX write names) turned into ``Given Family``."""
    name = clean(name)
    if name.count(",") == 1:
        family, given = (p.strip() for p in name.split(","))
        return person(family, given)
    return name


def make_date(year: object, month: object = None, day: object = None) -> tuple[date | None, str]:
    """The credit's date when complete, else ``None`` and the partial date as text (kept in the
    note). Raises ``BadEntry`` for a date that does not exist."""
    y, m, d = (clean(v) for v in (year, month, day))
    if not y:
        return None, ""
    if not re.fullmatch(r"\d{1,4}", y) or (m and not m.isdigit()) or (d and not d.isdigit()):
        raise BadEntry("date", "-".join(p for p in (y, m, d) if p))
    if not m or not d:
        month_ok = not m or 1 <= int(m) <= 12
        if not month_ok:
            raise BadEntry("month", m)
        return None, f"{int(y):04d}" + (f"-{int(m):02d}" if m else "")
    try:
        return date(int(y), int(m), int(d)), ""
    except ValueError as exc:
        raise BadEntry("no_such_date", f"{y}-{m}-{d}") from exc


def iso_date(text: str) -> tuple[date | None, str]:
    """A date written ``2021``, ``2021-03``, ``2021-03-04`` or ``2021/03/04/`` (RIS)."""
    parts = [p for p in re.split(r"[-/]", clean(text)) if p]
    if not parts:
        return None, ""
    return make_date(*(parts + [None, None])[:3])


def credit(title: str, authors: list[str], outlet: str, when: tuple[date | None, str],
           url: str = "", note: str = "", doi: str = "") -> Credit:
    """The credit, or ``BadEntry`` when the entry has no title."""
    title = clean(title)
    if not title:
        raise BadEntry("title")
    url = clean(url)
    if not url and clean(doi):
        url = "https://doi.org/" + clean(doi).removeprefix("https://doi.org/")
    if url and not re.match(r"https?://\S+$", url):
        raise BadEntry("url", url)
    partial = when[1]
    notes = [n for n in (f"({partial})" if partial else "", clean(note)) if n]
    return Credit(title=title, author=", ".join(a for a in authors if a), outlet=clean(outlet),
                  date=when[0], url=url, note=" ".join(notes))
