#!/usr/bin/env bash
# Screenshots for issue 11 (docs/issue11-*.png), from the demo (its seed has one Preparing package
# held by "ayse"): the list with the overdue count and the held package, the bench mid-scan with
# product photos, and the refuse question asked after a reason's command barcode.
#   scripts/shots_issue11.sh [SCREENSHOT_TOOL]   (LANGS="en tr", SIZES="1024x768 1920x1080")
# QM_DIR=folder runs the app with the .qm files of that folder (e.g. translations being tried out
# before they are in translations/*.ts).
# The tool is /work/shared/tools/screenshot.sh with its Xvfb screen set from $SCREEN and the
# window moved to 0,0 and sized to the screen (xdotool) before the first step.
set -eu
cd "$(dirname "$0")/.."
TOOL=${1:-/tmp/hf-screenshot.sh}
PY=$PWD/.venv/bin/python
BENCH=2245703351984325P1 BENCH_ITEM=8695957489064   # 3 items with photos, Ready for packaging
REFUSE=2342916609089785P1 REASON=ZZCMDRSN67          # the 2nd reason on the sheet: "Hatalı Ürün"
for lang in ${LANGS:-en tr}; do
  for size in ${SIZES:-1024x768 1920x1080}; do
    home=/tmp/shots11-$lang-$size; rm -rf "$home"; mkdir -p "$home"
    suffix=${size%x*}; [ "$suffix" = 1920 ] && suffix=1080; [ "$lang" = tr ] && suffix=$suffix-tr
    out=/tmp/shots11/$lang-$size
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state SCREEN=$size \
      "$TOOL" --wait 6 --shot list \
      --scan "$BENCH" --wait 2.5 --scan "$BENCH_ITEM" --wait 2.5 --shot bench \
      --scan "$REFUSE" --wait 2.5 --scan "$REASON" --wait 2 --shot question \
      "$out" -- "$PY" -c "import sys, pathlib, instore_app.resources as r
if '${QM_DIR:-}': r.TRANSLATIONS_DIR = pathlib.Path('${QM_DIR:-}')
from instore_app.app import main
sys.exit(main())" --demo --no-sound --language "$lang"
    for shot in list bench question; do cp "$out/$shot.png" "docs/issue11-$shot-$suffix.png"; done
  done
done
