#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metainfo with the freedesktop tools.
# Zero errors, zero warnings, zero infos, zero pedantic notes: any remark at all fails.
# Installs Debian's desktop-file-utils and appstream when they are missing (CI runs as root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="io.github.tenangapp.tenang"

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "desktop-file-validate $app_id.desktop"
out="$(desktop-file-validate "$here/$app_id.desktop" 2>&1)" || { echo "$out"; exit 1; }
# It exits 0 on warnings and hints: any output at all is a failure here.
if [[ -n "$out" ]]; then echo "$out"; exit 1; fi

echo "appstreamcli validate --no-net --pedantic $app_id.metainfo.xml"
out="$(appstreamcli validate --no-net --pedantic --explain "$here/$app_id.metainfo.xml" 2>&1)" \
    || { echo "$out"; exit 1; }
issues="$(grep -E '^[EWIP]: ' <<<"$out" || true)"
if [[ -n "$issues" ]]; then echo "$out"; exit 1; fi
echo "both valid, nothing to remark"
