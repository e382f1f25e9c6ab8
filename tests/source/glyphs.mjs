// The glyph set against the text (docs/performance.md, "Type faces drawn by
// the browser"): the fonts hold printable ASCII, the dataset's characters and
// the UI's marks (kMarks in src/ui/theme.cpp). A UI string with any other
// character shows the missing-glyph box (the quiz's arrows once did), so:
// - every non-ASCII character in a string literal of src/ui and src/core is
//   one of kMarks, and every one of kMarks is in such a literal (each mark
//   costs a glyph per font at start-up);
// - web/boot.js builds the first frame's atlas ahead with the same marks and
//   the same fonts as theme.cpp (out of step, the app builds it again).
// Usage: node tests/source/glyphs.mjs [ROOT]. Prints "ok - " / "not ok - " lines.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(process.argv[2] || path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'));
let failed = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : `\n  ${detail.replace(/\n/g, '\n  ')}`}`);
  if (!ok) failed++;
};
const hex = (cp) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');

// The codepoints of each string literal's text in C++ source, with line numbers
// (comments skipped; \u, \U and \x escapes decoded; raw strings read as written).
export function literalCodepoints(src) {
  const out = [];
  let i = 0, line = 1;
  const bytes = [];
  const flush = (at) => {
    for (const ch of Buffer.from(bytes).toString('utf8')) out.push({ cp: ch.codePointAt(0), line: at });
    bytes.length = 0;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      i += 2;
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) { if (src[i] === '\n') line++; i++; }
      i += 2; continue;
    }
    if (c === "'") {  // a character literal (or a digit separator: skip the one character)
      const end = src.indexOf("'", i + 1 + (src[i + 1] === '\\' ? 2 : 1));
      i = end < 0 ? i + 1 : end + 1; continue;
    }
    if (c === 'R' && src[i + 1] === '"') {
      const open = src.indexOf('(', i), delim = src.slice(i + 2, open);
      const close = src.indexOf(')' + delim + '"', open);
      const text = src.slice(open + 1, close), at = line;
      for (const ch of text) { if (ch === '\n') line++; else out.push({ cp: ch.codePointAt(0), line: at }); }
      i = close + delim.length + 2; continue;
    }
    if (c === '"') {
      const at = line;
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') {
          const e = src[i + 1];
          if (e === 'u' || e === 'U') {
            const n = e === 'u' ? 4 : 8;
            flush(at);
            out.push({ cp: parseInt(src.slice(i + 2, i + 2 + n), 16), line: at });
            i += 2 + n;
          } else if (e === 'x') {
            let j = i + 2;
            while (/[0-9a-fA-F]/.test(src[j])) j++;
            bytes.push(parseInt(src.slice(i + 2, j), 16) & 0xff);
            i = j;
          } else { i += 2; }
          continue;
        }
        for (const b of Buffer.from(src[i], 'utf8')) bytes.push(b);
        i++;
      }
      flush(at);
      i++; continue;
    }
    i++;
  }
  return out;
}

const theme = fs.readFileSync(path.join(ROOT, 'src/ui/theme.cpp'), 'utf8');
const marksSrc = /kMarks\[\]\s*=\s*\{([^}]*)\}/.exec(theme);
const marks = marksSrc ? [...marksSrc[1].matchAll(/0x([0-9A-Fa-f]+)/g)].map((m) => parseInt(m[1], 16)) : [];
check('glyphs: kMarks found in src/ui/theme.cpp', marks.length > 0);
const allowed = new Set(marks);

const files = [];
for (const dir of ['src/ui', 'src/core']) {
  for (const f of fs.readdirSync(path.join(ROOT, dir))) if (/\.(cpp|h)$/.test(f)) files.push(path.join(dir, f));
}
// Literals that are never drawn.
const NOT_DRAWN = { 'src/core/loader.cpp': [0xFEFF] };  // the byte-order mark a JSON file may start with
const outside = [], used = new Set();
for (const f of files) {
  for (const { cp, line } of literalCodepoints(fs.readFileSync(path.join(ROOT, f), 'utf8'))) {
    used.add(cp);
    if (cp >= 0x80 && !allowed.has(cp) && !(NOT_DRAWN[f] || []).includes(cp)) outside.push(`${f}:${line}: ${hex(cp)} ${String.fromCodePoint(cp)}`);
  }
}
check(`glyphs: every non-ASCII character in the string literals of src/ui and src/core is in kMarks (${files.length} files)`,
      outside.length === 0, outside.join('\n'));
const unused = marks.filter((cp) => !used.has(cp));
check('glyphs: every mark in kMarks is in a string literal of src/ui or src/core',
      unused.length === 0, `unused: ${unused.map((cp) => `${hex(cp)} ${String.fromCodePoint(cp)}`).join(', ')}`);

const boot = fs.readFileSync(path.join(ROOT, 'web/boot.js'), 'utf8');
const prebuild = boot.slice(boot.indexOf('prebuild: function'));
const bootMarks = (/var cps = \[([^\]]*)\]/.exec(prebuild) || ['', ''])[1].match(/0x[0-9A-Fa-f]+/g) || [];
const same = (a, b) => a.length === b.length && a.every((x, k) => x === b[k]);
check('glyphs: web/boot.js builds ahead with the same marks as theme.cpp',
      same(bootMarks.map((x) => parseInt(x, 16)).sort((a, b) => a - b), [...marks].sort((a, b) => a - b)),
      `boot.js: ${bootMarks.join(' ')}\ntheme.cpp: ${marks.map(hex).join(' ')}`);
const themeFonts = [...theme.matchAll(/add\(FontFaces::(Regular|SemiBold),\s*([0-9.]+)f\)/g)].map((m) => `${m[1] === 'SemiBold' ? 1 : 0}/${+m[2]}`);
const bootFonts = [...((/\[\[0, 16\][^;]*?\]\]/.exec(prebuild) || [''])[0]).matchAll(/\[(\d), ([0-9.]+)\]/g)].map((m) => `${m[1]}/${+m[2]}`);
check('glyphs: web/boot.js builds ahead the same fonts as theme.cpp (face/size, in order)',
      themeFonts.length > 0 && same(themeFonts, bootFonts), `theme.cpp: ${themeFonts.join(' ')}\nboot.js: ${bootFonts.join(' ')}`);

process.exit(failed ? 1 : 0);
