"""The HubDesk Markdown file: YAML front matter with every field, then the article text.

``article_to_markdown`` writes it; ``markdown_to_article`` reads it back to an equal
article. The reader also takes Markdown written elsewhere: YAML (``---``) or TOML
(``+++``) front matter as Hugo, Zola or Jekyll write it (title, author(s), date,
description, tags), a ``# Title`` line, ``##`` sections, and a trailing
Sources/Credits/Références section that becomes the article's credits.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import UTC, date, datetime, time
from typing import Any

import yaml

from hubdesk.errors import ImportRefusedError
from hubdesk.formats.front_matter import split_front_matter
from hubdesk.model import document
from hubdesk.model.article import (
    Article,
    Credit,
    Disclosure,
    Section,
    Status,
    iso_utc,
    new_id,
    slugify,
)
from hubdesk.model.credit_parse import is_bullet, parse_closing_line, parse_credit
from hubdesk.model.language import detect_language

log = logging.getLogger(__name__)

_ID_RE = re.compile(r"^[0-9a-f]{32}$")
_CREDITS_HEADINGS = frozenset((
    "sources", "source", "credits", "credit", "references", "reference", "bibliographie",
    "bibliography", "remerciements", "sources et credits", "sources and credits",
    "further reading", "pour aller plus loin",
))
_CREDITS_PREFIXES = ("merci a ", "thanks to ")
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: same text, faster
_STATUS_ALIASES = {"review": Status.IN_REVIEW, "in review": Status.IN_REVIEW}


# ---------------------------------------------------------------- writing




def article_to_markdown(article: Article) -> str:
    """The article as a HubDesk Markdown file (front matter, ``# title``, lead, sections)."""
    meta: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "slug": article.slug,
        "language": article.language,
        "author": article.author,
        "description": article.description,
        "tags": list(article.tags),
        "status": str(article.status),
        "created": iso_utc(article.created),
        "updated": iso_utc(article.updated),
        "published": iso_utc(article.published),
        **({"canonical": article.canonical_url} if article.canonical_url else {}),
        "disclosure": {
            "ai_written": article.disclosure.ai_written,
            "assistant": article.disclosure.assistant,
            "organisation": article.disclosure.organisation,
            "editor": article.disclosure.editor,
        },
        "credits": [
            {
                "title": c.title,
                "author": c.author,
                "outlet": c.outlet,
                "date": c.date.isoformat() if c.date else None,
                "description": c.description,
                "url": c.url,
                "note": c.note,
            }
            for c in article.credits
        ],
    }
    front = yaml.dump(
        meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False,
        width=1_000_000,
    )
    body = document.compose(article.lead, article.sections)
    title_line = document.heading_line(article.title, 1).rstrip()
    return f"---\n{front}---\n\n{title_line}\n\n{body}" if body else f"---\n{front}---\n\n{title_line}\n"


# ---------------------------------------------------------------- reading


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if v is not None)
    if isinstance(value, dict):
        return _text(value.get("name", ""))
    return str(value)


def _datetime(value: Any, key: str, source: object) -> datetime | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, datetime):
            dt = value
        elif isinstance(value, date):
            return datetime.combine(value, time(0), UTC)
        else:
            text = str(value).strip().replace("Z", "+00:00")
            dt = datetime.fromisoformat(text)
        return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)
    except ValueError as exc:
        raise ImportRefusedError(source, "import.bad_date", key=key, value=_shown(value)) from exc
    except OverflowError as exc:  # 9999-12-31T23:59:59-05:00 is past the year 9999 in UTC
        raise ImportRefusedError(source, "import.date_out_of_range", key=key, value=_shown(value)) from exc


def _shown(value: Any) -> str:
    text = value.isoformat() if isinstance(value, date) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value:
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            return None
    return None


def _tags(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, list):
        return [_text(t).strip() for t in value if _text(t).strip()]
    return [_text(value)]


def _credit(value: Any) -> Credit:
    if isinstance(value, str):
        return parse_credit(value)
    if not isinstance(value, dict):
        return Credit(title=_text(value))
    raw_date = value.get("date")
    when = _date(raw_date)
    description = _text(value.get("description"))
    if raw_date and when is None:  # keep a date we cannot read as text
        description = f"{description} ({raw_date})".strip()
    return Credit(
        title=_text(value.get("title")), author=_text(value.get("author")),
        outlet=_text(value.get("outlet")), date=when, description=description,
        url=_text(value.get("url")), note=_text(value.get("note")),
    )


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "on", "1", "oui")
    return bool(value)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _disclosure(value: Any) -> Disclosure:
    if not isinstance(value, dict):
        return Disclosure(ai_written=_bool(value))
    return Disclosure(
        ai_written=_bool(value.get("ai_written", False)),
        assistant=_text(value.get("assistant")),
        organisation=_text(value.get("organisation", value.get("organization"))),
        editor=_text(value.get("editor")),
    )


