"""The Debian package: the bundle under /opt/hubdesk, a /usr/bin launcher, desktop integration.

Dependencies are not guessed: every ELF file of the bundle is run through ``ldd`` and
each system library it loads is traced to the Debian package that owns it (``dpkg -S``).
Libraries Qt's plugins need but which are absent from the build machine ("not found")
are mapped by name (``SONAME_PACKAGES``); an unknown missing library stops the build.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

log = logging.getLogger("build.deb")

ROOT = Path(__file__).resolve().parent.parent
LINUX_RES = ROOT / "resources" / "linux"
APP_ID = "io.hubdesk.HubDesk"

# Always required, whatever ldd sees: Qt's xcb platform plugin and GL/EGL integration
# load these, and Qt needs a font configuration and at least one font.
BASE_DEPENDS = [
    "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "fontconfig",
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
    # Spell check: HubDesk loads libhunspell at run time through ctypes (ldd cannot see
    # it), with the system's Hunspell dictionaries for French and English.
    "libhunspell-1.7-0", "hunspell-fr", "hunspell-en-us | hunspell-en-gb",
]

# Sonames that may be missing on the build machine, and the package providing each.
SONAME_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libcups.so.2": "libcups2",
    "libdrm.so.2": "libdrm2",
    "libgbm.so.1": "libgbm1",
    "libmtdev.so.1": "libmtdev1",
    "libinput.so.10": "libinput10",
    "libudev.so.1": "libudev1",
    "libts.so.0": "libts0",
    "libxkbfile.so.1": "libxkbfile1",
}

_ELF_MAGIC = b"\x7fELF"


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == _ELF_MAGIC
    except OSError:
        return False


def elf_files(bundle: Path) -> list[Path]:
    return [p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and _is_elf(p)]


def _ldd(path: Path, libdirs: str) -> str:
    env = dict(os.environ, LD_LIBRARY_PATH=libdirs)
    done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
    return done.stdout


def _needed(path: Path) -> set[str]:
    """The sonames an ELF file links to directly (its DT_NEEDED entries)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                         check=False).stdout
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE))


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(system library paths, sonames not found) directly needed by the bundle's ELF files."""
    internal = bundle / "_internal"
    libdirs = ":".join(
        str(d) for d in {p.parent for p in internal.rglob("*.so*")} | {internal}
    )
    resolved: set[str] = set()
    missing: set[str] = set()
    bundle_str = str(bundle.resolve())
    for elf in elf_files(bundle):
        needed = _needed(elf)
        for line in _ldd(elf, libdirs).splitlines():
            m = re.match(r"\s*(\S+) => (not found|\S+)", line)
            if not m or m.group(1) not in needed:
                continue  # libraries loaded only through a system library are its business
            name, where = m.groups()
            if where == "not found":
                missing.add(name)
            elif not os.path.realpath(where).startswith(bundle_str):
                resolved.add(where)
    return resolved, missing


def _owner(path: str) -> str | None:
    real = os.path.realpath(path)
    variants = {path, real}
    for p in list(variants):
        if p.startswith("/usr/lib/"):
            variants.add(p[len("/usr"):])
        elif p.startswith("/lib/"):
            variants.add("/usr" + p)
    for p in sorted(variants):
        done = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True, check=False)
        if done.returncode == 0 and done.stdout:
            return done.stdout.split(":")[0].split(",")[0].strip()
    return None


def glibc_version(bundle: Path) -> str:
    """The newest GLIBC symbol version any ELF file of the bundle needs."""
    best = (2, 17)
    for elf in elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True,
                             check=False).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def compute_depends(bundle: Path) -> list[str]:
    """The Depends field: owners of every system library the bundle loads, plus BASE_DEPENDS."""
    resolved, missing = system_libraries(bundle)
    packages: set[str] = set()
    unknown: list[str] = []
    for path in sorted(resolved):
        owner = _owner(path)
        if owner:
            packages.add(owner)
        elif Path(path).name in SONAME_PACKAGES:
            packages.add(SONAME_PACKAGES[Path(path).name])
        else:
            unknown.append(path)
    for name in sorted(missing):
        if name in SONAME_PACKAGES:
            packages.add(SONAME_PACKAGES[name])
        else:
            unknown.append(name)
    if unknown:
        raise SystemExit(f"build: no Debian package known for these libraries: {unknown}")
    packages.discard("libc6")
    log.info("libraries from the system: %d, owned by %d packages", len(resolved), len(packages))
    depends = [f"libc6 (>= {glibc_version(bundle)})"]
    for pkg in sorted(packages | {d for d in BASE_DEPENDS if "|" not in d}):
        depends.append(pkg)
    depends += [d for d in BASE_DEPENDS if "|" in d]
    return depends


