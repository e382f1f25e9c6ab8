// [SECTION] Views
// [SECTION] Set-up and commands
// [SECTION] Frame
// [SECTION] State export
#include "app.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/embedded.h"
#include "core/loader.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Views
//-----------------------------------------------------------------------------

namespace {
struct ViewName { const char* id; const char* title; };
constexpr ViewName kViews[] = {{"overview", "Overview"}, {"compare", "Compare"}, {"quiz", "Quiz"},
                               {"result", "Result"},     {"faq", "FAQ"},         {"basics", "ML basics"},
                               {"sources", "Sources"}};
static_assert(sizeof(kViews) / sizeof(kViews[0]) == static_cast<size_t>(View::Count));
}  // namespace

const char* viewId(View v) { return kViews[static_cast<int>(v)].id; }
const char* viewTitle(View v) { return kViews[static_cast<int>(v)].title; }
bool parseView(std::string_view id, View* out) {
    for (int i = 0; i < static_cast<int>(View::Count); ++i)
        if (id == kViews[i].id) { *out = static_cast<View>(i); return true; }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Set-up and commands
//-----------------------------------------------------------------------------

bool App::init(const AppConfig& cfg) {
    cfg_ = cfg;
    ctx_.theme = cfg.theme;
    view_ = cfg.startView;
    std::string_view bytes = findEmbedded(assets::files(), "roles/ml-vs-swe.json");
    LoadResult r = loadDataset(bytes);
    default_ = std::move(r.data);
    ctx_.data = &default_;
    if (!r.ok) {
        for (const Diagnostic& d : r.errors) banners_.push_back("Embedded data: " + formatDiagnostic("ml-vs-swe.json", d));
        return false;
    }
    return true;
}

std::vector<std::string> App::loadCustomData(std::string_view bytes, const std::string& origin) {
    LoadResult r = loadDataset(bytes);
    std::vector<std::string> lines;
    for (const Diagnostic& d : r.errors) lines.push_back(formatDiagnostic(origin, d));
    if (!r.ok) {
        std::string msg = "Could not use " + origin + " (" + std::to_string(r.errors.size()) +
                          " error" + (r.errors.size() == 1 ? "" : "s") + "); showing the built-in data.";
        for (size_t i = 0; i < lines.size() && i < 5; ++i) msg += "\n" + lines[i];
        if (lines.size() > 5) msg += "\n...";
        banners_.push_back(msg);
        ctx_.emit(Effect::Kind::Event, "error", nlohmann::json{{"message", msg}}.dump());
        return lines;
    }
    custom_ = std::move(r.data);
    ctx_.data = &custom_;
    usingCustom_ = true;
    themeDirty_ = true;
    return lines;
}

void App::showNotice(std::string text) { banners_.push_back(std::move(text)); }

void App::setDisplay(float widthPx, float heightPx, float scale) {
    if (scale != ctx_.scale) {
        ctx_.scale = scale;
        fontsDirty_ = themeDirty_ = true;
    }
    ctx_.widthCss = widthPx / scale;
    ctx_.heightCss = heightPx / scale;
}

void App::rebuildFonts() {
    buildFonts(ctx_);
    fontsDirty_ = false;
}

void App::setTheme(ThemeMode t) {
    if (t != ctx_.theme) { ctx_.theme = t; themeDirty_ = true; }
}

void App::setView(View v) {
    if (v == view_) return;
    view_ = v;
    ctx_.emit(Effect::Kind::Event, "view", nlohmann::json{{"name", viewId(v)}}.dump());
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::draw() {
    if (themeDirty_) { applyTheme(ctx_, cfg_.accent); themeDirty_ = false; }
    ctx_.animating = false;
    ++frames_;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("rolecompare", nullptr, flags);
    if (!cfg_.compact) drawHeader();
    drawNav();
    drawBanners();
    drawBody();
    ImGui::End();
}

void App::drawHeader() {
    ImGui::PushFont(ctx_.fonts.title);
    ImGui::TextWrapped("%s", ctx_.data->meta.title.c_str());
    ImGui::PopFont();
    if (!ctx_.data->meta.description.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx_.pal.muted);
        ImGui::TextWrapped("%s", ctx_.data->meta.description.c_str());
        ImGui::PopStyleColor();
    }
}

void App::drawNav() {
    // One row of pill buttons; wraps onto more rows on narrow screens.
    const ImGuiStyle& st = ImGui::GetStyle();
    float right = ImGui::GetContentRegionMax().x;
    for (int i = 0; i < static_cast<int>(View::Count); ++i) {
        View v = static_cast<View>(i);
        if (v == View::Result) continue;  // reached from the quiz
        const char* label = viewTitle(v);
        float w = ImGui::CalcTextSize(label).x + st.FramePadding.x * 2;
        if (i > 0 && ImGui::GetItemRectMax().x + st.ItemSpacing.x + w <= right) ImGui::SameLine();
        bool active = view_ == v || (v == View::Quiz && view_ == View::Result);
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, ctx_.pal.accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ctx_.pal.accent);
            ImGui::PushStyleColor(ImGuiCol_Text, ctx_.pal.accentText);
        }
        if (ImGui::Button(label)) setView(v);
        if (active) ImGui::PopStyleColor(3);
    }
    ImGui::Spacing();
}

void App::drawBanners() {
    for (size_t i = 0; i < banners_.size();) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, ctx_.pal.danger);
        ImGui::TextWrapped("%s", banners_[i].c_str());
        ImGui::PopStyleColor();
        bool dismiss = ImGui::SmallButton("Dismiss");
        ImGui::PopID();
        if (dismiss) banners_.erase(banners_.begin() + static_cast<long>(i));
        else ++i;
    }
}

void App::drawBody() {
    ImGui::BeginChild("body", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    switch (view_) {
        case View::Overview: drawOverview(ctx_); break;
        case View::Compare: drawCompare(ctx_); break;
        case View::Quiz: drawQuiz(ctx_); break;
        case View::Result: drawResult(ctx_); break;
        case View::Faq: drawFaq(ctx_); break;
        case View::Basics: drawBasics(ctx_); break;
        case View::Sources: drawSources(ctx_); break;
        case View::Count: break;
    }
    ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] State export
//-----------------------------------------------------------------------------

std::string App::exportState() const {
    nlohmann::json j;
    j["view"] = viewId(view_);
    j["theme"] = ctx_.theme == ThemeMode::Dark ? "dark" : "light";
    j["dataset"] = {{"id", ctx_.data->meta.id}, {"version", ctx_.data->meta.version}, {"custom", usingCustom_}};
    j["frames"] = frames_;
    j["scale"] = ctx_.scale;
    j["size"] = {ctx_.widthCss, ctx_.heightCss};
    j["banners"] = banners_;
    return j.dump();
}

}  // namespace rc::ui
