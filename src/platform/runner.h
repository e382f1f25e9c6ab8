// The frame loop's one decision, shared by every platform: draw a frame now,
// or idle until something happens. Pure C++ (no ImGui, no GLFW, no
// Emscripten): each platform gathers the inputs (ImGui's input queue, the
// App, its own display) and carries out the answer in its own way:
//   web       pauses the browser's main loop; its event handlers wake() it
//   desktop   blocks in glfwWaitEvents(); any GLFW event wakes it
//   headless  Harness::settle() stops drawing (tests and the soak)
//
// Why settle frames: ImGui needs a few frames to show a change in full (a
// window's size is known a frame after its contents, hover follows a widget
// that moved, a click's result is drawn the frame after the click), so after
// anything happens a few more frames are drawn, then none.
// Why idle: a widget on a page must cost nothing while nobody uses it
// (tests/browser/idle.test.mjs, the desktop idle check in tests/desktop/run.sh).
//
// [SECTION] Inputs
// [SECTION] FrameRunner
#pragma once

namespace rc::platform {

//-----------------------------------------------------------------------------
// [SECTION] Inputs
//-----------------------------------------------------------------------------

// What the platform knows at the start of a frame. Each one alone is enough
// to draw.
struct FrameInputs {
    bool inputQueued = false;     // ImGui holds input it has not applied yet (it trickles a press and its
                                  // release, or typed characters, over several frames): starts a new
                                  // settle, so the last of it is followed by a full one
    bool animating = false;       // App::wantsFrames(): something moves on its own
    bool fontsDirty = false;      // App::fontsDirty(): the atlas is rebuilt at the start of a frame
    bool displayChanged = false;  // size or pixel ratio differ from the last frame's: starts a new settle
};

//-----------------------------------------------------------------------------
// [SECTION] FrameRunner
//-----------------------------------------------------------------------------

class FrameRunner {
public:
    // Frames drawn after an event (the event's own frame included) before idling.
    static constexpr int kSettleFrames = 3;
    // Frames drawn at once inside one user event (web: a click, a key, a tap),
    // until ImGui has taken the input it brought, plus one for the text focus
    // to show. The browser allows clipboard writes, opened links and the
    // phone keyboard's focus only inside the event.
    static constexpr int kMaxFramesInEvent = 6;

    // Never idle: every frame is drawn (desktop --frames N, a fixed count).
    bool neverIdle = false;  // default false

    // Something happened that may change the picture: input, a host command,
    // focus, a resize, a theme or data change, a finished copy. Restarts the
    // settle (it does not add to it).
    void wake() { pending_ = kSettleFrames; }

    // The decision, asked at the start of each frame. True: draw this frame
    // (it counts as one of the settle frames). False: nothing can change
    // until the next wake(); the platform may stop drawing and asking.
    // A false answer changes nothing, so asking again costs nothing.
    // Queued input counts as an event of its own: a platform that takes input
    // while it settles (the desktop polls it between frames) needs no wake()
    // for it, and a click applied in the settle's last frame (its command
    // lands after that frame) is still drawn.
    bool beginFrame(const FrameInputs& in) {
        if (in.displayChanged || in.inputQueued) wake();
        if (pending_ <= 0 && !in.animating && !in.fontsDirty && !neverIdle) return false;
        if (pending_ > 0) --pending_;
        return true;
    }

    // Settle frames still to draw (0 = idle unless an input above says otherwise).
    int pending() const { return pending_; }

private:
    int pending_ = kSettleFrames;  // the first frames after start-up settle too
};

}  // namespace rc::platform
