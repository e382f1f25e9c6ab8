// rolecompare --validate: checks one dataset file and reports like a compiler.
// Linked by the desktop app and the tests; not used by the web build (it
// reads files with <fstream>).
#pragma once
#include <ostream>
#include <string>

namespace rc {

// Reads `path` (binary) and validates it with loadDataset().
// Writes to `out`: one "FILE:LINE:COL: /pointer: message" line per error, one
// "FILE:LINE:COL: /pointer: warning: message" line per warning, then
//   invalid: "N error(s)" (", M warning(s)" when there are some)   -> returns 1
//   valid:   "ok: ml-vs-swe 1.0.0 — 2 roles, 21 dimensions in 7 categories,
//             18 FAQ, 6 sources, 12 quiz questions"                 -> returns 0
// A file that cannot be read: "FILE: cannot read file" on `err`, returns 1.
int runValidate(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace rc
