#!/usr/bin/env bash
# Build the frozen Tenang (PyInstaller, onedir) and run its --self-check. Linux and macOS.
#
#   bash packaging/pyinstaller/build.sh
#
# Everything lands under build/pyinstaller/ (git-ignored): its own venv (PyInstaller and a
# regular, non-editable install of Tenang from this checkout), PyInstaller's work folder and
# dist/tenang/, the program folder to ship. Needs the package index (pip), nothing else.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/build/pyinstaller"
python="${PYTHON:-python3}"
pyinstaller_version="6.22.3"

start=$(date +%s)
mkdir -p "$out"
if [[ ! -x "$out/venv/bin/python" ]]; then
    "$python" -m venv "$out/venv"
fi
"$out/venv/bin/python" -m pip install -q --upgrade pip
"$out/venv/bin/python" -m pip install -q "pyinstaller==$pyinstaller_version"
# --force-reinstall of tenang only, so a rebuild picks up changed sources and assets.
"$out/venv/bin/python" -m pip install -q --force-reinstall --no-deps "$root"
"$out/venv/bin/python" -m pip install -q "$root"

"$out/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" "$root/packaging/pyinstaller/tenang.spec"

echo "== self-check of the frozen program"
QT_QPA_PLATFORM=offscreen SDL_AUDIODRIVER=dummy "$out/dist/tenang/tenang" --self-check
QT_QPA_PLATFORM=offscreen "$out/dist/tenang/tenang-cli" sessions list >/dev/null
"$out/dist/tenang/tenang" --version

end=$(date +%s)
echo "== built $out/dist/tenang in $((end - start)) s; size $(du -sh "$out/dist/tenang" | cut -f1)"
