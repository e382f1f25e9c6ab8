// The English catalogue as a table (generated from assets/ui/en.json by
// cmake/catalogue.cmake into gen/ui/rc_catalogue_en.cpp). Catalogue::english()
// is built from it with no JSON parse: the web's first frame draws English
// without the JSON library, which lives in the second part of the download.
#pragma once

namespace rc::gen {

struct CatalogueRow {
    const char* key;   // "nav.compare"; nullptr ends the table
    int form;          // rc::Plural as an int (5 = Other: a plain message)
    const char* text;  // the form's text, placeholders as written
};

extern const CatalogueRow kEnglishMessages[];

}  // namespace rc::gen
