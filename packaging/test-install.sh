#!/usr/bin/env bash
# test-install.sh [--packages DIR] [--base-root DIR] [--keep]
#
# Installs the .deb files on a clean Debian 12 and uses them as an admin and a user would:
#   1. a minimal Debian 12 root (debootstrap --variant=minbase bookworm), made once and kept in --base-root
#      (default /var/cache/latchkey-test-install/bookworm), then copied for each run so it stays clean;
#   2. apt installs latchkey and latchkey-sandbox from --packages (default build/packages), their
#      dependencies coming from the Debian mirror;
#   3. as an unprivileged user: latchkey --version; latchkey-sandbox on a loopback port; a root-owned policy
#      drop-in /etc/latchkey/policy.d/50-test.conf pointing at it; latchkey --check-config names each value
#      and that file; a whole latchkey --tty sign-in through the sandbox, with the code read from its outbox
#      (GET /sandbox/messages?to=...);
#   4. apt purge of both packages, then nothing of theirs is left but the admin's /etc/latchkey.
# A summary is printed at the end; the exit code is 0 when every step passed.
#
# Needs root (chroot, mounts, debootstrap) and network (the Debian mirror); exits with 2 without root.
# Without root, mmdebstrap --mode=unshare can make such a root as an ordinary user, but the steps here
# (chroot, mount) would then have to run inside its user namespace. Not run in CI: it takes minutes and
# needs the network. Build the packages first: packaging/check-packages.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=build/packages
base_root=/var/cache/latchkey-test-install/bookworm
keep=no
mirror=${LATCHKEY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
while [ $# -gt 0 ]; do
    case $1 in
    --packages) packages=$2; shift 2 ;;
    --base-root) base_root=$2; shift 2 ;;
    --keep) keep=yes; shift ;;
    *) echo "usage: $0 [--packages DIR] [--base-root DIR] [--keep]" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "test-install: needs root (debootstrap, chroot, mount); run it with sudo." >&2
    echo "test-install: (mmdebstrap --mode=unshare can build the Debian root without root, but this script" >&2
    echo "test-install: does not run its steps in a user namespace.)" >&2
    exit 2
fi
for tool in debootstrap chroot mount curl python3; do
    command -v "$tool" >/dev/null || { echo "test-install: $tool is missing (scripts/install-deps)" >&2; exit 2; }
done
shopt -s nullglob
debs=("$packages"/latchkey_*.deb "$packages"/latchkey-sandbox_*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 2 ]; then
    echo "test-install: expected latchkey_*.deb and latchkey-sandbox_*.deb in $packages;" \
         "build them with packaging/check-packages.sh" >&2
    exit 2
fi

results=()
failed=0
pass() { results+=("PASS  $*"); echo "test-install: PASS: $*"; }
fail() { results+=("FAIL  $*"); echo "test-install: FAIL: $*" >&2; failed=1; }
summary() {
    echo
    echo "=== test-install summary ==="
    printf '%s\n' "${results[@]}"
    if [ "$failed" -eq 0 ]; then echo "all steps passed"; else echo "some steps FAILED"; fi
}

# 1. The base root, made once.
started=$(date +%s)
if [ ! -x "$base_root/usr/bin/apt-get" ]; then
    echo "test-install: making a Debian 12 root in $base_root (several minutes)"
    rm -rf "$base_root"
    mkdir -p "$(dirname "$base_root")"
    debootstrap --variant=minbase bookworm "$base_root" "$mirror" > "$(dirname "$base_root")/debootstrap.log" 2>&1 || {
        tail -20 "$(dirname "$base_root")/debootstrap.log" >&2
        echo "test-install: debootstrap failed" >&2
        exit 1
    }
    pass "debootstrap --variant=minbase bookworm ($(($(date +%s) - started)) s)"
else
    pass "reused the Debian 12 root in $base_root"
fi

root=$(mktemp -d /var/tmp/latchkey-test-install.XXXXXX)
sandbox_pid=
# $! is the subshell that runs as_user; the sandbox is its child (chroot execs it), so both are stopped.
stop_sandbox() {
    pkill -P "$sandbox_pid" 2>/dev/null || true
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
}

