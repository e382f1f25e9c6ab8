// The frame loop's decision (src/platform/runner.h), shared by the web,
// desktop and headless platforms: how many frames an event costs, what keeps
// the loop drawing, and that an idle loop stays idle.
#include <catch2/catch.hpp>

#include "platform/runner.h"

using rc::platform::FrameInputs;
using rc::platform::FrameRunner;

namespace {

// Frames drawn, asking with the same inputs each time, until the runner
// declines (at most `limit`).
int framesUntilIdle(FrameRunner& r, const FrameInputs& in = {}, int limit = 100) {
    int n = 0;
    while (n < limit && r.beginFrame(in)) ++n;
    return n;
}

FrameInputs with(bool FrameInputs::*field) {
    FrameInputs in;
    in.*field = true;
    return in;
}

}  // namespace

TEST_CASE("runner: start-up draws the settle frames, then idles", "[runner]") {
    FrameRunner r;
    CHECK(framesUntilIdle(r) == FrameRunner::kSettleFrames);
    CHECK(r.pending() == 0);
}

TEST_CASE("runner: an idle runner stays idle and asking changes nothing", "[runner]") {
    FrameRunner r;
    framesUntilIdle(r);
    for (int i = 0; i < 1000; ++i) REQUIRE_FALSE(r.beginFrame({}));
    CHECK(r.pending() == 0);
}

TEST_CASE("runner: each wake costs the settle frames, the event's own included", "[runner]") {
    FrameRunner r;
    framesUntilIdle(r);
    for (int round = 0; round < 3; ++round) {
        r.wake();
        CHECK(framesUntilIdle(r) == FrameRunner::kSettleFrames);
    }
}

TEST_CASE("runner: a wake during the settle restarts it, never adds to it", "[runner]") {
    FrameRunner r;
    framesUntilIdle(r);
    r.wake();
    REQUIRE(r.beginFrame({}));
    r.wake();
    r.wake();  // several events between two frames: one settle
    CHECK(framesUntilIdle(r) == FrameRunner::kSettleFrames);
}

TEST_CASE("runner: queued input keeps drawing, and a full settle follows the last of it", "[runner]") {
    // ImGui applies a press and its release on separate frames: as long as
    // anything is queued, frames go on. The release's click acts after its
    // frame (a view opened, say), so the settle counts from there.
    FrameRunner r;
    framesUntilIdle(r);
    const FrameInputs queued = with(&FrameInputs::inputQueued);
    for (int i = 0; i < 10; ++i) REQUIRE(r.beginFrame(queued));
    CHECK(framesUntilIdle(r) == FrameRunner::kSettleFrames - 1);
}

TEST_CASE("runner: input taken during the settle's last frame still gets its settle", "[runner]") {
    // The desktop polls input between frames without waking the runner: a
    // click whose press and release arrive while the settle runs out must
    // still be drawn after it (the bug: the view it opened stayed undrawn).
    FrameRunner r;
    framesUntilIdle(r);
    r.wake();  // a mouse move
    for (int i = 1; i < FrameRunner::kSettleFrames; ++i) REQUIRE(r.beginFrame({}));
    REQUIRE(r.pending() == 1);
    const FrameInputs queued = with(&FrameInputs::inputQueued);
    REQUIRE(r.beginFrame(queued));  // the press
    REQUIRE(r.beginFrame(queued));  // the release: the click acts after this frame
    CHECK(framesUntilIdle(r) >= 1);  // and this draws what it did
}

TEST_CASE("runner: an animation draws every frame; its end idles without a new settle", "[runner]") {
    FrameRunner r;
    framesUntilIdle(r);
    const FrameInputs animating = with(&FrameInputs::animating);
    for (int i = 0; i < 120; ++i) REQUIRE(r.beginFrame(animating));
    CHECK(r.pending() == 0);  // the animation used the settle up, it did not bank frames
    CHECK_FALSE(r.beginFrame({}));
    r.wake();
    CHECK(framesUntilIdle(r, animating, 10) == 10);
    CHECK(framesUntilIdle(r) == 0);
}

TEST_CASE("runner: dirty fonts get a frame (the atlas is rebuilt at a frame's start)", "[runner]") {
    FrameRunner r;
    framesUntilIdle(r);
    CHECK(r.beginFrame(with(&FrameInputs::fontsDirty)));
    CHECK_FALSE(r.beginFrame({}));
}

TEST_CASE("runner: a display change starts a new settle, its own frame included", "[runner]") {
    FrameRunner r;
    framesUntilIdle(r);
    CHECK(framesUntilIdle(r, with(&FrameInputs::displayChanged), 1) == 1);
    CHECK(r.pending() == FrameRunner::kSettleFrames - 1);
    CHECK(framesUntilIdle(r) == FrameRunner::kSettleFrames - 1);
    // Mid-settle, too: counted again from the change.
    r.wake();
    REQUIRE(r.beginFrame({}));
    REQUIRE(r.beginFrame(with(&FrameInputs::displayChanged)));
    CHECK(framesUntilIdle(r) == FrameRunner::kSettleFrames - 1);
}

TEST_CASE("runner: neverIdle draws every frame (desktop --frames N)", "[runner]") {
    FrameRunner r;
    r.neverIdle = true;
    CHECK(framesUntilIdle(r, {}, 50) == 50);
    r.neverIdle = false;
    CHECK(framesUntilIdle(r) == 0);  // the settle was used up meanwhile
}
