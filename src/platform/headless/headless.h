// rolecompare headless: the shared UI with no window and no GPU, for soak runs
// and frame-cost measurements. It plays the platform's part (see
// src/platform/desktop/main.cpp): display size and scale in, input events in,
// one frame = NewFrame -> app.draw() -> Render, effects drained after it.
// Whether a platform would draw a frame at all is the runner's answer
// (src/platform/runner.h), as on the web and the desktop: frame() draws
// anyway and reports it, settle() draws only what the runner asks for.
// The font atlas is built (so text is measured as on screen) but never
// uploaded, and the draw data is never rendered: a "null renderer".
//
// Coordinates are physical pixels, like the platforms: CSS px x scale.
//
// [SECTION] Frame statistics
// [SECTION] Harness
#pragma once
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "platform/runner.h"
#include "ui/app.h"

struct ImGuiContext;

namespace rc::headless {

//-----------------------------------------------------------------------------
// [SECTION] Frame statistics
//-----------------------------------------------------------------------------

struct FrameStats {
    double cpuMs = 0;        // CPU time of NewFrame + draw + Render (clock())
    double fontsCpuMs = 0;   // CPU time of a font rebuild before the frame; 0 if none
    int vertices = 0;        // ImDrawData::TotalVtxCount
    size_t effects = 0;      // effects the frame produced
    bool wanted = true;      // the runner asked for it; false = an idle platform would have drawn nothing
};

//-----------------------------------------------------------------------------
// [SECTION] Harness
//-----------------------------------------------------------------------------

class Harness {
public:
    // Creates its own ImGui context (made current) and inits the App.
    // cfg.coarse: touch-sized controls, as on a phone (or app().setCoarse() later).
    explicit Harness(const ui::AppConfig& cfg = {});
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    ui::App& app() { return app_; }
    bool initOk() const { return initOk_; }

    // Display: CSS size and device pixel ratio, as a browser reports them.
    // A ratio change marks the fonts dirty; the next frame rebuilds them.
    void setDisplay(float cssWidth, float cssHeight, float dpr);
    float dpr() const { return dpr_; }
    float widthPx() const { return cssW_ * dpr_; }
    float heightPx() const { return cssH_ * dpr_; }

    // Input, in physical pixels (queued; ImGui applies them on the next frames).
    // Input in ImGui's queue wakes the runner (FrameInputs::inputQueued).
    void mouseMove(float x, float y);
    void mouseButton(int button, bool down);
    void mouseWheel(float dx, float dy);
    void key(int imguiKey, bool down);    // an ImGuiKey
    void tap(int imguiKey);               // down then up
    void typeText(std::string_view utf8);
    void mouseLeave();

    // Click at a point: move, press, frame, release, frame (a click needs the
    // press and the release on separate frames).
    void click(float x, float y, float dt = 1.0f / 60.0f);

    // One frame, drawn whatever the runner says. dt is ImGui's DeltaTime
    // (clamped like the web platform).
    FrameStats frame(float dt = 1.0f / 60.0f);

    // The frames a platform would draw from here: while the runner asks for
    // them, at most maxFrames. Returns how many were drawn (0 = already idle;
    // maxFrames = still busy, e.g. an animation).
    int settle(int maxFrames = 100, float dt = 1.0f / 60.0f);
    // Something other than input happened (an App command: a view, a theme,
    // data): the platforms wake their runner for those too.
    void wake() { runner_.wake(); }
    const platform::FrameRunner& runner() const { return runner_; }

    // Effects of every frame since the last call.
    std::vector<ui::Effect> takeEffects() { return std::move(effects_); }
    size_t effectCount() const { return effects_.size(); }

    // Where a named target (ui::Context::mark) is, in physical pixels, from
    // the state export of the last frame. False when it is not on screen.
    // clipped: partly scrolled out of view, the rect is the visible part (Context::Target).
    struct Rect { float x = 0, y = 0, w = 0, h = 0; bool clipped = false; };
    bool target(std::string_view name, Rect* out) const;
    std::vector<std::pair<std::string, Rect>> targets(std::string_view prefix = {}) const;

    ImGuiContext* imgui() const { return ctx_; }
    long frames() const { return frames_; }

private:
    platform::FrameInputs frameInputs() const;
    FrameStats draw(float dt);
    void refreshTargets();

    ImGuiContext* ctx_ = nullptr;
    ui::App app_;
    bool initOk_ = false;
    float cssW_ = 1366, cssH_ = 768, dpr_ = 1;
    float drawnW_ = -1, drawnH_ = -1, drawnDpr_ = -1;  // the last frame's display, physical px
    platform::FrameRunner runner_;
    long frames_ = 0;
    std::vector<ui::Effect> effects_;
    std::vector<std::pair<std::string, Rect>> targets_;  // physical px, last frame
};

// CPU time in milliseconds since an earlier clock() reading.
inline double cpuMsSince(std::clock_t start) {
    return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

}  // namespace rc::headless
