#!/usr/bin/env bash
# Installs the interop backends' npm packages, exactly as pinned in package-lock.json, into a folder of the
# build directory. Runs as a CTest fixture: the first run installs (npm registry needed), later runs reuse
# the packages as long as the lock file is unchanged.
set -euo pipefail
source_dir=$1
target=$2
for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "npm-ci: '$tool' is missing; the interop tests need Node.js and npm (scripts/install-deps)" >&2
        exit 1
    fi
done
mkdir -p "$target"
stamp="$target/.package-lock.sha256"
wanted=$(sha256sum "$source_dir/package-lock.json" | cut -d' ' -f1)
if [ -d "$target/node_modules" ] && [ "$(cat "$stamp" 2>/dev/null || true)" = "$wanted" ]; then
    echo "npm-ci: node_modules in $target matches package-lock.json"
    exit 0
fi
rm -f "$stamp"
cp -L "$source_dir/package.json" "$source_dir/package-lock.json" "$target/"
echo "npm-ci: installing into $target with $(node --version), npm $(npm --version)"
(cd "$target" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
echo "$wanted" >"$stamp"
