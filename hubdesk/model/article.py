"""The article: title, lead, sections, source credits, AI disclosure and metadata.

Plain dataclasses with no behaviour tied to storage or display. Two articles are
equal when every field a reader or editor can see is equal; internal row ids of
sections and credits do not take part in the comparison.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

from hubdesk import pacing

LANGUAGES = ("fr", "en")
# A word is a run of word characters, apostrophes and hyphens holding a letter or a digit.
# Taking the apostrophes, hyphens and underscores out leaves one run of letters and
# digits per such word (none for ``--`` or ``_``): counting those runs is one linear pass.
_JOINERS = str.maketrans("", "", "’'-_")
_LETTERS_RE = re.compile(r"\w+")
_CACHED_FROM = 2000  # characters: longer texts (sections) remember their count


def new_id() -> str:
    """A stable, random article or row id (32 hex characters)."""
    return uuid.uuid4().hex


def utc_now() -> datetime:
    """Now, in UTC, to the second (what the library stores)."""
    return datetime.now(UTC).replace(microsecond=0)


def iso_utc(dt: datetime | None) -> str | None:
    """A time as stored and exchanged everywhere: ISO 8601 in UTC, to the second (naive = UTC)."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def count_words(text: str) -> int:
    """Words in a piece of Markdown or plain text (punctuation and markup ignored).

    A word is a run of word characters, ``’``, ``'`` and ``-`` with at least one
    letter or digit in it; linear in the text, and remembered for long texts.
    """
    if len(text) >= _CACHED_FROM:
        return _count_long(text)
    return len(_LETTERS_RE.findall(text.translate(_JOINERS)))


@lru_cache(maxsize=64)
def _count_long(text: str) -> int:
    return len(pacing.findall(_LETTERS_RE, text.translate(_JOINERS)))


def slugify(text: str, max_length: int = 80) -> str:
    """A URL slug from a title: lower case ASCII words joined by hyphens."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "article"


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    READY = "ready"
    PUBLISHED = "published"


@dataclass
class Section:
    """One part of an article under its own heading (an H2 when published)."""

    heading: str
    body: str = ""
    id: str = field(default_factory=new_id, compare=False)

    @property
    def word_count(self) -> int:
        return count_words(self.heading) + count_words(self.body)


@dataclass
class Credit:
    """One source credit: ``Title – Author – Outlet (DD/MM/YYYY)`` or a title and a description.

    Any part may be empty. ``description`` holds free text that stands where the
    author and outlet would (the seed's "Communiqués officiels de …").
    """

    title: str = ""
    author: str = ""
    outlet: str = ""
    date: date | None = None
    description: str = ""
    url: str = ""
    note: str = ""
    id: str = field(default_factory=new_id, compare=False)

    def is_empty(self) -> bool:
        return not any(
            (self.title, self.author, self.outlet, self.date, self.description, self.url, self.note)
        )


@dataclass
class Disclosure:
    """Whether the text was written with an AI, which one, and who answers for it."""

    ai_written: bool = False
    assistant: str = ""
    organisation: str = ""
    editor: str = ""


@dataclass
class Article:
    id: str = field(default_factory=new_id)
    title: str = ""
    lead: str = ""
    sections: list[Section] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    disclosure: Disclosure = field(default_factory=Disclosure)
    slug: str = ""
    language: str = "fr"
    author: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    status: Status = Status.DRAFT
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    published: datetime | None = None
    canonical_url: str = ""  # where the article lives on the web (relative links resolve there)
    # Section id -> its AI draft (a ``provenance.SectionOrigin``); read from the library,
    # written only through ``hubdesk.library.provenance``.
    origins: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.slug and self.title:
            self.slug = slugify(self.title)
        if not isinstance(self.status, Status):
            self.status = Status(self.status)

    @property
    def word_count(self) -> int:
        return (
            count_words(self.title)
            + count_words(self.lead)
            + sum(s.word_count for s in self.sections)
        )

    def lead_paragraphs(self) -> list[str]:
        return [p.strip() for p in re.split(r"\n\s*\n", self.lead) if p.strip()]


@dataclass(frozen=True)
class ArticleSummary:
    """What the library list shows of an article, without loading its text."""

    id: str
    title: str
    status: Status
    language: str
    author: str
    updated: datetime
    word_count: int
    tags: tuple[str, ...] = ()
    slug: str = ""


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    snippet: str
    rank: float
    # What the library list shows beside a hit (filled by the search reader; optional).
    status: Status | None = None
    updated: datetime | None = None
    word_count: int = 0
    language: str = ""
