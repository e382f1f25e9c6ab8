// libFuzzer target: display text (core/bidi.h, core/clusters.h). The input is
// any bytes, read as the UTF-8 a dataset or a search box may hold, malformed
// or not: its clusters are registered, it is shaped with and without them,
// and each of its lines is put in visual order both ways. Nothing may read
// out of bounds, and the byte maps must point into the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/bidi.h"
#include "core/clusters.h"
#include "fuzz_common.h"

namespace {

void checkShaped(std::string_view s, const rc::bidi::Shaped& out) {
    RC_FUZZ_CHECK(out.source.size() == out.text.size() + 1);
    RC_FUZZ_CHECK(out.source.back() == s.size());
    for (size_t k = 0; k + 1 < out.source.size(); ++k) {
        RC_FUZZ_CHECK(out.source[k] < s.size());
        RC_FUZZ_CHECK(out.source[k] <= out.source[k + 1]);  // logical order kept
    }
}

void checkLines(std::string_view text) {
    static rc::bidi::Visual v;
    for (size_t at = 0; at <= text.size();) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(at, end - at);
        for (rc::bidi::Dir dir : {rc::bidi::Dir::Ltr, rc::bidi::Dir::Rtl}) {
            rc::bidi::reorder(line, dir, v);
            RC_FUZZ_CHECK(v.from.size() == v.text.size());
            for (uint32_t f : v.from) RC_FUZZ_CHECK(f < line.size());
        }
        at = end + 1;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    (void)rc::bidi::scan(s);
    for (size_t i = 0; i < s.size();) {
        const size_t end = rc::bidi::clusterEnd(s, i);
        RC_FUZZ_CHECK(end > i && end <= s.size());
        i = end;
    }
    rc::bidi::Clusters clusters;
    clusters.add(s);
    for (size_t k = 0; k < clusters.size(); ++k) {
        const uint32_t cp = clusters.codepoint(k);
        RC_FUZZ_CHECK(!clusters.text(cp).empty());
        RC_FUZZ_CHECK(clusters.find(clusters.text(cp)) == cp);
    }
    static rc::bidi::Shaped shaped;
    rc::bidi::shape(s, shaped);
    checkShaped(s, shaped);
    checkLines(shaped.text);
    rc::bidi::shape(s, shaped, &clusters);
    checkShaped(s, shaped);
    checkLines(shaped.text);
    if (clusters.size() > 0) {  // a forgotten cluster is drawn as its characters again
        const uint32_t first = clusters.codepoint(0);
        const std::string text(clusters.text(first));
        clusters.forget(first);
        RC_FUZZ_CHECK(clusters.find(text) == 0);
        rc::bidi::shape(s, shaped, &clusters);
        checkShaped(s, shaped);
    }
    return 0;
}
