// Native frame cost of the widget: the shared UI in the headless harness
// (src/platform/headless: ImGui with a null renderer), every view at
// 1366x768 CSS px (scale 1) for FRAMES frames, replaying the input script
// of bench/frame_script.h (hover sweep and wheel scrolling). The quiz is
// completed first, so the Result view has content. Prints one JSON object:
// per view, median and p99 CPU microseconds per frame (NewFrame .. Render);
// the native start-up (App::init, then the first frame with its font build);
// and the process' peak RSS.
// Usage: rc_bench_frames [FRAMES]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "frame_script.h"
#include "platform/headless/headless.h"
#include "ui/context.h"

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::atoi(argv[1]) : 2000;
    using Clock = std::chrono::steady_clock;
    auto msSince = [](Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); };
    Clock::time_point t0 = Clock::now();
    rc::headless::Harness h;  // ImGui context, App::init: the embedded dataset parsed, validated, indexed
    const double initMs = msSince(t0);
    if (!h.initOk()) {
        std::fprintf(stderr, "rc_bench_frames: the embedded data did not load\n");
        return 1;
    }
    h.setDisplay(1366, 768, 1);
    t0 = Clock::now();
    rc::headless::FrameStats firstFrame = h.frame();  // builds the fonts, draws the start view
    const double firstFrameMs = msSince(t0);
    const int questions = static_cast<int>(h.app().data().quiz.questions.size());
    for (int q = 0; q < questions; ++q) h.app().mirrorAction("answer:" + std::to_string(q) + ":0");

    const rc::ui::View order[] = {rc::ui::View::Overview, rc::ui::View::Compare, rc::ui::View::Choose, rc::ui::View::Quiz, rc::ui::View::Result,
                                  rc::ui::View::Faq, rc::ui::View::Basics, rc::ui::View::Sources};
    std::string out = "{\"views\":[";
    bool first = true;
    for (rc::ui::View v : order) {
        h.app().setView(v);
        for (int i = 0; i < 10; ++i) h.frame();  // view switch, scroll reset, layout settles
        if (h.app().view() != v) {
            std::fprintf(stderr, "rc_bench_frames: could not open view %s\n", rc::ui::viewId(v));
            return 1;
        }
        std::vector<double> us;
        us.reserve(static_cast<size_t>(frames));
        long vertices = 0;
        for (int f = 0; f < frames; ++f) {
            bench::ScriptStep s = bench::scriptStep(f, h.widthPx(), h.heightPx());
            h.mouseMove(s.x, s.y);
            if (s.wheel != 0) h.mouseWheel(0, s.wheel);
            rc::headless::FrameStats st = h.frame();
            us.push_back(st.cpuMs * 1000.0);
            vertices += st.vertices;
        }
        out += (first ? "" : ",") + bench::summaryJson(rc::ui::viewId(v), frames, bench::summarize(us),
                                                        static_cast<double>(vertices) / frames, "mean_vertices");
        first = false;
    }
    char startup[160];
    std::snprintf(startup, sizeof startup, ",\"startup\":{\"init_ms\":%.2f,\"first_frame_ms\":%.2f,\"fonts_cpu_ms\":%.2f}", initMs,
                  firstFrameMs, firstFrame.fontsCpuMs);
    out += "]" + std::string(startup) + ",\"peak_rss_kib\":" + std::to_string(bench::peakRssKiB()) + "}";
    std::printf("%s\n", out.c_str());
    return 0;
}
