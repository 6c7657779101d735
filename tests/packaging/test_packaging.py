"""Packaging material: one version, icons in every container, file association in step."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

import hubdesk
from hubdesk.formats import archive
from tests import ROOT  # noqa: E402

PACKAGING = ROOT / "packaging"
APP_ID = "io.hubdesk.HubDesk"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_build_reads_the_one_version() -> None:
    assert _load("build").read_version() == hubdesk.__version__


def test_icon_containers_hold_every_size(qapp, tmp_path: Path) -> None:
    icons = _load("icons")
    pngs = icons.build_icons(ROOT / "resources" / "icons" / "hubdesk.svg", tmp_path)
    for size, path in pngs.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the icon is drawn
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent
    ico = (tmp_path / "hubdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for n in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * n: 22 + 16 * n])
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert QImage.fromData(ico[offset:offset + length]).width() == (width or 256)
        sizes.append(width or 256)
    assert sizes == sorted(icons.ICO_SIZES)
    icns = (tmp_path / "hubdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = [], 8
    while pos < len(icns):
        kinds.append(icns[pos:pos + 4])
        pos += struct.unpack(">I", icns[pos + 4:pos + 8])[0]
    assert kinds == [icons.ICNS_TYPES[s] for s in sorted(icons.ICNS_TYPES)]


def test_linux_desktop_files_agree() -> None:
    linux = ROOT / "resources" / "linux"
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(linux / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "hubdesk"
    assert entry["MimeType"] == f"{archive.MIME_TYPE};"
    meta = ET.parse(linux / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.find("provides/mediatype").text == archive.MIME_TYPE
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(linux / f"{APP_ID}.mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == archive.MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == f"*{archive.EXTENSION}"


def test_windows_and_macos_associate_the_archive_extension() -> None:
    iss = (PACKAGING / "windows" / "hubdesk.iss").read_text(encoding="utf-8")
    assert re.search(r'#define ArchiveExt "(.+)"', iss).group(1) == archive.EXTENSION
    assert "{#AppVersion}" in iss and "Software\\Classes\\{#ArchiveExt}" in iss
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist.in").read_bytes())
    assert plist["CFBundleShortVersionString"] == "@VERSION@"
    exported = plist["UTExportedTypeDeclarations"][0]["UTTypeTagSpecification"]
    assert exported["public.filename-extension"] == [archive.EXTENSION.lstrip(".")]
    assert exported["public.mime-type"] == archive.MIME_TYPE
