"""Install the WordPress actions on the main window (a few lines there, the rest here)."""

from __future__ import annotations

from typing import Any

from hubdesk.ui.publish.site_exchange import SiteExchange


def install_site_exchange(window: Any, actions: Any) -> SiteExchange:
    """Hand ``SiteExchange`` the window's library, selection, save and reload."""

    def selected_ids() -> list[str]:
        ids = window.library_panel.selected_ids()
        current = window.session.article
        if current is not None and (len(ids) <= 1 or not window.library_panel.view.hasFocus()):
            ids = [current.id]
        return ids

    def reload() -> None:
        current = window.session.article
        window.library_panel.refresh()
        if current is not None:
            window.session.show(None)
            window.open_article(current.id)

    return SiteExchange(
        window, library=window.library, selected_ids=selected_ids, save=window.session.save,
        reload=reload, publish_action=actions.publish, pull_action=actions.pull_from_site,
        sites_action=actions.wordpress_sites,
        may_publish=lambda ids: window.review.may_export(ids, publishing=True),
    )
