#!/bin/sh
# Runs a test on a private D-Bus session with its own unlocked gnome-keyring (a real Secret Service), in a
# throwaway home, so keychain tests never touch the developer's keyring. Missing tools fail the test.
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 program [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run-with-keyring: $tool is not installed" >&2; exit 127; }
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config"
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export HOME="$scratch/home" LATCHKEY_TEST_HOME="$scratch/home"
unset DBUS_SESSION_BUS_ADDRESS QT_NO_GLIB
dbus-run-session -- sh -c '
    printf keyring-password | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    daemon=$!
    # Wait (at most 10 s) until the Secret Service is on the bus.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ $tries -gt 100 ]; then echo "run-with-keyring: the keyring did not start" >&2; kill $daemon; exit 1; fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill $daemon 2>/dev/null || true
    wait $daemon 2>/dev/null || true
    exit $status
' run-with-keyring "$@"
