// rolecompare as plain, semantic HTML, from the same model the canvas draws:
// - renderFallbackHtml(): the whole content (overview, comparison table,
//   FAQ, ML basics, difficulty, how to choose, sources), generated at build
//   time into the page's <noscript>, and shown when WebGL2 is missing; it is
//   readable and indexable without JavaScript.
// - renderMirrorHtml(): the current view for assistive technology, beside the
//   canvas. Its controls carry data-rc-action="..." strings that the page
//   sends back to App::mirrorAction() (see src/ui/app.cpp for the actions).
//   The result's words come from verdict() (verdict.h), as in the Result view;
//   "Copy share link" is an action: the app copies the link, the mirror never
//   holds it.
// Pure C++: no ImGui, no platform.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "catalogue.h"
#include "model.h"
#include "quiz.h"
#include "search.h"
#include "view_table.h"

namespace rc {

std::string htmlEscape(std::string_view s);

// Its headings and labels are `cat`'s (the page's <html lang> follows cat.language()).
std::string renderFallbackHtml(const Dataset& ds, const Catalogue& cat = Catalogue::english());

struct MirrorState {
    View view = View::Overview;
    const Catalogue* cat = nullptr;  // the interface's words; nullptr = English
    const Answers* answers = nullptr;
    int current = 0;             // quiz question shown
    const QuizResult* result = nullptr;
    const std::vector<Flip>* flips = nullptr;
    const std::vector<char>* faqOpen = nullptr;
    // A result someone shared (#quiz=): answers, result and flips above are
    // theirs. ownAnswers/ownResult: the reader's own, when they have answered
    // anything ("Compare with your answers"); comparing: that comparison is open.
    bool shared = false;
    const Answers* ownAnswers = nullptr;
    const QuizResult* ownResult = nullptr;
    bool comparing = false;
    // The Search view: the box's text, the query as searched, and its hits.
    const std::string* searchQuery = nullptr;
    const Query* searchParsed = nullptr;
    const std::vector<SearchHit>* searchHits = nullptr;
};

// A search hit as the Search view and the mirror show it: the item's title,
// whose text matched (a role's short name, or ""), and a snippet: the matched
// text around its first highlight, or the item's text when its title matched.
// Spans are highlights in title and snippet (the query's words).
struct HitText {
    std::string title;
    std::vector<Span> titleSpans;
    std::string label;
    std::string snippet;
    std::vector<Span> snippetSpans;
};
// A hit on a part without a title of its own in the data ("What is machine
// learning?") takes the view's heading from `cat`.
HitText hitText(const Dataset& ds, const SearchHit& hit, const Query& query, size_t maxSnippet = 180,
                const Catalogue& cat = Catalogue::english());

// The nav, the title, then the view's own part: its renderer in the view
// table's mirror column (view_table.h), defined below.
std::string renderMirrorHtml(const Dataset& ds, const MirrorState& st);

// Each view's part of the mirror (the view table's mirror column).
// mirrorGeneric: the view's title only, for a view with no mirror of its own yet.
#define RC_VIEW_MIRROR_DECL(e, id, title, flags, part, draw, mirror) \
    std::string mirror(const Dataset& ds, const MirrorState& st);
RC_VIEW_TABLE(RC_VIEW_MIRROR_DECL)
#undef RC_VIEW_MIRROR_DECL
std::string mirrorGeneric(const Dataset& ds, const MirrorState& st);

}  // namespace rc
