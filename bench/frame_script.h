// The scripted input both native frame benchmarks replay (bench/frames.cpp
// for the widget, bench/hello/headless.cpp for the baseline), so their
// per-frame costs compare like for like: the mouse sweeps the window on a
// Lissajous path (hover on whatever lies under it), and the wheel scrolls
// down for 60 frames then back up for 60, over and over.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace bench {

struct ScriptStep {
    float x, y;    // mouse position, physical px
    float wheel;   // vertical wheel units this frame (0 = none)
};

inline ScriptStep scriptStep(int frame, float w, float h) {
    const float t = static_cast<float>(frame);
    ScriptStep s;
    s.x = w * (0.5f + 0.45f * std::sin(t * 0.031f));
    s.y = h * (0.5f + 0.45f * std::sin(t * 0.047f + 1.0f));
    const int phase = frame % 240;
    s.wheel = phase < 60 ? -1.0f : (phase >= 120 && phase < 180) ? 1.0f : 0.0f;
    return s;
}

struct Summary {
    double medianUs = 0, p99Us = 0, meanUs = 0, maxUs = 0;
};

inline Summary summarize(std::vector<double> us) {
    Summary s;
    if (us.empty()) return s;
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us[std::min(us.size() - 1, static_cast<size_t>(q * static_cast<double>(us.size() - 1) + 0.5))]; };
    s.medianUs = at(0.5);
    s.p99Us = at(0.99);
    s.maxUs = us.back();
    double sum = 0;
    for (double v : us) sum += v;
    s.meanUs = sum / static_cast<double>(us.size());
    return s;
}

// Peak resident set size of this program, KiB: VmHWM of /proc/self/status.
// (getrusage's ru_maxrss would do, but it survives exec: started from node, it
// reports node's own peak.) Falls back to ru_maxrss off Linux.
inline long peakRssKiB() {
    if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        long kib = -1;
        while (std::fgets(line, sizeof line, f))
            if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1) break;
        std::fclose(f);
        if (kib >= 0) return kib;
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

inline std::string summaryJson(const char* name, int frames, const Summary& s, double extra = -1, const char* extraName = nullptr) {
    char b[512];
    int n = std::snprintf(b, sizeof b, "{\"name\":\"%s\",\"frames\":%d,\"median_us\":%.1f,\"p99_us\":%.1f,\"mean_us\":%.1f,\"max_us\":%.1f",
                          name, frames, s.medianUs, s.p99Us, s.meanUs, s.maxUs);
    if (extraName && n > 0 && n < static_cast<int>(sizeof b))
        n += std::snprintf(b + n, sizeof b - static_cast<size_t>(n), ",\"%s\":%.0f", extraName, extra);
    return std::string(b) + "}";
}

}  // namespace bench
