"""An article as a plain JSON-ready mapping, and back, checking every field.

This is the per-article file of a library archive. Reading is strict: a field
of the wrong type or an impossible value raises ``ValueError`` naming the field,
so that a damaged or hostile file is refused rather than half-understood.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any, Literal, overload

from hubdesk.model.article import Article, Credit, Disclosure, Section, Status, iso_utc

MAX_TEXT = 16 * 1024 * 1024  # one text field; a 20,000-word article is ~150 KB
MAX_ITEMS = 10_000  # sections, credits or tags in one article
MAX_ID = 64
ARTICLE_ID_RE = re.compile(r"^[0-9a-f]{32}$")




def article_to_dict(article: Article) -> dict[str, Any]:
    """Every field of the article, ids included, as JSON-ready values."""
    a = article
    return {
        "id": a.id,
        "title": a.title,
        "slug": a.slug,
        "language": a.language,
        "author": a.author,
        "description": a.description,
        "tags": list(a.tags),
        "status": str(a.status),
        "created": iso_utc(a.created),
        "updated": iso_utc(a.updated),
        "published": iso_utc(a.published),
        "canonical_url": a.canonical_url,
        "lead": a.lead,
        "sections": [{"id": s.id, "heading": s.heading, "body": s.body} for s in a.sections],
        "credits": [
            {
                "id": c.id, "title": c.title, "author": c.author, "outlet": c.outlet,
                "date": c.date.isoformat() if c.date else None, "description": c.description,
                "url": c.url, "note": c.note,
            }
            for c in a.credits
        ],
        "disclosure": {
            "ai_written": a.disclosure.ai_written,
            "assistant": a.disclosure.assistant,
            "organisation": a.disclosure.organisation,
            "editor": a.disclosure.editor,
        },
    }


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    if key not in data:
        if required:
            raise ValueError(f"{where} has no {key!r}")
        return ""
    value = data[key]
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} must be text, not {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise ValueError(f"{where}: {key!r} is longer than {MAX_TEXT // (1024 * 1024)} MB")
    check_unicode(value, f"{where}: {key!r}")
    return value


def check_unicode(value: str, what: str) -> None:
    """``ValueError`` if the text holds a lone surrogate (JSON's ``"\\ud800"``): no file
    or database can store it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"{what} holds an invalid character (U+{ord(value[exc.start]):04X}, "
            "half of a surrogate pair)"
        ) from None


def invalid_character(article: Article) -> tuple[str, str] | None:
    """The first text of ``article`` that no file or database can store (a lone
    surrogate, which a web page's JSON-LD ``"\\ud800"`` gives): ``(field, "U+D800")``,
    or None when every text of the article is valid Unicode."""
    texts: list[tuple[str, str]] = [
        ("title", article.title), ("lead", article.lead), ("slug", article.slug),
        ("language", article.language), ("author", article.author),
        ("description", article.description), ("canonical_url", article.canonical_url),
    ]
    texts += [("tag", tag) for tag in article.tags]
    for section in article.sections:
        texts += [("section heading", section.heading), ("section text", section.body)]
    for credit in article.credits:
        texts += [(f"credit {name}", getattr(credit, name))
                  for name in ("title", "author", "outlet", "description", "url", "note")]
    d = article.disclosure
    texts += [("disclosure", d.assistant), ("disclosure", d.organisation), ("disclosure", d.editor)]
    for name, text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return name, f"U+{ord(text[exc.start]):04X}"
    return None


def _id(data: dict[str, Any], key: str, where: str) -> str:
    value = _text(data, key, where, required=True)
    if not value or len(value) > MAX_ID or not all(ch.isalnum() or ch in "-_" for ch in value):
        raise ValueError(f"{where}: {key!r} {value[:80]!r} is not a valid id")
    return value


