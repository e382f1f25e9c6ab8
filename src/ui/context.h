// rolecompare UI: what every view draws from, and how it asks for change.
// The UI draws with ImGui and calls core; it never calls the platform. Views
// read the state (UiState, through const references) and never write it:
// what a reader does becomes a Command (commands.h), queued with ctx.push()
// and applied by App after the frame. What the UI wants from the outside
// world (open a link, copy text, save progress, tell the host page something)
// App queues as Effects, which the platform drains after each frame (like
// ImGuiIO's WantXxx outputs).
//
// [SECTION] Views and effects
// [SECTION] Fonts and palette
// [SECTION] View state (owned by App, changed only by commands)
// [SECTION] View memory (owned by App, written by the view that draws it)
// [SECTION] Context
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "core/catalogue.h"
#include "core/clusters.h"
#include "core/model.h"
#include "core/quiz.h"
#include "core/search.h"
#include "core/view_table.h"

#include <imgui.h>  // ImFont, ImFontAtlas, ImFontConfig (FontFaces)

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Views and effects
//-----------------------------------------------------------------------------

// The views, their ids and titles: core/view_table.h (one table).
using rc::View;
using rc::parseView;
using rc::viewId;
using rc::viewTitle;

struct Effect {
    // ForgetShareLink: the share link that opened a result is done with (the
    // reader left it, took the quiz, or retook their own): the web drops
    // #quiz= from the address bar without a new history entry; elsewhere nothing.
    // SaveTextSize: the reader's text size (text: the percent) to keep for
    // the next visit (the web: localStorage; AppConfig::textSize restores it).
    enum class Kind { OpenUrl, CopyText, SaveState, Event, Mirror, ForgetShareLink, SaveTextSize };
    Kind kind;
    std::string text;  // URL, text to copy, state JSON, event type, or the accessible mirror's HTML
    std::string json;  // Event: the JSON object of the event's fields (without source/v/type)
};

//-----------------------------------------------------------------------------
// [SECTION] Fonts and palette
//-----------------------------------------------------------------------------

// The theme's fonts: face and size (CSS px x scale) of each are in
// src/shared.json ("fonts"/"theme"), the one table the page's JS reads too.
struct Fonts {
    ImFont* body = nullptr;
    ImFont* bodyBold = nullptr;
    ImFont* small = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
};

struct ClusterFaces;

// Where the UI's two type faces come from (AppConfig::faces, set by the
// platform): the embedded Inter subsets rasterised by ImGui's stb_truetype
// (desktop, headless: embeddedFontFaces() in fonts_embedded.cpp), or the
// browser's own text rendering (web: src/platform/web/fonts_canvas.cpp).
struct FontFaces {
    enum Face { Regular, SemiBold };
    // Adds `face` at `cfg.SizePixels` for `ranges` to the atlas; `cfg` carries
    // the oversampling and snapping wishes.
    ImFont* (*add)(ImFontAtlas* atlas, Face face, const ImFontConfig& cfg, const ImWchar* ranges);
    // The atlas builder, never nullptr (ImGui's stb_truetype one is
    // ImFontAtlasGetBuilderForStbTruetype()). The theme calls it directly:
    // ImFontAtlas::Build() would link ImGui's ProggyClean font (its fallback
    // for an atlas without fonts), 12 KB of data in every download.
    const ImFontBuilderIO* builder;
    // Complex scripts' clusters (core/clusters.h), shaped by the platform
    // into one glyph each. nullptr: none are (their characters are drawn one
    // at a time).
    const ClusterFaces* clusters = nullptr;
};
const FontFaces& embeddedFontFaces();

// How a platform draws a cluster of a complex script (a Devanagari conjunct
// with its vowel signs, a Thai consonant with its vowel and tone marks) as
// one glyph: shaped as a whole (the browser's canvas, HarfBuzz), by the same
// face and at the same size as the font's own glyphs. buildFonts() measures
// every cluster in every font, reserves the atlas rectangles, builds the
// atlas, then has each cluster drawn into its rectangle.
struct ClusterInk {
    float advance = 0;                 // px
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the ink's box, px, from the pen on the baseline, y down; x1, y1 exclusive
};
struct ClusterFaces {
    // The cluster `text` in `face` at `px` (ImFontConfig::SizePixels, as the
    // font's other glyphs: ImGui sizes a font by its line height). False when
    // no font can draw it: its characters are then drawn one at a time.
    bool (*measure)(FontFaces::Face face, float px, std::string_view text, ClusterInk* out);
    // Draws `text` with its pen at (penX, baseY) of a w x h 8-bit coverage
    // image whose rows are `stride` bytes apart (the atlas; only that box is written).
    void (*draw)(FontFaces::Face face, float px, std::string_view text, unsigned char* pixels, int stride, int w, int h,
                 int penX, int baseY);
};

