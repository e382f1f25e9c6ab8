// rolecompare UI: what every view draws from and writes to.
// The UI draws with ImGui and calls core; it never calls the platform. What it
// wants from the outside world (open a link, copy text, save progress, tell the
// host page something) it queues as Effects, which the platform drains after
// each frame (like ImGuiIO's WantXxx outputs).
//
// [SECTION] Views and effects
// [SECTION] Fonts and palette
// [SECTION] Context
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/quiz.h"
#include "core/search.h"

#include <imgui.h>  // ImFont, ImFontAtlas, ImFontConfig (FontFaces)

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Views and effects
//-----------------------------------------------------------------------------

enum class View : int { Overview, Compare, Quiz, Result, Faq, Basics, Sources, Count };
const char* viewId(View v);     // "overview", "compare", ... (URL and event names)
const char* viewTitle(View v);  // "Overview", "Compare", ...
bool parseView(std::string_view id, View* out);

enum class ThemeMode { Light, Dark };

struct Effect {
    enum class Kind { OpenUrl, CopyText, SaveState, Event, Mirror };
    Kind kind;
    std::string text;  // URL, text to copy, state JSON, event type, or the accessible mirror's HTML
    std::string json;  // Event: the JSON object of the event's fields (without source/v/type)
};

//-----------------------------------------------------------------------------
// [SECTION] Fonts and palette
//-----------------------------------------------------------------------------

struct Fonts {
    ImFont* body = nullptr;      // Inter Regular 16 px (CSS) x scale
    ImFont* bodyBold = nullptr;  // Inter SemiBold 16
    ImFont* small = nullptr;     // Inter Regular 13.5
    ImFont* heading = nullptr;   // Inter SemiBold 21
    ImFont* title = nullptr;     // Inter SemiBold 26
};

// Where the UI's two type faces come from (AppConfig::faces, set by the
// platform): the embedded Inter subsets rasterised by ImGui's stb_truetype
// (desktop, headless: embeddedFontFaces() in fonts_embedded.cpp), or the
// browser's own text rendering (web: src/platform/web/fonts_canvas.cpp).
struct FontFaces {
    enum Face { Regular, SemiBold };
    // Adds `face` at `cfg.SizePixels` for `ranges` to the atlas; `cfg` carries
    // the oversampling and snapping wishes.
    ImFont* (*add)(ImFontAtlas* atlas, Face face, const ImFontConfig& cfg, const ImWchar* ranges);
    const ImFontBuilderIO* builder;  // the atlas builder; nullptr = ImGui's own (stb_truetype)
};
const FontFaces& embeddedFontFaces();

struct Palette {
    uint32_t bg, surface, surfaceAlt, border, text, muted, accent, accentText, highlight, danger, focus;
};

//-----------------------------------------------------------------------------
// [SECTION] View state (kept across view switches; owned by App)
//-----------------------------------------------------------------------------

struct CompareUi {
    std::vector<std::string> categories;  // category ids shown; empty = all
    bool differencesOnly = false;
    std::string search;                   // the search box's text
    int narrowRole = 0;                   // narrow layout: role shown, or -1 for stacked pairs
};

struct QuizUi {
    Answers answers;                 // one per question, kSkipped (-1) = not answered
    int current = 0;                 // question shown in one-question-per-screen mode
    // Derived by App whenever answers change (never edit in views):
    QuizResult result;
    std::vector<Flip> flips;
    std::string token;               // share token of `answers`
};

struct ResultUi {
    // "Copy share link": the platform answers each Effect::Kind::CopyText
    // (App::copyFinished), and only a write that succeeded says "copied".
    enum class Copy { Idle, Pending, Copied, Failed };
    Copy copy = Copy::Idle;
    double copyAt = -100.0;          // ImGui time of the answer (Copied shows for a while)
    std::string link;                // what was copied; Failed: shown in a field to copy by hand
    bool selectLink = false;         // Failed: focus and select that field on the next frame
};

struct FaqUi {
    std::string search;
    std::vector<char> open;          // per FAQ item: expanded?
};

//-----------------------------------------------------------------------------
// [SECTION] Context
//-----------------------------------------------------------------------------

struct Context {
    const Dataset* data = nullptr;
    Fonts fonts;
    Palette pal{};
    ThemeMode theme = ThemeMode::Light;
    const FontFaces* faces = nullptr;  // AppConfig::faces
    std::vector<uint32_t> extraGlyphs;  // typed characters the fonts lacked (App::noteGlyphs), sorted
    std::vector<ImWchar> glyphRanges;   // what the fonts were last built with (buildFonts)
    float scale = 1.0f;          // physical pixels per CSS pixel (DPR x content scale)
    float widthCss = 0, heightCss = 0;
    bool narrow() const { return widthCss < 560.0f; }
    std::vector<uint32_t> roleColors;  // per role, after theme adjustments
    std::vector<Effect> effects;
    bool animating = false;      // a view asks for more frames this frame
    View requestedView = View::Count;  // a view asks to switch (App applies it after the frame)
    std::string shareBase;       // prefix of share links ("https://site/page#quiz="); empty: token only

    CompareUi compare;
    QuizUi quiz;
    ResultUi result;
    FaqUi faq;
    bool quizReset = false;      // a view asks App to clear the quiz

    void go(View v) { requestedView = v; }

    // Test/automation hooks: mark(name) records the last ImGui item's rect (in
    // CSS px) under a stable name; the state export lists them, so a browser
    // test or a host can click "nav:compare" without reading pixels. Names:
    // "<view>:<control>[:<index>]", e.g. "quiz:option:2", "faq:item:5".
    struct Target { std::string name; float x, y, w, h; };
    std::vector<Target> targets;  // cleared each frame
    std::string focused;          // the target that has keyboard focus, if any (cleared each frame)
    void mark(std::string name);

    // Copies text to the clipboard through the platform; result.copy follows.
    void copy(std::string text) {
        result = ResultUi{};
        result.copy = ResultUi::Copy::Pending;
        result.link = text;
        emit(Effect::Kind::CopyText, std::move(text));
    }

    float px(float css) const { return css * scale; }  // CSS px -> physical px
    void emit(Effect::Kind k, std::string text, std::string json = {}) {
        effects.push_back({k, std::move(text), std::move(json)});
    }
};

}  // namespace rc::ui
