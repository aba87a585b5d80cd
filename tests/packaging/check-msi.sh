#!/usr/bin/env bash
# check-msi.sh WXS VERSION
#
# TestMsi: builds packaging/windows/latchkey.wxs with msitools' wixl from empty stand-ins for windeployqt's
# output, then reads the MSI's tables (msiinfo export) and checks the upgrade code, the programs, the
# Start-menu shortcut, and that every public property writes an admin default under
# HKLM\Software\Latchkey\latchkey and nothing under Software\Policies.
#
# wixl (Debian 12's msitools 0.101) knows no Component/Condition, Permanent or Property/Secure: the .wxs
# leaves the conditions out when -dWixl=1 is given, and wixl drops the other two attributes. The MSI built
# here is for this check only; releases are built with WiX (packaging/windows/build-msi.ps1).
set -euo pipefail
wxs=$1
version=$2
upgrade_code='{2A2B1D96-339F-4E80-B589-651A9A86E8CD}'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# One small file for every Source the .wxs names.
mkdir payload
grep -oE 'Source(File)?="[$][(]var[.]PayloadDir[)]/[^"]*"' "$wxs" | sed -E 's|^[^/]*/||; s|"$||' | while read -r file; do
    mkdir -p "payload/$(dirname "$file")"
    echo "stand-in for $file" > "payload/$file"
done

wixl -a x64 -D Wixl=1 -D Version="$version" -D PayloadDir=payload -o latchkey.msi "$wxs" 2> wixl.log || {
    cat wixl.log >&2
    echo "FAIL: wixl could not build $wxs" >&2
    exit 1
}

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
table() {
    msiinfo export latchkey.msi "$1" | tr -d '\r' | tail -n +4
}
# A tab-separated row of a table, matched as a whole line (extended regex).
expect_row() {
    local name=$1 pattern=$2 what=$3
    table "$name" | grep -Eq "^${pattern}$" || fail "$what (no row matching '$pattern' in the $name table)"
}

expect_row Property "UpgradeCode	\\$upgrade_code" "the upgrade code is not the fixed one"
expect_row Property "ProductVersion	$version" "the product version is not $version"
expect_row Property "ALLUSERS	1" "not a per-machine install"
expect_row Upgrade "\\$upgrade_code		$version		1		WIX_UPGRADE_DETECTED" "no major upgrade of older versions"
expect_row Upgrade "\\$upgrade_code	$version			2		WIX_DOWNGRADE_DETECTED" "downgrades are not refused"
expect_row File "latchkey\\.exe	LatchkeyExe	latchkey\\.exe	.*" "latchkey.exe is not installed"
expect_row File "latchkey_sandbox\\.exe	SandboxExe	.*latchkey-sandbox\\.exe	.*" "latchkey-sandbox.exe is not installed"
expect_row File "F_platforms_qwindows_dll	.*qwindows\\.dll	.*" "Qt's Windows platform plugin is not installed"
expect_row Directory "D_platforms	INSTALLDIR	platforms" "the platform plugin is not in platforms\\"
expect_row Directory "INSTALLDIR	ProgramFiles64Folder	Latchkey" "not installed in Program Files\\Latchkey"
expect_row Shortcut "StartMenuShortcut	ProgramMenuFolder	Latchkey	LatchkeyExe	.*" "no Start-menu shortcut"

# Public property, registry key under HKLM\Software\Latchkey\latchkey, value name.
properties=(
    "SERVERMODE Server Mode" "SERVERURL Server Url" "ALLOWSANDBOX Server AllowSandbox"
    "VERIFYSERVICESID Verify ServiceSid" "ALLOWEDCHANNELS Auth AllowedChannels"
    "DEFAULTCHANNEL Auth DefaultChannel" "PROXYMODE Network ProxyMode" "PROXYURL Network ProxyUrl"
    "EXTRACAFILE Tls ExtraCaFile" "LANGUAGE UI Language" "HELPDESKTEXT UI HelpDeskText" "LOGLEVEL Logging Level"
)
for entry in "${properties[@]}"; do
    read -r property group name <<< "$entry"
    # Root 2 is HKLM.
    expect_row Registry "[^	]+	2	Software\\\\Latchkey\\\\latchkey\\\\$group	$name	\\[$property\\]	Default_$property" \
        "$property does not write $group\\$name under HKLM\\Software\\Latchkey\\latchkey"
    grep -q "<Property Id=\"$property\" Secure=\"yes\" />" "$wxs" || fail "$property is not a secure public property"
    grep -Eq "<Condition>$property</Condition>" "$wxs" || fail "$property is written even when not given"
done
if table Registry | grep -qi 'Policies'; then
    fail "the MSI writes under Software\\Policies, which belongs to Group Policy"
fi
count=$(table Registry | wc -l)
[ "$count" -eq "${#properties[@]}" ] || fail "the Registry table has $count rows, not ${#properties[@]}"

if [ "$failures" -ne 0 ]; then
    exit 1
fi
echo "latchkey.wxs builds with wixl; upgrade code, files, shortcut and ${#properties[@]} admin-default properties present"
