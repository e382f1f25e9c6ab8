// rolecompare UI root. Owns the datasets, the UI's state (UiState), the
// views' memory and the look; the platform layer owns the window, input and
// the renderer. App is the one place the state changes: views, keys, the
// mirror and the host send Commands (commands.h); App applies them and emits
// every event and effect from there.
//
// Per frame the platform does:  backend NewFrame -> ImGui::NewFrame ->
// app.draw() (draws, then applies the frame's commands) -> ImGui::Render ->
// draw -> drain app.takeEffects().
// When app.fontsDirty(), it calls app.rebuildFonts() and re-uploads the atlas
// before NewFrame.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "context.h"

namespace rc::ui {

struct AppConfig {
    ThemeMode theme = ThemeMode::Light;  // the platform resolves "auto"
    uint32_t accent = 0xFFFFFFFFu;       // 0xRRGGBB from ?accent=, or none
    bool compact = false;                // ?compact=1: no header
    View startView = View::Overview;
    // A coarse pointer (a finger) from the start: touch-sized controls
    // (Context::coarse). The web asks matchMedia('(pointer: coarse)'); the
    // desktop says false (--touch for tests). App::setCoarse changes it later.
    bool coarse = false;
    int textSize = 100;                  // percent: the reader's, restored (SetTextSize; kTextSizes)
    // The interface's language (core/catalogue.h), from the platform (?lang=).
    // Empty: the data's meta.language, then English. One without a built-in
    // catalogue falls back the same way (chooseUiLanguage).
    std::string language;
    // The reader's languages, most preferred first (the browser's
    // navigator.languages): chosen after the data's meta.language.
    std::vector<std::string> browserLanguages;
    // Where the type faces come from; required. Not defaulted here, so a
    // platform that brings its own (the web) never links the embedded fonts.
    const FontFaces* faces = nullptr;
};

class App {
public:
    // Loads the embedded default dataset. Returns false only if the build is
    // broken (the embedded data does not load); the app then shows that error.
    bool init(const AppConfig& cfg);

    // Validates bytes of a custom dataset (--data FILE, ?data=URL) and switches
    // to it; on failure keeps the default and shows a banner with the errors.
    // `origin` names the source in messages. Returns the formatted errors.
    std::vector<std::string> loadCustomData(std::string_view bytes, const std::string& origin);
    void showNotice(std::string text);  // a dismissible banner (bad link, storage...)

    // Quiz progress and share tokens.
    // restoreProgress: saved state text (saveState() JSON) from storage; a
    // corrupt or foreign one is ignored with a notice. openShareToken: a
    // token from #quiz= or --answers; on success the Result view opens on it
    // as someone else's result (UiState::shared): the reader's own answers
    // stay as they are and nothing is saved; on failure a notice says why.
    // Both return false on failure.
    bool restoreProgress(std::string_view savedJson);
    bool openShareToken(std::string_view token);
    // The share link is gone from the address (the web's Back to a URL
    // without #quiz=): a shared result on screen closes, and the view it
    // was opened from comes back. Nothing happens otherwise.
    void closeShareLink();
    void resetQuiz() { execute(ResetQuiz{}); }
    // Applies a command now (between frames: the host page, keys handled by
    // the platform, the command line). Inside a frame, views use ctx.push().
    void execute(Command c);
    // An action from the accessible mirror (src/core/html.h), parsed into the
    // same commands (parseMirrorAction) and applied at once. Unknown or
    // out-of-range actions are ignored; returns whether it was known.
    bool mirrorAction(std::string_view action);
    void setShareBase(std::string base) { ctx_.shareBase = std::move(base); }
    // A catalogue the platform loaded itself (the web build embeds English
    // only and fetches the others): used from now on instead of the built-in
    // choice, for every dataset, with the dataset's "ui" overrides on top.
    void setCatalogue(const Catalogue& c);
    // The language the interface should be in (chooseUiLanguage of
    // AppConfig::language, the data's meta.language, the browser's). When
    // catalogue().language() differs, its catalogue is not built in: the
    // platform fetches it and calls setCatalogue.
    std::string wantedLanguage() const;
    const Catalogue& catalogue() const { return catalogue_; }
    // The platform's answer to the last Effect::Kind::CopyText: on the
    // clipboard (ok), or refused (the Result view then shows the link in a
    // field, selected, to copy by hand).
    void copyFinished(bool ok) { execute(CopyDone{ok}); }

    // The pointer is coarse (a finger): every control gets a touch-sized hit
    // area from the next frame. The web sets it once a touch is seen.
    void setCoarse(bool on);
    bool coarse() const { return ctx_.coarse; }

