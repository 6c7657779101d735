"""Item 2 and 3 against the real WordPress: publish, update, images, terms, conflicts."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from hubdesk.errors import PublishError
from hubdesk.library import history, site_links
from hubdesk.library.site_links import SiteRow
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Credit, Disclosure, Section
from hubdesk.publish import sites
from hubdesk.publish.conflicts import ConflictError, take_site_version
from hubdesk.publish.publisher import PublishOptions, publish_article, resolve_author
from tests.publish.conftest import PNG, SITE, rest


def sample(title: str = "Les vélos de Lyon", **kw: object) -> Article:
    """An article whose title is new on the (shared) test site."""
    return Article(
        title=f"{title} {uuid.uuid4().hex[:8]}",
        lead="Lyon double ses pistes cyclables en deux ans.\n\nLe plan coûte 100 millions.",
        sections=[
            Section("Le plan", "La ville trace **200 km** de pistes.\n\n![Une piste](photo.png)"),
            Section("Les critiques", "Les commerçants s’inquiètent."),
        ],
        credits=[Credit(title="Plan vélo", author="Ville de Lyon", outlet="lyon.fr")],
        disclosure=Disclosure(ai_written=True, assistant="Claude", organisation="Anthropic",
                              editor="Jeanne Martin"),
        tags=["vélo", "Lyon"],
        **kw,  # type: ignore[arg-type]
    )


def publish(library: Library, site: SiteRow, article_id: str, **options: object):
    _site, client = sites.client_for(library, site.name)
    with client:
        return publish_article(library, site, client, article_id, PublishOptions(**options))  # type: ignore[arg-type]


def test_publish_sends_the_article_as_a_post(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client, assets: Path,
) -> None:
    article = sample()
    wp_library.save_article(article)
    result = publish(wp_library, wp_site, article.id, asset_dir=assets,
                     categories=("Mobilité",), status="publish")
    assert result.created and result.images == 1

    post = rest(wp_http, "GET", f"/wp/v2/posts/{result.post_id}", params={"context": "edit"})
    assert post["title"]["raw"] == article.title
    assert post["slug"] == article.slug and article.slug.startswith("les-velos-de-lyon-")
    assert post["status"] == "publish"
    assert post["excerpt"]["raw"] == (
        "Lyon double ses pistes cyclables en deux ans. Le plan coûte 100 millions."
    )
    content = post["content"]["raw"]
    assert "<h1" not in content  # WordPress shows the title itself
    assert "<h2>Le plan</h2>" in content and "<strong>200 km</strong>" in content
    assert "Relu et validé par Jeanne Martin" in content  # the disclosure
    assert "<li>Plan vélo – Ville de Lyon – lyon.fr</li>" in content  # the credits
    tag_names = {rest(wp_http, "GET", f"/wp/v2/tags/{t}")["name"].casefold() for t in post["tags"]}
    assert tag_names == {"vélo", "lyon"}  # an existing tag is reused whatever its case
    categories = {rest(wp_http, "GET", f"/wp/v2/categories/{c}")["name"] for c in post["categories"]}
    assert categories == {"Mobilité"}

    # the image went to the media library, and the post points at it
    media = rest(wp_http, "GET", "/wp/v2/media", params={"search": "photo", "per_page": 100})
    uploaded = [m for m in media if m["source_url"] in content]
    assert len(uploaded) == 1
    served = wp_http.get(httpx.URL(uploaded[0]["source_url"]).path)
    assert served.content == PNG
    assert 'src="photo.png"' not in content

    link = site_links.link_for_article(wp_library, SITE, article.id)
    assert link is not None
    assert (link.post_id, link.link, link.modified_gmt) == (
        result.post_id, post["link"], post["modified_gmt"]
    )


def test_publishing_again_updates_the_same_post(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    article = sample("Un article mis à jour")
    wp_library.save_article(article)
    first = publish(wp_library, wp_site, article.id)
    article.sections[1].body = "Les commerçants ont changé d’avis."
    wp_library.save_article(article)
    second = publish(wp_library, wp_site, article.id)
    assert not second.created
    assert second.post_id == first.post_id
    post = rest(wp_http, "GET", f"/wp/v2/posts/{first.post_id}", params={"context": "edit"})
    assert "ont changé d’avis" in post["content"]["raw"]
    assert "s’inquiètent" not in post["content"]["raw"]
    found = rest(wp_http, "GET", "/wp/v2/posts",
                 params={"search": article.title, "status": "any"})
    assert [p["id"] for p in found] == [first.post_id]


def test_a_post_changed_on_the_site_is_not_overwritten(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    article = sample("Un article disputé")
    wp_library.save_article(article)
    first = publish(wp_library, wp_site, article.id)
    before = site_links.link_for_article(wp_library, SITE, article.id)
    # someone edits the post on the site
    site_edit = "<p>Le chapeau réécrit sur le site.</p><h2>Le plan</h2><p>Corrigé en ligne.</p>"
    rest(wp_http, "POST", f"/wp/v2/posts/{first.post_id}", json={"content": site_edit})
    article.lead = "Un chapeau réécrit ici."
    wp_library.save_article(article)

    with pytest.raises(ConflictError) as caught:
        publish(wp_library, wp_site, article.id)
    conflict = caught.value
    assert conflict.code == "publish.conflict"
    assert "nothing was sent" in str(conflict)
    assert conflict.local.lead == "Un chapeau réécrit ici."
    assert conflict.remote.lead == "Le chapeau réécrit sur le site."
    assert [s.body for s in conflict.remote.sections] == ["Corrigé en ligne."]
    post = rest(wp_http, "GET", f"/wp/v2/posts/{first.post_id}", params={"context": "edit"})
    assert post["content"]["raw"] == site_edit  # the site's copy is untouched
    assert site_links.link_for_article(wp_library, SITE, article.id) == before

    # the user chooses to overwrite
    publish(wp_library, wp_site, article.id, overwrite=True)
    post = rest(wp_http, "GET", f"/wp/v2/posts/{first.post_id}", params={"context": "edit"})
    assert "Un chapeau réécrit ici." in post["content"]["raw"]
    assert site_links.link_for_article(wp_library, SITE, article.id).modified_gmt == post["modified_gmt"]


def test_taking_the_site_version_makes_a_new_revision(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    article = sample("Un article repris du site")
    wp_library.save_article(article)
    first = publish(wp_library, wp_site, article.id)
    rest(wp_http, "POST", f"/wp/v2/posts/{first.post_id}",
         json={"content": "<p>Chapeau du site.</p><h2>Le plan</h2><p>Texte du site.</p>"})
    with pytest.raises(ConflictError) as caught:
        publish(wp_library, wp_site, article.id)
    taken = take_site_version(wp_library, SITE, article.id, caught.value.post)
    reloaded = wp_library.load_article(article.id)
    assert reloaded == taken
    assert reloaded.lead == "Chapeau du site."
    assert [(s.heading, s.body) for s in reloaded.sections] == [("Le plan", "Texte du site.")]
    # the local version is in the history, one revision back
    old = [r for r in history.revisions(wp_library, article.id) if r.section_id == ""]
    assert len(old) >= 2
    # in step again: publishing now updates without a conflict
    again = publish(wp_library, wp_site, article.id)
    assert again.post_id == first.post_id and not again.created


def test_a_post_deleted_on_the_site_says_so(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    article = sample("Un article supprimé en ligne")
    wp_library.save_article(article)
    first = publish(wp_library, wp_site, article.id)
    rest(wp_http, "DELETE", f"/wp/v2/posts/{first.post_id}", params={"force": "true"})
    with pytest.raises(PublishError) as caught:
        publish(wp_library, wp_site, article.id)
    assert caught.value.code == "publish.post_gone"
    again = publish(wp_library, wp_site, article.id, overwrite=True)
    assert again.created and again.post_id != first.post_id


def test_a_scheduled_post_keeps_its_date(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client,
) -> None:
    article = sample("Un article programmé")
    wp_library.save_article(article)
    result = publish(wp_library, wp_site, article.id, status="future",
                     date=datetime(2031, 5, 4, 9, 30))
    try:
        post = rest(wp_http, "GET", f"/wp/v2/posts/{result.post_id}", params={"context": "edit"})
        assert (post["status"], post["date_gmt"]) == ("future", "2031-05-04T09:30:00")
    finally:  # a scheduled post is "modified" in 2031: it would show in every later pull
        rest(wp_http, "DELETE", f"/wp/v2/posts/{result.post_id}", params={"force": "true"})


def test_the_author_the_user_maps_is_the_posts_author(
    wp_library: Library, wp_site: SiteRow, wp_http: httpx.Client, second_author: int,
) -> None:
    _site, client = sites.client_for(wp_library, wp_site.name)
    with client:
        names = {a.name: a.id for a in client.authors()}
        assert names["Camille Roux"] == second_author and "editor" in names
        for wanted in ("Camille Roux", "camille", " CAMILLE ", str(second_author)):
            assert resolve_author(client, wp_site, wanted) == second_author
        with pytest.raises(PublishError) as caught:
            resolve_author(client, wp_site, "Personne")
        assert caught.value.code == "publish.no_author"
        assert "Camille Roux" in str(caught.value)
    article = sample("Un article signé")
    wp_library.save_article(article)
    result = publish(wp_library, wp_site, article.id, author=second_author)
    post = rest(wp_http, "GET", f"/wp/v2/posts/{result.post_id}", params={"context": "edit"})
    assert post["author"] == second_author
    unmapped = sample("Un article sans auteur choisi")
    wp_library.save_article(unmapped)
    result = publish(wp_library, wp_site, unmapped.id)
    post = rest(wp_http, "GET", f"/wp/v2/posts/{result.post_id}", params={"context": "edit"})
    assert post["author"] == rest(wp_http, "GET", "/wp/v2/users/me")["id"]
