// Saved quiz progress: JSON round trips, rejection of bad input, the multi-dataset
// file, and the atomic file write.
//
// [SECTION] Helpers
// [SECTION] One dataset's state
// [SECTION] The state file
// [SECTION] Files
#include <catch2/catch.hpp>

#include "test_util.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "core/share.h"
#include "core/state.h"

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

rc::Dataset stateDataset(std::string id = "ml-vs-swe", std::string version = "1.0.0", int nQ = 4) {
    rc::Dataset ds = rc::test::quizDataset(nQ, [](int q) { return q % 2 == 0 ? 5 : 2; }, std::move(id), std::move(version));
    ds.quiz.minAnswers = 2;
    return ds;
}

// A fresh directory under /tmp, removed (shallowly) by the destructor.
struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/rc-state-test-XXXXXX";
        const char* p = ::mkdtemp(tmpl);
        REQUIRE(p != nullptr);
        path = p;
    }
    ~TempDir() {
        for (const char* f : {"/state.json", "/state.json.tmp", "/big", "/rolecompare/state.json"})
            std::remove((path + f).c_str());
        ::rmdir((path + "/rolecompare").c_str());
        ::rmdir((path + "/.config/rolecompare").c_str());
        ::rmdir((path + "/.config").c_str());
        ::rmdir(path.c_str());
    }
};

