// The frame-cost baseline: the same bare ImGui window as bench/hello/web.cpp
// (one line of text), with no GPU. Fonts are built (GetTexDataAsRGBA32) so
// text is measured as on screen; the draw data is produced and not rendered.
// Replays the widget bench's input script (bench/frame_script.h) at 1366x768
// and prints one JSON object: median and p99 CPU microseconds per frame
// (NewFrame .. Render), and the peak RSS.
// Usage: rc_bench_hello_native [FRAMES]
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "../frame_script.h"

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::atoi(argv[1]) : 2000;
    const float w = 1366, h = 768;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.BackendRendererName = "null";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    io.DisplaySize = ImVec2(w, h);
    io.DeltaTime = 1.0f / 60.0f;

    std::vector<double> us;
    us.reserve(static_cast<size_t>(frames));
    const int warmup = 30;
    for (int f = 0; f < warmup + frames; ++f) {
        bench::ScriptStep s = bench::scriptStep(f, w, h);
        io.AddMousePosEvent(s.x, s.y);
        if (s.wheel != 0) io.AddMouseWheelEvent(0, s.wheel);
        std::clock_t t0 = std::clock();
        ImGui::NewFrame();
        ImGui::Begin("Hello");
        ImGui::Text("Hello, world");
        ImGui::End();
        ImGui::Render();
        double cpuUs = 1e6 * static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
        if (f >= warmup) us.push_back(cpuUs);
    }
    ImGui::DestroyContext();
    std::printf("%s\n", bench::summaryJson("hello", frames, bench::summarize(us), static_cast<double>(bench::peakRssKiB()), "peak_rss_kib").c_str());
    return 0;
}
