#!/bin/sh
# Refreshes resources/translations/*.ts from every source folder (src/ and the
# Designer forms in ui/). New strings arrive as type="unfinished": translate
# them in Qt Linguist (/usr/lib/qt6/bin/linguist) or in the XML directly; the
# ctest "ui.translations_complete" fails until every string is translated.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)

cd "$top"
for ts in resources/translations/*.ts; do
    "$lupdate" -no-obsolete -locations none -extensions cpp,h,ui src ui -ts "$ts"
done
