// rolecompare --validate tests: exit codes and output lines for every file
// of the invalid corpus, the shipped dataset, unreadable and oversized files.
#include <catch2/catch.hpp>

#include "test_util.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/loader.h"
#include "core/validate_cli.h"

namespace {
using rc::test::dataPath;
using rc::test::readFile;
}  // namespace

TEST_CASE("validate: every invalid file fails with its error line and a count", "[cli][invalid]") {
    namespace fs = std::filesystem;
    int files = 0;
    for (const auto& e : fs::directory_iterator(dataPath("tests/data/invalid"))) {
        if (e.path().extension() != ".json") continue;
        ++files;
        std::string path = e.path().string();
        INFO(path);
        std::ostringstream out, err;
        CHECK(rc::runValidate(path, out, err) == 1);
        CHECK(err.str().empty());

        rc::LoadResult r = rc::loadDataset(readFile(path));
        REQUIRE_FALSE(r.errors.empty());
        std::string text = out.str();
        for (const auto& d : r.errors) CHECK(text.find(rc::formatDiagnostic(path, d) + "\n") != std::string::npos);
        std::string count = std::to_string(r.errors.size()) + " error(s)";
        CHECK(text.find(count) != std::string::npos);
        CHECK(text.find("ok:") == std::string::npos);
    }
    CHECK(files >= 30);
}

TEST_CASE("validate: exact output for one bad file", "[cli]") {
    std::string path = dataPath("tests/data/invalid/08-one-role.json");
    std::ostringstream out, err;
    CHECK(rc::runValidate(path, out, err) == 1);
    CHECK(out.str() == path + ":22:12: /roles: must have 2 to 4 roles, found 1\n1 error(s)\n");
}

TEST_CASE("validate: the shipped dataset passes with a summary", "[cli][shipped]") {
    std::string path = dataPath("assets/roles/ml-vs-swe.json");
    std::ostringstream out, err;
    CHECK(rc::runValidate(path, out, err) == 0);
    CHECK(err.str().empty());

    rc::LoadResult r = rc::loadDataset(readFile(path));
    REQUIRE(r.ok);
    const rc::Dataset& d = r.data;
    std::string summary = "ok: ml-vs-swe " + d.meta.version + " \xE2\x80\x94 " + std::to_string(d.roles.size()) +
                          " roles, " + std::to_string(d.dimensions.size()) + " dimensions in " +
                          std::to_string(d.categories.size()) + " categories, " + std::to_string(d.faq.size()) +
                          " FAQ, " + std::to_string(d.meta.sources.size()) + " sources, " +
                          std::to_string(d.quiz.questions.size()) + " quiz questions\n";
    CHECK(out.str() == summary);
}

TEST_CASE("validate: warnings are printed, the file still passes", "[cli]") {
    std::string path = dataPath("tests/data/unknown-fields.json");
    std::ostringstream out, err;
    CHECK(rc::runValidate(path, out, err) == 0);
    std::string text = out.str();
    CHECK(text.find(path + ":37:19: /roles/1/nickname: warning: unknown field 'nickname' ignored\n") !=
          std::string::npos);
    CHECK(text.find("ok: base 0.1.0 \xE2\x80\x94 2 roles, 2 dimensions in 2 categories, 2 FAQ, 2 sources, "
                    "4 quiz questions (3 warnings)\n") != std::string::npos);
}

TEST_CASE("validate: unreadable and oversized files", "[cli]") {
    std::ostringstream out, err;
    std::string missing = dataPath("tests/data/no-such-file.json");
    CHECK(rc::runValidate(missing, out, err) == 1);
    CHECK(err.str() == missing + ": cannot read file\n");
    CHECK(out.str().empty());

    // Generated at run time: a 1 MiB file does not belong in the repository.
    namespace fs = std::filesystem;
    std::string big = (fs::temp_directory_path() / "rc-validate-oversized.json").string();
    {
        std::ofstream f(big, std::ios::binary);
        f << std::string(1100000, ' ');
    }
    std::ostringstream out2, err2;
    CHECK(rc::runValidate(big, out2, err2) == 1);
    CHECK(out2.str() == big + ": file is 1100000 bytes, over the 1 MiB limit\n1 error(s)\n");
    std::remove(big.c_str());
}
