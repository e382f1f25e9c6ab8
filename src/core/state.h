// rolecompare saved quiz progress: JSON text in, JSON text out, plus desktop file
// helpers. Pure C++17 + nlohmann/json (parsed without exceptions), no platform
// layer: the web build keeps the same text in localStorage.
// Formats in docs/quiz.md ("Saved progress").
//
// [SECTION] One dataset's state
// [SECTION] The state file (several datasets)
// [SECTION] Desktop file helpers
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/quiz.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] One dataset's state
//-----------------------------------------------------------------------------

constexpr int kStateVersion = 1;
constexpr size_t kMaxStateBytes = 256 * 1024;  // larger input is refused unparsed

enum class StateError {
    None = 0,
    Missing,          // nothing saved for this dataset (not an error to show)
    TooLarge,         // input over kMaxStateBytes
    Corrupt,          // not JSON, too deeply nested, or not the expected shape
    WrongFormat,      // "v" is not 1
    OtherDataset,     // "dataset" is another id
    OtherVersion,     // same id, another data version
    BadAnswers,       // wrong answer count, out-of-range option, bad current, token mismatch
};

struct LoadStateResult {
    bool ok = false;
    Answers answers;       // one per question when ok
    int current = 0;       // question to resume at, 0..question count (count = results page)
    StateError error = StateError::None;
    std::string message;   // user-facing, empty when ok
};

// Compact JSON for one dataset:
// {"v":1,"dataset":id,"version":ver,"answers":[...],"current":n,"token":"..."}
// Answers are normalised (missing/out-of-range -> -1, length = question count);
// current is clamped to 0..question count.
std::string saveState(const Dataset& ds, const Answers& answers, int currentQuestion);

// Reads saveState's output. Never throws; refuses anything it cannot fully trust.
LoadStateResult loadState(const Dataset& ds, std::string_view json);

//-----------------------------------------------------------------------------
// [SECTION] The state file (several datasets)
//-----------------------------------------------------------------------------
// {"v":1,"datasets":{"ml-vs-swe":{...saveState...},"other":{...}}}
// Keyed by dataset id, so progress in one dataset never erases another's.

// Returns the new file text with ds's entry replaced. Other entries are kept as
// they are. If fileJson is empty or unreadable, starts a new file.
std::string mergeStateIntoFile(std::string_view fileJson, const Dataset& ds, const Answers& answers,
                               int currentQuestion);

// Returns the file text without ds.meta.id's entry ("start over").
std::string removeStateFromFile(std::string_view fileJson, const std::string& datasetId);

// Extracts and loads ds's entry. error == Missing when there is none.
LoadStateResult loadStateFromFile(const Dataset& ds, std::string_view fileJson);

//-----------------------------------------------------------------------------
// [SECTION] Desktop file helpers (POSIX)
//-----------------------------------------------------------------------------

// $XDG_CONFIG_HOME/rolecompare/state.json, else $HOME/.config/rolecompare/state.json.
// Creates the directory. Returns "" when neither variable is set (absolute) or the
// directory cannot be created.
std::string defaultStatePath();

// Writes path + ".tmp", flushes and fsyncs it, then rename()s it over path, so a
// crash leaves either the old or the new file. simulateCrashBeforeRename (tests):
// writes the temp file and returns false without renaming.
bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string* err,
                     bool simulateCrashBeforeRename = false);

// Reads the whole file into out. False if it cannot be opened/read or is larger than maxBytes.
bool readFile(const std::string& path, std::string& out, size_t maxBytes);

}  // namespace rc