cleanup() {
    set +e
    [ -n "$sandbox_pid" ] && stop_sandbox
    for mount_point in "$root/dev/pts" "$root/dev" "$root/proc"; do
        mountpoint -q "$mount_point" && umount -l "$mount_point"
    done
    if [ "$keep" = yes ]; then
        echo "test-install: kept $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
cp -a "$base_root/." "$root/"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" > "$root/etc/apt/sources.list"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
as_user() {
    chroot --userspec=tester:tester "$root" env -i PATH=/usr/bin:/bin HOME=/home/tester USER=tester \
        LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=/tmp/tester-runtime "$@"
}

# 2. Install with apt, dependencies from the mirror.
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
started=$(date +%s)
if in_root apt-get update -qq > "$root/tmp/apt.log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -q "/tmp/debs/$(basename "${debs[0]}")" \
        "/tmp/debs/$(basename "${debs[1]}")" curl >> "$root/tmp/apt.log" 2>&1; then
    pass "apt-get install latchkey latchkey-sandbox ($(($(date +%s) - started)) s, $(grep -c '^Setting up' "$root/tmp/apt.log") packages set up)"
else
    tail -30 "$root/tmp/apt.log" >&2
    fail "apt-get install latchkey latchkey-sandbox"
    summary
    exit 1
fi
in_root dpkg -L latchkey latchkey-sandbox | sort -u > "$root/tmp/installed-files"

in_root useradd --create-home --shell /bin/bash tester
mkdir -p "$root/tmp/tester-runtime" && in_root chown tester:tester /tmp/tester-runtime && chmod 0700 "$root/tmp/tester-runtime"

# 3a. The program starts.
if version=$(as_user latchkey --version 2>&1); then
    pass "latchkey --version as a user: $version"
else
    fail "latchkey --version: $version"
fi

# 3b. The standalone sandbox on a loopback port it picks; it says where it listens on stdout.
as_user latchkey-sandbox --host 127.0.0.1 --port 0 > "$root/tmp/sandbox.out" 2> "$root/tmp/sandbox.err" &
sandbox_pid=$!
port=
for _ in $(seq 1 100); do
    port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$root/tmp/sandbox.out" "$root/tmp/sandbox.err" 2>/dev/null | head -1 | sed 's/.*://' || true)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -n "$port" ]; then
    pass "latchkey-sandbox listens on 127.0.0.1:$port"
else
    cat "$root/tmp/sandbox.out" "$root/tmp/sandbox.err" >&2
    fail "latchkey-sandbox did not say where it listens"
    summary
    exit 1
fi

# 3c. The admin's drop-in, root-owned and 0644, as the app requires of policy.
install -d -m 0755 "$root/etc/latchkey/policy.d"
cat > "$root/etc/latchkey/policy.d/50-test.conf" <<EOF
[Server]
Mode=backend
Url=http://127.0.0.1:$port

[Auth]
DefaultChannel=sms
RememberMeAllowed=false
EOF
chown root:root "$root/etc/latchkey" "$root/etc/latchkey/policy.d" "$root/etc/latchkey/policy.d/50-test.conf"
chmod 0644 "$root/etc/latchkey/policy.d/50-test.conf"

check_status=0
as_user latchkey --check-config > "$root/tmp/check-config.out" 2>&1 || check_status=$?
source_text='policy (/etc/latchkey/policy.d/50-test.conf), locked'
if grep -q "Server/Url.*http://127.0.0.1:$port" "$root/tmp/check-config.out" &&
    grep -A2 "Server/Url" "$root/tmp/check-config.out" | grep -qF "$source_text" &&
    grep -A2 "Auth/RememberMeAllowed" "$root/tmp/check-config.out" | grep -qF "$source_text"; then
    pass "latchkey --check-config (exit $check_status) shows Server/Url=http://127.0.0.1:$port from $source_text"
else
    cat "$root/tmp/check-config.out" >&2
    fail "latchkey --check-config does not show the drop-in's values and file (exit $check_status)"
fi

# 3d. A whole sign-in on the terminal: prompts on stderr, answers through a FIFO, the code from the outbox.
phone=+12025550142
mkfifo "$root/tmp/tty.in"
chmod 0666 "$root/tmp/tty.in"
as_user latchkey --tty < "$root/tmp/tty.in" > "$root/tmp/tty.out" 2> "$root/tmp/tty.err" &
latchkey_pid=$!
exec 7> "$root/tmp/tty.in"
# Waits until stderr has grown since the last answer and ends with a prompt (the text after the last line
# break matches $1).
answered_at=0
wait_prompt() {
    for _ in $(seq 1 300); do
        if python3 - "$root/tmp/tty.err" "$1" "$answered_at" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8", errors="replace")
sys.exit(0 if len(data) > int(sys.argv[3]) and re.search(sys.argv[2], text.rsplit("\n", 1)[-1]) else 1)
PY
        then return 0; fi
        kill -0 "$latchkey_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
answer() {
    answered_at=$(stat -c %s "$root/tmp/tty.err")
    printf '%s\n' "$1" >&7
}
if wait_prompt 'Username: $'; then
    answer demo
    wait_prompt 'Password: $' && answer latchkey-demo
    # Then, as the backend and the policy have it: the phone step and the code step.
    for _ in 1 2 3 4 5 6; do
        if wait_prompt '(Phone number.*: |Code \(.*: |Remember.*\] |Send the code by.*: )$'; then
            last=$(tail -c 200 "$root/tmp/tty.err" | tail -n 1)
            case $last in
            Phone*) answer "$phone" ;;
            Remember*) answer n ;;
            Send*) answer "" ;;
            Code*)
                code=$(as_user curl -fsS "http://127.0.0.1:$port/sandbox/messages?to=%2B${phone#+}" |
                    python3 -c 'import json, sys; print(json.load(sys.stdin)[-1]["code"])')
                answer "$code"
                break
                ;;
            esac
        fi
    done
