// Build-time page generator: writes the widget's content.html (the plain-HTML page) from the
// template in web/, with the plain-HTML rendering of the embedded dataset in
// place of <!--rc:fallback--> (src/core/html.cpp), its headings in the
// data's language when it has a built-in catalogue (the page's <html lang>
// and dir follow it), else English. Built with em++ and run
// under Node in the web build, so it uses exactly the bytes the widget embeds.
// Usage: rc_pagegen TEMPLATE OUT
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/catalogue.h"
#include "core/embedded.h"
#include "core/html.h"
#include "core/loader.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: rc_pagegen TEMPLATE OUT\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string page = ss.str();
    const std::string marker = "<!--rc:fallback-->";
    size_t at = page.find(marker);
    if (!in || at == std::string::npos) {
        std::cerr << "rc_pagegen: " << argv[1] << ": no " << marker << " marker\n";
        return 1;
    }
    rc::LoadResult r = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json"));
    if (!r.ok) {
        for (const rc::Diagnostic& d : r.errors) std::cerr << rc::formatDiagnostic("ml-vs-swe.json", d) << "\n";
        return 1;
    }
    const rc::Catalogue* found = rc::builtInCatalogue(rc::chooseUiLanguage({}, r.data.meta.language, {}));
    const rc::Catalogue& cat = found ? *found : rc::Catalogue::english();
    page.replace(at, marker.size(), rc::renderFallbackHtml(r.data, cat));
    const std::string html = "<html lang=\"en\">";
    if (size_t h = page.find(html); h != std::string::npos)
        page.replace(h, html.size(), "<html lang=\"" + cat.language() + "\"" + (cat.rtl() ? " dir=\"rtl\"" : "") + ">");
    std::ofstream out(argv[2], std::ios::binary);
    out << page;
    return out ? 0 : 1;
}
