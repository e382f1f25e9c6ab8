// [SECTION] Views
// [SECTION] Set-up and commands
// [SECTION] Frame
// [SECTION] State export
#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/embedded.h"
#include "core/html.h"
#include "core/json_util.h"
#include "core/loader.h"
#include "core/pack.h"
#include "core/share.h"
#include "core/state.h"
#include "core/text.h"
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
    ctx_.faces = cfg.faces;
    ctx_.theme = cfg.theme;
    view_ = cfg.startView;
    // The default dataset was loaded and validated at build time and embedded
    // as a pack (cmake/pack.cmake): decoding it is far cheaper than parsing
    // JSON at every start-up. A failure here means a broken build.
    UnpackResult r = unpackDataset(findEmbedded(packs::files(), "ml-vs-swe.pack"));
    default_ = std::move(r.data);
    useDataset(&default_);
    if (!r.ok) {
        banners_.push_back("Embedded data: " + r.error);
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
        ctx_.emit(Effect::Kind::Event, "error", dumpJson(nlohmann::json{{"message", msg}}));
        return lines;
    }
    custom_ = std::move(r.data);
    usingCustom_ = true;
    useDataset(&custom_);
    return lines;
}

void App::useDataset(const Dataset* d) {
    ctx_.data = d;
    ctx_.compare = CompareUi{};
    ctx_.faq = FaqUi{};
    ctx_.faq.open.assign(d->faq.size(), 0);
    ctx_.quiz = QuizUi{};
    ctx_.result = ResultUi{};
    ctx_.quiz.answers.assign(d->quiz.questions.size(), kSkipped);
    deriveQuiz();
    themeDirty_ = true;
    fontsDirty_ = true;  // the fonts hold the dataset's characters
}

void App::deriveQuiz() {
    QuizUi& q = ctx_.quiz;
    q.result = score(*ctx_.data, q.answers);
    q.flips = flipAnalysis(*ctx_.data, q.answers);
    q.token = encodeToken(*ctx_.data, q.answers);
    lastAnswers_ = q.answers;
    lastCurrent_ = q.current;
}

bool App::restoreProgress(std::string_view savedJson) {
    LoadStateResult r = loadState(*ctx_.data, savedJson);
    if (!r.ok) {
        if (r.error != StateError::Missing && !r.message.empty()) showNotice(r.message);
        return false;
    }
    ctx_.quiz.answers = r.answers;
    ctx_.quiz.current = std::min(r.current, static_cast<int>(r.answers.size()));
    deriveQuiz();  // restored, not changed: no save, no events
    return true;
}

bool App::openShareToken(std::string_view token) {
    DecodeResult r = decodeToken(*ctx_.data, token);
    if (!r.ok) {
        // The answers in progress stay as they are: a bad link never costs work.
        showNotice("This quiz link could not be opened: " + r.message);
        ctx_.emit(Effect::Kind::Event, "error", dumpJson(nlohmann::json{{"message", r.message}}));
        return false;
    }
    ctx_.quiz.answers = r.answers;
    ctx_.quiz.current = static_cast<int>(r.answers.size());
    quizChanged();
    setView(View::Result);
    return true;
}

void App::resetQuiz() {
    ctx_.quiz.answers.assign(ctx_.data->quiz.questions.size(), kSkipped);
    ctx_.quiz.current = 0;
    quizChanged();
    if (view_ == View::Result) setView(View::Quiz);
}

void App::quizChanged() {
    deriveQuiz();
    const QuizUi& q = ctx_.quiz;
    ctx_.emit(Effect::Kind::SaveState, saveState(*ctx_.data, q.answers, q.current));
    ctx_.emit(Effect::Kind::Event, "quiz-progress",
              dumpJson(nlohmann::json{{"answered", q.result.answered}, {"total", q.result.total}}));
    // "Complete" means the reader sees a result: on opening the Result view
    // (setView) and when answers change while it is open, not merely once
    // the minimum number of answers is reached mid-quiz.
    if (q.result.complete && view_ == View::Result) emitQuizComplete();
}

void App::emitQuizComplete() {
    const QuizResult& r = ctx_.quiz.result;
    nlohmann::json fit = nlohmann::json::object();
    for (size_t i = 0; i < r.fits.size() && i < ctx_.data->roles.size(); ++i)
        fit[ctx_.data->roles[i].id] = std::round(r.fits[i] * 10.0) / 10.0;
    nlohmann::json j{{"fit", fit},
                     {"recommended", r.recommended >= 0 ? nlohmann::json(ctx_.data->roles[r.recommended].id) : nlohmann::json()},
                     {"closeCall", r.closeCall},
                     {"token", ctx_.quiz.token}};
    ctx_.emit(Effect::Kind::Event, "quiz-complete", dumpJson(j));
}

