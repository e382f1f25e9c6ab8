#!/usr/bin/env bash
# Writes FILE.gz (gzip -9) and FILE.br (brotli -q 11) beside every page file
# in DIR, so tools/serve.mjs can send compressed responses without compressing
# on the fly. Run after every web build (CMake POST_BUILD), so a stale
# compressed copy is never served.
set -euo pipefail
dir=$1
for f in "$dir"/*.html "$dir"/*.js "$dir"/*.wasm "$dir"/*.css "$dir"/*.json "$dir"/*.svg; do
  [[ -f $f ]] || continue
  if [[ ! -f $f.gz || $f -nt $f.gz ]]; then gzip -9 -k -f -n "$f"; fi
  if [[ ! -f $f.br || $f -nt $f.br ]]; then brotli -q 11 -f -o "$f.br" "$f"; fi
done