struct Palette {
    uint32_t bg, surface, surfaceAlt, border, text, muted, accent, accentText, highlight, danger, focus;
};

//-----------------------------------------------------------------------------
// [SECTION] View state (owned by App, changed only by commands)
//-----------------------------------------------------------------------------
// Kept across view switches; reset when the dataset changes.

struct CompareUi {
    std::vector<std::string> categories;  // category ids shown; empty = all
    bool overlapOnly = false;             // "Where they overlap": only dimensions the roles share something on
    std::string search;                   // the search box's text
};

struct QuizUi {
    Answers answers;                 // one per question, kSkipped (-1) = not answered
    int current = 0;                 // question shown in one-question-per-screen mode
    // Derived by App whenever answers change (never edit in views):
    QuizResult result;
    std::vector<Flip> flips;
    std::string token;               // share token of `answers`
};

// A result opened from someone's share link (#quiz=, --answers): shown by the
// Result view instead of the reader's own, and kept apart from it. It is
// never saved, never becomes the reader's answers, and ends when the reader
// leaves the Result view (or takes the quiz themselves).
struct SharedUi {
    bool active = false;             // the Result view shows this, not QuizUi's result
    Answers answers;                 // the sharer's, as the token carried them
    // Derived by App when opened (never edit in views):
    QuizResult result;
    std::vector<Flip> flips;
    std::string token;               // the token it was opened with ("Copy share link" copies it again)
    bool comparing = false;          // "Compare with your answers": the reader's own fits shown beside
    View openedFrom = View::Overview;  // the view before it opened (the address bar losing #quiz= goes back there)
};

struct ResultUi {
    // "Copy share link": the platform answers each Effect::Kind::CopyText
    // (App::copyFinished), and only a write that succeeded says "copied".
    enum class Copy { Idle, Pending, Copied, Failed };
    Copy copy = Copy::Idle;
    double copyAt = -100.0;          // ImGui time of the answer (Copied shows for a while)
    std::string link;                // what was copied; Failed: shown in a field to copy by hand
    int failures = 0;                // copies refused so far (the view selects the field after each)
};

struct FaqUi {
    std::string search;
    std::vector<char> open;          // per FAQ item: expanded?
    std::vector<char> openBefore;    // `open` when the current search started: back when it is cleared
};

// The one search over all the content (the Search view, search.h), and the
// item the last opened hit points at: its view scrolls there once and
// highlights the query's words in it (revealed(), views.h).
struct SearchUi {
    std::string query;               // the search box's text
    // Derived by App when the query or the dataset changes (never edit in views):
    Query parsed;                    // the query as search() reads it
    std::vector<SearchHit> hits;     // ranked, best first
    int focusAsks = 0;               // OpenSearch commands so far: the box takes the keyboard on a new one
    struct Reveal {
        View view = View::Count;     // Count: nothing opened yet
        Section section = Section::Dimension;
        int index = -1, group = -1;  // as SearchHit's
        std::string field;           // the hit's field ("answer", "applications/2")
        std::string text;            // that field's text and its highlights
        std::vector<Span> spans;
        Query query;                 // for highlights in the item's other fields
        int seq = 0;                 // hits opened so far: a new one scrolls again
    } reveal;
};

struct UiState {
    View view = View::Overview;
    CompareUi compare;
    QuizUi quiz;                     // the reader's own answers (saved, restored)
    SharedUi shared;                 // someone else's result, while it is shown
    ResultUi result;
    FaqUi faq;
    SearchUi search;
    std::vector<std::string> banners;  // dismissible notices (bad data, bad link, storage...)
    int chooseMethodAsks = 0;          // ShowChooseMethod commands so far: How to choose scrolls to its method on a new one
    int textSize = 100;                // percent, kTextSizes: everything drawn that much bigger (SetTextSize)
};

//-----------------------------------------------------------------------------
// [SECTION] View memory (owned by App, written by the view that draws it)
//-----------------------------------------------------------------------------
// What a view remembers from the frames it drew, for drawing only (never read
// by App or another view). Reset with the dataset.

struct ViewMemory {
    int quizLastQuestion = -1;       // Quiz: the question drawn last (a new one scrolls the quiz's top into view)
    int resultSelectedFailure = 0;   // Result: ResultUi::failures when the link field was last selected
    int chooseMethodShown = 0;       // How to choose: UiState::chooseMethodAsks when it last scrolled to its method
    std::vector<std::pair<int, int>> resultReasonsOpen;  // Result: (role, question) of the reasons shown whole ("More")
    int searchFocusShown = 0;        // Search: SearchUi::focusAsks when the box last took the keyboard
    int revealShown = 0;             // the view of a search hit: SearchUi::Reveal::seq when it last scrolled to it
};

