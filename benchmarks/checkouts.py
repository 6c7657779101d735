"""The code of another revision, unpacked beside this tree, for a before/after in one run."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # this tree


def unpacked(revision: str) -> Path:
    """A temporary folder holding ``git archive revision`` of this repository."""
    folder = Path(tempfile.mkdtemp(prefix="hubdesk-before-"))
    archive = subprocess.run(
        ["git", "-C", str(HERE), "archive", revision], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder
