"""The Publish, conflict, Pull and Sites dialogs, driven through their widgets (real site)."""

from __future__ import annotations

import uuid

import httpx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section
from hubdesk.ui.publish.conflict_dialog import Choice, ConflictDialog
from hubdesk.ui.publish.publish_dialog import PublishDialog, ask_in_dialog
from hubdesk.ui.publish.pull_dialog import PullDialog
from hubdesk.ui.publish.sites_dialog import SitesDialog
from tests.publish.conftest import SITE, rest, server_now
from tests.wordpress.server import WordPressSite

LEFT = Qt.MouseButton.LeftButton


def saved_article(library: Library, title: str) -> Article:
    article = Article(title=f"{title} {uuid.uuid4().hex[:8]}", lead="Un chapeau.",
                      sections=[Section("Partie", "Du texte.")])
    library.save_article(article)
    return article


def publish_dialog(qtbot, library: Library, ids: list[str], **kw) -> PublishDialog:
    dialog = PublishDialog(library, ids, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_publish(qtbot, dialog: PublishDialog) -> None:
    qtbot.mouseClick(dialog.publish_button, LEFT)
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=60_000)


def test_publish_dialog_publishes_with_progress_and_summary(
    qtbot, wp_library: Library, wp_http: httpx.Client,
) -> None:
    first = saved_article(wp_library, "Publié depuis la fenêtre")
    second = saved_article(wp_library, "Publié aussi")
    dialog = publish_dialog(qtbot, wp_library, [first.id, second.id])
    assert dialog.site_box.currentData() == SITE
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("pending"))
    assert not dialog.date_edit.isEnabled()
    dialog.categories_edit.setText("Fenêtre, Tests")
    assert not dialog.progress.isVisible()  # no progress before anything is sent
    click_publish(qtbot, dialog)
    assert dialog.progress.isVisible()
    assert dialog.progress.value() == 2 and dialog.progress.maximum() == 2
    lines = dialog.message.text().splitlines()
    assert len(lines) == 2 and all("created as post" in line for line in lines)
    for article in (first, second):
        link = site_links.link_for_article(wp_library, SITE, article.id)
        post = rest(wp_http, "GET", f"/wp/v2/posts/{link.post_id}", params={"context": "edit"})
        assert (post["title"]["raw"], post["status"]) == (article.title, "pending")
        assert len(post["categories"]) == 2


def test_publish_dialog_maps_the_articles_author_to_a_site_user(
    qtbot, wp_library: Library, wp_http: httpx.Client, second_author: int,
) -> None:
    signed = Article(title=f"Signé {uuid.uuid4().hex[:8]}", lead="Un chapeau.",
                     sections=[Section("Partie", "Du texte.")], author="Camille Roux")
    wp_library.save_article(signed)
    dialog = publish_dialog(qtbot, wp_library, [signed.id])
    assert dialog.author_box.itemText(0) == "editor (the site's user)"
    qtbot.waitUntil(lambda: dialog.author_box.findData(second_author) > 0, timeout=30_000)
    assert dialog.author_box.currentText() == "Camille Roux"  # the article's author, mapped
    click_publish(qtbot, dialog)
    link = site_links.link_for_article(wp_library, SITE, signed.id)
    post = rest(wp_http, "GET", f"/wp/v2/posts/{link.post_id}", params={"context": "edit"})
    assert post["author"] == second_author

    unsigned = saved_article(wp_library, "Sans auteur")
    dialog = publish_dialog(qtbot, wp_library, [unsigned.id])
    qtbot.waitUntil(lambda: dialog.author_box.findData(second_author) > 0, timeout=30_000)
    assert dialog.author_box.currentIndex() == 0  # no author: the site's user
    dialog.author_box.setCurrentIndex(dialog.author_box.findData(second_author))  # chosen by hand
    click_publish(qtbot, dialog)
    link = site_links.link_for_article(wp_library, SITE, unsigned.id)
    post = rest(wp_http, "GET", f"/wp/v2/posts/{link.post_id}", params={"context": "edit"})
    assert post["author"] == second_author


def _answer_conflict(button: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConflictDialog)
    getattr(dialog, button).click()


def test_conflict_dialog_shows_both_versions_and_overwrite_wins(
    qtbot, wp_library: Library, wp_http: httpx.Client,
) -> None:
    article = saved_article(wp_library, "Conflit dans la fenêtre")
    click_publish(qtbot, publish_dialog(qtbot, wp_library, [article.id]))
    post_id = site_links.link_for_article(wp_library, SITE, article.id).post_id
    rest(wp_http, "POST", f"/wp/v2/posts/{post_id}",
         json={"content": "<p>Chapeau du site.</p><h2>Partie</h2><p>Texte du site.</p>"})
    article.lead = "Chapeau d’ici."
    wp_library.save_article(article)

    seen: list[ConflictDialog] = []

    def choose(parent, conflict):
        def look_then_answer() -> None:
            shown = QApplication.activeModalWidget()
            seen.append(shown)
            _answer_conflict("overwrite_button")

        QTimer.singleShot(0, look_then_answer)
        return ask_in_dialog(parent, conflict)

    dialog = publish_dialog(qtbot, wp_library, [article.id], choose=choose)
    click_publish(qtbot, dialog)
    assert len(seen) == 1
    assert "Chapeau d’ici." in seen[0].local_view.toPlainText()
    assert "Chapeau du site." in seen[0].site_view.toPlainText()
    assert "Texte du site." in seen[0].site_view.toPlainText()
    assert "updated (post" in dialog.message.text()
    raw = rest(wp_http, "GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"})["content"]["raw"]
    assert "Chapeau d’ici." in raw and "Chapeau du site." not in raw


def test_conflict_dialog_keep_the_site_version_and_cancel(qtbot, wp_library: Library,
                                                         wp_http: httpx.Client) -> None:
    article = saved_article(wp_library, "Conflit repris")
    click_publish(qtbot, publish_dialog(qtbot, wp_library, [article.id]))
    post_id = site_links.link_for_article(wp_library, SITE, article.id).post_id
    rest(wp_http, "POST", f"/wp/v2/posts/{post_id}",
         json={"content": "<p>Version du site.</p><h2>Partie</h2><p>Texte du site.</p>"})

    def cancel(parent, conflict):
        QTimer.singleShot(0, lambda: _answer_conflict("cancel_button"))
        return ask_in_dialog(parent, conflict)

    dialog = publish_dialog(qtbot, wp_library, [article.id], choose=cancel)
    click_publish(qtbot, dialog)
    assert "not published (the site's copy changed)" in dialog.message.text()
    assert wp_library.load_article(article.id).lead == "Un chapeau."

    def take(parent, conflict):
        QTimer.singleShot(0, lambda: _answer_conflict("take_button"))
        return ask_in_dialog(parent, conflict)

    dialog = publish_dialog(qtbot, wp_library, [article.id], choose=take)
    click_publish(qtbot, dialog)
    assert "the site's version was kept as a new revision" in dialog.message.text()
    assert wp_library.load_article(article.id).lead == "Version du site."


def test_conflict_dialog_alone(qtbot) -> None:
    local = Article(title="Titre", lead="Ici.", sections=[Section("A", "Texte local.")])
    remote = Article(title="Titre", lead="Là-bas.", sections=[Section("A", "Texte distant.")])
    dialog = ConflictDialog("blog", local, remote)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice is Choice.CANCEL and dialog.cancel_button.isDefault()
    assert "Texte local." in dialog.local_view.toPlainText()
    assert "Texte distant." in dialog.site_view.toPlainText()
    qtbot.mouseClick(dialog.take_button, LEFT)
    assert dialog.choice is Choice.TAKE_SITE and dialog.result() == dialog.DialogCode.Accepted


def make_posts(http: httpx.Client, count: int) -> list[str]:
    tag = uuid.uuid4().hex[:8]
    titles = [f"Billet {tag} {n}" for n in range(count)]
    for title in titles:
        rest(http, "POST", "/wp/v2/posts", json={
            "title": title, "status": "publish",
            "content": "<p>Un chapeau.</p><h2>Partie</h2><p>Texte.</p>"})
    return titles


def pull_dialog(qtbot, library: Library) -> PullDialog:
    server_now()  # the earlier tests' posts are in a second before the mark's...
    site_links.set_last_pull(library, SITE, server_now())  # ...so only the test's own count
    dialog = PullDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pull_dialog_shows_progress_and_a_summary(qtbot, wp_library: Library,
                                                  wp_http: httpx.Client) -> None:
    dialog = pull_dialog(qtbot, wp_library)
    titles = make_posts(wp_http, 3)
    dialog.per_page = 2
    steps: list[tuple[int, int]] = []
    qtbot.mouseClick(dialog.pull_button, LEFT)
    dialog.task.progressed.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60_000)
    assert dialog.message.text() == "3 new, 0 updated, 0 unchanged."
    assert dialog.progress.value() == 3 and dialog.progress.maximum() == 3
    assert steps[-1] == (3, 3)
    assert sorted(a.title for a in wp_library.list_articles()) == sorted(titles)


def test_pull_dialog_stop_keeps_the_pages_done(qtbot, wp_library: Library,
                                               wp_http: httpx.Client) -> None:
    dialog = pull_dialog(qtbot, wp_library)
    make_posts(wp_http, 3)
    dialog.per_page = 1
    qtbot.mouseClick(dialog.pull_button, LEFT)
    assert dialog.cancel_button.isEnabled()
    # Stop once the first page is in: clicked from the worker's first progress report
    # (a direct connection), so that the test does not race the next page.
    dialog.task.progressed.connect(lambda *_: dialog.task.cancel.set(),
                                   Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60_000)
    assert dialog.summary.cancelled and dialog.summary.added == 1
    assert dialog.message.text().startswith("Stopped; the posts pulled so far are in the library.")
    assert len(wp_library.list_articles()) == 1
    assert dialog.pull_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_pull_dialog_stop_button(qtbot, wp_library: Library, wp_http: httpx.Client) -> None:
    dialog = pull_dialog(qtbot, wp_library)
    make_posts(wp_http, 2)
    dialog.per_page = 1
    qtbot.mouseClick(dialog.pull_button, LEFT)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60_000)
    assert dialog.summary.cancelled
    assert len(wp_library.list_articles()) == dialog.summary.added < 2


