"""Articles and summaries as plain JSON-ready dictionaries (for ``--format json``)."""

from __future__ import annotations

from typing import Any

from hubdesk.formats import article_json
from hubdesk.model.article import Article, ArticleSummary, iso_utc
from hubdesk.model.provenance import provenances
from hubdesk.model.signoff import SignOff, latest, section_state, summary


def article_to_dict(article: Article) -> dict[str, Any]:
    """Everything in the article: text, credits, disclosure, metadata, and its word count."""
    out = article_json.article_to_dict(article)
    for part in (*out["sections"], *out["credits"]):
        del part["id"]  # row ids are internal; the article id is what commands take
    out["word_count"] = article.word_count
    return out


def add_review(out: dict[str, Any], article: Article, signoffs: list[SignOff]) -> None:
    """Add the sign-offs (all, oldest first), each section's review state and provenance."""
    newest = latest(signoffs)
    for data, section in zip(out["sections"], article.sections, strict=True):
        signoff = newest.get(section.id)
        data["review"] = {
            "state": str(section_state(section, newest)),
            "by": signoff.by if signoff else None,
            "at": iso_utc(signoff.at) if signoff else None,
        }
    for data, found in zip(out["sections"], provenances(article), strict=True):
        data["provenance"] = found.to_dict()
    out["review"] = str(summary(article, signoffs))
    out["signoffs"] = [s.to_dict() for s in signoffs]


def summary_to_dict(summary: ArticleSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "status": str(summary.status),
        "language": summary.language,
        "updated": iso_utc(summary.updated),
        "author": summary.author,
        "tags": list(summary.tags),
        "word_count": summary.word_count,
        "slug": summary.slug,
    }