void App::copyFinished(bool ok) {
    ResultUi& r = ctx_.result;
    if (r.copy != ResultUi::Copy::Pending) return;
    r.copy = ok ? ResultUi::Copy::Copied : ResultUi::Copy::Failed;
    r.copyAt = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0.0;
    r.selectLink = !ok;
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
    if (v == view_ || v == View::Count) return;
    view_ = v;
    scrollToTop_ = true;
    ctx_.emit(Effect::Kind::Event, "view", dumpJson(nlohmann::json{{"name", viewId(v)}}));
    if (v == View::Result && ctx_.quiz.result.complete) emitQuizComplete();
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::draw() {
    if (themeDirty_) { applyTheme(ctx_, cfg_.accent); themeDirty_ = false; }
    ctx_.animating = false;
    ctx_.targets.clear();
    ctx_.focused.clear();
    ++frames_;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("rolecompare", nullptr, flags);
    // Wide: the header and nav stay put above the scrolling view. Narrow
    // (phones): they scroll away with the content, so the view gets the screen.
    const bool headerScrolls = ctx_.narrow();
    if (!headerScrolls) drawChrome();
    drawBody(headerScrolls);
    ImGui::End();
    afterFrame();
}

void App::drawChrome() {
    if (!cfg_.compact) drawHeader();
    drawNav();
    drawBanners();
}

void App::afterFrame() {
    if (ctx_.quizReset) {
        ctx_.quizReset = false;
        resetQuiz();
    }
    if (ctx_.quiz.answers != lastAnswers_ || ctx_.quiz.current != lastCurrent_) quizChanged();
    if (ctx_.requestedView != View::Count) {
        setView(ctx_.requestedView);
        ctx_.requestedView = View::Count;
    }
    noteGlyphs(ctx_.compare.search);
    noteGlyphs(ctx_.faq.search);
    updateMirror();
}

// Typed characters the fonts lack (é in a search, say) go into the next
// atlas, built before the next frame; at most kMaxExtraGlyphs of them, so
// pasted text cannot grow the atlas without bound.
void App::noteGlyphs(std::string_view text) {
    constexpr size_t kMaxExtraGlyphs = 256;
    if (!ctx_.fonts.body) return;
    std::vector<uint32_t>& extra = ctx_.extraGlyphs;
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        i += decodeUtf8(text, i, &cp);
        if (cp < 0x80 || cp > 0x10FFFF || extra.size() >= kMaxExtraGlyphs) continue;
        if (ctx_.fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(cp))) continue;
        auto at = std::lower_bound(extra.begin(), extra.end(), cp);
        if (at != extra.end() && *at == cp) continue;  // asked for before; the face has none
        extra.insert(at, cp);
        fontsDirty_ = true;
    }
}

void App::updateMirror() {
    if (!mirrorOn_) return;
    const QuizUi& q = ctx_.quiz;
    std::string key = std::string(viewId(view_)) + "|" + std::to_string(q.current) + "|" + q.token + "|" +
                      std::string(ctx_.faq.open.begin(), ctx_.faq.open.end()) + "|" + ctx_.data->meta.id;
    if (key == mirrorKey_) return;
    mirrorKey_ = std::move(key);
    MirrorState st;
    st.view = viewId(view_);
    st.answers = &q.answers;
    st.current = q.current;
    st.result = &q.result;
    st.flips = &q.flips;
    st.faqOpen = &ctx_.faq.open;
    ctx_.emit(Effect::Kind::Mirror, renderMirrorHtml(*ctx_.data, st));
}

void App::mirrorAction(std::string_view a) {
    QuizUi& q = ctx_.quiz;
    const int n = static_cast<int>(q.answers.size());
    auto number = [](std::string_view s, int* out) {
        if (s.empty() || s.size() > 6) return false;
        int v = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        *out = v;
        return true;
    };
    View v;
    int i = 0, o = 0;
    if (a.rfind("view:", 0) == 0 && parseView(a.substr(5), &v)) {
        ctx_.requestedView = v;
    } else if (a.rfind("answer:", 0) == 0) {
        std::string_view rest = a.substr(7);
        size_t colon = rest.find(':');
        if (colon != std::string_view::npos && number(rest.substr(0, colon), &i) && number(rest.substr(colon + 1), &o) &&
            i < n && o < static_cast<int>(ctx_.data->quiz.questions[i].options.size())) {
            q.answers[i] = o;
            q.current = i;
        }
    } else if (a == "next" && n > 0) {
        q.current = std::min(q.current + 1, n - 1);
    } else if (a == "back") {
        q.current = std::max(q.current - 1, 0);
    } else if (a == "skip" && q.current < n) {
        q.answers[q.current] = kSkipped;
        q.current = std::min(q.current + 1, std::max(n - 1, 0));
    } else if (a == "result" && q.result.complete) {
        ctx_.requestedView = View::Result;
    } else if (a == "retake") {
        ctx_.quizReset = true;
    } else if (a == "copy") {
        ctx_.copy(ctx_.shareBase + q.token);
    } else if (a.rfind("faq:", 0) == 0 && number(a.substr(4), &i) && i < static_cast<int>(ctx_.faq.open.size())) {
        ctx_.faq.open[i] = !ctx_.faq.open[i];
    }
    afterFrame();  // apply at once: the mirror may act while the canvas is idle
}

