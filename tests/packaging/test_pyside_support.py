"""PySide's signature support is imported from files with bytecode, not compiled at start.

``packaging/bootstrap.sh`` (the README's install and test commands) and the bundle's
spec run ``packaging/pyside_support.py``; without it shiboken6 compiles its support
modules from an embedded zip at every launch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, sys
import shiboken6
loader = sys.modules["shibokensupport.signature.loader"]
print(json.dumps({"file": loader.__file__, "loader": type(loader.__loader__).__name__,
                  "cached": getattr(loader, "__cached__", None)}))
"""


def test_the_environment_loads_pyside_support_from_compiled_files() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SBK_EMBED", "PYTHONPYCACHEPREFIX")}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, check=True,
                         capture_output=True, text=True)
    seen = json.loads(out.stdout)
    files = Path(seen["file"])
    # From shiboken6/files.dir, not from the embedded zip (a bare "shibokensupport/...").
    assert files.parts[-5:] == ("shiboken6", "files.dir", "shibokensupport", "signature",
                                "loader.py"), seen
    assert files.is_absolute() and files.is_file(), seen
    assert seen["loader"] == "SourceFileLoader", seen
    cached = Path(seen["cached"])
    assert cached.is_file(), seen  # its bytecode was written at install time
    # PEP 552 flags: hash-based (bit 0), never checked against the source (bit 1 off)
    assert cached.read_bytes()[4:8] == (1).to_bytes(4, "little"), "unchecked-hash bytecode"
