#!/usr/bin/env bash
# Screenshots of the courier handover (docs/handover-1024.png, docs/handover-1080.png), from the
# demo: the handover page (ZZCMDHANDOVER), Aras Kargo chosen by its code, two of its parcels
# handed over, then an MNG Kargo parcel refused as the wrong carrier.
#   scripts/shots_handover.sh [SCREENSHOT_TOOL]   (SIZES="1024x768 1920x1080")
# The tool is /work/shared/tools/screenshot.sh with its Xvfb screen set from $SCREEN and the
# window moved to 0,0 and sized to the screen (xdotool) before the first step, as for
# scripts/shots_issue11.sh.
set -eu
cd "$(dirname "$0")/.."
TOOL=${1:-/tmp/hf-screenshot.sh}
ARAS=ZZCARGO731 ARAS_1=2301195203146132P1 ARAS_2=2324369747000181P1 MNG=2349257059451159P1
for size in ${SIZES:-1024x768 1920x1080}; do
  home=/tmp/shots-handover-$size; rm -rf "$home"; mkdir -p "$home"
  suffix=${size%x*}; [ "$suffix" = 1920 ] && suffix=1080
  out=/tmp/shots-handover/$size
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state SCREEN=$size \
    "$TOOL" --wait 6 --scan ZZCMDHANDOVER --wait 2 --scan "$ARAS" --wait 1.5 \
    --scan "$ARAS_1" --wait 1.5 --scan "$ARAS_2" --wait 1.5 --scan "$MNG" --wait 1.5 --shot handover \
    "$out" -- "$PWD/.venv/bin/instore-app" --demo --no-sound
  cp "$out/handover.png" "docs/handover-$suffix.png"
done
