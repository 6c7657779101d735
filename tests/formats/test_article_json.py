"""An article as a JSON-ready mapping (the archive's per-article file): round trip and refusals."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from hubdesk.formats import article_json
from hubdesk.formats.article_json import article_from_dict, article_to_dict
from tests.export_article import make_sample_article


@pytest.fixture
def data() -> dict[str, Any]:
    return json.loads(json.dumps(article_to_dict(make_sample_article())))


def test_round_trip_through_json_gives_an_equal_article(data: dict[str, Any]) -> None:
    article = make_sample_article()
    assert article_from_dict(data) == article
    assert len(data["sections"]) == 9 and len(data["credits"]) == 8


def test_missing_optional_fields_take_their_defaults(data: dict[str, Any]) -> None:
    for key in ("slug", "language", "author", "description", "tags", "status", "published",
                "lead", "sections", "credits", "disclosure"):
        data.pop(key)
    data["created"] = "2025-03-01T08:30:00"  # no zone: UTC
    article = article_from_dict(data)
    assert (article.language, str(article.status), article.tags, article.sections) == (
        "fr", "draft", [], [],
    )
    assert article.created == datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    assert article.published is None and not article.disclosure.ai_written


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is _DELETE:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("title", 42, "article: 'title' must be text, not int"),
        ("id", _DELETE, "article has no 'id'"),
        ("id", "", "article: 'id' '' is not a HubDesk article id (32 hexadecimal digits)"),
        ("id", "../../etc", "article: 'id' '../../etc' is not a HubDesk article id (32 hexadecimal digits)"),
        ("id", "a" * 65, "is not a HubDesk article id (32 hexadecimal digits)"),
        ("status", "archived", "article: unknown status 'archived'"),
        ("tags", "one,two", "article: 'tags' must be a list"),
        ("tags", ["ok", 3], "article: 'tags' must be a list of short texts"),
        ("tags", ["x" * 201], "article: 'tags' must be a list of short texts"),
        ("sections", {"heading": "A"}, "article: 'sections' must be a list"),
        ("sections.0", "just text", "article, section 1 must be a mapping"),
        ("sections.2.body", None, "article, section 3: 'body' must be text, not NoneType"),
        ("credits.1.date", "09/09/2025", "article, credit 2: 'date' must be YYYY-MM-DD or null"),
        ("credits.1.date", 20250909, "article, credit 2: 'date' must be YYYY-MM-DD or null"),
        ("credits.7.id", _DELETE, "article, credit 8 has no 'id'"),
        ("disclosure", [], "article, disclosure must be a mapping"),
        ("disclosure.ai_written", "yes", "article, disclosure: 'ai_written' must be true or false"),
        ("created", _DELETE, "article has no 'created' date"),
        ("updated", 1700000000, "article: 'updated' must be an ISO 8601 date and time"),
        ("published", "last Tuesday", "article: 'published' 'last Tuesday' is not an ISO 8601"),
    ],
)
def test_a_bad_field_is_refused_by_name(
    data: dict[str, Any], path: str, value: Any, message: str
) -> None:
    bad = copy.deepcopy(data)
    _set(bad, path, value)
    with pytest.raises(ValueError) as caught:
        article_from_dict(bad)
    assert message in str(caught.value)


def test_the_whole_document_must_be_a_mapping() -> None:
    with pytest.raises(ValueError, match=r"^archive item 3 must be a mapping$"):
        article_from_dict(["not", "an", "article"], "archive item 3")


def test_size_limits(data: dict[str, Any], monkeypatch) -> None:
    monkeypatch.setattr(article_json, "MAX_TEXT", 1024 * 1024)
    monkeypatch.setattr(article_json, "MAX_ITEMS", 3)
    with pytest.raises(ValueError, match="article: 'sections' has more than 3 items"):
        article_from_dict(data)
    data["sections"], data["credits"] = data["sections"][:3], data["credits"][:3]
    data["lead"] = "x" * (1024 * 1024 + 1)
    with pytest.raises(ValueError, match="article: 'lead' is longer than 1 MB"):
        article_from_dict(data)
