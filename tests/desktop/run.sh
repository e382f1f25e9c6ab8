#!/usr/bin/env bash
# Desktop end to end: the native app under Xvfb draws its window (the
# screenshots are not blank), idles, follows clicks and keeps saved progress.
# Prints "ok - ..." / "not ok - ..." lines.
#   RC_APP=path/to/rolecompare tests/desktop/run.sh   (default build/native/rolecompare)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="${RC_APP:-$ROOT/build/native/rolecompare}"
OUT="$ROOT/build/artifacts/desktop"
mkdir -p "$OUT"
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }

# A screenshot is "not blank" when it has many distinct colours (text,
# accents, anti-aliasing) rather than a cleared background.
colours() { identify -format '%k' "$1" 2>/dev/null || echo 0; }

shot() {  # name, args...
  local name=$1; shift
  rm -f "$OUT/$name.png"
  XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 8 --size 1280x800 --screenshot "$OUT/$name.png" "$@" \
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

# Every character drawn has a glyph. The app names on stderr each character
# its atlas was asked for (the catalogue's and the data's) that no font has,
# "no font has U+0378: drawn as boxes": Japanese and Arabic come from the
# embedded Noto subsets, a custom dataset's other scripts (Devanagari, Hebrew,
# Thai) from the system's fonts (fontconfig; fonts-noto-core).
glyphs() {  # name, args...
  local name=$1; shift
  XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 3 --size 1280x800 --screenshot "$OUT/$name.png" "$@" \
    >"$OUT/$name.log" 2>&1
  local rc=$?
  check "desktop $name: exit 0 (got $rc), every character has a glyph: $(grep -o 'no font has.*' "$OUT/$name.log" | head -c 300)" \
    "[[ $rc == 0 ]] && ! grep -q 'no font has' \"$OUT/$name.log\""
}
glyphs glyphs-en --view compare
glyphs glyphs-ja --lang ja --view compare
glyphs glyphs-ar --lang ar --view quiz
glyphs glyphs-data-ar --data "$ROOT/tests/data/ar.json" --view compare
glyphs glyphs-data-ar-faq --data "$ROOT/tests/data/ar.json" --view faq
SCRIPTS="$OUT/scripts.json"  # tests/data/mini.json with Devanagari, Hebrew and Thai in it
sed -e 's/"Builds software\."/"सॉफ़्टवेयर बनाता है। בונה תוכנה. สร้างซอฟต์แวร์"/' "$ROOT/tests/data/mini.json" > "$SCRIPTS"
glyphs glyphs-system --data "$SCRIPTS" --view overview
# ...and the check can fail: U+0378 (unassigned) is in no font.
NOGLYPH="$OUT/noglyph.json"
sed -e 's/"Builds software\."/"Builds \\u0378 software."/' "$ROOT/tests/data/mini.json" > "$NOGLYPH"
XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 3 --size 800x600 --data "$NOGLYPH" \
  >"$OUT/glyphs-none.log" 2>&1; rc=$?
check "desktop a character no font has: named on stderr (exit $rc)" "[[ $rc == 0 ]] && grep -q 'no font has U+0378: drawn as boxes' \"$OUT/glyphs-none.log\""
# Devanagari's and Thai's clusters are shaped (HarfBuzz, in the font that
# draws their script's letters) into one glyph each: the app names them on
# stderr after each atlas build, "9 clusters shaped, one glyph each: सॉ फ़्ट
# ...", and those no font could shape, "no font shapes ...". A build without
# shaping draws them one character at a time and says neither.
check "desktop glyphs-system: clusters shaped, one glyph each (a conjunct, Thai marks): $(grep -o '[0-9]* clusters shaped.*' "$OUT/glyphs-system.log" | tail -1 | head -c 300)" \
  "grep -q 'clusters shaped, one glyph each:.* सॉ .*फ़्ट .*ร้ .*ต์' \"$OUT/glyphs-system.log\" && ! grep -q 'no font shapes' \"$OUT/glyphs-system.log\""
# ...and drawn so: the conjunct "क्षि" (क, virama, ष, the i-sign) as the
# dataset's title is about as wide as "क" alone (1.3x); drawn one
# character at a time it is 2.6x (क, ष and the i-sign side by side).
inkWidth() {  # name, title: the ink's width in the title row (left of the text size buttons)
  sed -e "s/\"Three roles, small\"/\"$2\"/" "$ROOT/tests/data/mini.json" > "$OUT/$1.json"
  XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 3 --size 1280x800 --data "$OUT/$1.json" \
    --screenshot "$OUT/$1.png" >"$OUT/$1.log" 2>&1
  convert "$OUT/$1.png" -crop 1150x48+0+0 +repage -fuzz 20% -format '%@' info: 2>/dev/null | sed 's/x.*//'
}
KA=$(inkWidth title-ka "क"); KSHI=$(inkWidth title-kshi "क्षि")
check "desktop a conjunct drawn as one: \"क्षि\" ${KSHI:-?} px wide, \"क\" ${KA:-?} px (< 1.6x)" "(( ${KA:-0} > 5 && ${KSHI:-0} > 0 && ${KSHI:-0} * 10 < ${KA:-0} * 16 ))"

# Idle: with no input, the window blocks in glfwWaitEvents and uses no CPU
# (Xvfb ignores vsync, so a free-running loop would burn a whole core).
XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --size 1280x800 >"$OUT/idle.log" 2>&1 &
XPID=$!
APID=""
for _ in $(seq 50); do APID=$(pgrep -n -f "^$APP --size 1280x800" || true); [[ -n $APID ]] && break; sleep 0.1; done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
sleep 2.5
t0=$(ticks "$APID"); sleep 3; t1=$(ticks "$APID")
kill "$APID" 2>/dev/null; wait "$XPID" 2>/dev/null
hz=$(getconf CLK_TCK)
check "desktop idle: $((t1 - t0)) CPU ticks (1/$hz s) in 3 s without input (< $((hz / 10)))" "[[ -n \"$APID\" && $((t1 - t0)) -lt $((hz / 10)) ]]"

# Every view at 1280x800, light and dark: the views --view takes, as the
# app's help lists them from its view table ("overview, compare, ... or sources").
VIEWS=$("$APP" --help | sed -n 's/.*start view: //p' | sed 's/,/ /g; s/ or / /')
check "desktop --help lists the start views from the view table: $VIEWS" "[[ \"$VIEWS\" == overview* && \$(wc -w <<<\"$VIEWS\") -ge 6 ]]"
for v in $VIEWS; do
  for t in light dark; do shot "view-$v-$t" --view "$v" --theme "$t"; done
done
TOKEN=$("$APP" --make-token 5,5,4,5,4,4,2,1,2,2,2,1,1)
shot view-result-light --answers "$TOKEN" --theme light
shot view-result-dark --answers "$TOKEN" --theme dark

# A data file whose name is not UTF-8 (Latin-1 "café") and whose content is
# broken: the error names it (bytes replaced), and the app still runs.
LATIN1="$OUT/caf"$'\xe9'".json"
printf '{"format": 1, "meta": ' > "$LATIN1"
XDG_CONFIG_HOME="$OUT/cfg" xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --frames 6 --size 800x600 --data "$LATIN1" \
  --screenshot "$OUT/latin1-name.png" >"$OUT/latin1-name.log" 2>&1; rc=$?
check "desktop --data with a non-UTF-8 file name and bad content: runs on the default (exit $rc)" "[[ $rc == 0 ]]"

# Clicks by named targets: the mouse goes through GLFW's real input path
# (the pointer mapping of src/platform/desktop/pointer.h), and the view follows.
xvfb-run -a -s "-screen 0 1400x900x24" node "$ROOT/tests/desktop/click.mjs" "$APP" "$OUT"

# Saved progress: answers made by click come back after a restart; a corrupt
# progress file gives a notice, and the app starts fresh and still works.
xvfb-run -a -s "-screen 0 1400x900x24" node "$ROOT/tests/desktop/progress.mjs" "$APP" "$OUT"
