"""Library archives: round trip, merge without duplicates, hostile archives refused whole."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

import pytest

from hubdesk.errors import ExportError, ImportRefusedError
from hubdesk.formats import archive
from hubdesk.library.store import Library
from hubdesk.model.article import Credit
from tests import corpus


def _articles(n: int, start: int = 0):
    return [corpus.make_article(300, seed=start + i, language="fr" if i % 2 else "en")
            for i in range(n)]


def _ids(lib: Library) -> set[str]:
    return {s.id for s in lib.list_articles()}


def test_round_trip_into_a_new_library_keeps_every_field(library, tmp_path):
    arts = _articles(5)
    arts[0].credits.append(Credit(title="Sans date", description="Communiqués officiels"))
    arts[1].lead = "Guillemets « français », deux-points : et ---\n\n## pas un titre"
    library.save_articles(arts)
    summary = archive.export_archive(library, tmp_path / "all")
    assert summary.path == tmp_path / "all.hubdesk-archive" and summary.count == 5
    assert [e.id for e in archive.read_manifest(summary.path)] == [
        s.id for s in library.list_articles(sort="title", descending=False)]

    with Library.open(tmp_path / "other.hubdesk") as other:
        report = archive.import_archive(other, summary.path)
        assert sorted(i for i, _ in report.added) == sorted(a.id for a in arts)
        assert report.replaced == [] and report.kept == []
        for a in arts:
            assert other.load_article(a.id) == library.load_article(a.id)
        # Importing the same archive again changes nothing and says so.
        again = archive.import_archive(other, summary.path)
        assert again.added == [] and again.replaced == [] and len(again.kept) == 5
        assert other.count_articles() == 5


def test_selection_export_and_merge_keeps_the_newer_copy(library, tmp_path):
    arts = _articles(3)
    library.save_articles(arts)
    path = archive.export_archive(library, tmp_path / "sel.hubdesk-archive",
                                  [arts[0].id, arts[1].id[:8]]).path
    assert {e.id for e in archive.read_manifest(path)} == {arts[0].id, arts[1].id}

    with Library.open(tmp_path / "other.hubdesk") as other:
        newer = library.load_article(arts[0].id)
        newer.title = "Changed in the other library"
        newer.updated = newer.updated + timedelta(days=1)
        older = library.load_article(arts[1].id)
        older.title = "Older copy"
        older.updated = older.updated - timedelta(days=1)
        other.save_articles([newer, older])

        report = archive.import_archive(other, path)
        assert report.added == []
        assert report.kept == [(arts[0].id, "Changed in the other library")]
        assert report.replaced == [(arts[1].id, arts[1].title)]
        assert other.load_article(arts[0].id).title == "Changed in the other library"
        assert other.load_article(arts[1].id) == library.load_article(arts[1].id)
        assert other.count_articles() == 2


def test_export_to_a_missing_folder_is_refused(library, tmp_path):
    library.save_articles(_articles(1))
    with pytest.raises(ExportError, match="does not exist"):
        archive.export_archive(library, tmp_path / "nope" / "x.hubdesk-archive")


def test_cancelled_export_leaves_no_file(library, tmp_path):
    library.save_articles(_articles(4))
    calls = []
    summary = archive.export_archive(
        library, tmp_path / "c.hubdesk-archive",
        progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) >= 2)
    assert summary.cancelled
    assert summary.count == 0 and calls == [1, 2]
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".tmp", ".part", ".hubdesk-archive")]


def _good_archive(library, tmp_path, n=3):
    library.save_articles(_articles(n))
    return archive.export_archive(library, tmp_path / "good.hubdesk-archive").path


def _rewrite(src, dst, change):
    """Copy an archive entry by entry, letting ``change(name, data)`` alter or drop entries."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            out = change(info.filename, zin.read(info))
            if out is not None:
                zout.writestr(out[0], out[1])
    return dst


def _assert_refused(tmp_path, path, match):
    with Library.open(tmp_path / "target.hubdesk") as target:
        with pytest.raises(ImportRefusedError, match=match) as err:
            archive.import_archive(target, path)
        assert str(path) in str(err.value)
        assert target.count_articles() == 0


def test_a_bad_article_refuses_the_whole_archive(library, tmp_path):
    src = _good_archive(library, tmp_path)

    def spoil_last(name, data):
        if name == "articles/000003.json":
            d = json.loads(data)
            d["status"] = "lost"
            data = json.dumps(d).encode()
        return name, data

    bad = _rewrite(src, tmp_path / "bad.hubdesk-archive", spoil_last)
    _assert_refused(tmp_path, bad, "unknown status 'lost'")


def test_entry_escaping_the_folder_is_refused(library, tmp_path):
    src = _good_archive(library, tmp_path)
    for n, evil in enumerate(("../../etc/passwd", "/abs/path", "articles/..\\..\\x", "C:/x")):
        def add(name, data, evil=evil):
            return (evil if name == "articles/000002.json" else name), data
        _assert_refused(tmp_path, _rewrite(src, tmp_path / f"evil{n}.zip", add), "outside its folder")


