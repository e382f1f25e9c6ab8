// rolecompare dataset pack: a compact binary form of an rc::Dataset.
//
// The embedded default dataset ships as a pack instead of JSON: the build
// loads and validates assets/roles/ml-vs-swe.json once (tools/packgen.cpp) and
// the widget only decodes the result at start-up, which is much cheaper than
// parsing and validating JSON in the browser. Custom data from a host page
// still goes through loadDataset() (loader.h): a pack is never user input.
//
// Layout (docs/data-format.md, "The embedded pack"):
//   "RCPK"  magic, 4 bytes
//   version 1 byte (kPackVersion)
//   every field of rc::Dataset, every member of every struct in model.h, in
//   declaration order, but Dataset::ui (a site's interface text overrides:
//   only the built-in data is packed and it has none; rc_packgen refuses
//   data with a "ui" section rather than drop it):
//     string       LEB128 byte length, then the bytes
//     vector       LEB128 element count, then the elements
//     int          zigzag LEB128
//     uint32_t     LEB128
//     double       8 bytes, IEEE 754 bit pattern, little-endian
//     bool, enum   1 byte
// Varints must be minimal (no redundant 0x80 continuation bytes), so a pack
// that decodes re-encodes to exactly the same bytes.
//
// Pure C++17; never throws (the web build compiles the core with
// -fno-exceptions).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "model.h"

namespace rc {

// Bump when model.h or the encoding changes: an old pack is then refused with
// "unknown version" instead of being read into the wrong fields.
// 2: format 2 quiz (Option role and factor instead of weights; Question
// factor and role; Quiz fitAt).
// 3: Dataset::search (synonym groups).
// 4: SearchAids::narrower (one-way broader terms).
constexpr uint8_t kPackVersion = 4;

std::string packDataset(const Dataset& d);

struct UnpackResult {
    bool ok = false;
    Dataset data;       // trust it only when ok
    std::string error;  // "pack: truncated at byte 1234 (reading a string length)"; empty when ok
};

// Bounds-checked: truncation, oversized lengths and counts (checked before
// anything is allocated), bad magic, an unknown version, bad bool/enum bytes,
// out-of-range numbers and trailing bytes are errors, never crashes.
UnpackResult unpackDataset(std::string_view bytes);

// Calls fn with every string of the dataset (ids, titles, texts...), walking
// the same field list as the pack, then every form of its "ui" overrides.
// The UI uses it to know which characters its fonts need.
void forEachText(const Dataset& d, const std::function<void(const std::string&)>& fn);

}  // namespace rc
