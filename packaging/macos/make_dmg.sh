#!/bin/sh
# macOS: dist/fieldkit.app (made by packaging/fieldkit.spec's BUNDLE step) into a disk image,
# signed and notarised when the keys are given. Run on a Mac after
#
#   FIELDKIT_CODESIGN_IDENTITY="Developer ID Application: ..." \
#   FIELDKIT_ENTITLEMENTS=packaging/macos/entitlements.plist \
#   pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/fieldkit.spec
#
# (PyInstaller signs every binary and the .app with the hardened runtime when the identity is
# set.) Environment:
#   FIELDKIT_CODESIGN_IDENTITY  a "Developer ID Application" identity in the keychain; unset: the
#                               .app and .dmg stay unsigned (Gatekeeper will ask users to allow them)
#   FIELDKIT_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials);
#                               unset: no notarisation
# Writes dist/fieldkit-<version>-macos-<arch>.dmg. Not run on the machine where fieldkit's Linux
# bundle is verified: see the README.
set -eu
cd "$(dirname "$0")/../.."
APP=dist/fieldkit.app
[ -d "$APP" ] || { echo "make_dmg: $APP does not exist; run pyinstaller on the spec first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG=dist/fieldkit-$VERSION-macos-$(uname -m).dmg
IDENTITY=${FIELDKIT_CODESIGN_IDENTITY:-}
PROFILE=${FIELDKIT_NOTARY_PROFILE:-}

if [ -n "$IDENTITY" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
fi
"$APP/Contents/MacOS/fieldkit" --version  # the command line inside the .app runs

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "fieldkit $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "$IDENTITY" ]; then
    codesign --force --sign "$IDENTITY" --timestamp "$DMG"
fi
if [ -n "$IDENTITY" ] && [ -n "$PROFILE" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
shasum -a 256 "$DMG"
