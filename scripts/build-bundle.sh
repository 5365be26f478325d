#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle dist/instore-app/ and prove it works.
#   bash scripts/build-bundle.sh          (make bundle runs it after installing .venv)
#
# 1. installs the pinned build tools (packaging/requirements-build.txt) into the venv,
# 2. compiles translations/*.ts to .qm with pyside6-lrelease, when there are any,
# 3. runs PyInstaller with packaging/instore-app.spec into dist/instore-app/,
# 4. runs the bundle's own `instore-app --self-test` offscreen: it packs a package against the
#    embedded simulator from inside the bundle; the build fails unless it passes,
# 5. prints the build time and the bundle's size.
# Environment: VENV (default .venv), SELF_TEST_TIMEOUT (default 120 s, the whole process).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
BIN=$VENV/bin
[ -d "$BIN" ] || BIN=$VENV/Scripts  # a Windows venv (Git Bash)
VPY=$BIN/python
[ -x "$VPY" ] || VPY=$BIN/python.exe
NAME=instore-app
DIST=dist
BUNDLE=$DIST/$NAME
WORK=build/pyinstaller
started=$(date +%s)

if [ ! -x "$VPY" ]; then
  echo "build-bundle: no $VPY; run 'make install' first (or 'make bundle', which does)" >&2
  exit 1
fi

# On Linux PyInstaller reads shared-library dependencies with objdump (binutils), and
# bundles the Python shared library, which Debian's python3 keeps in libpython3.X.
missing=()
if [ "$(uname -s)" = Linux ]; then
  command -v objdump >/dev/null 2>&1 || missing+=(binutils)
  libpython=$("$VPY" -c 'import sysconfig; print(sysconfig.get_config_var("INSTSONAME") or "")')
  pyver=$("$VPY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  libdir=$("$VPY" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
  if [ -n "$libpython" ] && [ ! -e "$libdir/$libpython" ] && ! ldconfig -p 2>/dev/null | grep -q "$libpython"; then
    command -v dpkg-query >/dev/null 2>&1 && missing+=("libpython$pyver")
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "build-bundle: installing ${missing[*]} (PyInstaller needs them)"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n apt-get update -q && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "build-bundle: PyInstaller needs: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "build-bundle: installing the build tools (packaging/requirements-build.txt)"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$VPY" -m pip install -q -r packaging/requirements-build.txt

shopt -s nullglob
sources=(translations/*.ts)
if [ ${#sources[@]} -gt 0 ]; then
  lrelease=$BIN/pyside6-lrelease
  [ -x "$lrelease" ] || lrelease=$BIN/pyside6-lrelease.exe
  if [ ! -x "$lrelease" ]; then
    echo "build-bundle: translations/*.ts exist but $lrelease does not" >&2
    exit 1
  fi
  echo "build-bundle: compiling ${#sources[@]} translation(s) with pyside6-lrelease"
  "$lrelease" -silent "${sources[@]}"
fi
compiled=(translations/*.qm)
shopt -u nullglob

echo "build-bundle: running PyInstaller (packaging/instore-app.spec)"
rm -rf "$BUNDLE" "$WORK"
pyinstaller_started=$(date +%s)
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/instore-app.spec
built=$(date +%s)

exe=$BUNDLE/$NAME
[ -x "$exe" ] || exe=$BUNDLE/$NAME.exe
if [ ! -x "$exe" ]; then
  echo "build-bundle: PyInstaller made no $BUNDLE/$NAME" >&2
  exit 1
fi
data=$BUNDLE/_internal
for file in resources/sounds/ok.wav resources/icons/instore-app-256.png resources/icons/instore-app.ico; do
  [ -f "$data/$file" ] || { echo "build-bundle: the bundle lacks $file" >&2; exit 1; }
done
for qm in "${compiled[@]}"; do
  [ -f "$data/translations/$(basename "$qm")" ] || { echo "build-bundle: the bundle lacks $qm" >&2; exit 1; }
done

echo "build-bundle: self-test of the bundle: $exe --self-test"
status=0
QT_QPA_PLATFORM=offscreen timeout "${SELF_TEST_TIMEOUT:-120}" "$exe" --self-test || status=$?
tested=$(date +%s)
if [ "$status" -ne 0 ]; then
  echo "build-bundle: the bundle's self-test FAILED (exit status $status)" >&2
  exit 1
fi

size=$(du -sh "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "build-bundle: $BUNDLE: $size in $files files ($(du -sh "$data" | cut -f1) in _internal/)"
echo "build-bundle: PyInstaller $((built - pyinstaller_started)) s, self-test $((tested - built)) s," \
     "total $((tested - started)) s"
