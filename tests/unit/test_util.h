// Helpers shared by the unit tests: repository paths, files, small datasets.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"

namespace rc::test {

// A path under the repository (RC_SOURCE_DIR is set by CMake).
inline std::string dataPath(const std::string& rel) { return std::string(RC_SOURCE_DIR) + "/" + rel; }

// The whole file, or "" if it cannot be read.
inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A two-role (mle, swe) dataset with nQ quiz questions; question q has
// optionsOf(q) options whose weights lean from swe (option 0) to mle.
template <class OptionsOf>
rc::Dataset quizDataset(int nQ, OptionsOf optionsOf, std::string id = "ml-vs-swe", std::string version = "1.0.0") {
    rc::Dataset ds;
    ds.meta.id = std::move(id);
    ds.meta.version = std::move(version);
    ds.roles = {rc::Role{"mle", "ML", "", "", "", 0}, rc::Role{"swe", "SWE", "", "", "", 0}};
    for (int q = 0; q < nQ; ++q) {
        rc::Question qu;
        qu.id = "q" + std::to_string(q);
        const int n = optionsOf(q);
        for (int o = 0; o < n; ++o) qu.options.push_back(rc::Option{"", {double(o), double(n - o)}});
        ds.quiz.questions.push_back(std::move(qu));
    }
    return ds;
}

}  // namespace rc::test
