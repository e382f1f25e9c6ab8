#!/usr/bin/env bash
# Runs every test suite after ./dev test has built build/asan, build/native
# and build/web. Each suite reports its own cases; this script adds them up
# and ends with one line: "tests: N passed, M failed". Exit 1 on any failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
B="$ROOT/build"
ART="$B/artifacts"
mkdir -p "$ART"
export NODE_PATH=/usr/share/nodejs
PASSED=0 FAILED=0
FAILED_SUITES=()

# Adds a Catch2 run's test-case counts. Catch2 ends with either
# "All tests passed (A assertions in N test cases)" or
# "test cases: N | P passed | F failed".
catch_suite() {
  local name=$1; shift
  local log="$ART/$name.log" rc p f
  echo "== $name: $*"
  "$@" >"$log" 2>&1; rc=$?
  tail -n 3 "$log"
  if line=$(grep -E "^All tests passed" "$log" | tail -1) && [[ -n $line ]]; then
    p=$(sed -E 's/.* in ([0-9]+) test case.*/\1/' <<<"$line"); f=0
  elif line=$(grep -E "^test cases:" "$log" | tail -1) && [[ -n $line ]]; then
    p=$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line"); [[ $p =~ ^[0-9]+$ ]] || p=0
    f=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line"); [[ $f =~ ^[0-9]+$ ]] || f=0
  else
    p=0; f=1
  fi
  if ((rc != 0 && f == 0)); then f=1; fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  ((f == 0)) || FAILED_SUITES+=("$name (see $log)")
}

# Adds a script's "ok - ..." / "not ok - ..." lines (TAP-like).
tap_suite() {
  local name=$1; shift
  local log="$ART/$name.log" rc p f
  echo "== $name: $*"
  "$@" 2>&1 | tee "$log"; rc=${PIPESTATUS[0]}
  p=$(grep -c "^ok - " "$log"); f=$(grep -c "^not ok - " "$log")
  if ((rc != 0 && f == 0)); then f=1; fi
  if ((p == 0 && f == 0)); then f=1; fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  ((f == 0)) || FAILED_SUITES+=("$name (see $log)")
}

catch_suite unit-native-asan env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$B/asan/rc_unit" --use-colour no
catch_suite ui-native-asan env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$B/asan/rc_ui_unit" --use-colour no
catch_suite unit-wasm node "$B/web/rc_unit.js" --use-colour no
tap_suite fuzz-regress bash -c "bash '$ROOT/tools/fuzz.sh' build >'$ART/fuzz-build.log' 2>&1 || { tail -20 '$ART/fuzz-build.log'; echo 'not ok - fuzz build'; exit 1; }; bash '$ROOT/tools/fuzz.sh' regress 20000"
tap_suite soak-short bash "$ROOT/tools/soak.sh" short
tap_suite source node "$ROOT/tests/source/glyphs.mjs"
tap_suite source-catalogue node "$ROOT/tests/source/catalogue_keys.mjs"
tap_suite cli bash "$ROOT/tests/cli/run.sh"
tap_suite desktop bash "$ROOT/tests/desktop/run.sh"
tap_suite browser node "$ROOT/tests/browser/run.mjs"
# Chromium, Firefox and WebKit: one browser each for the whole suite; the
# last two headful, so under Xvfb (Chromium runs headless inside it too).
tap_suite engines xvfb-run -a -s "-screen 0 1600x1200x24" node "$ROOT/tests/engines/run.mjs"

echo
if ((${#FAILED_SUITES[@]})); then printf 'failed suite: %s\n' "${FAILED_SUITES[@]}"; fi
echo "tests: $PASSED passed, $FAILED failed"
((FAILED == 0))
