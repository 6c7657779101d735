"""Articles and summaries as plain JSON-ready dictionaries (for ``--format json``)."""

from __future__ import annotations

from typing import Any

from hubdesk.formats import article_json
from hubdesk.model.article import Article, ArticleSummary, iso_utc


def article_to_dict(article: Article) -> dict[str, Any]:
    """Everything in the article: text, credits, disclosure, metadata, and its word count."""
    out = article_json.article_to_dict(article)
    for part in (*out["sections"], *out["credits"]):
        del part["id"]  # row ids are internal; the article id is what commands take
    out["word_count"] = article.word_count
    return out


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
