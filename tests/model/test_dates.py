"""The one date module: the printed forms of article and credit days, and English month names."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hubdesk.model import dates


@pytest.mark.parametrize(("day", "language", "expected"), [
    (date(2025, 9, 9), "en", "September 9, 2025"),
    (date(2025, 9, 9), "fr", "9 septembre 2025"),
    (date(2025, 8, 1), "fr", "1er août 2025"),
    (datetime(2024, 12, 31, 23, 0), "fr", "31 décembre 2024"),
])
def test_long_day(day, language, expected) -> None:
    assert dates.long_day(day, language) == expected


@pytest.mark.parametrize(("language", "expected"), [("en", "Sep 9, 2025"), ("fr", "09/09/2025")])
def test_credit_day(language, expected) -> None:
    assert dates.credit_day(date(2025, 9, 9), language) == expected


@pytest.mark.parametrize(("name", "number"), [
    ("Sep", 9), ("Sept.", 9), ("september", 9), ("JAN", 1), ("Dec", 12), ("Foo", None), ("", None),
])
def test_english_month(name, number) -> None:
    assert dates.english_month(name) == number


def test_every_month_reads_back_from_its_printed_credit_day() -> None:
    for month in range(1, 13):
        printed = dates.credit_day(date(2025, month, 3), "en")
        assert dates.english_month(printed.split()[0]) == month
