"""``hubdesk site``, ``publish`` and ``pull`` against the real WordPress, as a script uses them."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import httpx
import pytest

from hubdesk.__main__ import main
from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section
from hubdesk.publish import credentials
from tests.publish.conftest import rest, server_now
from tests.wordpress.server import WordPressSite


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_site(library_path: Path, wordpress: WordPressSite, site_password: str, capsys, monkeypatch) -> str:
    db = str(library_path)
    code, out, err = run(capsys, monkeypatch, "--db", db, "site", "add", "blog",
                         "--url", wordpress.url, "--user", wordpress.user,
                         stdin=wordpress.app_password + "\n")
    assert code == 0, err
    assert out == (
        f"Added site blog ({wordpress.url}) as editor; no keyring here: the password was not "
        f"kept; set ${credentials.PASSWORD_ENV}.\n"
    )
    return db


def test_site_add_with_a_wrong_password_fails_with_one_line(
    library_path: Path, wordpress: WordPressSite, capsys, monkeypatch,
) -> None:
    code, out, err = run(capsys, monkeypatch, "--db", str(library_path), "site", "add", "blog",
                         "--url", wordpress.url, "--user", wordpress.user, stdin="nope\n")
    assert code == 1 and out == ""
    assert err == (
        "hubdesk: blog: the site refused the user name or the application password (401). "
        "Check them in the site's settings.\n"
    )


def test_site_list_and_remove(cli_site: str, wordpress: WordPressSite, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "--db", cli_site, "site", "list")
    assert (code, out) == (0, f"blog\t{wordpress.url}\t{wordpress.user}\tnever pulled\n")
    code, out, _ = run(capsys, monkeypatch, "--db", cli_site, "site", "remove", "blog")
    assert (code, out) == (0, "Removed site blog.\n")
    code, out, _ = run(capsys, monkeypatch, "--db", cli_site, "site", "list")
    assert out.startswith("No sites.")


def test_publish_then_conflict_then_overwrite(
    cli_site: str, wp_http: httpx.Client, capsys, monkeypatch,
) -> None:
    article = Article(title=f"Publié en ligne de commande {uuid.uuid4().hex[:8]}",
                      lead="Un chapeau.", sections=[Section("Partie", "Texte.")])
    with Library.open(cli_site) as lib:
        lib.save_article(article)
    code, out, err = run(capsys, monkeypatch, "--db", cli_site, "publish", article.id[:10],
                         "--site", "blog", "--status", "pending")
    assert code == 0, err
    short, verb, link = out.strip().split("\t")
    post_id = int(verb.removeprefix("created post "))
    assert short == article.id[:8]
    post = rest(wp_http, "GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"})
    assert (post["status"], post["link"]) == ("pending", link)

    rest(wp_http, "POST", f"/wp/v2/posts/{post_id}", json={"content": "<p>Changé sur le site.</p>"})
    code, out, err = run(capsys, monkeypatch, "--db", cli_site, "publish", article.id, "--site", "blog")
    assert code == 1 and out == ""
    assert "the post changed on blog since the last publish or pull" in err
    assert "--overwrite" in err and err.count("\n") == 1
    assert rest(wp_http, "GET", f"/wp/v2/posts/{post_id}",
                params={"context": "edit"})["content"]["raw"] == "<p>Changé sur le site.</p>"

    code, out, err = run(capsys, monkeypatch, "--db", cli_site, "publish", article.id,
                         "--site", "blog", "--overwrite")
    assert code == 0 and f"updated post {post_id}" in out
    assert "Un chapeau." in rest(wp_http, "GET", f"/wp/v2/posts/{post_id}",
                                 params={"context": "edit"})["content"]["raw"]


def test_publish_with_an_author_by_name(
    cli_site: str, wp_http: httpx.Client, second_author: int, capsys, monkeypatch,
) -> None:
    article = Article(title=f"Signé Camille {uuid.uuid4().hex[:8]}", lead="Un chapeau.",
                      sections=[Section("Partie", "Texte.")])
    with Library.open(cli_site) as lib:
        lib.save_article(article)
    code, out, err = run(capsys, monkeypatch, "--db", cli_site, "publish", article.id,
                         "--site", "blog", "--author", "Camille Roux")
    assert code == 0, err
    post_id = int(out.split("\t")[1].removeprefix("created post "))
    assert rest(wp_http, "GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"})["author"] == second_author
    code, out, err = run(capsys, monkeypatch, "--db", cli_site, "publish", article.id,
                         "--site", "blog", "--author", "Personne")
    assert code == 1 and out == ""
    assert err.startswith("hubdesk: blog has no user called Personne to be the post's author")
    assert err.count("\n") == 1


def test_pull_reports_a_summary(cli_site: str, wp_http: httpx.Client, capsys, monkeypatch) -> None:
    since = server_now()
    title = f"Billet tiré {uuid.uuid4().hex[:8]}"
    rest(wp_http, "POST", "/wp/v2/posts", json={
        "title": title, "status": "publish",
        "content": "<p>Un chapeau.</p><h2>Partie</h2><p>Texte.</p>"})
    code, out, err = run(capsys, monkeypatch, "--db", cli_site, "pull", "--site", "blog",
                         "--since", since)
    assert code == 0, err
    assert out == "1 new, 0 updated, 0 unchanged, 0 conflicts, 0 skipped.\n"
    with Library.open(cli_site) as lib:
        assert [a.title for a in lib.list_articles()] == [title]
        assert site_links.get_site(lib, "blog").last_pull > since


def test_publish_to_an_unknown_site(library_path: Path, capsys, monkeypatch) -> None:
    code, _out, err = run(capsys, monkeypatch, "--db", str(library_path), "publish", "abc",
                          "--site", "nowhere")
    assert code == 1
    assert err == "hubdesk: No site named nowhere (sites: none). Add it with 'hubdesk site add'.\n"
