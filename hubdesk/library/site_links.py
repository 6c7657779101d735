"""WordPress sites and the links between articles and their posts (all their SQL).

A *site* is a name, an address and a user; its password is never stored here (it lives
in the system keyring, see ``hubdesk.publish.credentials``). A *link* ties an article to
one post of one site: the post's id and address, the ``modified_gmt`` the site reported
at the last publish or pull (with a fingerprint of the post's text) and a fingerprint
of the article's text at that moment, so that both "changed on the site since" and
"edited here since" can be told, even within one second.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace

from hubdesk.errors import PublishError
from hubdesk.library import article_rows
from hubdesk.library.store import Library
from hubdesk.model.article import Article, utc_now


@dataclass(frozen=True)
class SiteRow:
    name: str
    url: str
    user: str
    last_pull: str = ""  # the newest ``modified_gmt`` pulled so far ('' = never pulled)


@dataclass(frozen=True)
class PostLink:
    article_id: str
    site: str
    post_id: int
    link: str
    modified_gmt: str
    synced_text: str  # ``text_fingerprint`` of the article when it was last in step
    fingerprint: str = ""  # a hash of the post's text then (see ``conflicts.fingerprint``)


def text_fingerprint(article: Article) -> str:
    """A hash of what a reader sees of the article (title, lead, sections, credits,
    disclosure): it changes with every edit, whatever the clock says."""
    data = [
        article.title, article.lead, [(s.heading, s.body) for s in article.sections],
        [(c.title, c.author, c.outlet, str(c.date or ""), c.description, c.url, c.note)
         for c in article.credits],
        [article.disclosure.ai_written, article.disclosure.assistant,
         article.disclosure.organisation, article.disclosure.editor],
    ]
    text = json.dumps(data, ensure_ascii=False)
    import hashlib  # OpenSSL, about 3 MB: loaded when a hash is first made

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def list_sites(library: Library) -> list[SiteRow]:
    rows = library.connection.execute(
        "SELECT name, url, user, last_pull FROM sites ORDER BY name COLLATE NOCASE"
    ).fetchall()
    return [SiteRow(*row) for row in rows]


def get_site(library: Library, name: str) -> SiteRow:
    """The site called ``name``; ``PublishError("publish.no_site")`` when there is none."""
    row = library.connection.execute(
        "SELECT name, url, user, last_pull FROM sites WHERE name=?", (name,)
    ).fetchone()
    if row is None:
        names = ", ".join(s.name for s in list_sites(library)) or "none"
        raise PublishError("publish.no_site", name=name, names=names)
    return SiteRow(*row)


def save_site(library: Library, site: SiteRow) -> None:
    """Add the site, or change the address and user of the one with the same name."""
    with library.writing() as c:
        c.execute(
            "INSERT INTO sites (name, url, user) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET url=excluded.url, user=excluded.user",
            (site.name, site.url, site.user),
        )


def remove_site(library: Library, name: str) -> None:
    """Forget the site and its links (the articles stay)."""
    get_site(library, name)
    with library.writing() as c:
        c.execute("DELETE FROM site_links WHERE site=?", (name,))
        c.execute("DELETE FROM sites WHERE name=?", (name,))


def set_last_pull(library: Library, name: str, modified_gmt: str) -> None:
    with library.writing() as c:
        c.execute("UPDATE sites SET last_pull=? WHERE name=?", (modified_gmt, name))


def link_for_article(library: Library, site: str, article_id: str) -> PostLink | None:
    row = library.connection.execute(
        "SELECT article_id, site, post_id, link, modified_gmt, synced_text, fingerprint "
        "FROM site_links WHERE site=? AND article_id=?",
        (site, article_id),
    ).fetchone()
    return PostLink(*row) if row else None


def link_for_post(library: Library, site: str, post_id: int) -> PostLink | None:
    row = library.connection.execute(
        "SELECT article_id, site, post_id, link, modified_gmt, synced_text, fingerprint "
        "FROM site_links WHERE site=? AND post_id=?",
        (site, post_id),
    ).fetchone()
    return PostLink(*row) if row else None


def links_of_article(library: Library, article_id: str) -> list[PostLink]:
    rows = library.connection.execute(
        "SELECT article_id, site, post_id, link, modified_gmt, synced_text, fingerprint "
        "FROM site_links WHERE article_id=? ORDER BY site",
        (article_id,),
    ).fetchall()
    return [PostLink(*row) for row in rows]


def record_link(connection: sqlite3.Connection, link: PostLink) -> None:
    """Write ``link`` inside the caller's transaction (with the article it belongs to)."""
    connection.execute(
        "INSERT INTO site_links (article_id, site, post_id, link, modified_gmt, synced_text, "
        "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, site) DO UPDATE SET "
        "post_id=excluded.post_id, link=excluded.link, modified_gmt=excluded.modified_gmt, "
        "synced_text=excluded.synced_text, fingerprint=excluded.fingerprint",
        (link.article_id, link.site, link.post_id, link.link, link.modified_gmt,
         link.synced_text, link.fingerprint),
    )


def save_link(library: Library, link: PostLink) -> None:
    with library.writing() as c:
        record_link(c, link)


def save_with_link(library: Library, article: Article, link: PostLink, *, touch: bool) -> None:
    """Write the article and its link in one transaction: both or neither."""
    if touch:
        article.updated = utc_now()
    if not link.synced_text:
        link = replace(link, synced_text=text_fingerprint(article))
    with library.writing() as c:
        article_rows.write_article(c, article)
        record_link(c, link)


def save_many_with_links(library: Library, pairs: list[tuple[Article, PostLink]]) -> None:
    """Write several articles with their links in one transaction (a page of a pull)."""
    if not pairs:
        return
    with library.writing() as c:
        for article, link in pairs:
            if not link.synced_text:
                link = replace(link, synced_text=text_fingerprint(article))
            article_rows.write_article(c, article)
            record_link(c, link)
