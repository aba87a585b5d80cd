#!/bin/sh
# Runs a test on a private D-Bus session that can start no services at all: a copy of the session bus
# configuration without its service directories, so no Secret Service exists and none is auto-started.
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 program [args...]" >&2
    exit 2
fi
command -v dbus-run-session >/dev/null 2>&1 || { echo "run-without-secret-service: dbus-run-session is not installed" >&2; exit 127; }
system_config=/usr/share/dbus-1/session.conf
[ -r "$system_config" ] || { echo "run-without-secret-service: $system_config is missing" >&2; exit 127; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-nobus.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
mkdir -p "$scratch/home"
grep -v -e '<standard_session_servicedirs' -e '<servicedir>' "$system_config" > "$scratch/session.conf"
export XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch/home" LATCHKEY_TEST_HOME="$scratch/home"
unset DBUS_SESSION_BUS_ADDRESS QT_NO_GLIB
exec dbus-run-session --config-file="$scratch/session.conf" -- "$@"
