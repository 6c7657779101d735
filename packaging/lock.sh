#!/usr/bin/env bash
# Regenerate packaging/constraints.txt: the exact versions of every Python package that
# packaging/bootstrap.sh (both modes), .ci/run and packaging/build.py install, resolved
# from pyproject.toml's dependencies and its `test` and `packaging` extras.
#
#   packaging/lock.sh                  re-resolve, keeping current pins where still allowed
#   packaging/lock.sh --upgrade        re-resolve to the newest versions pyproject allows
#
# The lock is for Linux x86_64 and Python 3.11 (the CI and build machines); run it there
# (PYTHON=python3.11 packaging/lock.sh). Review the diff, run `packaging/bootstrap.sh --test`
# in a fresh venv (HUBDESK_VENV=/tmp/v), and commit the file.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
platform=$("$python" -c 'import platform, sys; print(sys.platform, platform.machine(), "%d.%d" % sys.version_info[:2])')
if [[ $platform != "linux x86_64 3.11" ]]; then
  echo "lock: the lock is for Linux x86_64 / Python 3.11; $python is $platform" >&2
  exit 2
fi

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
"$python" -m venv "$tools"
"$tools/bin/python" -m pip install -q --upgrade pip pip-tools
# A machine-wide pip constraint file must not leak into the project's lock.
CUSTOM_COMPILE_COMMAND="packaging/lock.sh" PIP_CONSTRAINT= "$tools/bin/pip-compile" --quiet --strip-extras --allow-unsafe \
  --no-emit-index-url --no-emit-find-links --no-emit-trusted-host \
  --extra test --extra packaging \
  --no-emit-options \
  --output-file packaging/constraints.txt "$@" pyproject.toml
echo "lock: wrote packaging/constraints.txt ($(grep -c '==' packaging/constraints.txt) pins)"
