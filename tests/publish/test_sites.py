"""Item 1: sites are added only with proven credentials; the password never lands in clear."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from hubdesk.errors import PublishError
from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.publish import credentials, sites
from tests.wordpress.server import WordPressSite


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory (stands for the Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.kept:
            raise PasswordDeleteError(username)
        del self.kept[(service, username)]


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch):
    import keyring

    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    yield ring
    keyring.set_keyring(previous)


def test_adding_a_site_checks_the_password_and_keeps_it_in_the_keyring(
    library: Library, library_path: Path, wordpress: WordPressSite, memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    added = sites.add_site(library, "desk", wordpress.url + "/", wordpress.user, wordpress.app_password)
    assert added.in_keyring
    assert added.display_name == "editor"
    assert memory_keyring.kept == {
        (credentials.SERVICE, f"desk:{wordpress.user}"): wordpress.app_password
    }
    assert site_links.list_sites(library) == [
        site_links.SiteRow("desk", wordpress.url, wordpress.user, "")
    ]
    # never in the library, its WAL, or the log
    library.close()
    for path in library_path.parent.glob(library_path.name + "*"):
        assert wordpress.app_password.encode() not in path.read_bytes(), path
    assert wordpress.app_password not in caplog.text
    reopened = Library.open(library_path)
    try:
        site, client = sites.client_for(reopened, "desk")
        with client:
            assert client.me()["slug"] == "editor"
    finally:
        reopened.close()


def test_a_wrong_password_is_refused_and_nothing_is_added(
    library: Library, wordpress: WordPressSite, memory_keyring: MemoryKeyring,
) -> None:
    with pytest.raises(PublishError) as caught:
        sites.add_site(library, "desk", wordpress.url, wordpress.user, "wrong pass word 1234")
    assert caught.value.code == "publish.auth"
    assert "401" in str(caught.value)
    assert site_links.list_sites(library) == []
    assert memory_keyring.kept == {}


def test_without_a_keyring_the_password_comes_from_the_environment(
    library: Library, wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    added = sites.add_site(library, "desk", wordpress.url, wordpress.user, wordpress.app_password)
    assert not added.in_keyring
    with pytest.raises(PublishError) as caught:
        sites.client_for(library, "desk")
    assert caught.value.code == "publish.no_password"
    assert "HUBDESK_SITE_PASSWORD" in str(caught.value)
    monkeypatch.setenv(credentials.PASSWORD_ENV, wordpress.app_password)
    _site, client = sites.client_for(library, "desk")
    with client:
        assert client.me()["id"] == 1


def test_removing_a_site_forgets_it_and_its_password(
    library: Library, wordpress: WordPressSite, memory_keyring: MemoryKeyring,
) -> None:
    sites.add_site(library, "desk", wordpress.url, wordpress.user, wordpress.app_password)
    sites.remove_site(library, "desk")
    assert site_links.list_sites(library) == []
    assert memory_keyring.kept == {}
    with pytest.raises(PublishError) as caught:
        site_links.get_site(library, "desk")
    assert caught.value.code == "publish.no_site"


@pytest.mark.parametrize(
    ("url", "code"),
    [("ftp://example.org", "publish.bad_url"), ("example.org", "publish.bad_url"),
     ("http://", "publish.bad_url"), ("https://example.org:port", "publish.bad_url"),
     ("http://example.org", "publish.insecure_url"), ("http://192.168.1.10/blog", "publish.insecure_url"),
     ("HTTP://Example.org", "publish.insecure_url")],
)
def test_a_bad_address_is_refused_before_anything_is_sent(library: Library, url: str, code: str) -> None:
    with pytest.raises(PublishError) as caught:
        sites.add_site(library, "desk", url, "editor", "x")
    assert caught.value.code == code
    assert site_links.list_sites(library) == []


@pytest.mark.parametrize(
    "url", ["http://localhost:8080", "http://127.0.0.1", "http://[::1]:9000/wp", "https://example.org/"]
)
def test_plain_http_is_accepted_only_for_this_computer(url: str) -> None:
    assert sites.normal_url(url) == url.rstrip("/")


def test_a_plain_http_site_kept_in_an_old_library_gets_no_password(library: Library) -> None:
    site_links.save_site(library, site_links.SiteRow("old", "http://blog.example", "editor"))
    with pytest.raises(PublishError) as caught:
        sites.client_for(library, "old", "secret")
    assert caught.value.code == "publish.insecure_url"
    assert "unencrypted" in str(caught.value)


def test_a_bad_name_is_refused(library: Library) -> None:
    with pytest.raises(PublishError) as caught:
        sites.add_site(library, "my site!", "https://example.org", "editor", "x")
    assert caught.value.code == "publish.bad_name"
