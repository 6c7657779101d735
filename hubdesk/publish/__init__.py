"""WordPress sites: publish articles as posts and pull posts home (core, no Qt).

``sites`` and ``credentials`` keep a site's address and its password (keyring);
``client`` speaks the REST API; ``post_content`` turns an article into a post;
``publisher`` publishes and updates without silent overwrites; ``puller`` brings posts
home through ``post_import``.
"""
