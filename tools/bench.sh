#!/usr/bin/env bash
# ./dev bench: builds the widget and the bare ImGui baseline (bench/hello) in
# release mode, as ./dev does (native Release in build/native, web MinSizeRel
# in build/web), then measures both in one run (tools/bench.mjs: bytes,
# start-up, idle, memory in headless Chromium; native frame cost with the
# headless harness), then the native search cost per keystroke
# (bench/search.cpp, build/bench-search.json). Prints a table, writes
# build/bench.json, and exits non-zero when a figure is over its budget
# (docs/performance.md).
# Usage: tools/bench.sh [tools/bench.mjs options: --runs N --idle-seconds S --frames N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
B="$ROOT/build"
export NODE_PATH=/usr/share/nodejs   # emcc's JS tools need Debian's acorn etc.
JOBS="${JOBS:-$(nproc)}"
log() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

start=$(date +%s)
log "native Release: the app, the frame benchmarks"
cmake -S "$ROOT" -B "$B/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$B/native" -j"$JOBS" --target rolecompare rc_bench_frames rc_bench_hello_native rc_bench_search

log "web MinSizeRel: the widget and the baseline page"
emcmake cmake -S "$ROOT" -B "$B/web" -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build "$B/web" -j"$JOBS" --target rolecompare rc_bench_hello
log "built in $(( $(date +%s) - start )) s; measuring"

rc=0
node "$ROOT/tools/bench.mjs" "$@" || rc=$?
# Search per keystroke (issue 17): native, under 1 ms per keystroke; its own JSON line.
log "native search per keystroke (bench/search.cpp)"
"$B/native/rc_bench_search" > "$B/bench-search.json" || rc=$(( rc ? rc : $? ))
cat "$B/bench-search.json"
log "./dev bench took $(( $(date +%s) - start )) s"
exit $rc
