#!/usr/bin/env bash
# build-pkg.sh [build-dir] [output-dir]
#
# Makes Latchkey's macOS installer from a Release build on macOS: Latchkey.app with latchkey-sandbox inside
# it (latchkey runs it from beside itself), Qt copied in by macdeployqt, then a component package
# (pkgbuild) wrapped in a product archive (productbuild) that installs /Applications/Latchkey.app.
#
# Needs Xcode's command-line tools, Qt 6's macdeployqt on PATH, and rsvg-convert (Homebrew's librsvg) for
# the icon. Optional, from the environment:
#   LATCHKEY_CODESIGN_IDENTITY   "Developer ID Application: ..." to sign the app (hardened runtime)
#   LATCHKEY_INSTALLER_IDENTITY  "Developer ID Installer: ..." to sign the .pkg
#   LATCHKEY_NOTARY_PROFILE      a notarytool keychain profile: notarize and staple the signed .pkg
#
# Silent install on a managed Mac: sudo installer -pkg latchkey-VERSION.pkg -target /
# Policy is not part of the package: deploy packaging/macos/app.latchkey.latchkey.mobileconfig (edited)
# as a configuration profile.
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${1:-build}
output_dir=${2:-$build_dir/packages}

if [ "$(uname -s)" != Darwin ]; then
    echo "build-pkg: runs on macOS only (macdeployqt, pkgbuild, productbuild)" >&2
    exit 2
fi
for tool in macdeployqt pkgbuild productbuild iconutil rsvg-convert plutil; do
    command -v "$tool" >/dev/null || { echo "build-pkg: $tool not found" >&2; exit 2; }
done

app_id=$(plutil -extract CFBundleIdentifier raw "$build_dir/packaging/macos/Info.plist")
version=$(plutil -extract CFBundleShortVersionString raw "$build_dir/packaging/macos/Info.plist")
app="$build_dir/bin/latchkey.app"
[ -d "$app" ] || { echo "build-pkg: no $app; build first (cmake --build $build_dir --config Release)" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/Latchkey.app"
bundle="$stage/Latchkey.app"
cp "$build_dir/bin/latchkey-sandbox" "$bundle/Contents/MacOS/latchkey-sandbox"

# The icon, from the same SVG as on Linux.
iconset="$stage/latchkey.iconset"
mkdir -p "$iconset" "$bundle/Contents/Resources"
for size in 16 32 128 256 512; do
    rsvg-convert -w "$size" -h "$size" -o "$iconset/icon_${size}x${size}.png" resources/icons/latchkey.svg
    rsvg-convert -w $((size * 2)) -h $((size * 2)) -o "$iconset/icon_${size}x${size}@2x.png" \
        resources/icons/latchkey.svg
done
iconutil -c icns -o "$bundle/Contents/Resources/latchkey.icns" "$iconset"

deploy=(macdeployqt "$bundle" "-executable=$bundle/Contents/MacOS/latchkey-sandbox" -verbose=1)
if [ -n "${LATCHKEY_CODESIGN_IDENTITY:-}" ]; then
    deploy+=("-codesign=$LATCHKEY_CODESIGN_IDENTITY" -hardened-runtime -timestamp)
fi
"${deploy[@]}"

mkdir -p "$output_dir"
component="$stage/latchkey-component.pkg"
pkgbuild --component "$bundle" --install-location /Applications --identifier "$app_id.pkg" \
    --version "$version" "$component"
product="$output_dir/latchkey-$version.pkg"
sign=()
if [ -n "${LATCHKEY_INSTALLER_IDENTITY:-}" ]; then
    sign=(--sign "$LATCHKEY_INSTALLER_IDENTITY")
fi
productbuild --package "$component" --identifier "$app_id.pkg" --version "$version" ${sign[@]+"${sign[@]}"} "$product"

if [ -n "${LATCHKEY_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$product" --keychain-profile "$LATCHKEY_NOTARY_PROFILE" --wait
    xcrun stapler staple "$product"
fi
echo "build-pkg: $product"
