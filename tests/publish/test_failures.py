"""Item 5 against the real WordPress: every failure is one clear message and changes nothing."""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest

from hubdesk.errors import PublishError
from hubdesk.library import site_links
from hubdesk.library.site_links import SiteRow
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section
from hubdesk.publish.client import WordPressClient
from hubdesk.publish.publisher import PublishOptions, publish_article
from tests.publish.conftest import SITE, rest
from tests.wordpress.server import WordPressSite


def article_with_image(library: Library, title: str) -> Article:
    """An article with a local image, titled anew on the (shared) test site."""
    article = Article(title=f"{title} {uuid.uuid4().hex[:8]}", lead="Un chapeau.",
                      sections=[Section("Partie", "Texte.\n\n![Photo](photo.png)")])
    library.save_article(article)
    return article


def attempt(library: Library, site: SiteRow, client: WordPressClient, article: Article,
            assets: Path | None = None) -> PublishError:
    before = library.load_article(article.id)
    with client, pytest.raises(PublishError) as caught:
        publish_article(library, site, client, article.id, PublishOptions(asset_dir=assets))
    assert library.load_article(article.id) == before  # the article is as it was
    assert site_links.link_for_article(library, SITE, article.id) is None
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
    return caught.value


def site_posts_titled(http: httpx.Client, title: str) -> list:
    return rest(http, "GET", "/wp/v2/posts", params={"search": title, "status": "any"})  # type: ignore[return-value]


def test_wrong_password(wp_library: Library, wp_site: SiteRow, wordpress: WordPressSite,
                        wp_http: httpx.Client) -> None:
    article = article_with_image(wp_library, "Mot de passe faux 1")
    client = WordPressClient(SITE, wordpress.url, wordpress.user, "abcd efgh ijkl mnop")
    error = attempt(wp_library, wp_site, client, article)
    assert error.code == "publish.auth"
    assert str(error) == (
        "test: the site refused the user name or the application password (401). "
        "Check them in the site's settings."
    )
    assert site_posts_titled(wp_http, article.title) == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_stopped_server(wp_library: Library, wp_site: SiteRow, wordpress: WordPressSite) -> None:
    """A second server on the same site answers, then stops: the site is down."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    php = subprocess.Popen(
        ["php", "-d", "error_reporting=0", "-S", f"127.0.0.1:{port}", "router.php"],
        cwd=wordpress.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "TZ": "UTC"},
    )
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/?rest_route=/", timeout=1, trust_env=False)
                break
            except httpx.TransportError:
                subprocess.run(["sleep", "0.05"], check=True)
        with WordPressClient(SITE, url, wordpress.user, wordpress.app_password) as up:
            assert up.me()["slug"] == "editor"
    finally:
        php.terminate()
        php.wait(10)
    article = article_with_image(wp_library, "Serveur arrêté")
    client = WordPressClient(SITE, url, wordpress.user, wordpress.app_password, backoff=0.05)
    error = attempt(wp_library, wp_site, client, article)
    assert error.code == "publish.down"
    assert str(error) == f"test: cannot reach {url}: the site is down or the address is wrong."


def test_timeout(wp_library: Library, wp_site: SiteRow, wordpress: WordPressSite) -> None:
    article = article_with_image(wp_library, "Site trop lent")
    client = WordPressClient(SITE, wordpress.url + "/slow", wordpress.user,
                             wordpress.app_password, timeout=0.5, retries=0)
    error = attempt(wp_library, wp_site, client, article)
    assert error.code == "publish.timeout"
    assert "did not answer within 0.5 seconds" in str(error)


def test_html_error_page_instead_of_json(wp_library: Library, wp_site: SiteRow,
                                         wordpress: WordPressSite) -> None:
    article = article_with_image(wp_library, "Page HTML")
    url = wordpress.url + "/broken-proxy"
    client = WordPressClient(SITE, url, wordpress.user, wordpress.app_password)
    error = attempt(wp_library, wp_site, client, article)
    assert error.code == "publish.not_json"
    assert str(error) == (
        f"test: {url} answered with a web page instead of WordPress data. "
        "Is it the address of a WordPress site?"
    )


def test_internal_server_error(wp_library: Library, wp_site: SiteRow,
                               wordpress: WordPressSite) -> None:
    article = article_with_image(wp_library, "Erreur 500")
    client = WordPressClient(SITE, wordpress.url + "/error-500", wordpress.user,
                             wordpress.app_password, backoff=0.01)
    error = attempt(wp_library, wp_site, client, article)
    assert error.code == "publish.server_error"
    assert "internal error (HTTP 500)" in str(error)


def test_full_media_library_publishes_nothing(
    wp_library: Library, wp_site: SiteRow, wordpress: WordPressSite, wp_http: httpx.Client,
    assets: Path,
) -> None:
    article = article_with_image(wp_library, "Médiathèque pleine")
    full = wordpress.root / "wp-content" / "uploads-full"
    full.touch()
    try:
        client = WordPressClient(SITE, wordpress.url, wordpress.user, wordpress.app_password)
        error = attempt(wp_library, wp_site, client, article, assets)
    finally:
        full.unlink()
    assert error.code == "publish.media_refused"
    assert "photo.png" in str(error) and "no space left" in str(error)
    assert site_posts_titled(wp_http, article.title) == []


def test_an_image_uploaded_before_a_failure_is_removed_again(
    wp_library: Library, wp_site: SiteRow, wordpress: WordPressSite, wp_http: httpx.Client,
    assets: Path,
) -> None:
    """The image goes up, then creating the post fails (a bad author): the site is as it was."""
    article = article_with_image(wp_library, "Auteur inconnu")
    before = rest(wp_http, "GET", "/wp/v2/media", params={"per_page": 1})
    client = WordPressClient(SITE, wordpress.url, wordpress.user, wordpress.app_password)
    with client, pytest.raises(PublishError) as caught:
        publish_article(wp_library, wp_site, client, article.id,
                        PublishOptions(asset_dir=assets, author=987654))
    assert caught.value.code == "publish.refused"
    after = rest(wp_http, "GET", "/wp/v2/media", params={"per_page": 1})
    assert [m["id"] for m in after] == [m["id"] for m in before]
    assert site_posts_titled(wp_http, article.title) == []


def test_requests_never_leave_the_site(wordpress: WordPressSite) -> None:
    """A redirect elsewhere is refused, not followed, and nothing goes to the other host."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.host))
        return httpx.Response(302, headers={"location": "https://elsewhere.example/x"})

    client = WordPressClient(SITE, "http://127.0.0.1:9", "u", "p",
                             transport=httpx.MockTransport(handler))
    with client, pytest.raises(PublishError) as caught:
        client.me()
    assert caught.value.code == "publish.redirect"
    assert seen == ["127.0.0.1"]


def test_a_site_busy_once_is_asked_again_and_answers(
    wp_library: Library, wp_site: SiteRow, wordpress: WordPressSite,
) -> None:
    """A 503 on a request that only reads is tried again; the second answer is WordPress's."""
    key = uuid.uuid4().hex[:12]
    url = f"{wordpress.url}/busy-{key}"
    with WordPressClient(SITE, url, wordpress.user, wordpress.app_password, backoff=0.01) as client:
        assert client.me()["slug"] == "editor"
    with WordPressClient(SITE, f"{wordpress.url}/busy-{key}x", wordpress.user,
                         wordpress.app_password, retries=0) as client:
        with pytest.raises(PublishError) as caught:
            client.me()  # without a retry, the busy answer is the failure
    assert caught.value.code == "publish.server_error"
    assert "HTTP 503" in str(caught.value)