def debian_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


LAUNCHER = """#!/bin/sh
# HubDesk launcher: the application itself lives in /opt/hubdesk.
exec /opt/hubdesk/hubdesk "$@"
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: HubDesk

Files: *
Copyright: 2026 HubDesk contributors
License: MIT
 HubDesk bundles Python, Qt (PySide6, LGPL-3.0) and the Python libraries named in its
 README under their own licences; their licence files are inside /opt/hubdesk/_internal.
"""

CHANGELOG = """hubdesk ({version}) unstable; urgency=medium

  * HubDesk {version}: see the project's release notes.

 -- HubDesk maintainers <maintainers@hubdesk.invalid>  {date}
"""


def build_deb(bundle: Path, version: str, icons: Path, dist: Path) -> Path:
    """Write dist/hubdesk_VERSION_ARCH.deb and return its path."""
    arch = debian_arch()
    root = dist.parent / "build" / "deb" / f"hubdesk_{version}_{arch}"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "hubdesk"
    shutil.copytree(bundle, opt, symlinks=True)
    _write(root / "usr" / "bin" / "hubdesk", LAUNCHER, 0o755)
    share = root / "usr" / "share"
    shutil.copy2(LINUX_RES / f"{APP_ID}.desktop", _mkparent(share / "applications" / f"{APP_ID}.desktop"))
    metainfo = (LINUX_RES / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", time.strftime("%Y-%m-%d"))
    _write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    shutil.copy2(LINUX_RES / f"{APP_ID}.mime.xml", _mkparent(share / "mime" / "packages" / f"{APP_ID}.xml"))
    for png in icons.glob("hubdesk-*.png"):
        size = png.stem.split("-")[1]
        shutil.copy2(png, _mkparent(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    shutil.copy2(ROOT / "resources" / "icons" / "hubdesk.svg",
                 _mkparent(share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"))
    _write(share / "doc" / "hubdesk" / "copyright", COPYRIGHT)
    changelog = CHANGELOG.format(version=version, date=time.strftime("%a, %d %b %Y %H:%M:%S +0000",
                                                                      time.gmtime()))
    (share / "doc" / "hubdesk" / "changelog.gz").write_bytes(
        gzip.compress(changelog.encode("utf-8"), mtime=0))
    man = _mkparent(share / "man" / "man1" / "hubdesk.1.gz")
    man.write_bytes(gzip.compress((LINUX_RES / "hubdesk.1").read_bytes(), mtime=0))
    _normalise_modes(root)
    installed_kb = (sum(p.lstat().st_size for p in root.rglob("*")) + 1023) // 1024
    depends = compute_depends(bundle)
    control = "\n".join([
        "Package: hubdesk",
        f"Version: {version}",
        f"Architecture: {arch}",
        "Maintainer: HubDesk maintainers <maintainers@hubdesk.invalid>",
        f"Installed-Size: {installed_kb}",
        f"Depends: {', '.join(depends)}",
        "Section: editors",
        "Priority: optional",
        "Description: editorial desk for long-form web articles",
        " HubDesk is the desktop editorial desk of a publication posting long-form",
        " web articles: write by section with a live preview, credit sources, disclose",
        " AI authorship, review, search an offline library and export to HTML,",
        " Markdown, PDF, EPUB, DOCX and ODT. In French and English.",
        "",
    ])
    _write(root / "DEBIAN" / "control", control)
    out = dist / f"hubdesk_{version}_{arch}.deb"
    log.info("Depends: %s", ", ".join(depends))
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root),
                    str(out)], check=True, stdout=subprocess.DEVNULL)
    log.info("wrote %s (%.1f MB)", out, out.stat().st_size / 1_000_000)
    return out


def _mkparent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _normalise_modes(root: Path) -> None:
    """Directories and programs 755; shared libraries and everything else 644."""
    for p in root.rglob("*"):
        if p.is_symlink():
            continue
        if p.is_dir():
            p.chmod(0o755)
        elif ".so" not in p.name and (os.access(p, os.X_OK) or _is_elf(p)):
            p.chmod(0o755)
        else:
            p.chmod(0o644)
    root.chmod(0o755)
