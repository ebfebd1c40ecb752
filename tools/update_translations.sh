#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the code, then compile them.
#
#   tools/update_translations.sh          # lupdate + lrelease
#
# tenang_id.ts holds the hand-written Indonesian; tenang_en.ts only the plural forms English
# needs ("%n cycle(s)" -> "1 cycle" / "4 cycles"). lupdate keeps existing translations and
# marks new strings "unfinished": tests/ui/test_translations.py fails until they are written.
# Obsolete strings are dropped (-no-obsolete) so the files hold only what the code uses.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VENV_BIN:-.venv/bin}"
out=src/tenang/translations
sources=(src/tenang/ui src/tenang/app.py)

"$bin/pyside6-lupdate" -no-obsolete -locations relative -extensions py \
    "${sources[@]}" -ts "$out/tenang_id.ts"
"$bin/pyside6-lupdate" -no-obsolete -locations relative -extensions py -pluralonly \
    "${sources[@]}" -ts "$out/tenang_en.ts"
for lang in en id; do
    "$bin/pyside6-lrelease" -nounfinished -removeidentical "$out/tenang_$lang.ts" \
        -qm "$out/tenang_$lang.qm"
done