def test_sites_dialog_adds_checks_and_removes(qtbot, library: Library, wordpress: WordPressSite,
                                              site_password: str) -> None:
    dialog = SitesDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.site_list.count() == 0
    qtbot.keyClicks(dialog.name_edit, "blog")
    qtbot.keyClicks(dialog.url_edit, wordpress.url)
    qtbot.keyClicks(dialog.user_edit, wordpress.user)
    qtbot.keyClicks(dialog.password_edit, "not the password")
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=30_000)
    assert "(401)" in dialog.message.text() and dialog.site_list.count() == 0
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, wordpress.app_password)
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: dialog.site_list.count() == 1, timeout=30_000)
    assert dialog.message.text().startswith("Added blog as editor.")
    assert dialog.password_edit.text() == ""
    assert dialog.site_list.item(0).text() == f"blog — {wordpress.url} ({wordpress.user})"
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert dialog.site_list.count() == 0 and site_links.list_sites(library) == []


def test_publish_dialog_without_a_site_says_what_to_do(qtbot, library: Library) -> None:
    article = saved_article(library, "Sans site")
    dialog = publish_dialog(qtbot, library, [article.id])
    assert not dialog.publish_button.isEnabled()
    assert "add one with File ▸ WordPress Sites…" in dialog.message.text()



def test_preferences_have_a_button_that_opens_the_wordpress_sites(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QAction

    from hubdesk.ui.shell.preferences_dialog import PreferencesDialog
    from tests.ui_helpers import make_settings

    action = QAction("&WordPress Sites…")
    triggered: list[bool] = []
    action.triggered.connect(lambda: triggered.append(True))
    dialog = PreferencesDialog(make_settings(tmp_path), more=[action])
    qtbot.addWidget(dialog)
    [button] = dialog.more_buttons
    assert button.text() == "&WordPress Sites…"
    qtbot.mouseClick(button, LEFT)
    assert triggered == [True]


def _pull_conflicts(qtbot, library: Library, http: httpx.Client, count: int) -> tuple[list, list]:
    """Pull ``count`` new posts, edit each article here and its post on the site."""
    first = pull_dialog(qtbot, library)
    make_posts(http, count)
    qtbot.mouseClick(first.pull_button, LEFT)
    qtbot.waitUntil(lambda: first.summary is not None, timeout=60_000)
    assert first.summary.added == count, first.message.text()
    links = [site_links.links_of_article(library, a.id)[0] for a in library.list_articles()]
    for n, link in enumerate(links):
        article = library.load_article(link.article_id)
        article.lead = f"Réécrit ici {n}."
        library.save_article(article)
        rest(http, "POST", f"/wp/v2/posts/{link.post_id}",
             json={"content": f"<p>Réécrit là-bas {n}.</p><h2>Partie</h2><p>Texte.</p>"})
    return links, [library.load_article(link.article_id) for link in links]


def test_pull_dialog_shows_each_conflict_and_does_what_the_user_chooses(
    qtbot, wp_library: Library, wp_http: httpx.Client,
) -> None:
    links, articles = _pull_conflicts(qtbot, wp_library, wp_http, 3)
    by_title = {a.title: a for a in articles}
    answers = {articles[0].title: Choice.OVERWRITE, articles[1].title: Choice.TAKE_SITE,
               articles[2].title: Choice.CANCEL}
    shown: list[tuple[str, str, str]] = []

    def choose(_parent, conflict) -> Choice:
        shown.append((conflict.local.title, conflict.local.lead, conflict.remote.lead))
        return answers[conflict.local.title]

    dialog = PullDialog(wp_library, choose=choose)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.pull_button, LEFT)
    qtbot.waitUntil(lambda: "the site now has this version" in dialog.message.text(), timeout=60_000)
    assert sorted(shown) == sorted(
        (a.title, a.lead, f"Réécrit là-bas {n}.") for n, a in enumerate(articles)
    )  # both versions were shown for each conflict
    text = dialog.message.text()
    assert "3 article(s) changed both here and on the site" in text
    overwritten, taken, left = (by_title[t] for t in answers)
    post = rest(wp_http, "GET", f"/wp/v2/posts/{links[0].post_id}", params={"context": "edit"})
    assert "Réécrit ici 0." in post["content"]["raw"] and post["status"] == "publish"
    assert wp_library.load_article(taken.id).lead == "Réécrit là-bas 1."  # a new revision
    assert f"“{taken.title}”: the site's version was kept as a new revision." in text
    assert wp_library.load_article(left.id).lead == "Réécrit ici 2."
    post = rest(wp_http, "GET", f"/wp/v2/posts/{links[2].post_id}", params={"context": "edit"})
    assert "Réécrit là-bas 2." in post["content"]["raw"]  # cancel: the site untouched too
    assert f"“{left.title}”: left as it is here and on the site." in text
    assert overwritten.title in text
