#!/usr/bin/env python3
"""Minifies the site's style.css in place (it is in the first download).

Only what cannot change the meaning: comments go, runs of whitespace become
one space, and the spaces next to { } ; are dropped. Spaces around ':' and
',' stay (in a selector "a :hover" is not "a:hover"). A quoted string that
these rules would change (one holding { } ; a backslash or two blanks) is
refused rather than parsed: that would need a real tokenizer.
Usage: mincss.py FILE
"""
import re
import sys

path = sys.argv[1]
css = open(path, encoding='utf-8').read()
css = re.sub(r'/\*.*?\*/', '', css, flags=re.S)
for i, line in enumerate(css.split('\n')):
    for m in re.finditer(r'"[^"\n]*"|\'[^\'\n]*\'', line):
        if re.search(r'[{};\\]|\s\s', m.group(0)):
            sys.exit(f'{path}: line {i + 1}: {m.group(0)}: mincss.py cannot keep this string as it is')
css = re.sub(r'\s+', ' ', css)
css = re.sub(r'\s*([{};])\s*', r'\1', css).replace(';}', '}').strip()
open(path, 'w', encoding='utf-8').write(css + '\n')