bool isDir(const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Restores an environment variable when the test ends.
struct EnvGuard {
    std::string name;
    bool had;
    std::string old;
    explicit EnvGuard(const char* n) : name(n) {
        const char* v = std::getenv(n);
        had = v != nullptr;
        if (had) old = v;
    }
    ~EnvGuard() {
        if (had) ::setenv(name.c_str(), old.c_str(), 1);
        else ::unsetenv(name.c_str());
    }
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] One dataset's state
//-----------------------------------------------------------------------------

TEST_CASE("state: round trip", "[state]") {
    const rc::Dataset ds = stateDataset();
    const rc::Answers a{4, -1, 0, 1};
    const std::string text = rc::saveState(ds, a, 2);
    auto j = nlohmann::json::parse(text, nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j["v"] == 1);
    CHECK(j["dataset"] == "ml-vs-swe");
    CHECK(j["version"] == "1.0.0");
    CHECK(j["answers"] == nlohmann::json::array({4, -1, 0, 1}));
    CHECK(j["current"] == 2);
    CHECK(j["token"] == rc::encodeToken(ds, a));

    const rc::LoadStateResult r = rc::loadState(ds, text);
    REQUIRE(r.ok);
    CHECK(r.error == rc::StateError::None);
    CHECK(r.message.empty());
    CHECK(r.answers == a);
    CHECK(r.current == 2);

    // Normalised on save: short vectors padded with -1, current clamped.
    const rc::LoadStateResult n = rc::loadState(ds, rc::saveState(ds, {1}, 99));
    REQUIRE(n.ok);
    CHECK(n.answers == rc::Answers{1, -1, -1, -1});
    CHECK(n.current == 4);
    CHECK(rc::loadState(ds, rc::saveState(ds, a, -3)).current == 0);

    // Invalid UTF-8 in hand-built data must not abort the JSON writer.
    rc::Dataset odd = stateDataset("odd", "1.0\xff");
    CHECK_FALSE(rc::saveState(odd, a, 0).empty());
    CHECK_FALSE(rc::mergeStateIntoFile("", odd, a, 0).empty());
}

TEST_CASE("state: corrupted input is refused with a message", "[state]") {
    const rc::Dataset ds = stateDataset();
    const std::string good = rc::saveState(ds, {4, -1, 0, 1}, 1);
    auto expectRefused = [&](const std::string& text, rc::StateError e) {
        const rc::LoadStateResult r = rc::loadState(ds, text);
        CHECK_FALSE(r.ok);
        CHECK(r.answers.empty());
        CHECK(r.error == e);
        CHECK_FALSE(r.message.empty());
    };
    for (const char* bad : {"", "{", "null", "[]", "42", "\"x\"", "{}", "{\"v\":1}", "\xff\xfe", "{\"v\":\"1\"}"})
        expectRefused(bad, rc::StateError::Corrupt);
    for (size_t n = 0; n < good.size(); ++n) {  // every truncation
        const rc::LoadStateResult r = rc::loadState(ds, good.substr(0, n));
        REQUIRE_FALSE(r.ok);
        REQUIRE_FALSE(r.message.empty());
    }
    expectRefused(std::string(100000, '[') + std::string(100000, ']'), rc::StateError::Corrupt);
    expectRefused(std::string(300000, ' '), rc::StateError::TooLarge);

    auto edited = [&](const char* key, nlohmann::json value) {
        auto j = nlohmann::json::parse(good);
        if (value.is_discarded()) j.erase(key);
        else j[key] = value;
        return j.dump();
    };
    expectRefused(edited("v", 2), rc::StateError::WrongFormat);
    expectRefused(edited("dataset", "other"), rc::StateError::OtherDataset);
    {
        const rc::LoadStateResult r = rc::loadState(ds, edited("version", "0.9.0"));
        CHECK(r.error == rc::StateError::OtherVersion);
        CHECK(r.message == "Saved progress is from another version of the data; starting fresh.");
    }
    expectRefused(edited("answers", {4, -1, 0}), rc::StateError::BadAnswers);          // too short
    expectRefused(edited("answers", {4, -1, 0, 1, 0}), rc::StateError::BadAnswers);    // too long
    expectRefused(edited("answers", {5, -1, 0, 1}), rc::StateError::BadAnswers);       // q0 has 5 options
    expectRefused(edited("answers", {4, 2, 0, 1}), rc::StateError::BadAnswers);        // q1 has 2 options
    expectRefused(edited("answers", {4, -2, 0, 1}), rc::StateError::BadAnswers);
    expectRefused(edited("answers", {4.5, -1, 0, 1}), rc::StateError::BadAnswers);
    expectRefused(edited("answers", {"4", -1, 0, 1}), rc::StateError::BadAnswers);
    expectRefused(edited("answers", {4000000000000LL, -1, 0, 1}), rc::StateError::BadAnswers);
    expectRefused(edited("answers", "4,-1,0,1"), rc::StateError::Corrupt);
    expectRefused(edited("current", 5), rc::StateError::BadAnswers);
    expectRefused(edited("current", -1), rc::StateError::BadAnswers);
    expectRefused(edited("current", "1"), rc::StateError::BadAnswers);
    expectRefused(edited("token", "AAAA"), rc::StateError::BadAnswers);  // disagrees with answers
    expectRefused(edited("token", 7), rc::StateError::Corrupt);
    // The token is optional: without it the answers alone are trusted.
    CHECK(rc::loadState(ds, edited("token", nlohmann::json(nlohmann::json::value_t::discarded))).ok);
}

//-----------------------------------------------------------------------------
// [SECTION] The state file
//-----------------------------------------------------------------------------

TEST_CASE("state file: datasets are kept apart", "[state]") {
    const rc::Dataset main = stateDataset();
    const rc::Dataset other = stateDataset("someone-elses", "3", 2);
    std::string file = rc::mergeStateIntoFile("", main, {4, 1, 0, 1}, 3);
    file = rc::mergeStateIntoFile(file, other, {0, 1}, 1);

    rc::LoadStateResult m = rc::loadStateFromFile(main, file);
    REQUIRE(m.ok);
    CHECK(m.answers == rc::Answers{4, 1, 0, 1});
    CHECK(m.current == 3);
    rc::LoadStateResult o = rc::loadStateFromFile(other, file);
    REQUIRE(o.ok);
    CHECK(o.answers == rc::Answers{0, 1});

    // Updating one leaves the other alone.
    file = rc::mergeStateIntoFile(file, main, {0, 0, 0, 0}, 0);
    CHECK(rc::loadStateFromFile(other, file).answers == rc::Answers{0, 1});
    CHECK(rc::loadStateFromFile(main, file).answers == rc::Answers{0, 0, 0, 0});

    // A newer version of a dataset does not read the old progress.
    const rc::Dataset mainV2 = stateDataset("ml-vs-swe", "1.1.0");
    rc::LoadStateResult v2 = rc::loadStateFromFile(mainV2, file);
    CHECK_FALSE(v2.ok);
    CHECK(v2.error == rc::StateError::OtherVersion);
    CHECK(v2.message == "Saved progress is from another version of the data; starting fresh.");

    // Unknown dataset: Missing, no message to show.
    const rc::Dataset unknown = stateDataset("never-saved");
    rc::LoadStateResult u = rc::loadStateFromFile(unknown, file);
    CHECK_FALSE(u.ok);
    CHECK(u.error == rc::StateError::Missing);
    CHECK(rc::loadStateFromFile(main, "").error == rc::StateError::Missing);

    // Remove one.
    std::string removed = rc::removeStateFromFile(file, "someone-elses");
    CHECK(rc::loadStateFromFile(other, removed).error == rc::StateError::Missing);
    CHECK(rc::loadStateFromFile(main, removed).ok);

    // A corrupt entry for one dataset does not affect another.
    auto j = nlohmann::json::parse(file);
    j["datasets"]["someone-elses"]["answers"] = "garbage";
    const std::string damaged = j.dump();
    CHECK_FALSE(rc::loadStateFromFile(other, damaged).ok);
    CHECK(rc::loadStateFromFile(main, damaged).ok);

    // Corrupt file: refused; merging into it starts fresh.
    CHECK(rc::loadStateFromFile(main, "{not json").error == rc::StateError::Corrupt);
    CHECK(rc::loadStateFromFile(main, "{\"v\":9,\"datasets\":{}}").error == rc::StateError::WrongFormat);
    CHECK(rc::loadStateFromFile(main, "{\"v\":1,\"datasets\":[]}").error == rc::StateError::Corrupt);
    const std::string fresh = rc::mergeStateIntoFile("{not json", main, {1, 1, 1, 1}, 2);
    CHECK(rc::loadStateFromFile(main, fresh).answers == rc::Answers{1, 1, 1, 1});

    // The file stays bounded (32 datasets), dropping the least recently saved.
    std::string many = rc::mergeStateIntoFile("", main, {4, 1, 0, 1}, 3);
    for (int i = 0; i < 31; ++i) many = rc::mergeStateIntoFile(many, stateDataset("zz-" + std::to_string(i)), {}, 0);
    CHECK(nlohmann::json::parse(many)["datasets"].size() == 32);
    CHECK(rc::loadStateFromFile(main, many).ok);
    for (int i = 0; i < 100; ++i) {
        many = rc::mergeStateIntoFile(many, stateDataset("aa-" + std::to_string(i)), {}, 0);
        if (i % 10 == 0) many = rc::mergeStateIntoFile(many, main, {4, 1, 0, 1}, 3);  // still in use
    }
    CHECK(nlohmann::json::parse(many)["datasets"].size() == 32);
    CHECK(nlohmann::json::parse(many)["recent"].size() == 32);
    CHECK(rc::loadStateFromFile(main, many).ok);
    CHECK(rc::loadStateFromFile(stateDataset("aa-99"), many).ok);
    CHECK(rc::loadStateFromFile(stateDataset("zz-0"), many).error == rc::StateError::Missing);
}

//-----------------------------------------------------------------------------
// [SECTION] Files
//-----------------------------------------------------------------------------

TEST_CASE("state file: atomic write survives a crash before rename", "[state][file]") {
    TempDir dir;
    const std::string path = dir.path + "/state.json";
    const rc::Dataset ds = stateDataset();
    const std::string v1 = rc::mergeStateIntoFile("", ds, {4, -1, -1, -1}, 1);
    const std::string v2 = rc::mergeStateIntoFile(v1, ds, {4, 1, 2, 0}, 4);
    std::string err, read;

    REQUIRE(rc::writeFileAtomic(path, v1, &err));
    CHECK(err.empty());
    REQUIRE(rc::readFile(path, read, 1 << 20));
    CHECK(read == v1);

    // Crash after the temp file is written, before rename(): the old file is intact.
    CHECK_FALSE(rc::writeFileAtomic(path, v2, &err, /*simulateCrashBeforeRename=*/true));
    CHECK_FALSE(err.empty());
    REQUIRE(rc::readFile(path, read, 1 << 20));
    CHECK(read == v1);
    CHECK(rc::loadStateFromFile(ds, read).answers == rc::Answers{4, -1, -1, -1});

    // A real write replaces it and leaves no temp file behind.
    REQUIRE(rc::writeFileAtomic(path, v2, &err));
    REQUIRE(rc::readFile(path, read, 1 << 20));
    CHECK(read == v2);
    CHECK(rc::loadStateFromFile(ds, read).answers == rc::Answers{4, 1, 2, 0});
    CHECK_FALSE(rc::readFile(path + ".tmp", read, 1 << 20));

    // Failures are reported, not thrown.
    CHECK_FALSE(rc::writeFileAtomic(dir.path + "/no/such/dir/state.json", v1, &err));
    CHECK_FALSE(err.empty());
}

TEST_CASE("state file: readFile limits and missing files", "[state][file]") {
    TempDir dir;
    std::string out = "junk";
    CHECK_FALSE(rc::readFile(dir.path + "/missing.json", out, 100));
    CHECK(out.empty());
    const std::string big(40000, 'x');
    REQUIRE(rc::writeFileAtomic(dir.path + "/big", big, nullptr));
    CHECK_FALSE(rc::readFile(dir.path + "/big", out, 39999));
    CHECK(out.empty());
    CHECK(rc::readFile(dir.path + "/big", out, 40000));
    CHECK(out == big);
    REQUIRE(rc::writeFileAtomic(dir.path + "/big", "", nullptr));
    CHECK(rc::readFile(dir.path + "/big", out, 0));
    CHECK(out.empty());
}

TEST_CASE("state file: default path", "[state][file]") {
    TempDir dir;
    EnvGuard xdg("XDG_CONFIG_HOME"), home("HOME");
    ::setenv("XDG_CONFIG_HOME", dir.path.c_str(), 1);
    CHECK(rc::defaultStatePath() == dir.path + "/rolecompare/state.json");
    CHECK(isDir(dir.path + "/rolecompare"));

    ::unsetenv("XDG_CONFIG_HOME");
    ::setenv("HOME", dir.path.c_str(), 1);
    CHECK(rc::defaultStatePath() == dir.path + "/.config/rolecompare/state.json");
    CHECK(isDir(dir.path + "/.config/rolecompare"));

    ::setenv("XDG_CONFIG_HOME", "relative/path", 1);  // not absolute: ignored per the XDG spec
    CHECK(rc::defaultStatePath() == dir.path + "/.config/rolecompare/state.json");

    ::unsetenv("XDG_CONFIG_HOME");
    ::unsetenv("HOME");
    CHECK(rc::defaultStatePath().empty());
}
