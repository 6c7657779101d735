#!/usr/bin/env bash
# Bring up a real WordPress (Debian's package) on 127.0.0.1 for the publish tests.
#
# Idempotent: when the site in $HUBDESK_WP_DIR answers already, it only prints where it
# is. Otherwise it starts MariaDB (own data folder and socket, no network), makes a site
# folder out of /usr/share/wordpress (own wp-config.php, WP_ENVIRONMENT_TYPE=local so
# application passwords work over plain http), installs WordPress with php-cli, creates
# an application password, and serves the site with PHP's built-in server and
# router.php. The site's address, user and application password go to
# $HUBDESK_WP_DIR/site.env (shell) and site.json, which the tests read.
# Needs: wordpress mariadb-server php-mysql php-cli (.ci/apt-packages.txt).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
STATE="${HUBDESK_WP_DIR:-${TMPDIR:-/tmp}/hubdesk-wordpress}"
WP_SRC="${HUBDESK_WP_SOURCE:-/usr/share/wordpress}"
mkdir -p "$STATE"
STATE="$(cd "$STATE" && pwd)"
SOCK="$STATE/mysqld.sock"
export TZ=UTC
STARTED_NS="$(date +%s%N)"

answers() {  # $1 = URL; true when the REST index answers JSON
  php -r '$c = @file_get_contents($argv[1]); exit($c !== false && str_starts_with(ltrim($c), "{") ? 0 : 1);' \
    "$1/?rest_route=/" 2>/dev/null
}

if [[ -f "$STATE/site.json" && -f "$STATE/site.env" ]]; then
  # shellcheck disable=SC1091
  source "$STATE/site.env"
  if answers "$HUBDESK_WP_URL"; then
    # the test-only routes and hooks may have changed since it was brought up
    cp "$HERE/router.php" "$STATE/site/router.php"
    cp "$HERE/hubdesk-test-hooks.php" "$STATE/site/wp-content/mu-plugins/"
    echo "WordPress already up: $HUBDESK_WP_URL (details in $STATE/site.json)"
    exit 0
  fi
fi

for tool in mariadbd mariadb-install-db mariadb php; do
  command -v "$tool" >/dev/null || { echo "up.sh: $tool is missing (apt-get install -y wordpress mariadb-server php-mysql php-cli)" >&2; exit 2; }
done
[[ -f "$WP_SRC/wp-settings.php" ]] || { echo "up.sh: no WordPress in $WP_SRC (apt-get install -y wordpress)" >&2; exit 2; }

# -- MariaDB: own data folder and socket, no TCP port
if ! mariadb --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
  if [[ ! -d "$STATE/db/mysql" ]]; then
    mariadb-install-db --user=root --datadir="$STATE/db" --auth-root-authentication-method=socket \
      --skip-test-db >"$STATE/install-db.log" 2>&1
  fi
  mariadbd --user=root --datadir="$STATE/db" --socket="$SOCK" --skip-networking \
    --pid-file="$STATE/mysqld.pid" --log-error="$STATE/mysqld.log" \
    --innodb-buffer-pool-size=32M --innodb-log-file-size=8M --skip-log-bin \
    --innodb-flush-log-at-trx-commit=0 >/dev/null 2>&1 &
  for _ in $(seq 1 200); do
    mariadb --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null || { echo "up.sh: MariaDB did not start (see $STATE/mysqld.log)" >&2; exit 1; }
fi
mariadb --socket="$SOCK" -uroot -e "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4"

# -- the port: the one used before, or a free one
PORT="${HUBDESK_WP_PORT:-}"
if [[ -z "$PORT" && -f "$STATE/port" ]]; then PORT="$(cat "$STATE/port")"; fi
if [[ -z "$PORT" ]]; then
  PORT="$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);')"
fi
echo "$PORT" >"$STATE/port"
URL="http://127.0.0.1:$PORT"

# -- the site folder: the package's code by symbolic links, our own config and content
SITE="$STATE/site"
if [[ ! -f "$SITE/wp-config.php" ]]; then
  rm -rf "$SITE"
  mkdir -p "$SITE/wp-content/uploads" "$SITE/wp-content/mu-plugins"
  ln -s "$WP_SRC/wp-admin" "$SITE/wp-admin"
  ln -s "$WP_SRC/wp-includes" "$SITE/wp-includes"
  ln -s "$WP_SRC/wp-content/themes" "$SITE/wp-content/themes"
  ln -s "$WP_SRC/wp-content/plugins" "$SITE/wp-content/plugins"
  for f in "$WP_SRC"/*.php; do
    [[ "$(basename "$f")" == wp-config.php ]] || cp "$f" "$SITE/"
  done
fi
cp "$HERE/router.php" "$SITE/router.php"
cp "$HERE/hubdesk-test-hooks.php" "$SITE/wp-content/mu-plugins/"
sed -e "s|@SOCK@|$SOCK|" -e "s|@URL@|$URL|" "$HERE/wp-config.php.in" >"$SITE/wp-config.php"

# -- install (once) and a fresh application password
php -d error_reporting=0 "$HERE/install.php" "$SITE" >"$STATE/install.out" 2>"$STATE/install.log" \
  || { echo "up.sh: the WordPress install failed (see $STATE/install.log)" >&2; exit 1; }
APP_PASSWORD="$(tail -n 1 "$STATE/install.out")"

# -- serve
if [[ -f "$STATE/php.pid" ]] && kill -0 "$(cat "$STATE/php.pid")" 2>/dev/null; then
  old="$(cat "$STATE/php.pid")"
  # shellcheck disable=SC2046
  kill "$old" $(ps -o pid= --ppid "$old" 2>/dev/null) 2>/dev/null || true
fi
(cd "$SITE" && PHP_CLI_SERVER_WORKERS=4 exec php -d error_reporting=0 -d display_errors=0 \
  -d upload_max_filesize=16M -d post_max_size=16M -d date.timezone=UTC \
  -S "127.0.0.1:$PORT" router.php >"$STATE/php.log" 2>&1) &
echo $! >"$STATE/php.pid"
for _ in $(seq 1 100); do
  answers "$URL" && break
  sleep 0.1
done
answers "$URL" || { echo "up.sh: the PHP server did not answer on $URL (see $STATE/php.log)" >&2; exit 1; }

cat >"$STATE/site.env" <<ENV
HUBDESK_WP_URL=$URL
HUBDESK_WP_USER=editor
HUBDESK_WP_APP_PASSWORD='$APP_PASSWORD'
HUBDESK_WP_ROOT=$SITE
ENV
php -r 'echo json_encode(["url" => $argv[1], "user" => "editor", "app_password" => $argv[2], "root" => $argv[3], "state" => $argv[4]]), "\n";' \
  "$URL" "$APP_PASSWORD" "$SITE" "$STATE" >"$STATE/site.json"
chmod 600 "$STATE/site.env" "$STATE/site.json"
SECONDS_TAKEN="$(( ($(date +%s%N) - STARTED_NS) / 1000000 ))"
printf '%d.%03d\n' "$((SECONDS_TAKEN / 1000))" "$((SECONDS_TAKEN % 1000))" >"$STATE/setup-seconds"
echo "WordPress up in $(cat "$STATE/setup-seconds") s: $URL (user editor; details in $STATE/site.json)"
