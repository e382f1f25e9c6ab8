// Minimal PNG writer for screenshots (RGBA8, stored deflate blocks: no zlib
// dependency; screenshots are test artefacts, size does not matter).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rc::desktop {
bool writePng(const std::string& path, int w, int h, const std::vector<uint8_t>& rgbaTopDown);
}