void App::drawHeader() {
    ImGui::PushFont(ctx_.narrow() ? ctx_.fonts.heading : ctx_.fonts.title);
    ImGui::TextWrapped("%s", ctx_.data->meta.title.c_str());
    ImGui::PopFont();
    if (!ctx_.data->meta.description.empty() && !ctx_.narrow() && ctx_.heightCss >= 520) {
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
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ctx_.mark(std::string("nav:") + viewId(v));
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
        ctx_.mark("banner:dismiss:" + std::to_string(i));
        ImGui::PopID();
        if (dismiss) banners_.erase(banners_.begin() + static_cast<long>(i));
        else ++i;
    }
}

void App::drawBody(bool withChrome) {
    // The scrollbar's space is always reserved, so the text wraps the same
    // whether or not the view overflows: the height reported to the host
    // depends on the width only, and resizing the iframe cannot loop.
    ImGui::BeginChild("body", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_AlwaysVerticalScrollbar |
                          ImGuiWindowFlags_NavFlattened);  // Tab goes from the nav into the view
    if (scrollToTop_) {  // a new view starts at its top
        ImGui::SetScrollY(0);
        scrollToTop_ = false;
    }
    if (withChrome) drawChrome();
    // Through a table, not a switch: each view stays a function of its own
    // (the optimiser inlines a function with one direct caller, even across
    // files), so the web build's split can leave the views the first frame
    // does not draw out of the first download (docs/performance.md).
    using DrawFn = void (*)(Context&);
    static DrawFn const kDraw[] = {drawOverview, drawCompare, drawQuiz, drawResult, drawFaq, drawBasics, drawSources};
    static_assert(sizeof(kDraw) / sizeof(kDraw[0]) == static_cast<size_t>(View::Count));
    if (view_ < View::Count) kDraw[static_cast<int>(view_)](ctx_);
    float contentH = ImGui::GetCursorPosY();  // window-local, includes scrolling: the content's full height
    ImGui::EndChild();
    // What the widget would need to show everything without scrolling, for
    // the host page's iframe (resize event). Width-dependent only, so the
    // host resizing the iframe's height cannot start a resize loop.
    float top = ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y;
    float wantCss = std::ceil((top + contentH + ImGui::GetStyle().WindowPadding.y) / ctx_.scale);
    if (std::fabs(wantCss - contentHeightCss_) >= 1.0f) {
        contentHeightCss_ = wantCss;
        // Formatted by hand: this runs in the first frame, which the web build
        // keeps free of the JSON library (docs/performance.md).
        ctx_.emit(Effect::Kind::Event, "resize", "{\"height\":" + std::to_string(static_cast<int>(wantCss)) + "}");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] State export
//-----------------------------------------------------------------------------

namespace {
nlohmann::json questionJson(const Dataset& ds, int current) {
    if (current < 0 || current >= static_cast<int>(ds.quiz.questions.size())) return nullptr;
    const Question& q = ds.quiz.questions[current];
    nlohmann::json options = nlohmann::json::array();
    for (const Option& o : q.options) options.push_back(o.label);
    return {{"id", q.id}, {"prompt", q.prompt}, {"options", options}};
}
}  // namespace

std::string App::exportState() const {
    nlohmann::json j;
    j["view"] = viewId(view_);
    j["theme"] = ctx_.theme == ThemeMode::Dark ? "dark" : "light";
    j["dataset"] = {{"id", ctx_.data->meta.id}, {"version", ctx_.data->meta.version}, {"custom", usingCustom_}};
    j["frames"] = frames_;
    j["contentHeight"] = contentHeightCss_;
    j["scale"] = ctx_.scale;
    j["size"] = {ctx_.widthCss, ctx_.heightCss};
    j["banners"] = banners_;
    const QuizUi& q = ctx_.quiz;
    const QuizResult& r = q.result;
    nlohmann::json fits = nlohmann::json::object();
    for (size_t i = 0; i < r.fits.size() && i < ctx_.data->roles.size(); ++i) fits[ctx_.data->roles[i].id] = r.fits[i];
    j["quiz"] = {{"answers", q.answers},
                 {"current", q.current},
                 {"answered", r.answered},
                 {"total", r.total},
                 {"complete", r.complete},
                 {"fits", fits},
                 {"recommended", r.recommended >= 0 ? nlohmann::json(ctx_.data->roles[r.recommended].id) : nlohmann::json()},
                 {"closeCall", r.closeCall},
                 {"flips", q.flips.size()},
                 {"question", questionJson(*ctx_.data, q.current)},
                 {"token", q.token}};
    static const char* const kCopy[] = {"idle", "pending", "copied", "failed"};
    j["share"] = {{"copy", kCopy[static_cast<int>(ctx_.result.copy)]}};
    j["compare"] = {{"categories", ctx_.compare.categories},
                    {"differencesOnly", ctx_.compare.differencesOnly},
                    {"search", ctx_.compare.search}};
    j["faq"] = {{"search", ctx_.faq.search}};
    nlohmann::json targets = nlohmann::json::array();
    for (const Context::Target& t : ctx_.targets) targets.push_back({{"name", t.name}, {"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}});
    j["targets"] = std::move(targets);
    j["focused"] = ctx_.focused;
    return dumpJson(j);
}

}  // namespace rc::ui
