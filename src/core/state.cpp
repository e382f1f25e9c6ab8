// Saved quiz progress. See state.h and docs/quiz.md ("Saved progress").
//
// [SECTION] Safe JSON parsing
// [SECTION] One dataset's state
// [SECTION] The state file
// [SECTION] Desktop file helpers
#include "core/state.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <nlohmann/json.hpp>

#include "json_util.h"
#include <sys/stat.h>
#include <sys/types.h>
#include <fcntl.h>
#include <unistd.h>

#include "core/share.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Safe JSON parsing
//-----------------------------------------------------------------------------

namespace {
constexpr int kMaxDepth = 16;
constexpr size_t kMaxStoredDatasets = 32;

// Bracket depth outside strings; a cheap guard before parsing hostile text.
bool depthWithin(std::string_view s, int maxDepth) {
    int depth = 0;
    bool inString = false, escaped = false;
    for (char c : s) {
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

// Parses without exceptions; discarded on any problem.
Json parseSafe(std::string_view text) {
    if (text.size() > kMaxStateBytes || !depthWithin(text, kMaxDepth)) return Json(Json::value_t::discarded);
    return Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}


LoadStateResult stateFail(StateError e, const char* message) {
    LoadStateResult r;
    r.ok = false;
    r.error = e;
    r.message = message;
    return r;
}

bool isInt(const Json& j) { return j.is_number_integer(); }  // signed or unsigned, not float

// Reads an integer that fits in int, else false.
bool readInt(const Json& j, int& out) {
    if (j.is_number_unsigned()) {
        auto v = j.get<uint64_t>();
        if (v > 0x7FFFFFFFull) return false;
        out = static_cast<int>(v);
        return true;
    }
    if (j.is_number_integer()) {
        auto v = j.get<int64_t>();
        if (v < -0x7FFFFFFFll || v > 0x7FFFFFFFll) return false;
        out = static_cast<int>(v);
        return true;
    }
    return false;
}

Json stateJson(const Dataset& ds, const Answers& answers, int currentQuestion) {
    const int n = static_cast<int>(ds.quiz.questions.size());
    Json a = Json::array();
    Answers norm(static_cast<size_t>(n), kSkipped);
    for (int q = 0; q < n; ++q) {
        norm[static_cast<size_t>(q)] = answerAt(ds, answers, q);
        a.push_back(norm[static_cast<size_t>(q)]);
    }
    int current = currentQuestion < 0 ? 0 : (currentQuestion > n ? n : currentQuestion);
    Json j = Json::object();
    j["v"] = kStateVersion;
    j["dataset"] = ds.meta.id;
    j["version"] = ds.meta.version;
    j["answers"] = std::move(a);
    j["current"] = current;
    j["token"] = encodeToken(ds, norm);
    return j;
}

LoadStateResult loadStateJson(const Dataset& ds, const Json& j) {
    const char* corrupt = "Saved progress could not be read; starting fresh.";
    if (!j.is_object()) return stateFail(StateError::Corrupt, corrupt);
    auto v = j.find("v");
    if (v == j.end() || !isInt(*v)) return stateFail(StateError::Corrupt, corrupt);
    int ver = 0;
    if (!readInt(*v, ver) || ver != kStateVersion)
        return stateFail(StateError::WrongFormat,
                         "Saved progress was written by another version of rolecompare; starting fresh.");
    auto id = j.find("dataset");
    auto dv = j.find("version");
    if (id == j.end() || !id->is_string() || dv == j.end() || !dv->is_string())
        return stateFail(StateError::Corrupt, corrupt);
    if (id->get_ref<const std::string&>() != ds.meta.id)
        return stateFail(StateError::OtherDataset, "Saved progress is for another dataset; starting fresh.");
    if (dv->get_ref<const std::string&>() != ds.meta.version)
        return stateFail(StateError::OtherVersion,
                         "Saved progress is from another version of the data; starting fresh.");

    const char* badAnswers = "Saved progress does not match this quiz; starting fresh.";
    auto a = j.find("answers");
    auto cur = j.find("current");
    if (a == j.end() || !a->is_array() || cur == j.end()) return stateFail(StateError::Corrupt, corrupt);
    const auto& qs = ds.quiz.questions;
    if (a->size() != qs.size()) return stateFail(StateError::BadAnswers, badAnswers);
    Answers answers(qs.size(), kSkipped);
    for (size_t q = 0; q < qs.size(); ++q) {
        int x = 0;
        if (!readInt((*a)[q], x)) return stateFail(StateError::BadAnswers, badAnswers);
        if (x < kSkipped || (x >= 0 && static_cast<size_t>(x) >= qs[q].options.size()))
            return stateFail(StateError::BadAnswers, badAnswers);
        answers[q] = x;
    }
    int current = 0;
    if (!readInt(*cur, current) || current < 0 || static_cast<size_t>(current) > qs.size())
        return stateFail(StateError::BadAnswers, badAnswers);
    // The token is redundant; when present it must agree, which catches edits and rot.
    auto t = j.find("token");
    if (t != j.end()) {
        if (!t->is_string()) return stateFail(StateError::Corrupt, corrupt);
        const std::string& tok = t->get_ref<const std::string&>();
        if (tok != encodeToken(ds, answers)) return stateFail(StateError::BadAnswers, badAnswers);
    }
    LoadStateResult r;
    r.ok = true;
    r.answers = std::move(answers);
    r.current = current;
    return r;
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] One dataset's state
//-----------------------------------------------------------------------------

std::string saveState(const Dataset& ds, const Answers& answers, int currentQuestion) {
    return dumpJson(stateJson(ds, answers, currentQuestion));
}

LoadStateResult loadState(const Dataset& ds, std::string_view text) {
    if (text.size() > kMaxStateBytes) return stateFail(StateError::TooLarge, "Saved progress is too large; starting fresh.");
    Json j = parseSafe(text);
    if (j.is_discarded()) return stateFail(StateError::Corrupt, "Saved progress could not be read; starting fresh.");
    return loadStateJson(ds, j);
}

//-----------------------------------------------------------------------------
// [SECTION] The state file
//-----------------------------------------------------------------------------

namespace {
// The file's JSON if it has the expected outline; a fresh one otherwise.
Json fileOrFresh(std::string_view fileJson) {
    Json f = parseSafe(fileJson);
    if (f.is_object()) {
        auto v = f.find("v");
        auto d = f.find("datasets");
        if (v != f.end() && *v == kStateVersion && d != f.end() && d->is_object()) return f;
    }
    Json fresh = Json::object();
    fresh["v"] = kStateVersion;
    fresh["datasets"] = Json::object();
    return fresh;
}
}  // namespace

std::string mergeStateIntoFile(std::string_view fileJson, const Dataset& ds, const Answers& answers,
                               int currentQuestion) {
    Json f = fileOrFresh(fileJson);
    Json& sets = f["datasets"];
    sets[ds.meta.id] = stateJson(ds, answers, currentQuestion);
    // "recent": dataset ids, most recently saved first. It bounds the file (data=
    // URLs could otherwise add entries forever) by dropping the least recent.
    Json recent = Json::array({ds.meta.id});
    auto old = f.find("recent");
    if (old != f.end() && old->is_array())
        for (const auto& id : *old)
            if (id.is_string() && id != ds.meta.id && sets.contains(id.get_ref<const std::string&>()) &&
                std::find(recent.begin(), recent.end(), id) == recent.end())
                recent.push_back(id);
    for (auto it = sets.begin(); it != sets.end(); ++it)  // entries the list missed count as oldest
        if (std::find(recent.begin(), recent.end(), Json(it.key())) == recent.end()) recent.push_back(it.key());
    while (recent.size() > kMaxStoredDatasets) {
        sets.erase(recent.back().get_ref<const std::string&>());
        recent.erase(recent.size() - 1);
    }
    f["recent"] = std::move(recent);
    return dumpJson(f);
}

std::string removeStateFromFile(std::string_view fileJson, const std::string& datasetId) {
    Json f = fileOrFresh(fileJson);
    f["datasets"].erase(datasetId);
    auto recent = f.find("recent");
    if (recent != f.end() && recent->is_array()) {
        Json kept = Json::array();
        for (const auto& id : *recent)
            if (id != datasetId) kept.push_back(id);
        *recent = std::move(kept);
    }
    return dumpJson(f);
}

LoadStateResult loadStateFromFile(const Dataset& ds, std::string_view fileJson) {
    if (fileJson.empty()) return stateFail(StateError::Missing, "");
    if (fileJson.size() > kMaxStateBytes) return stateFail(StateError::TooLarge, "Saved progress is too large; starting fresh.");
    Json f = parseSafe(fileJson);
    const char* corrupt = "Saved progress could not be read; starting fresh.";
    if (!f.is_object()) return stateFail(StateError::Corrupt, corrupt);
    auto v = f.find("v");
    if (v == f.end() || !v->is_number_integer()) return stateFail(StateError::Corrupt, corrupt);
    if (*v != kStateVersion)
        return stateFail(StateError::WrongFormat,
                         "Saved progress was written by another version of rolecompare; starting fresh.");
    auto d = f.find("datasets");
    if (d == f.end() || !d->is_object()) return stateFail(StateError::Corrupt, corrupt);
    auto e = d->find(ds.meta.id);
    if (e == d->end()) return stateFail(StateError::Missing, "");
    return loadStateJson(ds, *e);
}

//-----------------------------------------------------------------------------
// [SECTION] Desktop file helpers
//-----------------------------------------------------------------------------

namespace {
bool makeDir(const std::string& dir) {
    if (::mkdir(dir.c_str(), 0700) == 0) return true;
    if (errno != EEXIST) return false;
    struct stat st;
    return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string envAbsolute(const char* name) {
    const char* v = std::getenv(name);
    if (!v || v[0] != '/') return {};
    return v;
}
}  // namespace

std::string defaultStatePath() {
    std::string base = envAbsolute("XDG_CONFIG_HOME");
    if (base.empty()) {
        std::string home = envAbsolute("HOME");
        if (home.empty()) return {};
        base = home + "/.config";
        if (!makeDir(base)) return {};
    } else if (!makeDir(base)) {
        return {};
    }
    std::string dir = base + "/rolecompare";
    if (!makeDir(dir)) return {};
    return dir + "/state.json";
}

bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string* err,
                     bool simulateCrashBeforeRename) {
    auto fail = [err](const std::string& what) {
        if (err) *err = what;
        return false;
    };
    const std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return fail("cannot create " + tmp + ": " + std::strerror(errno));
    bool good = bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    good = std::fflush(f) == 0 && good;
    good = ::fsync(::fileno(f)) == 0 && good;
    good = std::fclose(f) == 0 && good;
    if (!good) {
        std::remove(tmp.c_str());
        return fail("cannot write " + tmp);
    }
    if (simulateCrashBeforeRename) return fail("simulated crash before rename");
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        std::remove(tmp.c_str());
        return fail("cannot replace " + path + ": " + why);
    }
    // Make the rename itself durable; failure here is not worth reporting.
    std::string dir = path.substr(0, path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/'));
    int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (err) err->clear();
    return true;
}

bool readFile(const std::string& path, std::string& out, size_t maxBytes) {
    out.clear();
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[16384];
    bool ok = true;
    for (;;) {
        size_t got = std::fread(buf, 1, sizeof buf, f);
        if (got > 0) {
            if (out.size() + got > maxBytes) {
                ok = false;
                break;
            }
            out.append(buf, got);
        }
        if (got < sizeof buf) {
            ok = !std::ferror(f);
            break;
        }
    }
    std::fclose(f);
    if (!ok) out.clear();
    return ok;
}

}  // namespace rc
