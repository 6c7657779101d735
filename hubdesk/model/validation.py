"""Checking what a person types into the credit and metadata fields.

Plain functions, no Qt: a credit date (``DD/MM/YYYY``, ``D/M/YYYY`` or
``YYYY-MM-DD``), a credit URL (``http`` or ``https`` with a host) and an
article slug. Each refuses bad input with a :class:`ValidationError`, a
``ValueError`` whose message names the value and the problem, and whose
``kind`` lets the desktop app show the same message in the user's language.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import date
from urllib.parse import urlsplit

from hubdesk.patterns import lazy_pattern

logger = logging.getLogger(__name__)

SLUG_MAX_LENGTH = 80

_DMY_RE = lazy_pattern(r"^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})$")
_ISO_RE = lazy_pattern(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLUG_RE = lazy_pattern(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HOST_RE = lazy_pattern(r"^[\w.-]+$", re.UNICODE)


class ValidationError(ValueError):
    """A typed value was refused.

    ``kind`` names the problem (one of the ``*_FORMAT``/``*_...`` constants of this
    module) and ``value`` is what was typed; ``str(error)`` is an English sentence.
    """

    def __init__(self, kind: str, value: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.value = value


DATE_FORMAT = "date_format"
DATE_OUT_OF_RANGE = "date_out_of_range"
URL_SPACES = "url_spaces"
URL_SCHEME = "url_scheme"
URL_HOST = "url_host"
SLUG_EMPTY = "slug_empty"
SLUG_CHARACTERS = "slug_characters"
SLUG_TOO_LONG = "slug_too_long"


# ---------------------------------------------------------------- dates


def parse_credit_date(text: str) -> date | None:
    """The date a person typed for a credit, or ``None`` when the field was left blank.

    Accepts ``09/09/2025``, ``9/9/2025`` (day first, as printed in French) and
    ``2025-09-09``. Raises :class:`ValidationError` for anything else, or for a day
    that does not exist (``31/02/2025``).
    """
    raw = text.strip()
    if not raw:
        return None
    m = _DMY_RE().match(raw)
    if m:
        day, month, year = (int(g) for g in m.groups())
    else:
        m = _ISO_RE().match(raw)
        if not m:
            raise ValidationError(
                DATE_FORMAT,
                raw,
                f"“{raw}” is not a date. Type it as DD/MM/YYYY (for example 09/09/2025)"
                " or YYYY-MM-DD.",
            )
        year, month, day = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            DATE_OUT_OF_RANGE,
            raw,
            f"“{raw}” is not a day of the calendar: check the day and the month"
            " (DD/MM/YYYY).",
        ) from None


def format_credit_date(value: date | None, iso: bool = False) -> str:
    """A credit date as the editor shows it for typing: ``09/09/2025`` (or ISO), blank for none."""
    if value is None:
        return ""
    return value.isoformat() if iso else value.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- URLs


def validate_credit_url(text: str) -> str:
    """The URL of a credit, trimmed; blank is allowed (a credit need not link anywhere).

    Only ``http`` and ``https`` addresses with a host name are accepted: a credit link
    is opened in a browser by readers, so ``javascript:``, ``file:`` and the like are
    refused with :class:`ValidationError`.
    """
    raw = text.strip()
    if not raw:
        return ""
    if any(ch.isspace() for ch in raw):
        raise ValidationError(
            URL_SPACES, raw, f"“{raw}” is not a web address: it contains spaces."
        )
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValidationError(
            URL_SCHEME,
            raw,
            f"“{raw}” is not a web address: a credit link must start with"
            " http:// or https://.",
        )
    host = parts.hostname or ""
    if not host or not _HOST_RE().match(host) or host.startswith(".") or host.endswith(".."):
        raise ValidationError(
            URL_HOST, raw, f"“{raw}” has no valid host name after {scheme}://."
        )
    return raw


# ---------------------------------------------------------------- slugs


def is_valid_slug(text: str) -> bool:
    """Whether ``text`` is already a clean slug: lower-case ASCII words joined by single hyphens."""
    return len(text) <= SLUG_MAX_LENGTH and bool(_SLUG_RE().match(text))


def validate_slug(text: str) -> str:
    """``text`` unchanged when it is a clean slug; otherwise :class:`ValidationError`."""
    if not text.strip():
        raise ValidationError(SLUG_EMPTY, text, "The slug cannot be empty.")
    if len(text) > SLUG_MAX_LENGTH:
        raise ValidationError(
            SLUG_TOO_LONG,
            text,
            f"The slug “{text}” is longer than {SLUG_MAX_LENGTH} characters.",
        )
    if not _SLUG_RE().match(text):
        raise ValidationError(
            SLUG_CHARACTERS,
            text,
            f"The slug “{text}” may only hold lower-case letters a-z, digits and single"
            " hyphens between words.",
        )
    return text


def normalise_slug(text: str) -> str:
    """A clean slug from what a person typed: accents dropped, lower case, hyphens between words.

    ``"  Mistral AI: l’essor "`` becomes ``"mistral-ai-lessor"``, as
    :func:`hubdesk.model.slugify` makes it from a title. Raises :class:`ValidationError`
    when nothing usable is left (blank or only punctuation).
    """
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > SLUG_MAX_LENGTH:
        slug = slug[:SLUG_MAX_LENGTH].rsplit("-", 1)[0] or slug[:SLUG_MAX_LENGTH]
    if not slug:
        raise ValidationError(
            SLUG_EMPTY, text, f"“{text.strip()}” gives an empty slug: use letters or digits."
        )
    return slug