fi
exec 7>&-
tty_status=0
wait "$latchkey_pid" || tty_status=$?
if [ "$tty_status" -eq 0 ] && grep -q "Signed in as" "$root/tmp/tty.err"; then
    pass "latchkey --tty signed in through the sandbox: $(grep -o 'Signed in as[^.]*' "$root/tmp/tty.err" | head -1)"
else
    cat "$root/tmp/tty.err" >&2
    fail "latchkey --tty sign-in (exit $tty_status)"
fi
stop_sandbox
sandbox_pid=

# 4. Purge: nothing of the packages is left, the admin's /etc/latchkey is.
if DEBIAN_FRONTEND=noninteractive in_root apt-get purge -y -q latchkey latchkey-sandbox > "$root/tmp/purge.log" 2>&1; then
    pass "apt-get purge latchkey latchkey-sandbox"
else
    tail -20 "$root/tmp/purge.log" >&2
    fail "apt-get purge latchkey latchkey-sandbox"
fi
left=()
while read -r path; do
    [ -e "$root$path" ] || continue
    # Folders other packages own too stay (/usr/bin; hicolor-icon-theme ships the empty icon folders).
    [ -d "$root$path" ] && { [ -n "$(ls -A "$root$path")" ] || in_root dpkg-query -S "$path" >/dev/null 2>&1; } &&
        continue
    left+=("$path")
done < "$root/tmp/installed-files"
shopt -s nullglob
state=("$root"/var/lib/dpkg/info/latchkey*)
shopt -u nullglob
if [ ${#left[@]} -eq 0 ] && [ ${#state[@]} -eq 0 ] && ! in_root dpkg -s latchkey >/dev/null 2>&1; then
    pass "after the purge no file of either package remains"
else
    fail "left after the purge: ${left[*]} ${state[*]}"
fi
if [ -f "$root/etc/latchkey/policy.d/50-test.conf" ]; then
    pass "the admin's /etc/latchkey/policy.d/50-test.conf is kept"
else
    fail "the purge removed the admin's /etc/latchkey"
fi

summary
[ "$failed" -eq 0 ]
