#!/usr/bin/env bash
# Desktop smoke: the native app under Xvfb draws its window; the screenshot
# is not blank. Prints "ok - ..." / "not ok - ..." lines.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$ROOT/build/native/rolecompare"
OUT="$ROOT/build/artifacts/desktop"
mkdir -p "$OUT"
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }

# A screenshot is "not blank" when it has many distinct colours (text,
# accents, anti-aliasing) rather than a cleared background.
colours() { identify -format '%k' "$1" 2>/dev/null || echo 0; }

shot() {  # name, args...
  local name=$1; shift
  rm -f "$OUT/$name.png"
  xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 6 --size 1280x800 --screenshot "$OUT/$name.png" "$@" \
    >"$OUT/$name.log" 2>&1
  local rc=$? n
  n=$(colours "$OUT/$name.png")
  check "desktop $name: exit 0 (got $rc) and screenshot has $n colours (> 50)" "[[ $rc == 0 && $n -gt 50 ]]"
}

shot overview-light --theme light
shot overview-dark --theme dark

# --data with an invalid file: the errors go to stderr (FILE:...: /pointer: message)
# and the app still runs, on the embedded default.
BADDATA=$(ls "$ROOT"/tests/data/invalid/*duplicate-role*.json | head -1)
[[ -f $BADDATA ]] || BADDATA=$(ls "$ROOT"/tests/data/invalid/*.json | head -1)
XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 6 --size 800x600 --data "$BADDATA" \
  --screenshot "$OUT/bad-data.png" >"$OUT/bad-data.log" 2>&1; rc=$?
n=$(colours "$OUT/bad-data.png")
check "desktop --data invalid: runs on the default (exit $rc, $n colours) and prints the errors" \
  "[[ $rc == 0 && $n -gt 50 ]] && grep -q \"$(basename "$BADDATA"):.*/roles/.*duplicate\" \"$OUT/bad-data.log\""
