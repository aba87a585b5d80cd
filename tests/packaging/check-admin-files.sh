#!/usr/bin/env bash
# check-admin-files.sh SCHEMA_PROGRAM SOURCE_DIR [INFO_PLIST]
#
# TestAdminFiles: regenerates the admin files (packaging/admin/generate-admin-files.py) into a temporary
# folder and fails when a committed one differs, then checks that the ADMX/ADML files are well-formed XML
# (xmllint) and that the macOS profile and, when given, the configured Info.plist are property lists
# (plistutil).
set -euo pipefail
schema_program=$1
source_dir=$2
info_plist=${3:-}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$source_dir/packaging/admin/generate-admin-files.py" \
    --schema-program "$schema_program" --source "$source_dir" --output "$work"

generated=(
    packaging/windows/latchkey.admx
    packaging/windows/en-US/latchkey.adml
    packaging/windows/de-DE/latchkey.adml
    packaging/macos/app.latchkey.latchkey.mobileconfig
    docs/admin-guide.md
    packaging/linux/latchkey.1.in
)
stale=0
for file in "${generated[@]}"; do
    if [ ! -f "$work/$file" ]; then
        echo "FAIL: the generator did not write $file" >&2
        stale=1
    elif ! diff -u "$source_dir/$file" "$work/$file" >&2; then
        echo "FAIL: $file is not what generate-admin-files.py makes now;" \
             "run: cmake --build build --target admin-files" >&2
        stale=1
    fi
done
[ "$stale" -eq 0 ] || exit 1

for file in packaging/windows/latchkey.admx packaging/windows/en-US/latchkey.adml \
            packaging/windows/de-DE/latchkey.adml packaging/macos/app.latchkey.latchkey.mobileconfig; do
    xmllint --noout "$source_dir/$file"
done

# Every policy the ADMX defines has a display name and an explanation in each ADML.
policies=$(grep -o '<policy name="[^"]*"' "$source_dir/packaging/windows/latchkey.admx" | cut -d'"' -f2)
count=$(echo "$policies" | wc -l)
for language in en-US de-DE; do
    adml=$source_dir/packaging/windows/$language/latchkey.adml
    for policy in $policies; do
        for id in "$policy" "${policy}_Explain"; do
            if ! grep -q "<string id=\"$id\">" "$adml"; then
                echo "FAIL: $adml has no string $id" >&2
                exit 1
            fi
        done
    done
done

check_plist() {
    # plistutil converts to binary and back: it fails on anything that is not a property list.
    if ! plistutil -i "$1" -f bin -o "$work/check.bin" || ! plistutil -i "$work/check.bin" -o "$work/check.xml"; then
        echo "FAIL: $1 is not a property list" >&2
        exit 1
    fi
    if ! grep -q "<key>$2</key>" "$work/check.xml"; then
        echo "FAIL: $1 has no $2" >&2
        exit 1
    fi
}
check_plist "$source_dir/packaging/macos/app.latchkey.latchkey.mobileconfig" app.latchkey.latchkey
if [ -n "$info_plist" ]; then
    check_plist "$info_plist" CFBundleIdentifier
    grep -A1 '<key>CFBundleIdentifier</key>' "$work/check.xml" | grep -q '<string>app.latchkey.latchkey</string>' || {
        echo "FAIL: $info_plist: CFBundleIdentifier is not app.latchkey.latchkey" >&2
        exit 1
    }
fi
echo "admin files current; $count policies in the ADMX, en-US and de-DE ADML, profile and XML well-formed"
