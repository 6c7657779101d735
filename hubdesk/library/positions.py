"""Reading time and reading progress.

Reading time uses average silent reading speeds for non-fiction prose:
238 words per minute in English (Brysbaert, 2019, a meta-analysis of 190
studies) and 195 words per minute in French (Trauzettel-Klosinski and Dietz,
2012, the IReST standardised texts). A language HubDesk does not know reads at
the English speed.

Reading progress is kept per article inside the library (its settings table,
under the key ``reading:<article id>``) so that it travels with the library and
is shared by every copy of the app that opens it. A position is stored as the
section being read, how far into that section, and how far into the whole
article, so that it survives a change of font size or window width.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from hubdesk.library.store import Library
from hubdesk.model.article import utc_now

log = logging.getLogger(__name__)

WORDS_PER_MINUTE = {"en": 238, "fr": 195}
DEFAULT_WORDS_PER_MINUTE = WORDS_PER_MINUTE["en"]
KEY_PREFIX = "reading:"
FINISHED = 0.98  # a reader this far down has read the article


def words_per_minute(language: str) -> int:
    """Average silent reading speed for the article's language."""
    return WORDS_PER_MINUTE.get(language, DEFAULT_WORDS_PER_MINUTE)


def reading_minutes(word_count: int, language: str = "en") -> int:
    """Estimated reading time in whole minutes (at least one for a non-empty text)."""
    if word_count <= 0:
        return 0
    return max(1, math.ceil(word_count / words_per_minute(language)))


@dataclass(frozen=True)
class ReadingPosition:
    """Where a reader stopped in an article.

    ``section`` is -1 for the title and lead, else the index of the section;
    ``section_fraction`` how far into that part (0..1); ``fraction`` how far into
    the whole article (0..1), which is also the progress shown in the library.
    """

    section: int = -1
    section_fraction: float = 0.0
    fraction: float = 0.0
    saved: str = field(default="", compare=False)

    @property
    def percent(self) -> int:
        return round(_clamp(self.fraction) * 100)

    @property
    def finished(self) -> bool:
        return self.fraction >= FINISHED

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> ReadingPosition | None:
        """The stored position, or None when there is none or it cannot be read."""
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(
                section=int(data.get("section", -1)),
                section_fraction=_clamp(float(data.get("section_fraction", 0.0))),
                fraction=_clamp(float(data.get("fraction", 0.0))),
                saved=str(data.get("saved", "")),
            )
        except (ValueError, TypeError, AttributeError) as exc:
            log.warning("Ignoring an unreadable reading position %r: %s", text[:80], exc)
            return None


def _clamp(value: float) -> float:
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, value))


def _key(article_id: str) -> str:
    return KEY_PREFIX + article_id


def load_position(library: Library, article_id: str) -> ReadingPosition | None:
    """The position where reading of this article stopped, if it was ever read."""
    return ReadingPosition.from_json(library.get_setting(_key(article_id)))


def save_position(library: Library, article_id: str, position: ReadingPosition) -> ReadingPosition:
    """Remember where reading stopped; returns the position as stored (with its time)."""
    stamped = ReadingPosition(
        section=position.section,
        section_fraction=_clamp(position.section_fraction),
        fraction=_clamp(position.fraction),
        saved=utc_now().isoformat(),
    )
    library.set_setting(_key(article_id), stamped.to_json())
    return stamped


def clear_position(library: Library, article_id: str) -> None:
    """Forget the reading position of an article (read it again from the top)."""
    library.set_setting(_key(article_id), None)


def progress_for(library: Library, article_ids: Iterable[str]) -> dict[str, float]:
    """Reading progress (0..1) of each given article that has been opened in the reader.

    One query for the whole batch, so that a page of the library list costs one
    round trip rather than one per row.
    """
    keys = [_key(i) for i in article_ids]
    out: dict[str, float] = {}
    con = library.connection
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for key, value in con.execute(
            f"SELECT key, value FROM settings WHERE key IN ({marks})", chunk
        ):
            pos = ReadingPosition.from_json(value)
            if pos is not None:
                out[key[len(KEY_PREFIX) :]] = pos.fraction
    return out
