"""Item 4 against the real WordPress: incremental pull, links back, conflicts, cancel."""

from __future__ import annotations

import uuid

import httpx

from hubdesk.library import site_links
from hubdesk.library.site_links import SiteRow
from hubdesk.library.store import Library
from hubdesk.publish import sites
from hubdesk.publish.puller import pull_site
from tests.publish.conftest import SITE, rest, server_now


def make_post(http: httpx.Client, title: str, lead: str = "Un chapeau.") -> dict:
    content = (
        f"<p>{lead}</p><h2>Première partie</h2><p>Du texte.</p>"
        '<p><img src="https://example.org/image.png" alt="Une image"></p>'
        "<h2>Seconde partie</h2><p>Encore du texte.</p>"
    )
    return rest(http, "POST", "/wp/v2/posts",
                json={"title": title, "content": content, "status": "publish"})  # type: ignore[return-value]


def pull(library: Library, site: SiteRow, **kw: object):
    _site, client = sites.client_for(library, site.name)
    with client:
        return pull_site(library, site_links.get_site(library, site.name), client, **kw)  # type: ignore[arg-type]


def test_pull_imports_new_posts_linked_back_then_only_changes(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    since = server_now()
    tag = uuid.uuid4().hex[:8]
    posts = [make_post(wp_http, f"Billet {tag} numéro {n}") for n in range(3)]
    seen: list[tuple[int, int]] = []
    summary = pull(wp_library, wp_site, since=since, per_page=2,
                   progress=lambda done, total: seen.append((done, total)))
    assert (summary.added, summary.updated, summary.conflicts, summary.cancelled) == (3, 0, [], False)
    assert seen == [(2, 3), (3, 3)]  # two pages of two, with progress after each
    by_title = {a.title: a for a in wp_library.list_articles()}
    for post in posts:
        link = site_links.link_for_post(wp_library, SITE, post["id"])
        assert link is not None and link.link == post["link"]
        article = wp_library.load_article(link.article_id)
        assert article.title in by_title
        assert article.lead == "Un chapeau."
        assert [s.heading for s in article.sections] == ["Première partie", "Seconde partie"]
        assert "![Une image](https://example.org/image.png)" in article.sections[0].body
        assert article.canonical_url == post["link"]

    # nothing changed: the next pull (from the mark it left) adds nothing
    again = pull(wp_library, wp_site)
    assert (again.added, again.updated) == (0, 0)
    # a post changed on the site updates its article, nothing else is read again
    rest(wp_http, "POST", f"/wp/v2/posts/{posts[1]['id']}",
         json={"content": "<p>Chapeau corrigé.</p><h2>Première partie</h2><p>Refait.</p>"})
    third = pull(wp_library, wp_site)
    assert (third.added, third.updated, third.conflicts) == (0, 1, [])
    link = site_links.link_for_post(wp_library, SITE, posts[1]["id"])
    assert wp_library.load_article(link.article_id).lead == "Chapeau corrigé."
    assert len(wp_library.list_articles()) == 3


def test_a_pulled_article_edited_here_and_on_the_site_is_a_conflict(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    since = server_now()
    post = make_post(wp_http, f"Billet disputé {uuid.uuid4().hex[:8]}")
    pull(wp_library, wp_site, since=since)
    link = site_links.link_for_post(wp_library, SITE, post["id"])
    article = wp_library.load_article(link.article_id)
    article.lead = "Réécrit ici."
    wp_library.save_article(article)
    rest(wp_http, "POST", f"/wp/v2/posts/{post['id']}", json={"content": "<p>Réécrit là-bas.</p>"})
    summary = pull(wp_library, wp_site)
    assert summary.conflicts == [article.id] and summary.updated == 0
    assert wp_library.load_article(article.id).lead == "Réécrit ici."  # not overwritten


def test_a_cancelled_pull_stops_between_pages_and_keeps_what_it_did(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    since = server_now()
    tag = uuid.uuid4().hex[:8]
    for n in range(3):
        make_post(wp_http, f"Billet {tag} annulé {n}")
    pages: list[int] = []
    summary = pull(wp_library, wp_site, since=since, per_page=2,
                   progress=lambda done, total: pages.append(done),
                   cancelled=lambda: len(pages) >= 1)
    assert summary.cancelled and summary.added == 2
    assert len(wp_library.list_articles()) == 2
    assert site_links.get_site(wp_library, SITE).last_pull == ""  # the mark waits for a whole pull
    rest_of_it = pull(wp_library, wp_site, since=since)  # the pages done are read as unchanged
    assert (rest_of_it.added, rest_of_it.unchanged) == (1, 2)
    assert len(wp_library.list_articles()) == 3
