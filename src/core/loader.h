// rolecompare dataset loader: JSON bytes -> validated rc::Dataset.
//
// loadDataset() never throws and never stops at the first problem: it returns
// every error it can find (with a JSON pointer and, when known, line:column),
// plus warnings for fields it does not know. The full list of checks and
// messages is in docs/data-format.md ("Validation").
//
// Order of work, each step only when the previous one passed (a later step
// would only add noise or be unsafe on bad input):
//   1. size <= 1 MiB        2. valid UTF-8         3. nesting <= 32 levels
//   4. JSON syntax (line:column of the bad token)
//   5. structure, types, limits and cross references, all collected.
//
// [SECTION] Diagnostics and result
// [SECTION] Limits
// [SECTION] API
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Diagnostics and result
//-----------------------------------------------------------------------------

struct Diagnostic {
    std::string pointer;  // JSON pointer, e.g. "/dimensions/3/entries/mle/points/2"; "" = the whole file
    std::string message;  // lower-case English, says what was expected and what was found
    int line = 0;         // 1-based; 0 = unknown
    int column = 0;       // 1-based, in code points; 0 = unknown
};

struct LoadResult {
    bool ok = false;                    // no errors (warnings allowed)
    Dataset data;                       // filled as far as possible; trust it only when ok
    std::vector<Diagnostic> errors;     // in file order
    std::vector<Diagnostic> warnings;   // in file order
};

//-----------------------------------------------------------------------------
// [SECTION] Limits (see docs/data-format.md)
//-----------------------------------------------------------------------------

constexpr size_t kMaxDatasetBytes = 1024 * 1024;  // whole file
constexpr int kMaxDepth = 32;                     // nested arrays/objects, the root counts as 1
constexpr size_t kMaxIdBytes = 48;
constexpr size_t kMaxLabelBytes = 120;    // titles, names, questions, prompts, labels, tags
constexpr size_t kMaxSummaryBytes = 200;  // role and entry summaries
constexpr size_t kMaxPointBytes = 300;    // bullet points, examples, applications
constexpr size_t kMaxLongBytes = 1200;    // definitions, texts, answers, intros, descriptions, URLs
constexpr size_t kMaxSynonymGroups = 100;  // search.synonyms
constexpr size_t kMaxSynonymWords = 16;    // words in one synonym group

//-----------------------------------------------------------------------------
// [SECTION] API
//-----------------------------------------------------------------------------

LoadResult loadDataset(std::string_view bytes);

// The "file is N bytes, over the 1 MiB limit" error, for callers (the CLI) that
// learn the size before reading the file.
Diagnostic fileTooLarge(size_t bytes);

// "FILE:LINE:COL: /pointer: message". LINE:COL is left out when unknown, and
// the pointer when empty: "FILE: message".
std::string formatDiagnostic(const std::string& file, const Diagnostic& d);

// Pieces of diagnostics, for the loader and the catalogue's checker alike:
// base + "/" + key with RFC 6901's escapes ('~' -> "~0", '/' -> "~1"), and a
// value quoted for a message, cut at 40 bytes on a UTF-8 boundary.
std::string pointerChild(std::string_view base, std::string_view key);
std::string inQuotes(std::string_view s);

}  // namespace rc
