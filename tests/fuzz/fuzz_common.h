// Shared helpers for the libFuzzer targets (tests/fuzz/fuzz_*.cpp).
// A broken invariant calls fuzzFail(), which prints what broke and aborts, so
// libFuzzer saves the input as a crash reproducer.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/embedded.h"
#include "core/loader.h"

namespace rcfuzz {

[[noreturn]] inline void fuzzFail(const char* what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}
#define RC_FUZZ_CHECK(cond) ((cond) ? (void)0 : ::rcfuzz::fuzzFail(#cond))

// The shipped dataset, loaded once per process (it must load: the build embeds it).
inline const rc::Dataset& shipped() {
    static const rc::Dataset ds = [] {
        rc::LoadResult r = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json"));
        if (!r.ok) fuzzFail("the embedded dataset does not load");
        return std::move(r.data);
    }();
    return ds;
}

// A small second dataset (tests/data/mini.json: 3 questions, 5, 4 and 5 options).
inline const rc::Dataset& mini() {
    static const rc::Dataset ds = [] {
        std::ifstream in(std::string(RC_SOURCE_DIR) + "/tests/data/mini.json", std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        rc::LoadResult r = rc::loadDataset(ss.str());
        if (!r.ok) fuzzFail("tests/data/mini.json does not load");
        return std::move(r.data);
    }();
    return ds;
}

}  // namespace rcfuzz
