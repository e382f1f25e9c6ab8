// Build-time pack generator: loads and validates a dataset JSON with the same
// loader the widget uses for custom data, and writes it as a pack
// (src/core/pack.h) for the widget to embed. An invalid dataset fails the
// build with every error, so the widget never embeds data the validator
// would refuse. Built with em++ and run under Node in the web build (like
// rc_pagegen), natively otherwise.
// Usage: rc_packgen IN.json OUT.pack
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/loader.h"
#include "core/pack.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: rc_packgen IN.json OUT.pack\n";
        return 2;
    }
    const std::string inPath = argv[1], outPath = argv[2];
    std::ifstream in(inPath, std::ios::binary);
    if (!in) {
        std::cerr << "rc_packgen: cannot read " << inPath << "\n";
        return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    rc::LoadResult r = rc::loadDataset(ss.str());
    if (!r.ok) {
        for (const rc::Diagnostic& d : r.errors) std::cerr << rc::formatDiagnostic(inPath, d) << "\n";
        return 1;
    }
    if (!r.data.ui.empty()) {  // the pack does not carry it (src/core/pack.h)
        std::cerr << "rc_packgen: " << inPath << ": a \"ui\" section is not packed; the built-in data has none\n";
        return 1;
    }
    const std::string pack = rc::packDataset(r.data);
    // Check the round trip here, at build time, rather than find out at
    // start-up in a browser.
    rc::UnpackResult back = rc::unpackDataset(pack);
    if (!back.ok || rc::packDataset(back.data) != pack) {
        std::cerr << "rc_packgen: " << inPath << ": the pack does not read back"
                  << (back.ok ? "" : ": " + back.error) << "\n";
        return 1;
    }
    // Write-then-rename: an interrupted build never leaves a half pack that
    // make would take as up to date.
    const std::string tmp = outPath + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(pack.data(), static_cast<std::streamsize>(pack.size()));
        out.close();
        if (!out) {
            std::cerr << "rc_packgen: cannot write " << tmp << "\n";
            std::remove(tmp.c_str());
            return 1;
        }
    }
    if (std::rename(tmp.c_str(), outPath.c_str()) != 0) {
        std::cerr << "rc_packgen: cannot rename " << tmp << " to " << outPath << "\n";
        std::remove(tmp.c_str());
        return 1;
    }
    return 0;
}
