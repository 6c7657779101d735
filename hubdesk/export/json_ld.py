"""Schema.org ``NewsArticle`` metadata (JSON-LD) for an exported article.

Credits become ``citation`` entries. For an article written with an AI, the
disclosure is stated twice: as the IPTC digital source type (machine-readable)
and as the printed disclosure sentence in ``creditText`` (human-readable).
"""

from __future__ import annotations

import json
from typing import Any

from hubdesk.export.content import disclosure_text
from hubdesk.formats.render import format_credit
from hubdesk.model.article import Article, Credit
from hubdesk.model.provenance import IPTC_TYPES, Origin, provenances

IPTC_TRAINED_ALGORITHMIC_MEDIA = (
    "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
)


def _citation(credit: Credit, language: str) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "CreativeWork"}
    if credit.title:
        item["name"] = credit.title
    else:
        item["name"] = format_credit(credit, language)
    if credit.author:
        item["author"] = {"@type": "Person", "name": credit.author}
    if credit.outlet:
        item["publisher"] = {"@type": "Organization", "name": credit.outlet}
    if credit.date:
        item["datePublished"] = credit.date.isoformat()
    if credit.description:
        item["description"] = credit.description
    if credit.url:
        item["url"] = credit.url
    return item


def news_article(article: Article, *, include_disclosure: bool = True) -> dict[str, Any]:
    """The JSON-LD object (a plain dict) describing the article."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": f"urn:uuid:{article_uuid(article.id)}",
        "headline": article.title,
        "inLanguage": article.language,
    }
    if article.description:
        data["description"] = article.description
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
    data["dateCreated"] = article.created.isoformat()
    data["dateModified"] = article.updated.isoformat()
    if article.published:
        data["datePublished"] = article.published.isoformat()
    if article.tags:
        data["keywords"] = list(article.tags)
    data["wordCount"] = article.word_count
    citations = [_citation(c, article.language) for c in article.credits if not c.is_empty()]
    if citations:
        data["citation"] = citations
    d = article.disclosure
    if d.ai_written:
        data["digitalSourceType"] = IPTC_TRAINED_ALGORITHMIC_MEDIA
        if d.organisation:
            data["publisher"] = {"@type": "Organization", "name": d.organisation}
    if d.editor:
        data["editor"] = {"@type": "Person", "name": d.editor}
    parts = _section_parts(article)
    if parts:
        data["hasPart"] = parts
    sentence = disclosure_text(article)
    if include_disclosure and sentence:
        data["creditText"] = sentence
    return data


def _section_parts(article: Article) -> list[dict[str, Any]]:
    """Each section's provenance, when any section was drafted by an AI: who drafted it, the
    share edited since, and its IPTC digital source type."""
    found = provenances(article)
    if all(p.origin is Origin.PERSON for p in found):
        return []
    parts = []
    for n, (section, p) in enumerate(zip(article.sections, found, strict=True), 1):
        part: dict[str, Any] = {"@type": "WebPageElement", "position": n,
                                "name": section.heading,
                                "digitalSourceType": IPTC_TYPES[str(p.origin)],
                                "additionalProperty": [{"@type": "PropertyValue",
                                                        "name": "hubdesk:origin",
                                                        "value": str(p.origin)}]}
        if p.origin is not Origin.PERSON:
            part["contributor"] = {"@type": "SoftwareApplication", "name": p.assistant}
            part["additionalProperty"].append({"@type": "PropertyValue",
                                               "name": "hubdesk:editedShare",
                                               "value": p.edited})
        parts.append(part)
    return parts


def article_uuid(article_id: str) -> str:
    h = article_id.lower()
    if len(h) == 32 and all(c in "0123456789abcdef" for c in h):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return h


def script_element(article: Article, *, include_disclosure: bool = True) -> str:
    """``<script type="application/ld+json">`` with the data; ``<``, ``>``, ``&`` escaped.

    The escaping keeps any text of the article from closing the element early, so
    the block stays inert data whatever the article contains.
    """
    text = json.dumps(
        news_article(article, include_disclosure=include_disclosure),
        ensure_ascii=False, indent=1,
    )
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{text}\n</script>'
