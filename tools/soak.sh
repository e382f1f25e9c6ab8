#!/usr/bin/env bash
# Long-session soak of the real UI with no window (tests/soak/soak.cpp).
#   tools/soak.sh short     ~3,000 frames (under a minute)
#   tools/soak.sh long      200,000 frames
#   tools/soak.sh N [SEED]  N frames
# Builds rc_soak in build/soak (RelWithDebInfo with asserts on: ImGui's
# IM_ASSERT fails the run). Prints "ok - soak ..." or "not ok - soak ...".
# SOAK_SEED picks the random seed (default 1; a failure prints its seed).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
B="${SOAK_BUILD:-$ROOT/build/soak}"
JOBS="${JOBS:-1}"

case "${1:-short}" in
  short) frames=3000;;
  long) frames=200000;;
  *[!0-9]*) echo "usage: tools/soak.sh short | long | FRAMES [SEED]" >&2; exit 2;;
  *) frames=$1;;
esac
seed="${2:-${SOAK_SEED:-1}}"

if ! cmake -S "$ROOT" -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
     -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -UNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g -UNDEBUG" >/dev/null ||
   ! cmake --build "$B" --target rc_soak -j"$JOBS" >"$B.build.log" 2>&1; then
  tail -20 "$B.build.log" 2>/dev/null
  echo "not ok - soak: build failed (see $B.build.log)"
  exit 1
fi
start=$(date +%s.%N)
"$B/rc_soak" --frames "$frames" --seed "$seed"; rc=$?
awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "# soak wall time %.1f s\n", e-s}'
if ((rc != 0)) && ((rc > 128)); then echo "not ok - soak: rc_soak died with signal $((rc - 128)) (seed $seed)"; fi
exit $rc
