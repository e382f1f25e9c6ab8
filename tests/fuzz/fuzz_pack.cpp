// libFuzzer target: dataset packs (src/core/pack.h). The input is a whole
// pack; unpackDataset must refuse it with a "pack: ..." message or decode it,
// and whatever decodes must re-encode to exactly the input (every value has
// one encoding). Seeds: packs of tests/data/mini.json and base.json.
//
// A decoded pack is not run through the UI's core calls here: packs come
// only from the build (tools/packgen.cpp, after validation), so the reader
// promises memory safety and an exact round trip, not the loader's checks.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/pack.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    rc::UnpackResult r = rc::unpackDataset(in);
    RC_FUZZ_CHECK(r.ok == r.error.empty());
    if (!r.ok) {
        RC_FUZZ_CHECK(r.error.compare(0, 6, "pack: ") == 0);
        RC_FUZZ_CHECK(r.data.roles.empty() && r.data.meta.id.empty());
        return 0;
    }
    RC_FUZZ_CHECK(rc::packDataset(r.data) == in);
    return 0;
}
