#!/usr/bin/env python3
"""Size breakdown of a .wasm: section sizes, data segments, and the largest
functions (names from the "name" section; link with --profiling-funcs to
keep them). Usage: tools/wasm_sizes.py FILE.wasm [TOP]"""
import sys

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i

def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    b = open(path, 'rb').read()
    i = 8
    sections, names, bodies, nimports = [], {}, [], 0
    data_total = 0
    while i < len(b):
        sid = b[i]; i += 1
        size, i = leb(b, i)
        start, end = i, i + size
        name = {0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export',
                8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount'}.get(sid, str(sid))
        if sid == 0:
            n, j = leb(b, i)
            cname = b[j:j + n].decode(errors='replace')
            name = 'custom:' + cname
            if cname == 'name':
                k = j + n
                while k < end:
                    sub = b[k]; k += 1
                    ssz, k = leb(b, k)
                    if sub == 1:
                        cnt, m = leb(b, k)
                        for _ in range(cnt):
                            idx, m = leb(b, m)
                            ln, m = leb(b, m)
                            names[idx] = b[m:m + ln].decode(errors='replace'); m += ln
                    k += ssz
        elif sid == 2:
            cnt, j = leb(b, i)
            for _ in range(cnt):
                ln, j = leb(b, j); j += ln
                ln, j = leb(b, j); j += ln
                kind = b[j]; j += 1
                if kind == 0: _, j = leb(b, j); nimports += 1
                elif kind == 1: j += 1; fl, j = leb(b, j); _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
                elif kind == 2: fl, j = leb(b, j); _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
                elif kind == 3: j += 2
        elif sid == 10:
            cnt, j = leb(b, i)
            for f in range(cnt):
                sz, j2 = leb(b, j)
                bodies.append((sz + (j2 - j), nimports + f))
                j = j2 + sz
        elif sid == 11:
            data_total = size
        sections.append((name, size))
        i = end
    total = len(b)
    print(f'{path}: {total} bytes')
    for n, s in sorted(sections, key=lambda x: -x[1]):
        print(f'  section {n:<24} {s:>8}  {100.0 * s / total:5.1f}%')
    groups = {}
    for sz, idx in bodies:
        nm = names.get(idx, f'func{idx}')
        key = 'ImGui' if 'ImGui' in nm or nm.startswith('Im') or 'stb' in nm else \
              'nlohmann' if 'nlohmann' in nm else \
              'rc::ui' if 'rc::ui' in nm or 'rc4ui' in nm else \
              'rc (core)' if 'rc::' in nm or nm.startswith('_ZN2rc') else \
              'libc++/libc' if nm.startswith('std::') or nm.startswith('__') or 'std::__2' in nm else 'other'
        groups[key] = groups.get(key, 0) + sz
    print('  code by origin:')
    for k, v in sorted(groups.items(), key=lambda x: -x[1]):
        print(f'    {k:<14} {v:>8}')
    print(f'  top {top} functions:')
    for sz, idx in sorted(bodies, reverse=True)[:top]:
        print(f'    {sz:>7}  {names.get(idx, "func%d" % idx)[:110]}')

main()
