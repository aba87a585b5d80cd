<#
.SYNOPSIS
Builds Latchkey's MSI from a Windows build: windeployqt gathers Qt next to the programs, WiX v3's candle and
light make the installer from packaging/windows/latchkey.wxs.

.DESCRIPTION
Run on Windows, in a shell where Qt 6's bin folder (windeployqt) and WiX Toolset v3 (candle.exe, light.exe;
or the WIX environment variable its installer sets) are found, after building Latchkey (Release) into
-BuildDir. The libraries Latchkey links besides Qt (QtKeychain, libsodium, libphonenumber, zxcvbn) are not
found by windeployqt: pass the folder that holds their DLLs with -LibraryDir.

The payload must hold exactly the files latchkey.wxs installs. The script stops, naming each difference,
when windeployqt produced a file the .wxs does not list or the .wxs lists one that is missing: then update
the .wxs (and TestMsi's expectations if the layout changed), rather than let a file go uninstalled.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1 -BuildDir build -LibraryDir C:\vcpkg\installed\x64-windows\bin
#>
[CmdletBinding()]
param(
    [string] $BuildDir = "build",
    [Parameter(Mandatory = $true)] [string] $LibraryDir,
    # Default: the project's version, read from CMakeCache.txt (CMAKE_PROJECT_VERSION).
    [string] $Version = "",
    [string] $OutputDir = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$source = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$wxs = Join-Path $PSScriptRoot "latchkey.wxs"
$BuildDir = (Resolve-Path $BuildDir).Path
if (-not $OutputDir) { $OutputDir = Join-Path $BuildDir "packages" }
New-Item -ItemType Directory -Force -Path $OutputDir | Out-Null

function Find-Tool([string] $name, [string[]] $extraFolders) {
    $command = Get-Command $name -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    foreach ($folder in $extraFolders) {
        if ($folder -and (Test-Path (Join-Path $folder $name))) { return (Join-Path $folder $name) }
    }
    throw "build-msi: $name not found; put it on PATH"
}

function Invoke-Checked([string] $tool, [string[]] $arguments) {
    Write-Host "> $tool $($arguments -join ' ')"
    & $tool @arguments
    if ($LASTEXITCODE -ne 0) { throw "build-msi: $tool exited with $LASTEXITCODE" }
}

if (-not $Version) {
    $cache = Get-Content (Join-Path $BuildDir "CMakeCache.txt")
    $line = $cache | Where-Object { $_ -match '^CMAKE_PROJECT_VERSION:STATIC=(.+)$' } | Select-Object -First 1
    if (-not $line) { throw "build-msi: no CMAKE_PROJECT_VERSION in $BuildDir\CMakeCache.txt; pass -Version" }
    $Version = ($line -split '=', 2)[1]
}
if ($Version -notmatch '^\d+\.\d+\.\d+$') { throw "build-msi: an MSI version has three numbers, not '$Version'" }

$windeployqt = Find-Tool "windeployqt.exe" @()
$wixBin = if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" }
$candle = Find-Tool "candle.exe" @($wixBin)
$light = Find-Tool "light.exe" @($wixBin)

# The payload: the two programs, Qt through windeployqt, the other libraries, the icon.
$payload = Join-Path $BuildDir "msi\payload"
if (Test-Path $payload) { Remove-Item -Recurse -Force $payload }
New-Item -ItemType Directory -Force -Path $payload | Out-Null
foreach ($program in "latchkey.exe", "latchkey-sandbox.exe") {
    Copy-Item (Join-Path $BuildDir "bin\$program") $payload
}
# --no-compiler-runtime: the MSVC runtime comes from Microsoft's redistributable, which the fleet installs
# once, not from each application.
# Qt's own strings in the languages Latchkey is translated to (Latchkey's are compiled into the program).
$deployArguments = @("--release", "--no-compiler-runtime", "--no-quick-import", "--translations", "de,es,fr",
    "--dir", $payload)
Invoke-Checked $windeployqt ($deployArguments + @((Join-Path $payload "latchkey.exe")))
Invoke-Checked $windeployqt ($deployArguments + @((Join-Path $payload "latchkey-sandbox.exe")))
foreach ($library in "qt6keychain.dll", "libsodium.dll", "phonenumber.dll", "zxcvbn.dll") {
    $path = Join-Path $LibraryDir $library
    if (-not (Test-Path $path)) { throw "build-msi: $library is not in $LibraryDir" }
    Copy-Item $path $payload
}
Copy-Item (Join-Path $PSScriptRoot "latchkey.ico") $payload

# Exactly what the .wxs installs, both ways.
$listed = [regex]::Matches((Get-Content -Raw $wxs), 'Source(File)?="\$\(var\.PayloadDir\)/([^"]+)"') |
    ForEach-Object { $_.Groups[2].Value.Replace('/', '\').ToLowerInvariant() } | Sort-Object -Unique
$staged = Get-ChildItem -Recurse -File $payload |
    ForEach-Object { $_.FullName.Substring($payload.Length + 1).ToLowerInvariant() } | Sort-Object -Unique
$difference = Compare-Object -ReferenceObject $listed -DifferenceObject $staged
if ($difference) {
    foreach ($entry in $difference) {
        if ($entry.SideIndicator -eq '=>') {
            Write-Error "build-msi: windeployqt produced $($entry.InputObject), which latchkey.wxs does not install" -ErrorAction Continue
        } else {
            Write-Error "build-msi: latchkey.wxs installs $($entry.InputObject), which is not in the payload" -ErrorAction Continue
        }
    }
    throw "build-msi: the payload and latchkey.wxs differ; update latchkey.wxs"
}

$objDir = Join-Path $BuildDir "msi\obj"
New-Item -ItemType Directory -Force -Path $objDir | Out-Null
$wixobj = Join-Path $objDir "latchkey.wixobj"
$msi = Join-Path $OutputDir "latchkey-$Version-x64.msi"
Invoke-Checked $candle @("-nologo", "-arch", "x64", "-dVersion=$Version", "-dPayloadDir=$payload", "-out", $wixobj, $wxs)
Invoke-Checked $light @("-nologo", "-out", $msi, $wixobj)
Write-Host "build-msi: $msi"
Write-Host "Silent install: msiexec /i `"$msi`" /qn SERVERURL=https://auth.example.org"
