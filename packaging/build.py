#!/usr/bin/env python3
"""Build HubDesk for the platform this runs on; everything it makes goes to dist/.

Usage (from the checkout, with HubDesk's dependencies and PyInstaller installed at the
versions of the lock: ``pip install -c packaging/constraints.txt -e ".[packaging]"``)::

    python packaging/build.py                 # bundle + installers for this platform
    python packaging/build.py --reuse-bundle  # repack dist/hubdesk without re-running PyInstaller
    python packaging/build.py --unlocked      # build with other versions than the lock's (not for release)

Before anything else the build checks that every installed package named in
packaging/constraints.txt has the locked version, so that an installer is built from
known versions only.

Linux:   dist/hubdesk/ (one-folder bundle), dist/hubdesk-VERSION-linux-ARCH.tar.gz,
         dist/hubdesk_VERSION_DEBARCH.deb (needs dpkg-deb).
Windows: dist/hubdesk/ and, when Inno Setup's ISCC is installed, dist/HubDesk-VERSION-setup.exe.
macOS:   dist/HubDesk.app and dist/HubDesk-VERSION.dmg (hdiutil).

The version comes from hubdesk/__init__.py (``__version__``) and nowhere else.
"""

from __future__ import annotations

import argparse
import ast
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
STAGE = BUILD / "stage"
BUNDLE = DIST / "hubdesk"
SIZE_BUDGET_MB = 200

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PACKAGING))

log = logging.getLogger("build")


CONSTRAINTS = ROOT / "packaging" / "constraints.txt"
#: Packages the build cannot do without; the others of the lock are checked when installed.
BUILD_NEEDS = ("pyside6-essentials", "pyinstaller")


def normalise(name: str) -> str:
    """A distribution name as the lock spells it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path = CONSTRAINTS) -> dict[str, str]:
    """The pins of the lock: normalised name -> exact version."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def installed_versions() -> dict[str, str]:
    return {normalise(d.metadata["Name"]): d.version for d in metadata.distributions()}


def lock_problems(pins: dict[str, str], installed: dict[str, str]) -> list[str]:
    """What differs from the lock: a needed package missing, or any pinned one at another version."""
    problems = [f"{name} is not installed" for name in BUILD_NEEDS if name not in installed]
    problems += [
        f"{name} {installed[name]} is installed, the lock says {version}"
        for name, version in sorted(pins.items())
        if name in installed and installed[name] != version
    ]
    return problems


def check_locked_versions() -> None:
    problems = lock_problems(read_lock(), installed_versions())
    if problems:
        raise SystemExit(
            "build: this environment is not the locked one:\n  " + "\n  ".join(problems)
            + '\ninstall it with: pip install -c packaging/constraints.txt -e ".[packaging]"'
            " (or build with --unlocked, not for release)"
        )
    log.info("every installed package has the version of %s", CONSTRAINTS.relative_to(ROOT))


def read_version() -> str:
    """``__version__`` from hubdesk/__init__.py, read without importing the package."""
    tree = ast.parse((ROOT / "hubdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("build: hubdesk/__init__.py has no __version__")


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def stage_resources(version: str) -> None:
    """Copy resources/ into build/stage, compile the translations and render the icons."""
    from icons import build_icons

    from hubdesk.ui.shell.translations import compile_ts

    if STAGE.exists():
        shutil.rmtree(STAGE)
    target = STAGE / "resources"
    shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("*.qm", "*.ts"))
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        compile_ts(ts, target / "translations" / f"{ts.stem}.qm")
        log.info("translation %s compiled", ts.name)
    build_icons(ROOT / "resources" / "icons" / "hubdesk.svg", STAGE / "icons")
    shutil.copy2(STAGE / "icons" / "hubdesk-256.png", target / "icons" / "hubdesk-256.png")
    for name in ("hubdesk.ico", "hubdesk.icns"):
        shutil.copy2(STAGE / "icons" / name, STAGE / name)
    if sys.platform == "darwin":
        template = (PACKAGING / "macos" / "Info.plist.in").read_text(encoding="utf-8")
        (STAGE / "Info.plist").write_text(template.replace("@VERSION@", version), encoding="utf-8")


def run_pyinstaller(version: str) -> None:
    env = dict(os.environ, HUBDESK_ROOT=str(ROOT), HUBDESK_STAGE=str(STAGE),
               HUBDESK_VERSION=version)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
           str(PACKAGING / "hubdesk.spec")]
    log.info("running PyInstaller (a few minutes)")
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)


