#!/usr/bin/env bash
# The desktop binary's command line. Prints "ok - ..." / "not ok - ..." lines.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$ROOT/build/native/rolecompare"
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }

out=$("$APP" --version); rc=$?
check "--version prints the version" "[[ $rc == 0 && \"\$out\" == rolecompare\ * ]]"
out=$("$APP" --help); rc=$?
check "--help prints usage" "[[ $rc == 0 && \"\$out\" == *--validate* ]]"
"$APP" --bogus >/dev/null 2>&1; rc=$?
check "an unknown option exits 2" "[[ $rc == 2 ]]"

out=$("$APP" --validate "$ROOT/assets/roles/ml-vs-swe.json"); rc=$?
echo "# $out"
check "--validate on the shipped dataset exits 0 with a summary" "[[ $rc == 0 && \"\$out\" == *roles* ]]"

n=0
for f in "$ROOT"/tests/data/invalid/*.json; do
  [[ -f $f ]] || continue
  n=$((n + 1))
  out=$("$APP" --validate "$f" 2>&1); rc=$?
  base=$(basename "$f")
  check "--validate $base exits 1 and names the file" "[[ $rc == 1 && \"\$out\" == *$base* ]]"
done
check "there are at least 25 invalid datasets ($n)" "[[ $n -ge 25 ]]"
