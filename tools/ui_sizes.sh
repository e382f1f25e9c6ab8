#!/usr/bin/env bash
# Code size of the UI layer and of each download part, for before/after
# comparisons (issue 15). Usage: tools/ui_sizes.sh TREE BUILDDIR
#  1. Builds the web target of the source tree TREE into BUILDDIR, linked with
#     --profiling-funcs (a cache variable of BUILDDIR only; the normal build is
#     untouched). That flag adds the "name" section; every other section keeps
#     its size (checked on 1d1fede by relinking the same objects without it).
#     The build's own split (tools/split.mjs) writes BUILDDIR/site/*.wasm
#     without names (wasm-split drops them unless -g), so those are the real
#     download parts.
#  2. Splits the named program again with the build's own profile and -g, to
#     see which functions went to which part (BUILDDIR/named/), the third
#     part too (tools/split.mjs --rest, with the build's tour profiles).
#  3. Prints code bytes by origin (names from tools/wasm_sizes.py) for the
#     whole program and each part, the download parts raw and brotli, and the
#     line counts of TREE's src/ui and src/platform.
# Origins, by the function's demangled name:
#   rc::ui    starts with "rc::ui::" (the UI's anonymous namespaces are inside
#             rc::ui, so their helpers count here)
#   rc core   any other "rc::"
#   ImGui     contains "ImGui", starts with "Im", or contains "stb"
#   nlohmann, libc++/libc ("std::", "__"), other (the platform's main.cpp and
#   renderer are in a top-level anonymous namespace: "other").
# Code inlined into a caller counts where the caller is (e.g. App::draw inlined
# into the platform's frame() is "other").
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 TREE BUILDDIR" >&2; exit 2; }
tree=$(cd "$1" && pwd)
build=$2
here=$(cd "$(dirname "$0")" && pwd)
[[ -d $tree/build/_deps ]] || { echo "$tree/build/_deps (Dear ImGui) is missing" >&2; exit 1; }
export NODE_PATH=/usr/share/nodejs

mkdir -p "$build"
build=$(cd "$build" && pwd)
emcmake cmake -S "$tree" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs \
  >"$build/ui_sizes.configure.log" 2>&1 || { cat "$build/ui_sizes.configure.log" >&2; exit 1; }
cmake --build "$build" -j2 --target rolecompare >"$build/ui_sizes.build.log" 2>&1 \
  || { tail -40 "$build/ui_sizes.build.log" >&2; exit 1; }

named=$build/named
mkdir -p "$named"
wasm-split "$build/rolecompare.wasm.orig" --profile="$build/split/profile" \
  -o1 "$named/rolecompare.wasm" -o2 "$named/rolecompare.deferred.wasm" \
  --export-prefix=% --enable-mutable-globals --enable-sign-ext -g
for f in rolecompare.wasm rolecompare.deferred.wasm; do   # as tools/split.mjs does
  wasm-opt -Oz -g --enable-mutable-globals --enable-sign-ext "$named/$f" -o "$named/$f"
done
# The third part, split off the second as tools/split.mjs does (with names),
# by the tours' profiles the build recorded.
node "$here/split.mjs" --rest "$named" "$build/rolecompare.wasm.orig" "$build"/split/tour.*

python3 - "$here/wasm_sizes.py" "$build" "$named" "$tree" <<'EOF'
import os, subprocess, sys
tool, build, named, tree = sys.argv[1:]

def read(path):
    """(code section bytes, [(bytes, name)]) from wasm_sizes.py's full listing."""
    out = subprocess.run([sys.executable, tool, path, '1000000'], check=True, capture_output=True, text=True).stdout
    code, funcs, listing = None, [], False
    for line in out.splitlines():
        s = line.split()
        if line.startswith('  section code '):
            code = int(s[2])
        elif line.startswith('  top '):
            listing = True
        elif listing:
            sz, _, nm = line.strip().partition('  ')
            funcs.append((int(sz), nm.strip()))
    return code, funcs

def origin(nm):
    if nm.startswith('rc::ui::'): return 'rc::ui'
    if nm.startswith('rc::'): return 'rc core'
    if 'ImGui' in nm or nm.startswith('Im') or 'stb' in nm: return 'ImGui'
    if 'nlohmann' in nm: return 'nlohmann'
    if nm.startswith('std::') or nm.startswith('__'): return 'libc++/libc'
    return 'other'

ORDER = ['rc::ui', 'rc core', 'ImGui', 'nlohmann', 'libc++/libc', 'other']
files = [('whole program (.orig)', os.path.join(build, 'rolecompare.wasm.orig')),
         ('first part', os.path.join(named, 'rolecompare.wasm')),
         ('second part', os.path.join(named, 'rolecompare.deferred.wasm')),
         ('third part', os.path.join(named, 'rolecompare.rest.wasm'))]
table = {}
for label, path in files:
    code, funcs = read(path)
    g = {k: [0, 0] for k in ORDER}
    for sz, nm in funcs:
        g[origin(nm)][0] += sz; g[origin(nm)][1] += 1
    table[label] = (code, g, funcs)

print(f'tree {tree}  ({subprocess.run(["git", "-C", tree, "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()[:80]})')
print('\ncode bytes by origin (function bodies; count of functions in brackets):')
print(f'  {"":<14}' + ''.join(f'{lab:>26}' for lab, _ in files))
for k in ORDER + ['total']:
    cells = []
    for lab, _ in files:
        code, g, funcs = table[lab]
        b, n = (sum(v[0] for v in g.values()), sum(v[1] for v in g.values())) if k == 'total' else g[k]
        cells.append(f'{b:>18,} [{n:>4}]')
    print(f'  {k:<14}' + ''.join(f'{c:>26}' for c in cells))
print('  (code section, incl. its count prefix: ' + ', '.join(f'{lab} {table[lab][0]:,}' for lab, _ in files) + ')')

print('\ndownload parts (as served: BUILDDIR/site, no names):')
site = os.path.join(build, 'site')
for f, lab in [('rolecompare.wasm', files[1][0]), ('rolecompare.deferred.wasm', files[2][0]),
               ('rolecompare.rest.wasm', files[3][0]), ('rolecompare.js', None)]:
    p = os.path.join(site, f)
    raw = os.path.getsize(p)
    br = os.path.getsize(p + '.br') if os.path.exists(p + '.br') else len(subprocess.run(['brotli', '-q', '11', '-c', p], capture_output=True, check=True).stdout)
    note = ''
    if lab:
        code_site, _ = read(p)
        same = code_site == table[lab][0]
        note = f'  code section {code_site:,}' + ('' if same else f'  (named copy: {table[lab][0]:,}: DIFFERS)')
    print(f'  {f:<28} raw {raw:>9,}  brotli {br:>8,}{note}')

print('\nlargest rc::ui functions (whole program):')
ui = sorted((x for x in table[files[0][0]][2] if origin(x[1]) == 'rc::ui'), reverse=True)[:15]
for sz, nm in ui:
    print(f'  {sz:>7,}  {nm[:100]}')

print('\nlines (wc -l):')
for d in ['src/ui', 'src/platform']:
    paths = [os.path.join(r, f) for r, _, fs in os.walk(os.path.join(tree, d)) for f in fs]
    total = sum(sum(1 for _ in open(p, 'rb')) for p in paths)
    print(f'  {d:<14} {total:>6} lines in {len(paths)} files')
EOF
