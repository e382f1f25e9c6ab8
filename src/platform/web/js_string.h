// Strings handed from the page's JS to C++ (library_rolecompare.js,
// rcAllocString: malloc'd UTF-8, or null).
#pragma once

#include <cstdlib>
#include <string>

namespace rc::web {

// Takes ownership of a malloc'd string from JS (null reads as "").
inline std::string takeJsString(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

}  // namespace rc::web