def test_manifest_pointing_outside_is_refused(library, tmp_path):
    src = _good_archive(library, tmp_path)

    def point_out(name, data):
        if name == "manifest.json":
            m = json.loads(data)
            m["articles"][0]["file"] = "../secret.json"
            data = json.dumps(m).encode()
        return name, data

    _assert_refused(tmp_path, _rewrite(src, tmp_path / "m.zip", point_out), "not an article file")


def test_zip_bomb_is_refused_quickly(library, tmp_path):
    src = _good_archive(library, tmp_path)
    bomb = bytes(40 * 1024 * 1024)  # 40 MB of zeros compress about 1000 times

    def add_bomb(name, data):
        return name, (bomb if name == "articles/000001.json" else data)

    _assert_refused(tmp_path, _rewrite(src, tmp_path / "bomb.zip", add_bomb), "ZIP bomb")


def test_oversized_and_malformed_manifests_are_refused(library, tmp_path, monkeypatch):
    src = _good_archive(library, tmp_path)
    monkeypatch.setattr(archive, "MAX_ARTICLES", 2)
    _assert_refused(tmp_path, src, "more than 2 articles")
    monkeypatch.setattr(archive, "MAX_ARTICLES", 200_000)
    monkeypatch.setattr(archive, "MAX_MANIFEST_BYTES", 100)
    _assert_refused(tmp_path, src, "larger than")
    monkeypatch.setattr(archive, "MAX_MANIFEST_BYTES", 32 * 1024**2)

    cases = {
        "notjson": (b"{oops", "not valid JSON"),
        "foreign": (b'{"format": "other"}', "not a HubDesk archive"),
        "newer": (b'{"format": "hubdesk-archive", "version": 9, "articles": []}', "newer HubDesk"),
    }
    for label, (manifest, match) in cases.items():
        def swap(name, data, manifest=manifest):
            return name, (manifest if name == "manifest.json" else data)
        _assert_refused(tmp_path, _rewrite(src, tmp_path / f"{label}.zip", swap), match)

    def dup(name, data):
        if name == "manifest.json":
            m = json.loads(data)
            m["articles"][1]["id"] = m["articles"][0]["id"]
            data = json.dumps(m).encode()
        return name, data
    _assert_refused(tmp_path, _rewrite(src, tmp_path / "dup.zip", dup), "twice")


def test_not_a_zip_and_missing_entries(library, tmp_path):
    junk = tmp_path / "junk.hubdesk-archive"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    _assert_refused(tmp_path, junk, "not a readable ZIP")
    _assert_refused(tmp_path, tmp_path / "absent.hubdesk-archive", "no such archive")
    src = _good_archive(library, tmp_path)
    missing = _rewrite(src, tmp_path / "missing.zip",
                       lambda n, d: None if n == "articles/000002.json" else (n, d))
    _assert_refused(tmp_path, missing, "missing")


def test_cancelled_import_writes_nothing(library, tmp_path):
    src = _good_archive(library, tmp_path, n=6)
    with Library.open(tmp_path / "target.hubdesk") as target:
        seen = []
        report = archive.import_archive(
            target, src, progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 8)  # inside the writing pass
        assert report.cancelled
        assert seen[-1][1] == 12
        assert target.count_articles() == 0
        report = archive.import_archive(target, src)
        assert len(report.added) == 6 and target.count_articles() == 6


def test_a_directory_of_too_many_entries_is_refused_before_reading_it(library, tmp_path,
                                                                      monkeypatch):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n in range(40):
            zf.writestr(f"articles/{n:06d}.json", b"")
    monkeypatch.setattr(archive, "MAX_ARTICLES", 10)
    assert archive._declared_entries(path) == 40
    _assert_refused(tmp_path, path, "holds 40 entries")


def test_zip64_directory_count_is_read(tmp_path):
    path = tmp_path / "z64.zip"
    with zipfile.ZipFile(path, "w", allowZip64=True) as zf:
        zf.writestr("manifest.json", b"{}")
    # Rewrite the end record as ZIP64 would declare it: count 0xFFFF, real count elsewhere.
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    directory_offset = int.from_bytes(data[at + 16 : at + 20], "little")
    zip64 = (b"PK\x06\x06" + (44).to_bytes(8, "little") + bytes(4) + bytes(8)
             + (70000).to_bytes(8, "little") + (70000).to_bytes(8, "little")
             + bytes(8) + directory_offset.to_bytes(8, "little"))
    locator = b"PK\x06\x07" + bytes(4) + at.to_bytes(8, "little") + (1).to_bytes(4, "little")
    end = bytearray(data[at:])
    end[8:12] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data[:at]) + zip64 + locator + bytes(end))
    assert archive._declared_entries(path) == 70000


def test_deeply_nested_manifest_is_refused(library, tmp_path):
    path = tmp_path / "deep.hubdesk-archive"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", "[" * 60_000 + "]" * 60_000)  # under the ratio check
    _assert_refused(tmp_path, path, "nested too deeply")
