"""Where HubDesk finds its resources and keeps its library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV = "HUBDESK_DB"
LIBRARY_FILENAME = "library.hubdesk"


def resource_dir() -> Path:
    """The folder holding stylesheets, icons, translations and the welcome articles."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir() -> Path:
    return Path(user_data_dir("HubDesk", "HubDesk", roaming=True))


def default_library_path() -> Path:
    """The library file: ``$HUBDESK_DB`` if set, else the platform's user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / LIBRARY_FILENAME
