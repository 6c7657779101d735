"""Put PySide's own Python support files on disk, compiled, in an environment.

By default shiboken6 keeps the Python modules of its signature support in a zip
embedded in its library, and compiles them from source at every start of the app
(about 12 ms of each launch, before the window can be built). Asked with
``SBK_EMBED=0``, it writes them once into ``shiboken6/files.dir`` and imports them
from there, as ordinary modules with their bytecode. This does that for the
interpreter given (default: this one), after removing any copy left by an earlier
PySide version, and compiles the files.

    python packaging/pyside_support.py [/path/to/venv/bin/python]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

WHERE = "import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).resolve().parent)"


def files_dir(python: str) -> Path:
    """The ``files.dir`` folder of ``python``'s shiboken6 (it may not exist yet)."""
    env = dict(os.environ)
    env.pop("SBK_EMBED", None)
    out = subprocess.run([python, "-c", WHERE], env=env, check=True,
                         capture_output=True, text=True)
    return Path(out.stdout.strip()) / "files.dir"


def unpack(python: str = sys.executable) -> Path:
    """Write the support files afresh for ``python`` and compile them; returns their folder."""
    target = files_dir(python)
    shutil.rmtree(target, ignore_errors=True)  # left by another PySide version: never mixed
    env = dict(os.environ, SBK_EMBED="0")
    subprocess.run([python, "-c", "import shiboken6"], env=env, check=True)
    if not (target / "shibokensupport").is_dir():
        raise SystemExit(f"pyside_support: shiboken6 wrote no support files in {target}")
    # The bytecode beside the sources; "unchecked": valid whatever the files' times
    # become when they are copied into a bundle.
    subprocess.run([python, "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash",
                    str(target)], check=True,
                   env={k: v for k, v in os.environ.items()
                        if k not in ("PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE")})
    return target


if __name__ == "__main__":
    print(f"pyside_support: {unpack(sys.argv[1] if len(sys.argv) > 1 else sys.executable)}")