//-----------------------------------------------------------------------------
// [SECTION] Context
//-----------------------------------------------------------------------------

struct Context {
    Context(const UiState& s, ViewMemory& m, std::vector<Command>& q)
        : state(s), compare(s.compare), quiz(s.quiz), shared(s.shared), result(s.result), faq(s.faq), memory(m), commands_(q) {}
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    // Set by App before each frame; read-only for views.
    const Dataset* data = nullptr;
    Fonts fonts;
    Palette pal{};
    ThemeMode theme = ThemeMode::Light;
    const FontFaces* faces = nullptr;  // AppConfig::faces
    std::vector<uint32_t> extraGlyphs;  // typed characters the fonts lacked (App::noteGlyphs), sorted
    std::vector<std::string> extraClusters;  // typed clusters of a complex script the table lacked (App::noteGlyphs)
    std::vector<ImWchar> glyphRanges;   // what the fonts were last built with (buildFonts)
    bidi::Clusters clusters;            // complex scripts' clusters with a glyph of their own (buildFonts)
    float scale = 1.0f;          // physical pixels per CSS pixel (DPR x content scale)
    // Physical pixels per CSS pixel of the page (the DPR): scale without the
    // reader's text size. The layout's CSS px (widthCss, px()) are the text
    // size's: at 200% the layout is half as wide, everything twice as big. What
    // the page sees (targets, the height for the host) is in the page's px.
    float screenScale = 1.0f;
    float widthCss = 0, heightCss = 0;
    bool narrow() const { return widthCss < 560.0f; }
    // A coarse pointer (a finger: the platform says so, AppConfig::coarse or a
    // touch seen): every control's hit area is at least kTouchCss x kTouchCss
    // CSS px (WCAG 2.5.5); what is drawn may stay smaller than its hit area.
    bool coarse = false;
    static constexpr float kTouchCss = 44.0f;
    float minHitCss() const { return coarse ? kTouchCss : 0.0f; }  // 0: no minimum (mouse)
    std::vector<uint32_t> roleColors;  // per role, after theme adjustments
    std::string shareBase;       // prefix of share links ("https://site/page#quiz="); empty: token only
    const SearchIndex* searchIndex = nullptr;  // App's, built at the first search (never in the first frame)
    // The interface's words (core/catalogue.h): App's choice of language with
    // the dataset's "ui" overrides on top; nullptr = English.
    const Catalogue* cat = nullptr;
    const Catalogue& catalogue() const { return cat ? *cat : Catalogue::english(); }
    // ctx.tr("nav.compare"), ctx.tr("quiz.progress", {{"n", 3}, {"total", 13}}).
    std::string tr(std::string_view key, std::initializer_list<MsgArg> args = {}) const { return catalogue().text(key, args); }
    // A right-to-left interface (the catalogue's "dir"): the layout is mirrored
    // and paragraphs start at the right.
    bool rtl() const { return catalogue().rtl(); }
    // A fit or share as the language writes a percentage ("67%", "67 %"),
    // rounded: what a message's {percent} gets.
    std::string percent(double value) const;

    // The state (App's; views only read it) and the views' own memory.
    const UiState& state;
    const CompareUi& compare;
    const QuizUi& quiz;
    const SharedUi& shared;
    const ResultUi& result;
    const FaqUi& faq;
    ViewMemory& memory;

    // What a reader did: applied by App after the frame, in order.
    void push(Command c) { commands_.push_back(std::move(c)); }
    void go(View v) { push(Go{v}); }

    // Frame outputs, cleared by App before each frame.
    bool animating = false;      // a view asks for more frames this frame
    // Test/automation hooks: mark(name) records the last ImGui item's rect (in
    // CSS px) under a stable name; the state export lists them, so a browser
    // test or a host can click "nav:compare" without reading pixels. Names:
    // "<view>:<control>[:<index>]", e.g. "quiz:option:2", "faq:item:5".
    // A target cut by the clip rect (scrolled partly out of view) lists the
    // visible part, with `clipped` set.
    struct Target { std::string name; float x, y, w, h; bool clipped = false; };
    std::vector<Target> targets;
    // Every control layout.h's functions drew, marked or not (a citation's
    // link, an open answer's tags), by its label: their hit areas, listed like
    // the targets ("controls" in the state export), so a test can size them all.
    std::vector<Target> controls;
    std::string focused;          // the target that has keyboard focus, if any
    void mark(std::string name);

    float px(float css) const { return css * scale; }  // CSS px -> physical px

private:
    std::vector<Command>& commands_;
};

}  // namespace rc::ui
