"""Articles and summaries as plain JSON-ready dictionaries (for ``--format json``)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from hubdesk.model import Article, ArticleSummary, Credit


def _ts(dt: datetime | None) -> str | None:
    return dt.isoformat(timespec="seconds") if dt else None


def credit_to_dict(credit: Credit) -> dict[str, Any]:
    return {
        "title": credit.title,
        "author": credit.author,
        "outlet": credit.outlet,
        "date": credit.date.isoformat() if credit.date else None,
        "description": credit.description,
        "url": credit.url,
        "note": credit.note,
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    """Everything in the article: text, credits, disclosure and metadata."""
    return {
        "id": article.id,
        "title": article.title,
        "slug": article.slug,
        "language": article.language,
        "author": article.author,
        "description": article.description,
        "tags": list(article.tags),
        "status": str(article.status),
        "created": _ts(article.created),
        "updated": _ts(article.updated),
        "published": _ts(article.published),
        "word_count": article.word_count,
        "lead": article.lead,
        "sections": [{"heading": s.heading, "body": s.body} for s in article.sections],
        "credits": [credit_to_dict(c) for c in article.credits],
        "disclosure": asdict(article.disclosure),
    }


def summary_to_dict(summary: ArticleSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "status": str(summary.status),
        "language": summary.language,
        "updated": _ts(summary.updated),
        "author": summary.author,
        "tags": list(summary.tags),
        "word_count": summary.word_count,
        "slug": summary.slug,
    }
