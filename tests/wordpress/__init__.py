"""The real WordPress the publish tests run against (up.sh, down.sh, router, fixtures)."""
