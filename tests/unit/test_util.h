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
// optionsOf(q) options. A 5-option question is a scale question about the
// factor "f<q>" of role q % 2 (listed in that role's choose group); any other
// is a choice question whose option o points to role o % 2. The tests that use
// it (share tokens, saved state) need only the option counts; the roles and
// factors make it a quiz that score() can read.
template <class OptionsOf>
rc::Dataset quizDataset(int nQ, OptionsOf optionsOf, std::string id = "ml-vs-swe", std::string version = "1.0.0") {
    rc::Dataset ds;
    ds.meta.id = std::move(id);
    ds.meta.version = std::move(version);
    ds.roles = {rc::Role{"mle", "ML", "", "", "", 0}, rc::Role{"swe", "SWE", "", "", "", 0}};
    ds.choose.groups = {rc::ChooseGroup{"mle", {}}, rc::ChooseGroup{"swe", {}}};
    for (int q = 0; q < nQ; ++q) {
        rc::Question qu;
        qu.id = "q" + std::to_string(q);
        const int n = optionsOf(q);
        if (n == 5) {
            qu.kind = rc::QuestionKind::Scale;
            qu.role = q % 2;
            qu.factor = "f" + std::to_string(q);
            ds.choose.groups[static_cast<size_t>(qu.role)].factors.push_back(rc::Item{qu.factor, "Factor " + qu.factor, "", {}});
            for (int o = 0; o < n; ++o) qu.options.push_back(rc::Option{"", -1, ""});
        } else {
            qu.kind = rc::QuestionKind::Choice;
            for (int o = 0; o < n; ++o) qu.options.push_back(rc::Option{"o" + std::to_string(o), o % 2, ""});
        }
        ds.quiz.questions.push_back(std::move(qu));
    }
    return ds;
}

}  // namespace rc::test
