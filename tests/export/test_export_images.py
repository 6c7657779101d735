"""The image-header reader (``pixel_size``) on real files: PNG, GIF, JPEG, WebP and SVG.

Files are made here: by Qt's own encoders (an independent writer) where Qt writes
the format, by hand from the format's specification otherwise.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter

from hubdesk.export import images
from hubdesk.export.images import local_image, pixel_size, rewrite_images


def qt_encoded(fmt: str, width: int, height: int, *, quality: int = -1,
               progressive: bool = False) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1c5d99"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    writer.setQuality(quality)
    writer.setProgressiveScanWrite(progressive)
    assert writer.write(image), writer.errorString()
    buffer.close()
    return bytes(data.data())


def png(width: int, height: int) -> bytes:
    """A complete PNG (signature, IHDR, IDAT, IEND), grey, 8 bits."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def gif(width: int, height: int) -> bytes:
    """A complete one-colour GIF89a: header, screen, palette, one image, trailer."""
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return b"GIF89a" + screen + image + b"\x02\x02\x44\x01\x00" + b"\x3b"


def jpeg_header(width: int, height: int, sof: int) -> bytes:
    """SOI, an APP0 (JFIF), a DHT (0xC4: in the SOF range but not a frame), then the frame."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dht = b"\xff\xc4" + struct.pack(">H", 5) + b"\x00\x00\x00"
    frame = bytes([0xFF, sof]) + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + dht + frame


def webp(kind: bytes, payload: bytes) -> bytes:
    chunk = kind + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("width", "height"), [(1, 1), (640, 480), (3000, 17)])
def test_png_and_gif(tmp_path: Path, qapp, width: int, height: int) -> None:
    assert pixel_size(write(tmp_path, "a.png", png(width, height))) == (width, height)
    assert pixel_size(write(tmp_path, "q.png", qt_encoded("png", width, height))) == (width, height)
    path = write(tmp_path, "a.gif", gif(width, height))
    assert QImage(str(path)).size().toTuple() == (width, height)  # Qt reads it as a real GIF
    assert pixel_size(path) == (width, height)


@pytest.mark.parametrize("progressive", [False, True])
def test_jpeg_written_by_qt(tmp_path: Path, qapp, progressive: bool) -> None:
    data = qt_encoded("jpeg", 321, 123, quality=80, progressive=progressive)
    assert data[2:4] == b"\xff\xe0"  # segments before the frame are skipped
    assert pixel_size(write(tmp_path, "a.jpg", data)) == (321, 123)


@pytest.mark.parametrize("sof", [0xC0, 0xC1, 0xC2, 0xC3])
def test_jpeg_frame_kinds_after_a_huffman_table(tmp_path: Path, sof: int) -> None:
    assert pixel_size(write(tmp_path, "a.jpg", jpeg_header(1024, 768, sof))) == (1024, 768)


def test_webp_written_by_qt_lossy_and_lossless(tmp_path: Path, qapp) -> None:
    lossy = qt_encoded("webp", 300, 200, quality=75)
    lossless = qt_encoded("webp", 300, 200, quality=100)
    assert lossy[12:16] == b"VP8 " and lossless[12:16] == b"VP8L"
    assert pixel_size(write(tmp_path, "a.webp", lossy)) == (300, 200)
    assert pixel_size(write(tmp_path, "b.webp", lossless)) == (300, 200)


def test_extended_webp(tmp_path: Path) -> None:
    # VP8X: flags, 3 reserved bytes, then canvas width - 1 and height - 1 in 24 bits each.
    payload = b"\x10\x00\x00\x00" + (4000 - 1).to_bytes(3, "little") + (3000 - 1).to_bytes(3, "little")
    assert pixel_size(write(tmp_path, "a.webp", webp(b"VP8X", payload))) == (4000, 3000)


@pytest.mark.parametrize(
    ("tag", "size"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">', (120, 80)),
        ("<svg width='64px' height='32.4px' viewBox='0 0 10 10'>", (64, 32)),
        ('<svg viewBox="0 0 300 150">', (300, 150)),
        ('<svg width="10cm" height="5cm" viewBox="0,0,400,200">', (400, 200)),
        ('<svg width="100%" height="100%">', None),
        ('<svg viewBox="0 0 0 10">', None),
        ("<html><body>not an image</body></html>", None),
    ],
)
def test_svg_size_from_its_start_tag(tmp_path: Path, tag: str, size) -> None:
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n{tag}<rect/></svg>\n'
    assert pixel_size(write(tmp_path, "a.svg", text.encode())) == size


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00",  # cut inside the IHDR
        b"GIF89a\x01",
        b"\xff\xd8\xff\xe0\x00",  # cut inside a segment length
        b"\xff\xd8\xff\xe0\x00\x00",  # a segment length of 0 would read the same marker forever
        b"\xff\xd8\xff\xc0\x00\x11\x08",  # a frame cut before its size
        b"\xff\xd8\x00\x00",  # not a marker
        webp(b"VP8 ", b"\x00" * 10),  # no start code
        webp(b"VP8L", b"\x00" * 5),  # no signature byte
        webp(b"ALPH", b"\x00" * 10),
        b"BM\x00\x00 a bitmap",
    ],
)
def test_unreadable_headers_give_none(tmp_path: Path, data: bytes) -> None:
    assert pixel_size(write(tmp_path, "bad.png", data)) is None


def test_missing_file_gives_none(tmp_path: Path) -> None:
    assert pixel_size(tmp_path / "absent.png") is None
    assert pixel_size(tmp_path) is None  # a folder


def test_local_image_is_an_attachment_inside_the_folder(tmp_path: Path, monkeypatch) -> None:
    assets = tmp_path / "assets"
    (assets / "sub").mkdir(parents=True)
    (assets / "sub" / "a.png").write_bytes(png(2, 2))
    (assets / "notes.txt").write_text("not an image", encoding="utf-8")
    (tmp_path / "outside.png").write_bytes(png(2, 2))
    assert local_image("sub/a.png?v=2#top", assets) == (assets / "sub" / "a.png").resolve()
    for src in ("", "../outside.png", "/etc/a.png", "\\\\server\\a.png", "notes.txt",
                "missing.png", "sub", "bad\x00name.png", "https://example.org/a.png"):
        assert local_image(src, assets) is None, src
    assert local_image("sub/a.png", None) is None
    monkeypatch.setattr(images, "MAX_IMAGE_BYTES", 10)
    assert local_image("sub/a.png", assets) is None  # too large to embed


def test_rewrite_images_never_fetches_and_embeds_attachments(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png(1, 1))
    fragment = (
        '<p><img alt="Remote" src="https://example.org/x.png">'
        '<img src="data:image/png;base64,AAAA" alt="Inline">'
        '<img alt="Local &amp; fine" src="a.png">'
        '<img alt="" src="gone.png"></p>'
    )
    embedded: list[tuple[Path, str]] = []

    def embed(path: Path, alt: str) -> str:
        embedded.append((path, alt))
        return "<EMBEDDED>"

    assert rewrite_images(fragment, tmp_path, embed) == (
        '<p><a class="hd-remote-image" href="https://example.org/x.png">\u25a3\u00a0Remote \u00b7 example.org</a>'
        '<span class="hd-missing-image">Inline</span>'
        "<EMBEDDED>"
        '<span class="hd-missing-image">gone.png</span></p>'
    )
    assert embedded == [((tmp_path / "a.png").resolve(), "Local & fine")]
    assert rewrite_images("<p>no image</p>", tmp_path, embed) == "<p>no image</p>"


def test_odt_pictures_of_every_readable_kind(tmp_path: Path, qapp) -> None:
    import zipfile

    from hubdesk.export import ExportOptions, export_article
    from tests.export_article import make_sample_article

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "a.webp").write_bytes(qt_encoded("webp", 300, 200, quality=75))
    (assets / "b.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48">'
                                  '<rect width="96" height="48"/></svg>', encoding="utf-8")
    (assets / "c.gif").write_bytes(gif(10, 10))
    article = make_sample_article()
    article.sections[0].body += "\n\n![A](a.webp) ![B](b.svg) ![C](c.gif)"
    path = export_article(article, "odt", tmp_path / "img.odt", ExportOptions(asset_dir=assets))
    z = zipfile.ZipFile(path)
    manifest = z.read("META-INF/manifest.xml").decode()
    pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
    # SVG files can carry scripts: never embedded, the picture falls back to its alt text
    assert sorted(Path(n).suffix for n in pictures) == [".gif", ".webp"]
    assert "image/svg+xml" not in manifest and "image/webp" in manifest
    content = z.read("content.xml").decode()
    assert content.count("<draw:frame") == 2  # A and C; B (the SVG) is not a picture
