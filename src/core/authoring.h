// rolecompare authoring-note check: warnings for text a visitor would see
// that reads like a note to the data's authors ("The article lists no data
// responsibility for software engineers.", "Not a listed responsibility").
// The widget shows every text field as written, so such a note reaches
// visitors; the loader runs this check after a load with no errors
// (loader.cpp, Public API) and the warnings come out of --validate with the
// others (docs/data-format.md, "Validation").
//
// What counts as a note (case-insensitive, whole words as tokenize() in
// text.h splits them):
// - "the article" or "this article" ("the articles", "the article's" too);
// - the word "listed" ("unlisted", "enlisted" and "lists" are other words and
//   pass: they describe things, not the data's own making).
// Fields checked: every text a view or the HTML mirror shows, i.e. meta
// title and description, roles, category and dimension titles, dimension
// "shared" and entries, shared items, basics, difficulty, choose, FAQ
// (question, answer, tags) and quiz (prompts, option labels, next steps).
// Not checked: ids, colours, URLs and source titles (a reference's own title
// may well name an article).
//
// Pure C++17, no ImGui, no platform.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "loader.h"
#include "model.h"

namespace rc {

// The note-like phrase in `text`, folded and with single spaces ("the
// article", "listed"), or "" when there is none. The first one wins.
std::string authoringNotePhrase(std::string_view text);

// Appends to `warnings` one diagnostic per field of `data` that holds such a
// phrase: its JSON pointer and
//   reads like an authoring note ("the article"); visitors see this text
// Pointers name the JSON the data was loaded from: role-keyed objects
// (dimension entries, next steps) by role id, lists by index. `data` must be
// a dataset the loader accepted (indexes then match the file's).
void warnAuthoringNotes(const Dataset& data, std::vector<Diagnostic>& warnings);

}  // namespace rc