def check_bundle_size() -> int:
    size = folder_size(BUNDLE)
    mb = size / 1_000_000
    log.info("bundle %s: %.1f MB unpacked (budget %d MB)", BUNDLE, mb, SIZE_BUDGET_MB)
    if mb >= SIZE_BUDGET_MB:
        raise SystemExit(f"build: the bundle is {mb:.1f} MB, over the {SIZE_BUDGET_MB} MB budget")
    forbidden = [p.name for p in BUNDLE.rglob("*") if "WebEngine" in p.name or "Qt6Quick" in p.name]
    if forbidden:
        raise SystemExit(f"build: unused Qt modules slipped into the bundle: {forbidden[:5]}")
    return size


def make_tarball(version: str) -> Path:
    out = DIST / f"hubdesk-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"hubdesk-{version}")
    log.info("wrote %s (%.1f MB)", out, out.stat().st_size / 1_000_000)
    return out


def build_linux(version: str, args: argparse.Namespace) -> list[Path]:
    made = [BUNDLE]
    if not args.no_tar:
        made.append(make_tarball(version))
    if not args.no_deb:
        from deb import build_deb

        made.append(build_deb(BUNDLE, version, STAGE / "icons", DIST))
    return made


def build_windows(version: str) -> list[Path]:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
        candidate = default / "Inno Setup 6" / "ISCC.exe"
        iscc = str(candidate) if candidate.is_file() else None
    if iscc is None:
        log.warning("Inno Setup (ISCC.exe) not found: only the bundle was built")
        return [BUNDLE]
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceRoot={ROOT}",
                    str(PACKAGING / "windows" / "hubdesk.iss")], check=True)
    return [BUNDLE, DIST / f"HubDesk-{version}-setup.exe"]


def build_macos(version: str) -> list[Path]:
    app = DIST / "HubDesk.app"
    dmg = DIST / f"HubDesk-{version}.dmg"
    subprocess.run(["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(app), str(dmg), version],
                   check=True)
    return [app, dmg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse-bundle", action="store_true",
                        help="do not run PyInstaller; repack the existing dist/hubdesk")
    parser.add_argument("--no-tar", action="store_true", help="Linux: skip the .tar.gz")
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument("--unlocked", action="store_true",
                        help="build even when installed versions differ from packaging/constraints.txt")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="build: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icons are rendered without a display
    started = time.monotonic()
    version = read_version()
    log.info("HubDesk %s for %s", version, sys.platform)
    if not args.unlocked:
        check_locked_versions()
    DIST.mkdir(exist_ok=True)
    stage_resources(version)
    if args.reuse_bundle:
        if not BUNDLE.is_dir():
            raise SystemExit(f"build: {BUNDLE} does not exist; build it first")
        # Keep the bundle's resources in step with the sources even when reusing it.
        internal = BUNDLE / "_internal" / "resources"
        if internal.is_dir():
            shutil.rmtree(internal)
            shutil.copytree(STAGE / "resources", internal)
    else:
        run_pyinstaller(version)
    if sys.platform.startswith("linux"):
        check_bundle_size()
        made = build_linux(version, args)
    elif sys.platform == "win32":
        made = build_windows(version)
    elif sys.platform == "darwin":
        made = build_macos(version)
    else:
        raise SystemExit(f"build: no packaging for {sys.platform}")
    for path in made:
        log.info("made %s", path.relative_to(ROOT))
    log.info("done in %.0f s", time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
