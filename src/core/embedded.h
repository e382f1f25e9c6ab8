// Files embedded into the binary at build time (cmake/embed.cmake).
// The same bytes natively and in the browser: no filesystem, no fetch.
#pragma once
#include <cstddef>
#include <string_view>

namespace rc {

struct EmbeddedFile {
    const char* name;           // path relative to its root, e.g. "roles/ml-vs-swe.json"
    const unsigned char* data;  // NUL-terminated for convenience; size excludes it
    size_t size;
};

// Looks a file up in a generated table; empty view if absent.
inline std::string_view findEmbedded(const EmbeddedFile* table, std::string_view name) {
    for (const EmbeddedFile* f = table; f->name; ++f)
        if (name == f->name) return {reinterpret_cast<const char*>(f->data), f->size};
    return {};
}

namespace assets { const EmbeddedFile* files(); }  // everything under assets/ but ui/
// The interface catalogues, "ui/en.json"...: all of assets/ui natively, only
// English in the web build (cmake/assets.cmake); linked by the core itself.
namespace catalogues { const EmbeddedFile* files(); }
namespace fonts { const EmbeddedFile* files(); }   // the subset UI fonts
namespace packs { const EmbeddedFile* files(); }   // the default dataset as a pack (cmake/pack.cmake)

}  // namespace rc
