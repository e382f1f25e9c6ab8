// Compare engine tests on tests/data/mini.json (3 roles): category and
// overlap filters, search inside the compare view, and the per-dimension
// split into common and role-only points.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/loader.h"

namespace {

rc::Dataset loadMini() {
    std::ifstream in(std::string(RC_SOURCE_DIR) + "/tests/data/mini.json", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    rc::LoadResult r = rc::loadDataset(ss.str());
    REQUIRE(r.ok);
    return std::move(r.data);
}

std::vector<int> rowsOf(const rc::CompareView& v) {
    std::vector<int> rows;
    for (const auto& g : v.groups)
        for (const auto& r : g.rows) rows.push_back(r.dimension);
    return rows;
}

std::vector<int> groupsOf(const rc::CompareView& v) {
    std::vector<int> groups;
    for (const auto& g : v.groups) groups.push_back(g.category);
    return groups;
}

}  // namespace

// mini.json: categories work(0), skills(1), pay(2); dimensions d-focus(0, work),
// d-languages(1, skills), d-version-control(2, skills, differs=false),
// d-salary(3, pay), d-team(4, work).
TEST_CASE("compare groups rows by category, in category order", "[compare]") {
    rc::Dataset d = loadMini();
    rc::CompareView v = rc::buildCompare(d, {});
    CHECK(groupsOf(v) == std::vector<int>{0, 1, 2});
    CHECK(rowsOf(v) == std::vector<int>{0, 4, 1, 2, 3});
    CHECK(v.rowCount == 5);
    CHECK(v.totalRows == 5);

    const rc::CompareRow& team = v.groups[0].rows[1];
    CHECK(team.title == "Team setup");
    REQUIRE(team.cells.size() == 3);
    CHECK(team.cells[0].role == 0);
    CHECK(team.cells[0].entry->summary == "Works with data scientists.");  // roles order, not JSON order
    CHECK(v.groups[0].rows[0].shared == "All three write code.");
    CHECK(team.titleSpans.empty());  // no search, no highlights
}

TEST_CASE("compare filters: categories and where the roles overlap", "[compare]") {
    rc::Dataset d = loadMini();

    rc::CompareQuery q;
    q.categories = {"pay", "skills", "no-such-category"};
    rc::CompareView v = rc::buildCompare(d, q);
    CHECK(groupsOf(v) == std::vector<int>{1, 2});  // category order, not filter order
    CHECK(rowsOf(v) == std::vector<int>{1, 2, 3});
    CHECK(v.totalRows == 5);

    q.overlapOnly = true;
    v = rc::buildCompare(d, q);
    CHECK(rowsOf(v) == std::vector<int>{1, 2});  // salary: no shared note, no point in common
    CHECK(v.rowCount == 2);
    CHECK(v.totalRows == 5);

    rc::CompareQuery only;
    only.overlapOnly = true;
    v = rc::buildCompare(d, only);
    // focus (a shared note and a common point), languages (Python: a common
    // point only), version control (both; differs=false is still an overlap);
    // not team (nothing shared) nor salary.
    CHECK(rowsOf(v) == std::vector<int>{0, 1, 2});
    CHECK(v.rowCount == 3);
}

TEST_CASE("overlaps: a shared note or a point every role lists", "[compare]") {
    rc::Dataset d = loadMini();
    CHECK(rc::overlaps(d, 0));        // both
    CHECK(rc::overlaps(d, 1));        // "Python" in every role, no note
    CHECK(rc::overlaps(d, 2));
    CHECK_FALSE(rc::overlaps(d, 3));  // shared: "", no points
    CHECK_FALSE(rc::overlaps(d, 4));  // no note, no points
    d.dimensions[1].entries[2].points = {"R"};  // Python no longer in every role
    CHECK_FALSE(rc::overlaps(d, 1));
    d.dimensions[4].shared = "All of them work in teams.";
    CHECK(rc::overlaps(d, 4));
    CHECK_FALSE(rc::overlaps(d, -1));
    CHECK_FALSE(rc::overlaps(d, 5));
}

TEST_CASE("compare search keeps matching rows and highlights them", "[compare]") {
    rc::Dataset d = loadMini();
    rc::CompareQuery q;

    q.search = "python";
    rc::CompareView v = rc::buildCompare(d, q);
    REQUIRE(rowsOf(v) == std::vector<int>{1});
    const rc::CompareRow& row = v.groups[0].rows[0];
    CHECK(row.titleSpans.empty());
    CHECK(row.cells[0].summarySpans == std::vector<rc::Span>{{0, 6}});    // "Python first."
    CHECK(row.cells[1].pointSpans[1] == std::vector<rc::Span>{{0, 6}});   // swe: "Python"
    CHECK(row.cells[1].pointSpans[0].empty());                             // swe: "Java"
    CHECK(row.cells[2].pointSpans[0] == std::vector<rc::Span>{{0, 6}});   // ds: "python"

    q.search = "F1 score";  // words across the row, punctuation-insensitive
    CHECK(rowsOf(rc::buildCompare(d, q)) == std::vector<int>{0});

    q.search = "git scientists";  // both words, but in different rows
    CHECK(rc::buildCompare(d, q).groups.empty());

    q.search = "works";
    q.categories = {"pay"};
    CHECK(rc::buildCompare(d, q).rowCount == 0);

    q.search = "everyone";  // the shared text counts
    q.categories.clear();
    v = rc::buildCompare(d, q);
    REQUIRE(rowsOf(v) == std::vector<int>{2});
    CHECK(v.groups[0].rows[0].sharedSpans == std::vector<rc::Span>{{0, 8}});
}

TEST_CASE("split: what the roles share and where they differ", "[compare]") {
    rc::Dataset d = loadMini();

    // "Write unit tests." / "write unit-tests" / "Write  Unit Tests" normalise alike.
    rc::DimensionSplit focus = rc::splitDimension(d, 0);
    CHECK(focus.shared == "All three write code.");
    REQUIRE(focus.commonPoints.size() == 1);
    CHECK(focus.commonPoints[0] == "Write unit tests.");
    CHECK(focus.commonIndex == std::vector<std::vector<int>>{{0}, {0}, {0}});
    CHECK(focus.unique == std::vector<std::vector<int>>{{1, 2}, {1}, {1}});
    CHECK(focus.anyUnique());

    // A common point may sit at different indexes per role.
    rc::DimensionSplit lang = rc::splitDimension(d, 1);
    REQUIRE(lang.commonPoints.size() == 1);
    CHECK(lang.commonPoints[0] == "Python");
    CHECK(lang.commonIndex == std::vector<std::vector<int>>{{0}, {1}, {0}});
    CHECK(lang.unique == std::vector<std::vector<int>>{{1}, {0, 2}, {1}});

    rc::DimensionSplit git = rc::splitDimension(d, 2);
    CHECK(git.commonPoints.size() == 1);
    CHECK_FALSE(git.anyUnique());

    rc::DimensionSplit salary = rc::splitDimension(d, 3);  // no points at all
    CHECK(salary.commonPoints.empty());
    CHECK_FALSE(salary.anyUnique());
    CHECK(salary.shared.empty());

    CHECK(rc::splitDimension(d, 99).unique.empty());
    CHECK(rc::splitDimension(d, -1).commonPoints.empty());
}
