"""The publish dialogs' tests use the real test WordPress, like tests/publish."""

from tests.publish.conftest import (  # noqa: F401 - fixtures
    assets,
    second_author,
    site_password,
    wordpress,
    wp_http,
    wp_library,
    wp_site,
)
