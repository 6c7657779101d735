"""The metadata a web page declares about its article.

Read from, in order of trust: JSON-LD (``schema.org`` Article types), OpenGraph and
``article:*`` properties, ``<meta name=…>``, then the plain ``<title>``, ``<link
rel=canonical>`` and ``<html lang>``. Nothing is guessed from the page's text.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime
from typing import Any

from lxml.html import HtmlElement

from hubdesk.importers.imported import Metadata

log = logging.getLogger(__name__)

_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "report", "webpage", "techarticle")
_MAX_JSON = 200_000  # characters of one JSON-LD block worth reading
_TITLE_SPLIT_RE = re.compile(r"\s+[|\-–—·:]\s+")


def _date(value: object) -> datetime | None:
    text = str(value or "").strip().replace("Z", "+00:00")
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text)
        return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC).replace(microsecond=0)
    except (ValueError, OverflowError):  # not a date, or out of range once in UTC: ignored
        return None


def _name(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _name(value.get("name", ""))
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    return ""


def _json_ld(root: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object of an article type, or an empty dict."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > _MAX_JSON:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        if isinstance(data, dict) and isinstance(data.get("@graph"), list):
            items = data["@graph"]
        for item in items:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
                return item
    return {}


def _metas(root: HtmlElement) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value:
            found.setdefault(key, []).append(value)
    return found


def _tags(raw: object) -> list[str]:
    if isinstance(raw, list):
        return [t for t in (_name(v) for v in raw) if t]
    return [t.strip() for t in str(raw or "").split(",") if t.strip()]


def page_title(raw: str, site: str) -> str:
    """A ``<title>`` without the site's name tacked on (``Title | Site``)."""
    raw = raw.strip()
    parts = _TITLE_SPLIT_RE.split(raw)
    if site and len(parts) > 1 and parts[-1].strip().casefold() == site.strip().casefold():
        return raw[: raw.rfind(parts[-1])].rstrip(" |-–—·:").strip() or raw
    return raw


def read_metadata(root: HtmlElement, base_url: str | None = None) -> Metadata:
    """The page's metadata (see the module's docstring)."""
    ld = _json_ld(root)
    metas = _metas(root)

    def first(*keys: str) -> str:
        for key in keys:
            if metas.get(key):
                return metas[key][0]
        return ""

    site = first("og:site_name") or _name(ld.get("publisher"))
    title_el = root.find(".//title")
    raw_title = (title_el.text_content() if title_el is not None else "").strip()
    title = (
        _name(ld.get("headline")) or first("og:title", "twitter:title")
        or page_title(raw_title, site)
    )
    canonical = ""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            canonical = (link.get("href") or "").strip()
            break
    canonical = canonical or first("og:url") or _name(ld.get("url")) or (base_url or "")
    tags = _tags(ld.get("keywords")) or list(metas.get("article:tag", []))
    if not tags:
        tags = _tags(first("keywords", "news_keywords"))
    section = _name(ld.get("articleSection")) or first("article:section")
    if section and section.casefold() not in {t.casefold() for t in tags}:
        tags.append(section)
    language = (root.get("lang") or _name(ld.get("inLanguage")) or first("og:locale") or "")
    language = language.strip().replace("_", "-").split("-")[0].lower()
    return Metadata(
        title=title,
        author=_name(ld.get("author")) or first("author", "article:author"),
        description=_name(ld.get("description")) or first("description", "og:description"),
        published=_date(ld.get("datePublished")) or _date(first("article:published_time")),
        modified=_date(ld.get("dateModified")) or _date(first("article:modified_time")),
        canonical_url=canonical if canonical.startswith(("http://", "https://")) else "",
        language=language if language.isalpha() and len(language) <= 3 else "",
        tags=tags,
    )
