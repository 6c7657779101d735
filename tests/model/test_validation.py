"""Credit dates, credit URLs and slugs as a person types them (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from hubdesk.model import validation as v
from hubdesk.model.article import slugify


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09/09/2025", date(2025, 9, 9)),
        ("9/9/2025", date(2025, 9, 9)),
        (" 1/12/2024 ", date(2024, 12, 1)),
        ("31/01/2026", date(2026, 1, 31)),
        ("2025-09-09", date(2025, 9, 9)),
        ("2024-2-29", date(2024, 2, 29)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_credit_date_accepts_house_and_iso_forms(typed: str, expected: date | None) -> None:
    assert v.parse_credit_date(typed) == expected


@pytest.mark.parametrize("typed", ["yesterday", "09-09-2025", "9/9/25", "2025/09/09", "09/09/2025x"])
def test_parse_credit_date_refuses_other_forms_with_a_clear_message(typed: str) -> None:
    with pytest.raises(v.ValidationError) as info:
        v.parse_credit_date(typed)
    assert info.value.kind == v.DATE_FORMAT
    assert isinstance(info.value, ValueError)
    assert str(info.value) == (
        f"“{typed}” is not a date. Type it as DD/MM/YYYY (for example 09/09/2025) or YYYY-MM-DD."
    )


@pytest.mark.parametrize("typed", ["31/02/2025", "29/02/2025", "00/01/2025", "12/13/2025", "2025-13-01"])
def test_parse_credit_date_refuses_days_that_do_not_exist(typed: str) -> None:
    with pytest.raises(v.ValidationError) as info:
        v.parse_credit_date(typed)
    assert info.value.kind == v.DATE_OUT_OF_RANGE
    assert info.value.value == typed
    assert typed in str(info.value)
    assert "not a day of the calendar" in str(info.value)


def test_format_credit_date_round_trips() -> None:
    d = date(2025, 9, 9)
    assert v.format_credit_date(d) == "09/09/2025"
    assert v.format_credit_date(d, iso=True) == "2025-09-09"
    assert v.format_credit_date(None) == ""
    assert v.parse_credit_date(v.format_credit_date(d)) == d


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://techcrunch.com/2025/09/09/what-is-mistral-ai/", "https://techcrunch.com/2025/09/09/what-is-mistral-ai/"),
        ("  http://example.org  ", "http://example.org"),
        ("HTTPS://Example.org/a?b=c#d", "HTTPS://Example.org/a?b=c#d"),
        ("https://exemple.fr:8443/page", "https://exemple.fr:8443/page"),
        ("", ""),
    ],
)
def test_validate_credit_url_accepts_web_addresses(typed: str, expected: str) -> None:
    assert v.validate_credit_url(typed) == expected


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("javascript:alert(1)", v.URL_SCHEME),
        ("ftp://example.org/file", v.URL_SCHEME),
        ("file:///etc/passwd", v.URL_SCHEME),
        ("www.example.org", v.URL_SCHEME),
        ("https://", v.URL_HOST),
        ("http:///path-only", v.URL_HOST),
        ("https://exa mple.org", v.URL_SPACES),
    ],
)
def test_validate_credit_url_refuses_other_addresses(typed: str, kind: str) -> None:
    with pytest.raises(v.ValidationError) as info:
        v.validate_credit_url(typed)
    assert info.value.kind == kind
    assert typed.strip() in str(info.value)


def test_url_scheme_message_tells_what_to_type() -> None:
    with pytest.raises(ValueError, match="must start with http:// or https://"):
        v.validate_credit_url("mailto:someone@example.org")


@pytest.mark.parametrize("slug", ["mistral-ai", "a", "ia-2025", "x" * 80])
def test_validate_slug_accepts_clean_slugs(slug: str) -> None:
    assert v.validate_slug(slug) == slug
    assert v.is_valid_slug(slug)


@pytest.mark.parametrize(
    ("slug", "kind"),
    [
        ("", v.SLUG_EMPTY),
        ("  ", v.SLUG_EMPTY),
        ("Mistral-AI", v.SLUG_CHARACTERS),
        ("mistral ai", v.SLUG_CHARACTERS),
        ("mistral--ai", v.SLUG_CHARACTERS),
        ("-mistral", v.SLUG_CHARACTERS),
        ("mistral-", v.SLUG_CHARACTERS),
        ("l’ia", v.SLUG_CHARACTERS),
        ("x" * 81, v.SLUG_TOO_LONG),
    ],
)
def test_validate_slug_refuses_unclean_slugs(slug: str, kind: str) -> None:
    with pytest.raises(v.ValidationError) as info:
        v.validate_slug(slug)
    assert info.value.kind == kind
    assert not v.is_valid_slug(slug)


def test_normalise_slug_cleans_what_was_typed() -> None:
    assert v.normalise_slug("  Mistral AI: l’essor ") == "mistral-ai-lessor"
    assert v.normalise_slug("Économie -- Été 2025") == "economie-ete-2025"
    assert v.normalise_slug("already-clean") == "already-clean"
    long = v.normalise_slug("mot " * 40)
    assert len(long) <= v.SLUG_MAX_LENGTH and long.endswith("mot")


def test_normalise_slug_agrees_with_slugify_on_titles() -> None:
    title = "What is Mistral AI? Everything to know about the OpenAI competitor"
    assert v.normalise_slug(title) == slugify(title)


@pytest.mark.parametrize("typed", ["", "   ", "!!!", "’’"])
def test_normalise_slug_refuses_nothing_usable(typed: str) -> None:
    with pytest.raises(v.ValidationError) as info:
        v.normalise_slug(typed)
    assert info.value.kind == v.SLUG_EMPTY
