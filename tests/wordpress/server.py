"""Start the test WordPress once per test session (tests/wordpress/up.sh) and describe it.

Outside CI a machine without the packages skips the tests that need the site (the
summary says why); under ``CI=true`` that skip is a failure (tests/skip_policy.py),
since CI installs them (.ci/apt-packages.txt).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEEDED = ("mariadbd", "mariadb-install-db", "mariadb", "php")


@dataclass(frozen=True)
class WordPressSite:
    url: str
    user: str
    app_password: str
    root: Path  # the site's folder (wp-content lives in it)
    state: Path  # the folder up.sh keeps the database, logs and site.json in
    started_here: bool
    setup_seconds: float


def state_dir() -> Path:
    found = os.environ.get("HUBDESK_WP_DIR")
    return Path(found) if found else Path(tempfile.gettempdir()) / "hubdesk-wordpress"


def missing_reason() -> str | None:
    """Why the site cannot be brought up here, or None."""
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing or not Path("/usr/share/wordpress/wp-settings.php").is_file():
        return (
            "the test WordPress needs the packages wordpress mariadb-server php-mysql php-cli"
            f" (missing: {', '.join(missing) or 'wordpress'})"
        )
    return None


def bring_up() -> WordPressSite:
    """Run up.sh (idempotent) and read what it wrote."""
    state = state_dir()
    started = time.perf_counter()
    done = subprocess.run(
        ["bash", str(HERE / "up.sh")], capture_output=True, text=True, timeout=300,
        env={**os.environ, "HUBDESK_WP_DIR": str(state)},
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"tests/wordpress/up.sh failed: {done.stderr.strip() or done.stdout}")
    info = json.loads((state / "site.json").read_text(encoding="utf-8"))
    return WordPressSite(
        url=info["url"], user=info["user"], app_password=info["app_password"],
        root=Path(info["root"]), state=state,
        started_here="already up" not in done.stdout, setup_seconds=seconds,
    )


def bring_down() -> None:
    subprocess.run(
        ["bash", str(HERE / "down.sh")], capture_output=True, timeout=60,
        env={**os.environ, "HUBDESK_WP_DIR": str(state_dir())},
    )
