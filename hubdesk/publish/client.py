"""The WordPress REST API of one site, through httpx, with every failure made one clear error.

Every request goes to the configured site and nowhere else: routes are passed as
``?rest_route=`` (which works with or without pretty permalinks), redirects are never
followed, and an event hook refuses any request whose scheme, host or port differ from
the site's. Transient failures (a refused connection, 429/502/503/504, a read timeout
on a request that changes nothing) are tried again a few times; a request that
changes the site is never repeated after a timeout, since the site may have done it.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from hubdesk import __version__
from hubdesk.errors import PublishError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0
RETRY_STATUSES = frozenset({429, 502, 503, 504})
_TAG_RE = re.compile(r"<[^>]+>")

JsonValue = Any


@dataclass(frozen=True)
class Author:
    """A user of the site a post can be credited to."""

    id: int
    name: str  # the display name
    slug: str
    login: str = ""  # the user name (only with the right to list users)

    def matches(self, text: str) -> bool:
        wanted = text.strip().casefold()
        return bool(wanted) and wanted in {
            self.name.casefold(), self.slug.casefold(), self.login.casefold()
        }


@dataclass(frozen=True)
class Answer:
    """A JSON answer and the headers that matter (page counts)."""

    data: JsonValue
    total_pages: int = 1
    total: int = 0


def _reason(data: object, fallback: str) -> str:
    """WordPress's own message of an error answer, without markup."""
    if isinstance(data, Mapping):
        message = data.get("message") or data.get("code")
        if isinstance(message, str) and message.strip():
            return _TAG_RE.sub("", message).strip()[:300]
    return fallback


