"""Fixtures of the publish tests: the real WordPress (once per session) and a library
with that site added."""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from hubdesk.library.site_links import SiteRow, get_site
from hubdesk.library.store import Library
from hubdesk.publish import credentials, sites
from tests.wordpress import server
from tests.wordpress.server import WordPressSite

SITE = "test"


def png(width: int = 2, height: int = 2) -> bytes:
    """A small, valid red PNG (WordPress checks what it is given)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
        )

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PNG = png()


@pytest.fixture(scope="session")
def wordpress() -> Iterator[WordPressSite]:
    """The test WordPress, brought up once for the session (stopped after, if we started it)."""
    reason = server.missing_reason()
    if reason:
        pytest.skip(reason)
    site = server.bring_up()
    print(f"\ntest WordPress at {site.url} (set up in {site.setup_seconds:.1f} s)")
    yield site
    if site.started_here:
        server.bring_down()


@pytest.fixture
def site_password(wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch) -> str:
    """No keyring in the tests' machine: the password comes from the environment."""
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    monkeypatch.setenv(credentials.PASSWORD_ENV, wordpress.app_password)
    return wordpress.app_password


@pytest.fixture
def wp_library(library: Library, wordpress: WordPressSite, site_password: str) -> Library:
    """A fresh library with the test site added (credentials checked by the site)."""
    sites.add_site(library, SITE, wordpress.url, wordpress.user, site_password)
    return library


@pytest.fixture
def wp_site(wp_library: Library) -> SiteRow:
    return get_site(wp_library, SITE)


@pytest.fixture
def wp_http(wordpress: WordPressSite) -> Iterator[httpx.Client]:
    """A plain HTTP client on the site, to look at and change it as another user would."""
    with httpx.Client(
        base_url=wordpress.url, auth=(wordpress.user, wordpress.app_password), timeout=30,
        trust_env=False,
    ) as client:
        yield client


def rest(http: httpx.Client, method: str, route: str, **kwargs: object) -> object:
    """One REST call by the test itself (independent of HubDesk's client)."""
    params = dict(kwargs.pop("params", {}) or {})  # type: ignore[call-overload]
    params["rest_route"] = route
    response = http.request(method, "/", params=params, **kwargs)  # type: ignore[arg-type]
    response.raise_for_status()
    return response.json()


def server_now() -> str:
    """Now, as WordPress writes ``modified_gmt`` (the site is on UTC), once the clock has
    moved to the next second: what the test changes after it is strictly later, what
    earlier tests changed is not (``modified_after`` is strict and counts seconds)."""
    moment = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    while datetime.now(UTC).replace(microsecond=0, tzinfo=None) <= moment:
        time.sleep(0.02)  # waiting for a condition: the clock's next second
    return moment.isoformat()


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    folder = tmp_path / "assets"
    folder.mkdir()
    (folder / "photo.png").write_bytes(PNG)
    return folder


@pytest.fixture
def second_author(wp_http: httpx.Client) -> int:
    """The id of a second user of the site, "Camille Roux" (an author), created once."""
    found = rest(wp_http, "GET", "/wp/v2/users", params={"search": "camille", "context": "edit"})
    for user in found if isinstance(found, list) else []:
        if user.get("username") == "camille":
            return int(user["id"])
    created = rest(wp_http, "POST", "/wp/v2/users", json={
        "username": "camille", "name": "Camille Roux", "email": "camille@example.invalid",
        "password": "not-used-by-the-tests", "roles": ["author"]})
    return int(created["id"])  # type: ignore[index]
