"""Adding, listing and removing WordPress sites, and opening a client on one.

A site is added only once its credentials are proven: ``GET /wp/v2/users/me`` with the
user and application password (a public request succeeds even with a wrong password,
so only this call proves them). Its name, address and user go to the library; the
password goes to the keyring (``credentials``), never to the library.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from hubdesk.errors import PublishError
from hubdesk.library import site_links
from hubdesk.library.site_links import SiteRow
from hubdesk.library.store import Library
from hubdesk.publish import credentials
from hubdesk.publish.client import DEFAULT_TIMEOUT, WordPressClient

log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class AddedSite:
    site: SiteRow
    display_name: str  # the WordPress user's name, as the site reports it
    in_keyring: bool  # False: no keyring here, the password was not kept


#: The hosts a password may be sent to over plain http: this computer only.
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def normal_url(url: str) -> str:
    """The site's address without a trailing slash; ``publish.bad_url`` for no address,
    ``publish.insecure_url`` for plain http to another computer (the application
    password travels in every request's Authorization header: only TLS protects it)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise PublishError("publish.bad_url", url=url) from exc
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise PublishError("publish.bad_url", url=url)
    if parts.scheme == "http" and host.lower() not in LOOPBACK_HOSTS:
        raise PublishError("publish.insecure_url", url=text)
    return text.rstrip("/")


def check_name(name: str) -> str:
    if not _NAME_RE.match(name):
        raise PublishError("publish.bad_name", name=repr(name))
    return name


def open_client(site: SiteRow, password: str, *, timeout: float = DEFAULT_TIMEOUT) -> WordPressClient:
    """A client on ``site``; its address is checked again (never a password over plain
    http to another computer, whatever a library from elsewhere holds)."""
    normal_url(site.url)
    return WordPressClient(site.name, site.url, site.user, password, timeout=timeout)


def verify(site: SiteRow, password: str, *, timeout: float = DEFAULT_TIMEOUT) -> str:
    """Prove the credentials on the site; the user's display name."""
    with open_client(site, password, timeout=timeout) as client:
        me = client.me()
    return str(me.get("name") or site.user)


def add_site(
    library: Library, name: str, url: str, user: str, password: str,
    *, timeout: float = DEFAULT_TIMEOUT,
) -> AddedSite:
    """Check the credentials, then keep the site (and its password in the keyring)."""
    site = SiteRow(check_name(name.strip()), normal_url(url), user.strip())
    if not site.user:
        raise PublishError("publish.auth", site=site.name)
    display = verify(site, password, timeout=timeout)
    kept = credentials.store_password(site.name, site.user, password)
    site_links.save_site(library, site)
    log.info("Site %s added (%s as %s)", site.name, site.url, site.user)
    return AddedSite(site, display, kept)


def remove_site(library: Library, name: str) -> None:
    site = site_links.get_site(library, name)
    site_links.remove_site(library, name)
    credentials.forget_password(site.name, site.user)


def client_for(
    library: Library, name: str, password: str | None = None,
    *, timeout: float = DEFAULT_TIMEOUT,
) -> tuple[SiteRow, WordPressClient]:
    """The site called ``name`` and a client on it (password given, else keyring/env)."""
    site = site_links.get_site(library, name)
    secret = password or credentials.password_for(site.name, site.user)
    return site, open_client(site, secret, timeout=timeout)