class WordPressClient:
    """One site's REST API: ``request`` and the few calls HubDesk makes."""

    def __init__(
        self,
        name: str,
        url: str,
        user: str,
        password: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.3,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.name = name
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._terms: dict[tuple[str, str], int] = {}  # (taxonomy, name folded) -> id, this session
        parts = urlsplit(self.url)
        self._origin = (parts.scheme, parts.hostname, parts.port)
        self._http = httpx.Client(
            auth=httpx.BasicAuth(user, password),
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": f"HubDesk/{__version__}", "Accept": "application/json"},
            event_hooks={"request": [self._only_the_site]},
            transport=transport,
            trust_env=False,  # no proxy from the environment: requests go to the site only
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _only_the_site(self, request: httpx.Request) -> None:
        here = (request.url.scheme, request.url.host, request.url.port)
        if here != self._origin:
            raise PublishError("publish.redirect", site=self.name, target=str(request.url))

    # ------------------------------------------------------------ requests

    def request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, object] | None = None,
        json_body: object = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """``method`` on ``route`` (``/wp/v2/posts``); the JSON answer or a ``PublishError``."""
        query: dict[str, str] = {"rest_route": route}
        for key, value in (params or {}).items():
            query[key] = str(value)
        safe = method == "GET"
        attempt = 0
        while True:
            try:
                response = self._http.request(
                    method, self.url + "/", params=query, json=json_body, content=content,
                    headers=dict(headers or {}),
                )
            except httpx.TimeoutException as exc:
                if safe and attempt < self.retries:
                    attempt += 1
                    self._pause(attempt, exc)
                    continue
                raise PublishError(
                    "publish.timeout", site=self.name, seconds=f"{self.timeout:g}"
                ) from exc
            except (httpx.ConnectError, httpx.RemoteProtocolError) as exc:
                # Nothing reached the site (refused) or the answer broke off: try again.
                if attempt < self.retries and (safe or isinstance(exc, httpx.ConnectError)):
                    attempt += 1
                    self._pause(attempt, exc)
                    continue
                raise PublishError("publish.down", site=self.name, url=self.url) from exc
            except httpx.HTTPError as exc:
                raise PublishError("publish.down", site=self.name, url=self.url) from exc
            if response.status_code in RETRY_STATUSES and attempt < self.retries and safe:
                attempt += 1
                self._pause(attempt, f"HTTP {response.status_code}")
                continue
            return self._answer(response)

    def _pause(self, attempt: int, why: object) -> None:
        log.info("%s: trying again (%d/%d) after %s", self.name, attempt, self.retries, why)
        time.sleep(self.backoff * attempt)

    def _answer(self, response: httpx.Response) -> Answer:
        status = response.status_code
        if 300 <= status < 400:
            target = response.headers.get("location", "?")
            raise PublishError("publish.redirect", site=self.name, target=target)
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            data = None
        if status == 401:
            raise PublishError("publish.auth", site=self.name)
        if status == 403:
            raise PublishError(
                "publish.forbidden", site=self.name, reason=_reason(data, "HTTP 403")
            )
        if status >= 500 and not isinstance(data, Mapping):
            raise PublishError("publish.server_error", site=self.name, status=status)
        if data is None:
            raise PublishError("publish.not_json", site=self.name, url=self.url)
        if status >= 400:
            raise PublishError(
                "publish.refused", site=self.name, status=status,
                reason=_reason(data, response.reason_phrase),
            )
        return Answer(
            data,
            total_pages=_int(response.headers.get("x-wp-totalpages"), 1),
            total=_int(response.headers.get("x-wp-total"), 0),
        )

    # ------------------------------------------------------------ calls

    def me(self) -> JsonValue:
        """The user the password belongs to (only an authenticated request proves it)."""
        data = self.request("GET", "/wp/v2/users/me", params={"context": "edit"}).data
        if not isinstance(data, Mapping) or "id" not in data:
            raise PublishError("publish.not_json", site=self.name, url=self.url)
        return data

    def get_post(self, post_id: int) -> JsonValue:
        return self.request("GET", f"/wp/v2/posts/{int(post_id)}", params={"context": "edit"}).data

    def create_post(self, fields: Mapping[str, object]) -> JsonValue:
        return self.request("POST", "/wp/v2/posts", json_body=dict(fields)).data

    def update_post(self, post_id: int, fields: Mapping[str, object]) -> JsonValue:
        return self.request("POST", f"/wp/v2/posts/{int(post_id)}", json_body=dict(fields)).data

    def term_id(self, taxonomy: str, name: str) -> int:
        """The id of the tag or category called ``name``, created when the site has none
        (remembered for this client's life: a batch asks once per name)."""
        key = (taxonomy, name.casefold())
        if key not in self._terms:
            self._terms[key] = self._term_id(taxonomy, name)
        return self._terms[key]

    def _term_id(self, taxonomy: str, name: str) -> int:
        found = self.request(
            "GET", f"/wp/v2/{taxonomy}", params={"search": name, "per_page": 100}
        ).data
        for term in found if isinstance(found, list) else []:
            if isinstance(term, Mapping) and str(term.get("name", "")).casefold() == name.casefold():
                return int(term["id"])
        try:
            created = self.request("POST", f"/wp/v2/{taxonomy}", json_body={"name": name}).data
        except PublishError as exc:
            # Created meanwhile, or known under an escaped name: WordPress names its id.
            if exc.params.get("status") == 400:
                existing = self._existing_term(taxonomy, name)
                if existing is not None:
                    return existing
            raise
        return int(created["id"])

    def _existing_term(self, taxonomy: str, name: str) -> int | None:
        found = self.request(
            "GET", f"/wp/v2/{taxonomy}", params={"search": name, "per_page": 100}
        ).data
        for term in found if isinstance(found, list) else []:
            if isinstance(term, Mapping):
                return int(term["id"])
        return None

    def authors(self) -> list[Author]:
        """The site's users who can write posts (the first 100, by name)."""
        found = self.request(
            "GET", "/wp/v2/users",
            params={"context": "edit", "per_page": 100, "orderby": "name", "order": "asc"},
        ).data
        return [
            Author(int(user["id"]), str(user.get("name") or user.get("slug") or user["id"]),
                   str(user.get("slug") or ""), str(user.get("username") or ""))
            for user in (found if isinstance(found, list) else [])
            if isinstance(user, Mapping) and "id" in user
        ]

    def upload_media(self, path: Path, media_type: str) -> JsonValue:
        """Upload one image file to the media library; the new media item."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PublishError("publish.image_unreadable", file=path.name, reason=exc.strerror) from exc
        disposition = f'attachment; filename="{upload_name(path)}"'
        try:
            return self.request(
                "POST", "/wp/v2/media", content=data,
                headers={"Content-Type": media_type, "Content-Disposition": disposition},
            ).data
        except PublishError as exc:
            if exc.code in ("publish.refused", "publish.server_error"):
                reason = exc.params.get("reason") or f"HTTP {exc.params.get('status')}"
                raise PublishError(
                    "publish.media_refused", site=self.name, file=path.name, reason=reason
                ) from exc
            raise

    def posts_modified_after(
        self, after: str, page: int, per_page: int = 100
    ) -> Answer:
        """One page of posts modified after ``after`` (ISO, UTC; '' = all), by id (stable pages)."""
        params: dict[str, object] = {
            "context": "edit", "per_page": per_page, "page": page,
            "orderby": "id", "order": "asc", "status": "any",
        }
        if after:
            params["modified_after"] = after
        return self.request("GET", "/wp/v2/posts", params=params)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def upload_name(path: Path) -> str:
    """The file's name as WordPress 6.1 takes it (ASCII, no quotes): ``Été 1.png`` → ``ete-1.png``."""
    from hubdesk.model.article import slugify

    return f"{slugify(path.stem, 60)}{path.suffix.lower()}"


#: ``make(site, password) -> client``: how publish and pull get a client (tests pass their own).
ClientFactory = Callable[[str, str, str, str], WordPressClient]
