"""Publishing to and pulling from a real WordPress (tests/wordpress/up.sh), articles per second.

    python -m benchmarks.bench_publish [--publish 100] [--pull 1000]

Publish: N articles (about 1,200 words, two tags each) published by HubDesk, beside the
baseline of the same N posts created by plain REST calls with the content already
rendered (what the site itself costs). Pull: M posts (made on the site by php-cli)
pulled into a fresh library, beside the baseline of reading the same pages of JSON
without importing them. Each line gives articles per second and the ratio
HubDesk / baseline (1.0 would mean HubDesk adds nothing to the site's own cost).
Machines are noisy: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx

from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.publish import credentials, sites
from hubdesk.publish.post_content import draft_post
from hubdesk.publish.publisher import PublishOptions, publish_article
from hubdesk.publish.puller import pull_site
from tests import corpus
from tests.wordpress import server


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat()


def _wait_next_second() -> str:
    mark = _now()
    while _now() <= mark:
        time.sleep(0.02)
    return mark


def bench_publish(library: Library, wp: server.WordPressSite, count: int) -> tuple[float, float]:
    articles = []
    for seed in range(count):
        article = corpus.make_article(1200, seed=seed, language="fr")
        article.title = f"Banc de publication {uuid.uuid4().hex[:6]} {seed}"
        article.slug = ""
        article.tags = ["banc", f"série {seed % 10}"]
        articles.append(article)
    library.save_articles(articles)
    site, client = sites.client_for(library, "bench")
    start = time.perf_counter()
    with client:
        for article in articles:
            publish_article(library, site, client, article.id, PublishOptions())
    ours = time.perf_counter() - start

    bodies = [draft_post(a) for a in articles]
    with httpx.Client(auth=(wp.user, wp.app_password), timeout=60, trust_env=False) as http:
        start = time.perf_counter()
        for body in bodies:
            http.post(wp.url + "/", params={"rest_route": "/wp/v2/posts"},
                      json={"title": body.title + " (raw)", "content": body.body,
                            "excerpt": body.excerpt, "status": "draft"}).raise_for_status()
        raw = time.perf_counter() - start
    return ours, raw


def bench_pull(library: Library, wp: server.WordPressSite, count: int) -> tuple[float, float, int]:
    since = _wait_next_second()
    subprocess.run(
        ["php", "-d", "error_reporting=0", str(server.HERE / "make_posts.php"), str(wp.root),
         str(count), f"Banc de lecture {uuid.uuid4().hex[:6]}"],
        check=True, capture_output=True, env={**os.environ, "TZ": "UTC"},
    )
    site, client = sites.client_for(library, "bench")
    start = time.perf_counter()
    with client:
        summary = pull_site(library, site_links.get_site(library, "bench"), client, since=since)
    ours = time.perf_counter() - start

    with httpx.Client(auth=(wp.user, wp.app_password), timeout=60, trust_env=False) as http:
        start = time.perf_counter()
        page, pages = 1, 1
        while page <= pages:
            response = http.get(wp.url + "/", params={
                "rest_route": "/wp/v2/posts", "context": "edit", "per_page": 100, "page": page,
                "orderby": "id", "order": "asc", "status": "any", "modified_after": since})
            response.raise_for_status()
            response.json()
            pages = int(response.headers.get("x-wp-totalpages", "1"))
            page += 1
        raw = time.perf_counter() - start
    return ours, raw, summary.added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publish", type=int, default=100)
    parser.add_argument("--pull", type=int, default=1000)
    args = parser.parse_args()
    reason = server.missing_reason()
    if reason:
        print(f"bench_publish: {reason}")
        return 1
    wp = server.bring_up()
    print(f"WordPress at {wp.url} (up.sh: {wp.setup_seconds:.1f} s)")
    os.environ[credentials.PASSWORD_ENV] = wp.app_password
    credentials.keyring_available = lambda: False  # type: ignore[assignment]  # the env's password
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(Path(tmp) / "bench.hubdesk")
        try:
            sites.add_site(library, "bench", wp.url, wp.user, wp.app_password)
            ours, raw = bench_publish(library, wp, args.publish)
            print(f"{'what':<28}{'HubDesk':>14}{'baseline':>14}{'ratio':>8}")
            n = args.publish
            print(f"{'publish ' + str(n) + ' articles':<28}{n / ours:>10.1f} a/s{n / raw:>10.1f} a/s"
                  f"{raw / ours:>8.2f}")
            pulled_lib = Library.open(Path(tmp) / "pull.hubdesk")
            try:
                sites.add_site(pulled_lib, "bench", wp.url, wp.user, wp.app_password)
                ours, raw, added = bench_pull(pulled_lib, wp, args.pull)
            finally:
                pulled_lib.close()
            m = args.pull
            print(f"{'pull ' + str(m) + ' posts':<28}{m / ours:>10.1f} a/s{m / raw:>10.1f} a/s"
                  f"{raw / ours:>8.2f}   ({added} articles added)")
        finally:
            library.close()
    print("ratio = baseline time / HubDesk time (1.0: HubDesk adds nothing to the site's cost)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
