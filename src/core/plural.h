// Plural categories (CLDR cardinal: zero, one, two, few, many, other), in a
// header of their own so that the model (a dataset's "ui" overrides) and the
// catalogue (catalogue.h, which has the rules) share the type without the
// model knowing the catalogue.
#pragma once
#include <functional>
#include <map>
#include <string>

namespace rc {

enum class Plural { Zero, One, Two, Few, Many, Other };

// Message forms by plural category: a plain message is {Other: text}.
using MessageForms = std::map<Plural, std::string>;
// Messages by key (a catalogue's, or a dataset's "ui" overrides).
using MessageMap = std::map<std::string, MessageForms, std::less<>>;

}  // namespace rc
