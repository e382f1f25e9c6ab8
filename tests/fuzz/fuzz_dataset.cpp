// libFuzzer target: dataset bytes -> loadDataset, and when the file loads,
// everything the UI does with a dataset: the search index, a search, the
// compare view (with and without filters), dimension splits and quiz scoring.
//
// Input: DATASET [ '\0' QUERY ]. Without a NUL byte the query is the last
// 24 bytes of the input, so plain JSON seeds still exercise search.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/compare.h"
#include "core/loader.h"
#include "core/quiz.h"
#include "core/search.h"
#include "core/share.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::string_view bytes = in, query;
    size_t nul = in.rfind('\0');
    if (nul != std::string_view::npos) {
        bytes = in.substr(0, nul);
        query = in.substr(nul + 1);
    } else {
        query = in.substr(in.size() > 24 ? in.size() - 24 : 0);
    }

    rc::LoadResult r = rc::loadDataset(bytes);
    RC_FUZZ_CHECK(r.ok == r.errors.empty());
    for (const rc::Diagnostic& d : r.errors) {
        RC_FUZZ_CHECK(!d.message.empty());
        (void)rc::formatDiagnostic("fuzz.json", d);
    }
    if (!r.ok) return 0;
    const rc::Dataset& ds = r.data;

    rc::SearchIndex index = rc::buildIndex(ds);
    std::vector<rc::SearchHit> hits = rc::search(index, query);
    for (const rc::SearchHit& h : hits)
        for (const rc::Span& s : h.spans) RC_FUZZ_CHECK(s.begin <= s.end && s.end <= h.text.size());
    (void)rc::search(index, query, 3);

    rc::CompareQuery all;
    rc::CompareView v = rc::buildCompare(ds, all);
    RC_FUZZ_CHECK(v.rowCount == static_cast<int>(ds.dimensions.size()));
    rc::CompareQuery filtered;
    filtered.search = std::string(query);
    filtered.overlapOnly = size & 1;
    if (!ds.categories.empty()) filtered.categories.push_back(ds.categories[size % ds.categories.size()].id);
    filtered.categories.push_back(std::string(query));  // unknown ids are ignored
    rc::CompareView f = rc::buildCompare(ds, filtered);
    RC_FUZZ_CHECK(f.rowCount <= f.totalRows);
    for (int d = -1; d <= static_cast<int>(ds.dimensions.size()); ++d) (void)rc::splitDimension(ds, d);

    // Answers picked by the input bytes: skipped, each option, or out of range.
    rc::Answers answers;
    for (size_t q = 0; q < ds.quiz.questions.size(); ++q) {
        int n = static_cast<int>(ds.quiz.questions[q].options.size());
        answers.push_back(static_cast<int>(data[q % size] % (n + 2)) - 1);
    }
    rc::QuizResult res = rc::score(ds, answers);
    RC_FUZZ_CHECK(res.fits.size() == ds.roles.size());
    for (double x : res.fits) RC_FUZZ_CHECK(x >= -1e-9 && x <= 100 + 1e-9);
    if (res.complete) (void)rc::flipAnalysis(ds, answers);
    std::string token = rc::encodeToken(ds, answers);
    if (!token.empty()) {
        rc::DecodeResult back = rc::decodeToken(ds, token);
        RC_FUZZ_CHECK(back.ok);
    }
    return 0;
}
