#!/usr/bin/env bash
# Set up HubDesk from this checkout in ./.venv.
#
#   packaging/bootstrap.sh           install HubDesk (and the system libraries Qt needs)
#   packaging/bootstrap.sh --test    also install the test tools, then lint and run every test
#
# System libraries are installed with apt-get when missing and when we may (root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-install}
venv=${HUBDESK_VENV:-.venv}

qt_runtime=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
wanted=("${qt_runtime[@]}")
if [[ $mode == --test && -f .ci/apt-packages.txt ]]; then
  while read -r pkg; do
    [[ -n $pkg && $pkg != \#* ]] && wanted+=("$pkg")
  done < .ci/apt-packages.txt
fi

if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${wanted[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "bootstrap: installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
if [[ ! -x $venv/bin/python ]]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
# Exact versions from the lock (packaging/constraints.txt; packaging/lock.sh refreshes it).
constraints=(-c packaging/constraints.txt)
if [[ $mode == --test ]]; then
  "$venv/bin/python" -m pip install -q "${constraints[@]}" -e ".[test]"
  "$venv/bin/python" packaging/pyside_support.py  # PySide's support modules as bytecode
  "$venv/bin/ruff" check hubdesk tests benchmarks packaging
  "$venv/bin/lint-imports" --no-logo  # the layer contracts (pyproject.toml, docs/architecture.md)
  "$venv/bin/mypy"  # the core's types ([tool.mypy] in pyproject.toml)
  # Branch coverage with its floor ([tool.coverage] in pyproject.toml); the skipped tests
  # are listed and counted at the end (tests/skip_policy.py).
  exec "$venv/bin/python" -m pytest --cov --cov-report=term
else
  "$venv/bin/python" -m pip install -q "${constraints[@]}" -e .
  "$venv/bin/python" packaging/pyside_support.py >/dev/null  # a faster start (see the file)
  echo "bootstrap: HubDesk is installed in $venv (run $venv/bin/hubdesk)"
fi
