#!/usr/bin/env bash
# Make the macOS disk image: HubDesk.app beside a link to /Applications, compressed.
#
#   bash packaging/macos/make_dmg.sh dist/HubDesk.app dist/HubDesk-0.1.0.dmg 0.1.0
#
# packaging/build.py calls it on macOS after PyInstaller has made dist/HubDesk.app.
# If $HUBDESK_CODESIGN_IDENTITY is set, the app is signed (hardened runtime) first;
# notarisation is left to the release manager (xcrun notarytool).
set -euo pipefail

app=${1:?usage: make_dmg.sh APP DMG VERSION}
dmg=${2:?usage: make_dmg.sh APP DMG VERSION}
version=${3:?usage: make_dmg.sh APP DMG VERSION}

[[ $(uname) == Darwin ]] || { echo "make_dmg.sh: hdiutil exists only on macOS" >&2; exit 2; }
[[ -d $app ]] || { echo "make_dmg.sh: $app does not exist (run packaging/build.py)" >&2; exit 2; }

plist="$app/Contents/Info.plist"
found=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$plist")
if [[ $found != "$version" ]]; then
  echo "make_dmg.sh: $plist says version $found, expected $version" >&2
  exit 1
fi

if [[ -n ${HUBDESK_CODESIGN_IDENTITY:-} ]]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$HUBDESK_CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "HubDesk $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg.sh: wrote $dmg"
