"""Dates as HubDesk writes and reads them: the one home of the month names.

Two printed forms, in the article's language:

- the day of an article (byline): ``September 9, 2025`` / ``9 septembre 2025``
  (``1er`` for the first of the month, as French typography wants);
- the day of a credit: ``Sep 9, 2025`` / ``09/09/2025``.

And one reader of English month names (``Sep``, ``Sept.``, ``September``) for
credit lines pasted from the web.
"""

from __future__ import annotations

from datetime import date

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
_BY_ABBREVIATION = {name[:3].lower(): n for n, name in enumerate(MONTHS_EN, start=1)}


def long_day(day: date, language: str) -> str:
    """``September 9, 2025`` in English, ``9 septembre 2025`` (``1er`` …) otherwise."""
    if language == "en":
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS_FR[day.month - 1]} {day.year}"


def credit_day(day: date, language: str) -> str:
    """A credit date: ``Sep 9, 2025`` in English, ``09/09/2025`` otherwise."""
    if language == "en":
        return f"{MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}"
    return day.strftime("%d/%m/%Y")


def english_month(name: str) -> int | None:
    """The number of an English month name or abbreviation (``Sep``, ``sept``, ``September``)."""
    return _BY_ABBREVIATION.get(name.strip().rstrip(".")[:3].lower())
