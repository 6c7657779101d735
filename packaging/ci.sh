#!/usr/bin/env bash
# CI packaging step: build the Linux bundle and the .deb, install the .deb on this
# machine (apt resolves its Depends), then run the smoke test from the INSTALLED copy,
# offscreen and on an X server (Xvfb). Any failure fails the step.
#
#   bash packaging/ci.sh        (root or passwordless sudo; Debian/Ubuntu)
#
# Python: $PYTHON if set, else the CI's virtual environment ($HUBDESK_VENV or .venv),
# else python3. PyInstaller is installed into it from the `packaging` extra if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

python=${PYTHON:-}
if [[ -z $python ]]; then
  for venv in "${HUBDESK_VENV:-}" .venv; do
    if [[ -n $venv && -x $venv/bin/python ]]; then python=$venv/bin/python; break; fi
  done
fi
python=${python:-python3}
echo "ci: building with $python"

# Tools the build and the checks need (also listed in .ci/apt-packages.txt).
need=()
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v objdump >/dev/null || need+=(binutils)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
if [[ ${#need[@]} -gt 0 ]]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
"$python" -c "import PyInstaller" 2>/dev/null ||
  "$python" -m pip install -q -c packaging/constraints.txt -e ".[packaging]"

"$python" packaging/build.py
deb=$(ls -t dist/hubdesk_*.deb | head -n 1)
tarball=$(ls -t dist/hubdesk-*-linux-*.tar.gz | head -n 1)
echo "ci: built $deb and $tarball"

# Install as a user would: apt pulls in the system libraries the package declares.
$sudo apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "./$deb"

installed=/usr/bin/hubdesk
test -x "$installed"
test -x /opt/hubdesk/hubdesk
test -f /usr/share/applications/io.hubdesk.HubDesk.desktop
test -f /usr/share/metainfo/io.hubdesk.HubDesk.metainfo.xml
test -f /usr/share/icons/hicolor/256x256/apps/io.hubdesk.HubDesk.png
# PySide's support modules ship compiled (packaging/pyside_support.py), not in its zip.
test -f /opt/hubdesk/_internal/shiboken6/files.dir/shibokensupport/signature/__pycache__/loader.cpython-3*.pyc
"$installed" --version

# Every library the installed bundle links to must now be found (Depends are complete).
libdirs=$(find /opt/hubdesk -name "*.so*" -printf "%h\n" | sort -u | paste -sd: -)
unresolved=$(find /opt/hubdesk -type f \( -name "*.so*" -o -perm -u+x \) -print0 |
  xargs -0 -n 50 env LD_LIBRARY_PATH="$libdirs" ldd 2>/dev/null | grep "not found" | sort -u || true)
if [[ -n $unresolved ]]; then
  echo "ci: libraries missing after installing the .deb:" >&2
  echo "$unresolved" >&2
  exit 1
fi
echo "ci: every library of /opt/hubdesk resolves"

# Run from a neutral folder with a clean environment, so nothing of the checkout is used.
run_installed() {
  (cd /tmp && env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" LANG=C.UTF-8 "$@")
}
echo "ci: smoke test of the installed copy, offscreen"
run_installed QT_QPA_PLATFORM=offscreen "$installed" --smoke-test
echo "ci: smoke test of the installed copy, on Xvfb"
run_installed xvfb-run -a -s "-screen 0 1280x800x24" "$installed" --smoke-test
echo "ci: packaging OK"
