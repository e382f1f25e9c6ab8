// The glyph set against the text (docs/performance.md, "Type faces drawn by
// the browser"): the fonts hold printable ASCII, the dataset's characters and
// the UI's marks (glyphs.marks in src/shared.json, which theme.cpp and the
// page's boot.js are both built from). A UI string with any other character
// shows the missing-glyph box (the quiz's arrows once did), so every
// non-ASCII character in a string literal of src/ui and src/core, and in the
// English interface catalogue (assets/ui/en.json: the words of the first
// load), is one of the marks, and every mark is in such a literal or message
// (each mark costs a glyph per font at start-up). Another catalogue's
// characters (German's umlauts, Arabic) need no mark: buildFonts adds the
// chosen catalogue's characters to the atlas, as it does the data's.
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

// The marks, "U+XXXX c" each: the character after the code is a note for
// readers, so it must be that code's.
const table = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/shared.json'), 'utf8'));
const entries = (table.glyphs && table.glyphs.marks) || [];
const marks = entries.map((m) => parseInt((/^U\+([0-9A-F]{4,6})/.exec(m) || [])[1], 16));
check('glyphs: the marks are read from src/shared.json', marks.length > 0 && marks.every((cp) => cp >= 0x80));
const misnamed = entries.filter((m, k) => m.split(' ')[1] !== undefined && m.split(' ')[1] !== String.fromCodePoint(marks[k]));
check('glyphs: each mark\'s character is its code\'s', misnamed.length === 0, misnamed.join(', '));
const allowed = new Set(marks);

const files = [];
for (const dir of ['src/ui', 'src/core']) {
  for (const f of fs.readdirSync(path.join(ROOT, dir))) if (/\.(cpp|h)$/.test(f)) files.push(path.join(dir, f));
}
// Literals that are never drawn, or drawn only with another catalogue.
// The byte-order mark a JSON file may start with; the spaces other languages
// put in numbers ("1 234", "67 %"): buildFonts adds the chosen catalogue's
// number characters to the atlas, English has none.
const NOT_DRAWN = { 'src/core/loader.cpp': [0xFEFF], 'src/core/catalogue.cpp': [0x00A0, 0x202F] };
const outside = [], used = new Set();
for (const f of files) {
  for (const { cp, line } of literalCodepoints(fs.readFileSync(path.join(ROOT, f), 'utf8'))) {
    used.add(cp);
    if (cp >= 0x80 && !allowed.has(cp) && !(NOT_DRAWN[f] || []).includes(cp)) outside.push(`${f}:${line}: ${hex(cp)} ${String.fromCodePoint(cp)}`);
  }
}
check(`glyphs: every non-ASCII character in the string literals of src/ui and src/core is a mark (${files.length} files)`,
      outside.length === 0, outside.join('\n'));

// The English catalogue's messages (a message is a string or its plural forms).
const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/ui/en.json'), 'utf8'));
const forms = (m) => (typeof m === 'string' ? [m] : Object.values(m));
const outsideEn = [];
let messages = 0;
for (const [key, m] of Object.entries(en.messages || {})) {
  for (const text of forms(m)) {
    messages++;
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      used.add(cp);
      if (cp >= 0x80 && !allowed.has(cp)) outsideEn.push(`assets/ui/en.json ${key}: ${hex(cp)} ${ch}`);
    }
  }
}
check(`glyphs: every non-ASCII character in assets/ui/en.json is a mark (${messages} messages)`,
      messages > 0 && outsideEn.length === 0, outsideEn.join('\n'));
const unused = marks.filter((cp) => !used.has(cp));
check('glyphs: every mark is in a string literal of src/ui or src/core, or in assets/ui/en.json',
      unused.length === 0, `unused: ${unused.map((cp) => `${hex(cp)} ${String.fromCodePoint(cp)}`).join(', ')}`);

process.exit(failed ? 1 : 0);