    // Display in physical pixels and the physical/CSS pixel ratio.
    void setDisplay(float widthPx, float heightPx, float scale);
    bool fontsDirty() const { return fontsDirty_; }
    // The accessible mirror (Effect::Mirror) is on by default; the web build
    // turns it on once the whole program is in (it is not needed to draw).
    void setMirrorEnabled(bool on) { mirrorOn_ = on; }
    // The views the view table leaves to the program's last part
    // (WebPart::Last) are there: the default. The web build says so only once
    // that part (rolecompare.rest.wasm) is in. Until then the app still moves
    // to them (nav, events, history) but neither draws nor mirrors them, and
    // waitingForView() tells the platform to hold its frames.
    void setLateViews(bool in);
    bool waitingForView() const;
    void rebuildFonts();  // call with no frame in flight; then re-upload the atlas

    void draw();
    bool wantsFrames() const { return ctx_.animating; }
    std::vector<Effect> takeEffects() { return std::move(effects_); }

    // Shorthands for execute(SetTheme{t}), execute(Go{v}).
    void setTheme(ThemeMode t) { execute(SetTheme{t}); }
    ThemeMode theme() const { return ctx_.theme; }
    void setView(View v) { execute(Go{v}); }
    View view() const { return state_.view; }
    const UiState& state() const { return state_; }
    bool usingCustomData() const { return usingCustom_; }  // loadCustomData succeeded

    // The state export: view, theme, data and quiz progress as JSON (for tests
    // and host pages, so they know what is on screen without reading pixels).
    std::string exportState() const;
    long framesDrawn() const { return frames_; }
    const Dataset& data() const { return *ctx_.data; }
    float contentHeightCss() const { return contentHeightCss_; }

private:
    // [SECTION] Frame
    void drawHeader();
    void drawNav();
    void drawBanners();
    float drawTextSize(bool inHeader);  // A- / A+: the header's first row, at its right; else after the nav
    void drawChrome();  // header, nav, banners
    void drawBody(bool withChrome);
    // [SECTION] Commands
    void applyQueued();      // applies the queue in order, then settles (below)
    void apply(const Command& c);
    void settle();           // after commands: save and tell the host once, fonts, mirror
    void flushQuiz();        // answers or position changed: save, tell the host
    void setFaqSearch(const std::string& text);
    void setSearch(const std::string& text);  // the Search view's query: its hits
    void openHit(int hit);
    void ensureIndex();      // the search index, built at the first search (never for the first frame)
    void deriveQuiz();       // result, flips and token from the answers
    void leaveShared();      // ends a shared result (if one is shown) and tells the platform to forget its link
    void useDataset(const Dataset* d);
    void emitQuizComplete();  // the result on screen: the shared one, or the reader's own
    void emit(Effect::Kind k, std::string text, std::string json = {});
    void updateMirror();     // emits Effect::Mirror when what it shows changed
    void noteGlyphs(std::string_view text);
    void chooseCatalogue();  // catalogue_ for the dataset shown (AppConfig::language, meta.language, overrides)

    AppConfig cfg_;
    UiState state_;
    ViewMemory memory_;
    std::vector<Command> queue_;  // pushed by views during a frame, applied after it
    Context ctx_{state_, memory_, queue_};
    std::vector<Effect> effects_;
    Dataset default_;
    Dataset custom_;
    SearchIndex index_;           // of *ctx_.data once ctx_.searchIndex points at it
    Catalogue catalogue_;         // the interface's words (ctx_.cat points here)
    bool loaded_ = false;         // setCatalogue gave loadedCatalogue_: it replaces the built-in choice
    Catalogue loadedCatalogue_;
    bool usingCustom_ = false;
    bool fontsDirty_ = true;
    bool mirrorOn_ = true;
    bool lateViews_ = true;
    bool themeDirty_ = true;
    long frames_ = 0;
    bool quizDirty_ = false;      // answers or position changed since the last flushQuiz()
    bool scrollToTop_ = false;
    std::string mirrorKey_;   // what the mirror last showed (view, answers, position, FAQ)
    float contentHeightCss_ = 0;  // last reported to the host (resize event)
    bool bodyScrolls_ = false;    // the view overflowed last frame: its scrollbar is drawn
    float displayW_ = 0, displayH_ = 0;  // setDisplay's physical size (a text size change lays out again)
    float textSizeWidth_ = 0;     // what A- A+ take of the header's first row (the title wraps before it)
};

}  // namespace rc::ui
