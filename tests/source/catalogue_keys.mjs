// The interface catalogue's keys against the code (src/core/catalogue.h):
// every key the code asks for is in assets/ui/en.json, the reference catalogue
// (a missing key draws the key itself), and every key en.json has is asked for
// somewhere (a dead key is text nobody reads, and work for every translator).
// Keys are "<area>.<name>" string literals in src/ (comments and #include
// lines skipped): any literal of a known area counts, and any literal that is
// the first argument of tr(...) or .text(...) must be a key whatever its area.
// The nav's keys are built from the view table's ids ("nav." + id).
// Usage: node tests/source/catalogue_keys.mjs [ROOT]. Prints "ok - " / "not ok - " lines.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(process.argv[2] || path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'));
let failed = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : `\n  ${detail.replace(/\n/g, '\n  ')}`}`);
  if (!ok) failed++;
};

const AREAS = ['nav', 'header', 'overview', 'compare', 'choose', 'quiz', 'result', 'faq', 'basics', 'sources', 'search',
               'banner', 'verdict', 'html', 'a11y'];
const KEY = new RegExp(`^(${AREAS.join('|')})\\.[A-Za-z0-9]+$`);

// The string literals of C++ source with their line numbers, and whether each
// is the first argument of tr( or .text( (directly, or either arm of a
// ternary that is). Comments, #include lines and raw strings are skipped.
export function literals(src) {
  const out = [];
  let i = 0, line = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      i += 2;
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) { if (src[i] === '\n') line++; i++; }
      i += 2; continue;
    }
    if (c === '#' && /^\s*$/.test(src.slice(src.lastIndexOf('\n', i - 1) + 1, i))) {  // a preprocessor line
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === "'") {
      const end = src.indexOf("'", i + 1 + (src[i + 1] === '\\' ? 2 : 1));
      i = end < 0 ? i + 1 : end + 1; continue;
    }
    if (c === 'R' && src[i + 1] === '"') {
      const open = src.indexOf('(', i), delim = src.slice(i + 2, open);
      const close = src.indexOf(')' + delim + '"', open);
      for (const ch of src.slice(i, close)) if (ch === '\n') line++;
      i = close + delim.length + 2; continue;
    }
    if (c === '"') {
      const start = i;
      let text = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') { text += src.slice(i, i + 2); i += 2; continue; }
        text += src[i++];
      }
      i++;
      // The code before the literal on its statement: "tr(" or ".text(" right
      // before it, or "tr(cond ? " / "tr(cond ? "a" : " (a ternary's arms).
      const before = src.slice(Math.max(0, start - 200), start);
      const direct = /(?:\btr|\.text)\(\s*$/.test(before) ||
                     /(?:\btr|\.text)\([^;(){}]*\?\s*(?:"[^"]*"\s*:\s*)?$/.test(before);
      out.push({ text, line, direct });
      continue;
    }
    i++;
  }
  return out;
}

// en.json: its keys in file order.
const enPath = path.join(ROOT, 'assets/ui/en.json');
const en = JSON.parse(fs.readFileSync(enPath, 'utf8'));
const keys = Object.keys(en.messages || {});
check(`catalogue: assets/ui/en.json is English with messages (${keys.length} keys)`, en.language === 'en' && keys.length > 0);
const badNames = keys.filter((k) => !KEY.test(k));
check('catalogue: every en.json key is "<area>.<name>" of a known area', badNames.length === 0, badNames.join(', '));

// The view ids (the nav's keys are "nav." + id).
const table = fs.readFileSync(path.join(ROOT, 'src/core/view_table.h'), 'utf8');
const viewIds = [...table.matchAll(/^\s*X\(\w+,\s*"([a-z]+)"/gm)].map((m) => m[1]);
check(`catalogue: the view table's ids are read (${viewIds.length})`, viewIds.length >= 8, viewIds.join(', '));

const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) walk(rel);
    else if (/\.(cpp|h)$/.test(e.name)) files.push(rel);
  }
};
walk('src');
walk('tools');

const used = new Map();  // key -> first "file:line"
const unknown = [];
let navPrefix = false;
for (const f of files) {
  for (const { text, line, direct } of literals(fs.readFileSync(path.join(ROOT, f), 'utf8'))) {
    if (text === 'nav.') { navPrefix = true; continue; }
    if (!KEY.test(text) && !direct) continue;
    if (!used.has(text)) used.set(text, `${f}:${line}`);
    if (!keys.includes(text)) unknown.push(`${f}:${line}: "${text}"`);
  }
}
if (navPrefix) for (const id of viewIds) if (!used.has(`nav.${id}`)) used.set(`nav.${id}`, '"nav." + view id');
check(`catalogue: every key the code asks for is in assets/ui/en.json (${used.size} keys in ${files.length} files)`,
      unknown.length === 0, unknown.join('\n'));
const dead = keys.filter((k) => !used.has(k));
check('catalogue: every key of assets/ui/en.json is asked for in src/', dead.length === 0, `unused: ${dead.join(', ')}`);

process.exit(failed ? 1 : 0);
