"""Where a site's application password lives: the system keyring, never a file.

The ``keyring`` library reaches the Secret Service (Linux), the Windows Credential
Locker or the macOS Keychain. A machine with none of them (a server, a container) has
no safe place to keep it: the password then comes from ``HUBDESK_SITE_PASSWORD`` or
is asked for each time, and is never written anywhere. Passwords are never logged.
"""

from __future__ import annotations

import logging
import os

from hubdesk.errors import PublishError

log = logging.getLogger(__name__)

SERVICE = "HubDesk WordPress"
PASSWORD_ENV = "HUBDESK_SITE_PASSWORD"


def _key(site: str, user: str) -> str:
    return f"{site}:{user}"


def keyring_available() -> bool:
    """Whether a real keyring backend exists (not keyring's "fail" or "null" stand-ins)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0)


def store_password(site: str, user: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is no keyring (nothing written)."""
    if not keyring_available():
        log.info("No keyring: the password of %s is not kept", site)
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _key(site, user), password)
    except KeyringError as exc:
        raise PublishError("publish.keyring_failed", name=site, reason=type(exc).__name__) from exc
    return True


def find_password(site: str, user: str) -> str | None:
    """The password from the keyring, else ``HUBDESK_SITE_PASSWORD``, else None."""
    if keyring_available():
        import keyring
        from keyring.errors import KeyringError

        try:
            found = keyring.get_password(SERVICE, _key(site, user))
        except KeyringError as exc:
            log.warning("The keyring could not be read for %s (%s)", site, type(exc).__name__)
            found = None
        if found:
            return found
    from_env = os.environ.get(PASSWORD_ENV, "")
    return from_env or None


def password_for(site: str, user: str) -> str:
    """The password, or ``PublishError('publish.no_password')`` when none is to be had."""
    found = find_password(site, user)
    if not found:
        raise PublishError("publish.no_password", name=site)
    return found


def forget_password(site: str, user: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _key(site, user))
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        log.warning("The keyring could not forget %s (%s)", site, type(exc).__name__)
