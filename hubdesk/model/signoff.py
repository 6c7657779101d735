"""Review sign-offs: an editor vouches for a section as it reads at that moment.

A sign-off records who, when, and which version of the section (a hash of its heading
and text). Any later change to the section makes the sign-off stale; the newest
sign-off of a section is the one that counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hubdesk.model.article import Article, Section, Status


class SignState(StrEnum):
    SIGNED = "signed"
    STALE = "stale"
    UNSIGNED = "unsigned"


#: The statuses that ask for every section to be signed off.
NEEDS_SIGNOFF = (Status.READY, Status.PUBLISHED)


def section_hash(section: Section) -> str:
    """A fingerprint of a section's heading and text (blank lines around the text ignored)."""
    data = f"{section.heading.strip()}\n{section.body.strip()}".encode()
    import hashlib  # OpenSSL, about 3 MB: loaded when a hash is first made

    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class SignOff:
    section_id: str
    position: int  # 0-based, when it was signed
    heading: str
    text_hash: str
    by: str
    at: datetime

    def to_dict(self) -> dict[str, object]:
        from hubdesk.model.article import iso_utc

        return {"section_id": self.section_id, "section": self.position + 1,
                "heading": self.heading, "hash": self.text_hash, "by": self.by,
                "at": iso_utc(self.at)}


def latest(signoffs: list[SignOff]) -> dict[str, SignOff]:
    """The newest sign-off of each section id (``signoffs`` oldest first)."""
    out: dict[str, SignOff] = {}
    for signoff in signoffs:
        out[signoff.section_id] = signoff
    return out


def section_state(section: Section, newest: dict[str, SignOff]) -> SignState:
    signoff = newest.get(section.id)
    if signoff is None:
        return SignState.UNSIGNED
    return SignState.SIGNED if signoff.text_hash == section_hash(section) else SignState.STALE


def states(article: Article, signoffs: list[SignOff]) -> list[SignState]:
    """The state of each section of ``article``, in order."""
    newest = latest(signoffs)
    return [section_state(s, newest) for s in article.sections]


def summary(article: Article, signoffs: list[SignOff]) -> SignState:
    """One state for the article: signed when every section is, stale when any is stale."""
    found = states(article, signoffs)
    if not found or any(s is SignState.UNSIGNED for s in found):
        return SignState.UNSIGNED
    return SignState.STALE if SignState.STALE in found else SignState.SIGNED


def reviewers(article: Article, signoffs: list[SignOff]) -> list[str]:
    """Who signed the current versions of the sections, in order of first appearance."""
    newest = latest(signoffs)
    names: list[str] = []
    for section in article.sections:
        signoff = newest.get(section.id)
        if signoff and signoff.text_hash == section_hash(section) and signoff.by not in names:
            names.append(signoff.by)
    return names
