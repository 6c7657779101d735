"""A library used after ``close()`` says so clearly instead of failing deep inside."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hubdesk.errors import HubDeskError, LibraryError
from hubdesk.library import history
from hubdesk.library.store import Library
from tests import corpus

CALLS = {
    "save_article": lambda lib, a: lib.save_article(a),
    "save_articles": lambda lib, a: lib.save_articles([a]),
    "resolve_id": lambda lib, a: lib.resolve_id(a.id[:6]),
    "has_article": lambda lib, a: lib.has_article(a.id),
    "load_article": lambda lib, a: lib.load_article(a.id),
    "list_articles": lambda lib, a: lib.list_articles(),
    "count_articles": lambda lib, a: lib.count_articles(),
    "distinct_values": lambda lib, a: lib.distinct_values("language"),
    "search": lambda lib, a: lib.search("word"),
    "delete_article": lambda lib, a: lib.delete_article(a.id),
    "restore_article": lambda lib, a: lib.restore_article(a.id),
    "is_deleted": lambda lib, a: lib.is_deleted(a.id),
    "empty_trash": lambda lib, a: lib.empty_trash(older_than=timedelta(days=1)),
    "purge_article": lambda lib, a: lib.purge_article(a.id),
    "get_setting": lambda lib, a: lib.get_setting("x"),
    "set_setting": lambda lib, a: lib.set_setting("x", "y"),
    "rebuild_search_index": lambda lib, a: lib.rebuild_search_index(),
    "integrity_check": lambda lib, a: lib.integrity_check(),
    "schema_version": lambda lib, a: lib.schema_version,
    "library_id": lambda lib, a: lib.library_id,
    "transaction": lambda lib, a: lib.transaction().__enter__(),
    "history": lambda lib, a: history.changes(lib, a.id),
}


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("name", sorted(CALLS))
def test_every_use_after_close_raises_a_clear_error(tmp_path, name, read_only):
    path = tmp_path / "lib.hubdesk"
    article = corpus.make_article(200, seed=3)
    with Library.open(path) as library:
        library.save_article(article)
    library = Library.open_read_only(path) if read_only else Library.open(path)
    library.close()
    library.close()  # closing twice is harmless
    assert library.closed
    with pytest.raises(LibraryError) as raised:
        CALLS[name](library, article)
    assert raised.value.code == "library.closed"
    assert str(raised.value) == f"The library {path} was closed: open it again to use it."
    assert isinstance(raised.value, HubDeskError)
    with Library.open(path) as again:  # nothing was changed by the refused calls
        assert again.load_article(article.id).sections == article.sections
