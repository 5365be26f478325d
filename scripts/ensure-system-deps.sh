#!/usr/bin/env bash
# Make sure the Debian packages that the Qt wheels link against are installed.
#   scripts/ensure-system-deps.sh test   offscreen Qt (tests, benchmarks)
#   scripts/ensure-system-deps.sh gui    a real window (make demo): test + the xcb platform plugin
#   scripts/ensure-system-deps.sh cups   a print spooler with a PDF printer and poppler's tools
#                                        (tests/test_print_cups.py prints a label through it)
# Installs what is missing with apt-get when root (or passwordless sudo); otherwise prints the
# exact command to run and exits 1. On a system without dpkg-query it only prints a note.
set -euo pipefail

mode=${1:-test}

test_pkgs=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
           libpulse0 fonts-dejavu-core)
gui_pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxrandr2 libxcb-xinerama0 libxcb-randr0)
cups_pkgs=(cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils)

case "$mode" in
  test) wanted=("${test_pkgs[@]}") ;;
  gui)  wanted=("${test_pkgs[@]}" "${gui_pkgs[@]}") ;;
  cups) wanted=("${cups_pkgs[@]}") ;;
  *) echo "usage: $0 test|gui|cups" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system deps: no dpkg-query (not Debian/Ubuntu); make sure Qt's runtime libraries are installed:" \
       "${wanted[*]} (Debian names)"
  exit 0
fi

missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system deps ($mode): all ${#wanted[@]} Debian packages present"
  exit 0
fi

apt_install=(apt-get install -y -q --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "system deps ($mode): missing Debian packages: ${missing[*]}" >&2
  if [ "$mode" = cups ]; then
    echo "Printing through a real spooler cannot be tested without them. Install them with:" >&2
  else
    echo "Qt cannot start without them. Install them with:" >&2
  fi
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "system deps ($mode): installing missing Debian packages: ${missing[*]}"
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "${apt_install[@]}"
echo "system deps ($mode): installed ${#missing[@]} packages"
