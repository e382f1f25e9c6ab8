// Every change a reader, the host page or the accessible mirror can make to
// the UI's state, as one typed command. Views push them (Context::push), the
// mirror's action strings parse into them (parseMirrorAction), the platform
// sends them (App::execute); App alone applies them, after the frame, and
// emits every event and effect that follows (app.cpp, [SECTION] Commands).
#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/view_table.h"

namespace rc {
struct Dataset;
}

namespace rc::ui {

enum class ThemeMode { Light, Dark };

struct Go { View view; };                   // show a view (the nav, "See result", set-view, ...)
struct Answer { int question, option; };    // option kSkipped (-1): skip it; out of range: ignored
struct ShowQuestion { int question; };      // the quiz shows this question (clamped to the quiz)
struct ResetQuiz {};                        // clear every answer; Result goes back to the quiz
struct TakeQuiz {};                         // a shared result's "Take the quiz yourself": the quiz, with the reader's own answers
struct CompareShared { bool on; };          // a shared result: the reader's own fits beside it (only when they have answers)
struct SetSearch { View view; std::string text; };  // the search box of Compare, FAQ or Search
struct ToggleCategory { std::string id; };  // Compare: pick or unpick a category
struct ShowAllCategories {};                // Compare: "All"
struct SetOverlapOnly { bool on; };         // Compare: only dimensions where the roles overlap (core overlaps())
struct ToggleFaq { int index; };            // open or close one FAQ answer
struct OpenAllFaq { bool open; };           // "Expand all" / "Collapse all"
struct Copy { std::string text; };          // to the clipboard (the platform answers with CopyDone)
struct CopyDone { bool ok; };               // the platform's answer to the last Copy
struct Open { std::string url; };           // a link, in a new tab or the system browser
struct SetTheme { ThemeMode theme; };
struct DismissBanner { int index; };
struct ShowChooseMethod {};                 // How to choose, scrolled to how the quiz turns answers into a fit
struct OpenSearch {};                       // the Search view, its box taking the keyboard (the nav's entry)
struct OpenHit { int hit; };                // a hit of the search (SearchUi::hits): its view, scrolled to its item
struct SetTextSize { int percent; };        // the reader's text size: one of kTextSizes (others snap to the nearest)

using Command = std::variant<Go, Answer, ShowQuestion, ResetQuiz, SetSearch, ToggleCategory, ShowAllCategories,
                             SetOverlapOnly, ToggleFaq, OpenAllFaq, Copy, CopyDone, Open, SetTheme,
                             DismissBanner, ShowChooseMethod, TakeQuiz, CompareShared, OpenSearch, OpenHit,
                             SetTextSize>;

// The text sizes the reader can pick (percent): the header's A- / A+ step through them.
inline constexpr int kTextSizes[] = {100, 125, 150, 175, 200};

struct UiState;

// The accessible mirror's actions (src/core/html.cpp's data-rc-action):
// "view:NAME", "answer:Q:O", "next", "back", "skip", "result", "retake",
// "copy", "faq:I", "question:Q" (the quiz at question Q), "choose:method"
// (ShowChooseMethod), "hit:N" (OpenHit: the search's hit N). Appends the
// commands an action means in the current state; returns false (appending
// nothing) for an unknown or out-of-range action.
// On a shared result: "take-quiz" (TakeQuiz), "compare-answers" (toggles
// CompareShared; only when the reader has answers of their own), "copy"
// copies the shared link, and "retake" is refused (not the reader's to retake).
bool parseMirrorAction(std::string_view action, const Dataset& data, const UiState& state, const std::string& shareBase,
                       std::vector<Command>* out);

}  // namespace rc::ui
