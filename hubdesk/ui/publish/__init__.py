"""Publishing to WordPress from the app: sites, the Publish dialog, conflicts, pulling."""