def _status(meta: dict[str, Any], source: object) -> Status:
    raw = meta.get("status")
    if raw is None:
        return Status.DRAFT
    key = str(raw).strip().lower()
    if key in _STATUS_ALIASES:
        return _STATUS_ALIASES[key]
    try:
        return Status(key)
    except ValueError as exc:
        names = ", ".join(s.value for s in Status)
        raise ImportRefusedError(source, "import.bad_status", value=repr(raw), names=names) from exc


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z ]+", " ", plain.lower()).strip()


def is_credits_heading(heading: str) -> bool:
    """Whether a section heading names the sources of the article (Sources, Crédits, Merci à…)."""
    folded = " ".join(_fold(heading).split())
    return folded in _CREDITS_HEADINGS or folded.startswith(_CREDITS_PREFIXES)


def credits_from_section(body: str) -> tuple[list[Credit], Disclosure | None] | None:
    """Credits (and a disclosure line) from a sources section, or ``None`` if it holds other text."""
    credits: list[Credit] = []
    disclosure: Disclosure | None = None
    for line in body.split("\n"):
        if not line.strip():
            continue
        if is_bullet(line):
            credits.append(parse_credit(line))
            continue
        if line.startswith(("  ", "\t")) and credits:  # continuation of the previous bullet
            credits[-1].note = f"{credits[-1].note} {line.strip()}".strip()
            continue
        closing = parse_closing_line(line)
        if closing is None:
            return None
        disclosure = closing[0] or disclosure
    return credits, disclosure


def _split_title(body: str, title: str) -> tuple[str, str]:
    """The title and the text after it: the first line if it is an H1, else ``title``.

    When the front matter gives a title, only an H1 of that same title is dropped;
    any other H1 stays in the text.
    """
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return title, body
    line = lines[first].rstrip()
    heading = document.atx_heading(line, 1)
    if heading is None:
        return title, body
    heading = heading.strip()
    if title and line != document.heading_line(title, 1).rstrip() and heading != title:
        return title, body
    return title or heading, "\n".join(lines[first + 1 :])


def _language(
    meta: dict[str, Any], lead: str, sections: list[Section], default: str = "fr"
) -> str:
    given = _text(meta.get("language", meta.get("lang"))).strip().lower()
    if given:
        return given.replace("_", "-").split("-")[0]
    sample = lead + "\n" + "\n".join(s.body for s in sections[:3])
    return detect_language(sample, default)


def _canonical(meta: dict[str, Any]) -> str:
    """The article's web address from ``canonical``, ``url`` or ``permalink``, if absolute."""
    for key in ("canonical", "url", "permalink"):
        value = _text(meta.get(key)).strip()
        if value.startswith(("https://", "http://")):
            return value
    return ""


def markdown_to_article(
    text: str, source_name: object = "<text>", *, default_language: str = "fr"
) -> Article:
    """An article from a Markdown text (HubDesk's own format or another tool's).

    ``default_language`` is the language of a text with too few words to tell.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fm = split_front_matter(text, source_name)
    meta = fm.data
    extra: dict[str, Any] = meta["extra"] if isinstance(meta.get("extra"), dict) else {}
    taxonomies: dict[str, Any] = (
        meta["taxonomies"] if isinstance(meta.get("taxonomies"), dict) else {}
    )
    title, body = _split_title(fm.body, _text(meta.get("title")).strip())
    lead, sections = document.parse(body.strip("\n") + "\n")
    if not title and not lead.strip() and not sections:
        raise ImportRefusedError(source_name, "import.nothing")

    credits = [_credit(c) for c in _list(meta.get("credits"))]
    disclosure = _disclosure(meta["disclosure"]) if "disclosure" in meta else Disclosure()
    if "credits" not in meta and sections and is_credits_heading(sections[-1].heading):
        found = credits_from_section(sections[-1].body)
        if found is not None:
            credits, found_disclosure = found
            disclosure = found_disclosure or disclosure
            sections.pop()

    date_value = meta.get("date")
    created = _datetime(meta.get("created", date_value), "created", source_name)
    updated = _datetime(
        meta.get("updated", meta.get("lastmod", meta.get("last_modified_at"))), "updated",
        source_name,
    )
    published = _datetime(meta.get("published", meta.get("publishDate")), "published", source_name)
    draft = _bool(meta.get("draft", False))
    if published is None and date_value is not None and "published" not in meta and not draft:
        published = _datetime(date_value, "date", source_name)
    raw_id = _text(meta.get("id")).strip().lower()
    author = meta.get("author", meta.get("authors", extra.get("author", extra.get("authors"))))

    article = Article(
        id=raw_id if _ID_RE.match(raw_id) else new_id(),
        title=title,
        lead=lead,
        sections=sections,
        credits=credits,
        disclosure=disclosure,
        slug=_text(meta.get("slug")).strip() or (slugify(title) if title else ""),
        language=_language(meta, lead, sections, default_language),
        author=_text(author).strip(),
        description=_text(meta.get("description", meta.get("summary"))).strip(),
        tags=_tags(meta.get("tags", taxonomies.get("tags"))),
        status=_status(meta, source_name),
        canonical_url=_canonical(meta),
    )
    if created is not None:
        article.created = created
    article.updated = updated or created or article.updated
    article.published = published
    return article
