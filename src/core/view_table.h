// The widget's views: ONE table, one row per view. Everything that lists the
// views reads it: the UI's enum, titles, nav and draw dispatch (src/ui), the
// accessible mirror (html.cpp), ?view= (params.cpp), the host's set-view
// (host.cpp), the desktop's --view, the state export the tests read, and the
// web build's first-frame decision (which download part a start view needs).
//
// Adding a view: one new file src/ui/view_<name>.cpp defining the draw
// function, plus one row here. The mirror column may name mirrorGeneric (the
// view's title only) until the view gets a mirror of its own.
//
// Columns:
//   Enum   the rc::View enumerator
//   id     URL, event and state name ("overview")
//   title  shown in the nav and the mirror
//   flags  ViewInNav: a nav button; ViewByUrl: ?view=, set-view and --view may open it
//   part   WebPart::First: the first download draws it; Last: only the
//          program's last part (rolecompare.rest.wasm) draws it, so a start
//          on this view, or a move to it, waits for that part
//          (App::setLateViews; docs/performance.md)
//   draw   the UI's draw function (rc::ui, src/ui/view_<name>.cpp); only src/ui expands it
//   mirror the mirror's renderer (rc::, html.cpp)
//
// Pure C++: the draw column is a name the core never expands.
#pragma once
#include <string>
#include <string_view>

#define RC_VIEW_TABLE(X)                                                                              \
    X(Overview, "overview", "Overview", ViewInNav | ViewByUrl, WebPart::First, drawOverview, mirrorOverview) \
    X(Compare, "compare", "Compare", ViewInNav | ViewByUrl, WebPart::Last, drawCompare, mirrorCompare)       \
    X(Choose, "choose", "How to choose", ViewInNav | ViewByUrl, WebPart::Last, drawChoose, mirrorChoose)     \
    X(Quiz, "quiz", "Quiz", ViewInNav | ViewByUrl, WebPart::Last, drawQuiz, mirrorQuiz)                      \
    X(Result, "result", "Result", 0, WebPart::Last, drawResult, mirrorResult)                                \
    X(Faq, "faq", "FAQ", ViewInNav | ViewByUrl, WebPart::Last, drawFaq, mirrorFaq)                           \
    X(Basics, "basics", "ML basics", ViewInNav | ViewByUrl, WebPart::Last, drawBasics, mirrorBasics)         \
    X(Sources, "sources", "Sources", ViewInNav | ViewByUrl, WebPart::Last, drawSources, mirrorSources)        \
    X(Search, "search", "Search", ViewInNav | ViewByUrl, WebPart::Last, drawSearch, mirrorSearch)

namespace rc {

enum class View : int {
#define RC_VIEW_ENUM(e, ...) e,
    RC_VIEW_TABLE(RC_VIEW_ENUM)
#undef RC_VIEW_ENUM
    Count
};

enum ViewFlags : unsigned { ViewInNav = 1u << 0, ViewByUrl = 1u << 1 };
enum class WebPart { First, Last };

struct Dataset;
struct MirrorState;
using MirrorFn = std::string (*)(const Dataset&, const MirrorState&);

struct ViewInfo {
    View view;
    const char* id;
    const char* title;
    unsigned flags;
    WebPart part;
    MirrorFn mirror;
};

constexpr int kViewCount = static_cast<int>(View::Count);
const ViewInfo& viewInfo(View v);  // v < View::Count
inline const char* viewId(View v) { return viewInfo(v).id; }
inline const char* viewTitle(View v) { return viewInfo(v).title; }
// Finds a view by id; with `flags`, only a view that has all of them
// (parseView(s, &v, ViewByUrl): what a URL or host may open).
bool parseView(std::string_view id, View* out, unsigned flags = 0);
// "overview, compare, choose, quiz, faq, basics, sources or search": the ids with `flags`, for messages.
std::string viewIdList(unsigned flags);

}  // namespace rc
