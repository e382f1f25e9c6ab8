#!/usr/bin/env bash
# libFuzzer targets for the core parsers (tests/fuzz/, cmake/fuzz.cmake).
#   tools/fuzz.sh build          configure and build build/fuzz (clang-14, ASan + UBSan)
#   tools/fuzz.sh run SECONDS    fuzz each target for SECONDS; the growing corpus lives in
#                                build/fuzz/corpus/<target>, seeded from tests/fuzz/corpus/<target>;
#                                crashes are saved as build/fuzz/crashes/<target>/crash-*
#   tools/fuzz.sh regress RUNS   each target for a fixed number of runs over the committed
#                                corpus and reproducers (tests/fuzz/repro/<target>/);
#                                prints "ok - fuzz <target>: ..." / "not ok - ...", exit 1 on a crash
# Targets: dataset token params host pack text (FUZZ_TARGETS="token host" picks some).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
B="$ROOT/build/fuzz"
TARGETS=(${FUZZ_TARGETS:-dataset token params host pack text})
JOBS="${JOBS:-1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

die() { echo "fuzz.sh: $*" >&2; exit 2; }

# Largest input libFuzzer may try, per target (datasets are bigger than tokens).
max_len() { case $1 in dataset) echo 65536;; host) echo 8192;; *) echo 4096;; esac; }

# "#123 DONE cov: 456 ft: ..." -> value of a key in libFuzzer's last status line.
stat_of() { grep -E '^#[0-9]+' "$1" | tail -1 | sed -nE "s/.*[ ]$2: ([0-9]+).*/\1/p"; }
# -print_final_stats=1: "stat::number_of_executed_units: 1234"
final_stat() { sed -nE "s/^stat::$2: *([0-9]+).*/\1/p" "$1" | tail -1; }

cmd_build() {
  command -v clang++-14 >/dev/null || die "clang++-14 not found (apt-get install clang-14 libclang-rt-14-dev)"
  CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$B" -DRC_FUZZ=ON -DRC_NATIVE_ONLY=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || die "configure failed"
  cmake --build "$B" --target rc_fuzz -j"$JOBS" || die "build failed"
}

need_built() { for t in "${TARGETS[@]}"; do [[ -x $B/fuzz_$t ]] || die "$B/fuzz_$t missing: run tools/fuzz.sh build"; done; }

cmd_run() {
  local secs=${1:-60} t log crashes rc
  [[ $secs =~ ^[0-9]+$ ]] || die "run wants SECONDS"
  need_built
  local failed=0
  for t in "${TARGETS[@]}"; do
    local corpus="$B/corpus/$t" art="$B/crashes/$t"
    mkdir -p "$corpus" "$art"
    cp -n "$ROOT/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null
    log="$B/fuzz_$t.log"
    echo "== fuzz $t: ${secs}s"
    "$B/fuzz_$t" "$corpus" -max_total_time="$secs" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$art/" >"$log" 2>&1; rc=$?
    crashes=$(find "$art" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    printf '   executions %s, cov %s, ft %s, corpus %s files, exit %s, crashes %s\n' \
      "$(final_stat "$log" number_of_executed_units)" "$(stat_of "$log" cov)" "$(stat_of "$log" ft)" \
      "$(ls "$corpus" | wc -l)" "$rc" "$crashes"
    if ((rc != 0 || crashes > 0)); then
      failed=1
      grep -E "ERROR|SUMMARY|invariant|Test unit written" "$log" | head -5 | sed 's/^/   /'
      echo "   see $log and $art/"
    fi
  done
  return $failed
}

cmd_regress() {
  local runs=${1:-20000} t log rc start
  [[ $runs =~ ^[0-9]+$ ]] || die "regress wants RUNS"
  need_built
  local failed=0
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT   # tmp is global: the trap runs after this function returns
  for t in "${TARGETS[@]}"; do
    local dirs=("$ROOT/tests/fuzz/corpus/$t")
    [[ -d $ROOT/tests/fuzz/repro/$t ]] && dirs+=("$ROOT/tests/fuzz/repro/$t")
    mkdir -p "$tmp/$t" "$tmp/art-$t"
    log="$tmp/$t.log"
    start=$(date +%s.%N)
    # The first corpus dir receives new inputs: a scratch dir keeps the repo clean.
    # A fixed seed makes a run repeatable.
    "$B/fuzz_$t" "$tmp/$t" "${dirs[@]}" -runs="$runs" -seed=1 -max_len="$(max_len "$t")" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$tmp/art-$t/" >"$log" 2>&1; rc=$?
    local secs
    secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}')
    local n cov
    n=$(final_stat "$log" number_of_executed_units); cov=$(stat_of "$log" cov)
    if ((rc == 0)); then
      echo "ok - fuzz $t: ${n:-?} runs, cov ${cov:-?} (${secs}s)"
    else
      failed=1
      echo "not ok - fuzz $t: exit $rc after ${n:-?} runs (${secs}s)"
      grep -E "ERROR|SUMMARY|invariant" "$log" | head -5 | sed 's/^/#   /'
      mkdir -p "$B/regress-failures" && cp "$log" "$B/regress-failures/$t.log" &&
        cp "$tmp/art-$t/"* "$B/regress-failures/" 2>/dev/null
      echo "#   log and crash input in $B/regress-failures/"
    fi
  done
  return $failed
}

case "${1:-}" in
  build) cmd_build;;
  run) shift; cmd_run "$@";;
  regress) shift; cmd_regress "$@";;
  *) echo "usage: tools/fuzz.sh build | run SECONDS | regress RUNS" >&2; exit 2;;
esac
