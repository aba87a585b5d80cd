#!/usr/bin/env bash
# Builds the Linux packages from an existing build directory (default: build) and runs every check on
# them: lintian (no error or warning), rpmlint (no error), desktop-file-validate and appstreamcli on the
# installed files, and the list of files each package must hold. Fails at the first check that fails.
# The tools come from scripts/install-deps. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    echo "check-packages: $build_dir is not a configured build directory (cmake --preset default)" >&2
    exit 1
fi
for tool in lintian rpmlint rpmbuild desktop-file-validate appstreamcli rsvg-convert dpkg-deb rpm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-packages: $tool is missing: run scripts/install-deps" >&2
        exit 1
    fi
done

fail() {
    echo "check-packages: FAILED: $*" >&2
    exit 1
}

packages="$build_dir/packages"
rm -rf "$packages"
# Configure again so that CPack sees the tools (rpmbuild, rsvg-convert) installed since the first configure.
cmake "$build_dir" >/dev/null
# What the packages hold, then CPack: the same as `cmake --build build --target package`, without building
# the tests first.
cmake --build "$build_dir" --target latchkey latchkey-sandbox latchkey_package_files
(cd "$build_dir" && cpack -C "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' CMakeCache.txt)")

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
arch=$(dpkg --print-architecture)
app_deb="$packages/latchkey_${version}-1_${arch}.deb"
sandbox_deb="$packages/latchkey-sandbox_${version}-1_${arch}.deb"
app_rpm=$(ls "$packages"/latchkey-"${version}"-1.*.rpm 2>/dev/null || true)
sandbox_rpm=$(ls "$packages"/latchkey-sandbox-"${version}"-1.*.rpm 2>/dev/null || true)
tarball=$(ls "$packages"/latchkey-"${version}"-linux-*.tar.gz 2>/dev/null || true)
for file in "$app_deb" "$sandbox_deb" "$app_rpm" "$sandbox_rpm" "$tarball"; do
    if [ -z "$file" ] || [ ! -f "$file" ]; then
        fail "a package is missing in $packages: $(ls "$packages")"
    fi
done
echo "::: packages"
ls -l "$packages"/*.deb "$packages"/*.rpm "$packages"/*.tar.gz

echo "::: lintian (as root it says so, and checks the same)"
lintian --fail-on error,warning --display-level '>=warning' "$app_deb" "$sandbox_deb" ||
    fail "lintian reports an error or a warning"

echo "::: rpmlint"
rpmlint_out=$(rpmlint -c packaging/linux/rpmlint.toml "$app_rpm" "$sandbox_rpm" 2>&1) || true
echo "$rpmlint_out"
if echo "$rpmlint_out" | grep -q ': E: '; then
    fail "rpmlint reports an error"
fi
echo "$rpmlint_out" | grep -q ' 0 errors' || fail "rpmlint did not finish its check"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$app_deb" "$work/latchkey"
dpkg-deb -x "$sandbox_deb" "$work/latchkey-sandbox"
app_id=$(sed -n 's/^set(LATCHKEY_APP_ID "\(.*\)")$/\1/p' CMakeLists.txt)

echo "::: the files each package holds"
expect() {
    local root=$1
    shift
    for path in "$@"; do
        [ -e "$root$path" ] || fail "$(basename "$root") has no $path"
    done
}
expect "$work/latchkey" /usr/bin/latchkey "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/man/man1/latchkey.1.gz /usr/share/doc/latchkey/copyright \
    /usr/share/doc/latchkey/changelog.Debian.gz /usr/share/doc/latchkey/admin-guide.md \
    /usr/share/doc/latchkey/policy.conf.example /usr/lib/latchkey/modules/liblatchkey-phonenumbers.so
for size in 16 24 32 48 64 128 256; do
    png="$work/latchkey/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || fail "latchkey has no ${size}x${size} icon"
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG"
done
expect "$work/latchkey-sandbox" /usr/bin/latchkey-sandbox /usr/share/man/man1/latchkey-sandbox.1.gz \
    /usr/share/doc/latchkey-sandbox/copyright /usr/share/doc/latchkey-sandbox/changelog.Debian.gz
for root in "$work/latchkey" "$work/latchkey-sandbox"; do
    [ ! -e "$root/etc" ] || fail "$(basename "$root") installs into /etc, which is the admin's"
done
tar_list=$(tar -tzf "$tarball")
for path in bin/latchkey bin/latchkey-sandbox "share/applications/$app_id.desktop" share/man/man1/latchkey.1.gz; do
    grep -q "^latchkey-$version-linux-[^/]*/$path\$" <<<"$tar_list" || fail "the .tar.gz has no $path"
done
grep -qx /usr/bin/latchkey <<<"$(rpm -qpl "$app_rpm")" || fail "the latchkey .rpm has no /usr/bin/latchkey"
grep -qx /usr/bin/latchkey-sandbox <<<"$(rpm -qpl "$sandbox_rpm")" ||
    fail "the latchkey-sandbox .rpm has no /usr/bin/latchkey-sandbox"
echo "all there"

echo "::: desktop-file-validate"
desktop-file-validate "$work/latchkey/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate"
echo "::: appstreamcli validate --no-net"
appstreamcli validate --no-net "$work/latchkey/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"

echo "::: the installed programs start"
"$work/latchkey/usr/bin/latchkey" --version || fail "the packaged latchkey does not start"
"$work/latchkey-sandbox/usr/bin/latchkey-sandbox" --version || fail "the packaged latchkey-sandbox does not start"

echo "check-packages: all checks passed"