def _article_id(data: dict[str, Any], where: str) -> str:
    """An article id as HubDesk makes them (32 lower-case hex digits): the commands find
    articles by it, so any other id would be stored but never found again."""
    value = _text(data, "id", where, required=True)
    if not ARTICLE_ID_RE.match(value):
        raise ValueError(f"{where}: 'id' {value[:80]!r} is not a HubDesk article id"
                         " (32 hexadecimal digits)")
    return value


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"{where}: {key!r} must be a list")
    if len(value) > MAX_ITEMS:
        raise ValueError(f"{where}: {key!r} has more than {MAX_ITEMS} items")
    return value


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be a mapping")
    return value


@overload
def _datetime(data: dict[str, Any], key: str, where: str, *, required: Literal[True]) -> datetime:
    ...


@overload
def _datetime(data: dict[str, Any], key: str, where: str, *, required: bool) -> datetime | None:
    ...


def _datetime(data: dict[str, Any], key: str, where: str, *, required: bool) -> datetime | None:
    value = data.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where} has no {key!r} date")
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} must be an ISO 8601 date and time")
    try:
        dt = datetime.fromisoformat(value)
        return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)
    except ValueError:
        raise ValueError(f"{where}: {key!r} {value[:40]!r} is not an ISO 8601 date and time") from None
    except OverflowError:  # 9999-12-31T23:59:59-05:00 is past the year 9999 in UTC
        raise ValueError(f"{where}: {key!r} {value[:40]!r} is a date out of range") from None


def article_from_dict(data: Any, where: str = "article") -> Article:
    """The article described by ``data``; ``ValueError`` naming the bad field otherwise."""
    data = _mapping(data, where)
    status_text = _text(data, "status", where) or "draft"
    try:
        status = Status(status_text)
    except ValueError:
        raise ValueError(f"{where}: unknown status {status_text[:40]!r}") from None
    tags = _list(data, "tags", where)
    if not all(isinstance(t, str) and len(t) <= 200 for t in tags):
        raise ValueError(f"{where}: 'tags' must be a list of short texts")
    for tag in tags:
        check_unicode(tag, f"{where}: a tag")
    sections = []
    for n, raw in enumerate(_list(data, "sections", where)):
        w = f"{where}, section {n + 1}"
        s = _mapping(raw, w)
        sections.append(Section(heading=_text(s, "heading", w), body=_text(s, "body", w),
                                id=_id(s, "id", w)))
    credits = []
    for n, raw in enumerate(_list(data, "credits", where)):
        w = f"{where}, credit {n + 1}"
        c = _mapping(raw, w)
        day = c.get("date")
        if day is not None:
            try:
                day = date.fromisoformat(day) if isinstance(day, str) else None
            except ValueError:
                day = None
            if day is None:
                raise ValueError(f"{w}: 'date' must be YYYY-MM-DD or null")
        credits.append(Credit(
            title=_text(c, "title", w), author=_text(c, "author", w),
            outlet=_text(c, "outlet", w), date=day, description=_text(c, "description", w),
            url=_text(c, "url", w), note=_text(c, "note", w), id=_id(c, "id", w),
        ))
    d = _mapping(data.get("disclosure", {}), f"{where}, disclosure")
    if not isinstance(d.get("ai_written", False), bool):
        raise ValueError(f"{where}, disclosure: 'ai_written' must be true or false")
    disclosure = Disclosure(
        ai_written=d.get("ai_written", False),
        assistant=_text(d, "assistant", where), organisation=_text(d, "organisation", where),
        editor=_text(d, "editor", where),
    )
    return Article(
        id=_article_id(data, where), title=_text(data, "title", where), lead=_text(data, "lead", where),
        sections=sections, credits=credits, disclosure=disclosure,
        slug=_text(data, "slug", where), language=_text(data, "language", where) or "fr",
        author=_text(data, "author", where), description=_text(data, "description", where),
        tags=tags, status=status,
        created=_datetime(data, "created", where, required=True),
        updated=_datetime(data, "updated", where, required=True),
        published=_datetime(data, "published", where, required=False),
        canonical_url=_text(data, "canonical_url", where),
    )
