// One interface message as stored (Catalogue's own table and English's
// generated one), and English's table, generated from assets/ui/en.json by
// cmake/catalogue.cmake into gen/ui/rc_catalogue_en.cpp. Catalogue::english()
// points at that table: no JSON parse and no map built at start-up (the web's
// first frame draws English without the JSON library, which lives in the
// second part of the download, and without std::map's code).
#pragma once
#include <cstddef>
#include <string_view>

namespace rc {

// A message: its key and its text in each plural form, in rc::Plural's order
// (zero, one, two, few, many, other); a form the message lacks is empty (no
// form may be empty: the checks refuse it). A plain message has only "other".
struct Message {
    std::string_view key;
    std::string_view forms[6];
};

namespace gen {

// English's messages, sorted by key (byte order), kEnglishCount of them.
extern const Message kEnglishMessages[];
extern const size_t kEnglishCount;

}  // namespace gen
}  // namespace rc
