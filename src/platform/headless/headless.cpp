// The headless harness (headless.h): an ImGui context, the App, queued input, frames with a null renderer.
//
// [SECTION] Set-up
// [SECTION] Input
// [SECTION] Frame
// [SECTION] Targets
#include "headless.h"

#include <imgui.h>
#include <imgui_internal.h>  // InputEventsQueue: the runner never idles with input left

#include <algorithm>
#include <nlohmann/json.hpp>

namespace rc::headless {

//-----------------------------------------------------------------------------
// [SECTION] Set-up
//-----------------------------------------------------------------------------

Harness::Harness(const ui::AppConfig& cfg) {
    IMGUI_CHECKVERSION();
    ctx_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    io.BackendPlatformName = "rolecompare_headless";
    io.BackendRendererName = "null";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the GL3 backend: no 64k-vertex split
    ui::AppConfig withFaces = cfg;
    if (!withFaces.faces) withFaces.faces = &ui::embeddedFontFaces();
    initOk_ = app_.init(withFaces);
    setDisplay(cssW_, cssH_, dpr_);
}

Harness::~Harness() {
    ImGui::SetCurrentContext(ctx_);
    ImGui::DestroyContext(ctx_);
}

void Harness::setDisplay(float cssWidth, float cssHeight, float dpr) {
    cssW_ = cssWidth;
    cssH_ = cssHeight;
    dpr_ = dpr;
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

void Harness::mouseMove(float x, float y) { ImGui::GetIO().AddMousePosEvent(x, y); }
void Harness::mouseLeave() { ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX); }
void Harness::mouseButton(int button, bool down) { ImGui::GetIO().AddMouseButtonEvent(button, down); }
void Harness::mouseWheel(float dx, float dy) { ImGui::GetIO().AddMouseWheelEvent(dx, dy); }
void Harness::key(int imguiKey, bool down) { ImGui::GetIO().AddKeyEvent(static_cast<ImGuiKey>(imguiKey), down); }
void Harness::tap(int imguiKey) {
    key(imguiKey, true);
    key(imguiKey, false);
}
void Harness::typeText(std::string_view utf8) { ImGui::GetIO().AddInputCharactersUTF8(std::string(utf8).c_str()); }

void Harness::click(float x, float y, float dt) {
    mouseMove(x, y);
    mouseButton(0, true);
    frame(dt);
    mouseButton(0, false);
    frame(dt);
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

platform::FrameInputs Harness::frameInputs() const {
    platform::FrameInputs in;
    in.inputQueued = ctx_->InputEventsQueue.Size > 0;
    in.animating = app_.wantsFrames();
    in.fontsDirty = app_.fontsDirty();
    in.displayChanged = widthPx() != drawnW_ || heightPx() != drawnH_ || dpr_ != drawnDpr_;
    return in;
}

FrameStats Harness::frame(float dt) {
    ImGui::SetCurrentContext(ctx_);
    const bool wanted = runner_.beginFrame(frameInputs());
    FrameStats st = draw(dt);
    st.wanted = wanted;
    return st;
}

int Harness::settle(int maxFrames, float dt) {
    ImGui::SetCurrentContext(ctx_);
    int n = 0;
    while (n < maxFrames && runner_.beginFrame(frameInputs())) {
        draw(dt);
        ++n;
    }
    return n;
}

FrameStats Harness::draw(float dt) {
    FrameStats st;
    const float w = widthPx(), h = heightPx();
    drawnW_ = w;
    drawnH_ = h;
    drawnDpr_ = dpr_;
    app_.setDisplay(w, h, dpr_);
    if (app_.fontsDirty()) {
        std::clock_t t0 = std::clock();
        app_.rebuildFonts();
        // The platforms upload this to the GPU; building it is what counts here.
        unsigned char* pixels = nullptr;
        int tw = 0, th = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
        ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        st.fontsCpuMs = cpuMsSince(t0);
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(w, h);
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = std::clamp(dt, 1e-4f, 0.1f);

    std::clock_t t0 = std::clock();
    ImGui::NewFrame();
    app_.draw();
    ImGui::Render();  // ends the frame; the draw data is left unrendered
    st.cpuMs = cpuMsSince(t0);
    if (const ImDrawData* dd = ImGui::GetDrawData()) st.vertices = dd->TotalVtxCount;

    std::vector<ui::Effect> fx = app_.takeEffects();
    st.effects = fx.size();
    for (ui::Effect& e : fx) {
        if (e.kind == ui::Effect::Kind::CopyText) app_.copyFinished(true);  // a clipboard that always takes it
        effects_.push_back(std::move(e));
    }
    if (effects_.size() > 4096) effects_.erase(effects_.begin(), effects_.end() - 1024);  // nobody drains: stay bounded
    ++frames_;
    refreshTargets();
    return st;
}

//-----------------------------------------------------------------------------
// [SECTION] Targets
//-----------------------------------------------------------------------------

void Harness::refreshTargets() {
    targets_.clear();
    nlohmann::json j = nlohmann::json::parse(app_.exportState(), nullptr, false);
    if (!j.is_object() || !j["targets"].is_array()) return;
    for (const auto& t : j["targets"]) {
        if (!t.is_object() || !t["name"].is_string()) continue;
        Rect r{t.value("x", 0.0f) * dpr_, t.value("y", 0.0f) * dpr_, t.value("w", 0.0f) * dpr_, t.value("h", 0.0f) * dpr_,
               t.value("clipped", false)};
        targets_.emplace_back(t["name"].get<std::string>(), r);
    }
}

bool Harness::target(std::string_view name, Rect* out) const {
    for (const auto& [n, r] : targets_)
        if (n == name) {
            if (out) *out = r;
            return true;
        }
    return false;
}

std::vector<std::pair<std::string, Harness::Rect>> Harness::targets(std::string_view prefix) const {
    std::vector<std::pair<std::string, Rect>> out;
    for (const auto& t : targets_)
        if (t.first.compare(0, prefix.size(), prefix) == 0) out.push_back(t);
    return out;
}

}  // namespace rc::headless
