// rolecompare UI root (app.h): set-up, commands, the frame, the state export.
//
// [SECTION] Set-up
// [SECTION] Commands
// [SECTION] Frame
// [SECTION] State export
#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/bidi.h"
#include "core/clusters.h"
#include "core/compare.h"
#include "core/embedded.h"
#include "core/html.h"
#include "core/json_util.h"
#include "core/loader.h"
#include "core/pack.h"
#include "core/share.h"
#include "core/state.h"
#include "core/text.h"
#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Set-up
//-----------------------------------------------------------------------------

namespace {
// The banner's words for why a share link or the saved progress could not be
// used (core says it in English, for the command line and the host's events).
const char* tokenErrorKey(TokenError e) {
    switch (e) {
        case TokenError::None: break;
        case TokenError::Empty: return "banner.linkEmpty";
        case TokenError::BadCharacter: return "banner.linkBadCharacter";
        case TokenError::BadEncoding: return "banner.linkBadEncoding";
        case TokenError::UnsupportedVersion: return "banner.linkNewer";
        case TokenError::WrongLength: return "banner.linkWrongLength";
        case TokenError::BadChecksum: return "banner.linkBadChecksum";
        case TokenError::WrongDataset: return "banner.linkWrongDataset";
        case TokenError::QuestionCountMismatch: return "banner.linkQuestionCount";
        case TokenError::OptionOutOfRange: return "banner.linkOptionOutOfRange";
        case TokenError::NonZeroPadding: return "banner.linkPadding";
        case TokenError::NoQuiz: return "banner.linkNoQuiz";
    }
    return "banner.linkUnreadable";
}

const char* stateErrorKey(StateError e) {
    switch (e) {
        case StateError::TooLarge: return "banner.savedTooLarge";
        case StateError::WrongFormat: return "banner.savedWrongFormat";
        case StateError::OtherDataset: return "banner.savedOtherDataset";
        case StateError::OtherVersion: return "banner.savedOtherVersion";
        case StateError::BadAnswers: return "banner.savedBadAnswers";
        case StateError::None:
        case StateError::Missing:
        case StateError::Corrupt: break;
    }
    return "banner.savedCorrupt";
}

// The size offered (kTextSizes) nearest to `percent`.
int nearestTextSize(int percent) {
    int best = kTextSizes[0];
    for (int t : kTextSizes)
        if ((t > percent ? t - percent : percent - t) < (best > percent ? best - percent : percent - best)) best = t;
    return best;
}
}  // namespace

bool App::init(const AppConfig& cfg) {
    cfg_ = cfg;
    ctx_.faces = cfg.faces;
    ctx_.theme = cfg.theme;
    state_.view = cfg.startView;
    ctx_.coarse = cfg.coarse;
    state_.textSize = nearestTextSize(cfg.textSize);
    // The default dataset was loaded and validated at build time and embedded
    // as a pack (cmake/pack.cmake): decoding it is far cheaper than parsing
    // JSON at every start-up. A failure here means a broken build.
    UnpackResult r = unpackDataset(findEmbedded(packs::files(), "ml-vs-swe.pack"));
    default_ = std::move(r.data);
    useDataset(&default_);
    if (!r.ok) {
        state_.banners.push_back(ctx_.tr("banner.embeddedData", {{"error", r.error}}));
        return false;
    }
    return true;
}

std::vector<std::string> App::loadCustomData(std::string_view bytes, const std::string& origin) {
    LoadResult r = loadDataset(bytes);
    std::vector<std::string> lines;
    for (const Diagnostic& d : r.errors) lines.push_back(formatDiagnostic(origin, d));
    if (!r.ok) {
        // The banner in the reader's language; the host's error event in
        // English, as every message for developers (the diagnostics are).
        auto message = [&](const Catalogue& cat) {
            std::string msg = cat.text("banner.badData", {{"origin", origin}, {"n", r.errors.size()}});
            for (size_t i = 0; i < lines.size() && i < 5; ++i) msg += "\n" + lines[i];
            if (lines.size() > 5) msg += "\n...";
            return msg;
        };
        state_.banners.push_back(message(ctx_.catalogue()));
        emit(Effect::Kind::Event, "error", dumpJson(Json{{"message", message(Catalogue::english())}}));
        return lines;
    }
    custom_ = std::move(r.data);
    usingCustom_ = true;
    useDataset(&custom_);
    return lines;
}

void App::setCatalogue(const Catalogue& c) {
    loadedCatalogue_ = c;
    loaded_ = true;
    chooseCatalogue();
    ctx_.searchIndex = nullptr;  // rebuilt at the next search: the scale's labels may have changed
    mirrorKey_.clear();          // the mirror says it again in this language
}

std::string App::wantedLanguage() const {
    const Dataset* d = ctx_.data ? ctx_.data : &default_;
    return chooseUiLanguage(cfg_.language, d->meta.language, cfg_.browserLanguages);
}

void App::chooseCatalogue() {
    // App owns the datasets ctx_.data points at (default_, custom_).
    Dataset& d = ctx_.data == &custom_ ? custom_ : default_;
    const Catalogue before = catalogue_;
    const std::string want = wantedLanguage();
    const Catalogue* base = loaded_ && loadedCatalogue_.language() == want ? &loadedCatalogue_ : builtInCatalogue(want);
    catalogue_ = base ? *base : Catalogue::english();
    // The dataset's "ui" section (validated by the loader, in the data's
    // language) has the last word when the interface is in that language:
    // a German site's wording never lands in an English interface.
    const std::string dataLanguage = primaryLanguage(d.meta.language.empty() ? "en" : d.meta.language);
    if (!d.ui.empty() && primaryLanguage(catalogue_.language()) == dataLanguage) catalogue_ = catalogue_.withOverrides(d.ui);
    ctx_.cat = &catalogue_;
    // A scale question without labels of its own gets the loader's English
    // ones ("Strongly disagree" ... "Strongly agree"): those are interface
    // words, so they follow the catalogue (an option still showing English's
    // or the previous catalogue's words; the data's own labels stay).
    static constexpr const char* kScaleKeys[5] = {"quiz.scaleStronglyDisagree", "quiz.scaleDisagree", "quiz.scaleNeutral",
                                                  "quiz.scaleAgree", "quiz.scaleStronglyAgree"};
    for (Question& q : d.quiz.questions) {
        if (q.kind != QuestionKind::Scale || q.options.size() != 5) continue;
        for (size_t k = 0; k < 5; ++k) {
            std::string& label = q.options[k].label;
            if (label == Catalogue::english().text(kScaleKeys[k]) || label == before.text(kScaleKeys[k]))
                label = catalogue_.text(kScaleKeys[k]);
        }
    }
    fontsDirty_ = true;  // the fonts hold the catalogue's characters
}

void App::useDataset(const Dataset* d) {
    ctx_.data = d;
    chooseCatalogue();
    state_.compare = CompareUi{};
    state_.faq = FaqUi{};
    state_.faq.open.assign(d->faq.size(), 0);
    state_.quiz = QuizUi{};
    state_.shared = SharedUi{};  // a token opens against one dataset only
    state_.result = ResultUi{};
    state_.search = SearchUi{};
    ctx_.searchIndex = nullptr;  // rebuilt for this dataset at its first search
    state_.quiz.answers.assign(d->quiz.questions.size(), kSkipped);
    memory_ = ViewMemory{};
    deriveQuiz();
    themeDirty_ = true;
    fontsDirty_ = true;  // the fonts hold the dataset's characters
}

void App::deriveQuiz() {
    QuizUi& q = state_.quiz;
    q.result = score(*ctx_.data, q.answers);
    q.flips = flipAnalysis(*ctx_.data, q.answers);
    q.token = encodeToken(*ctx_.data, q.answers);
}

bool App::restoreProgress(std::string_view savedJson) {
    LoadStateResult r = loadState(*ctx_.data, savedJson);
    if (!r.ok) {
        if (r.error != StateError::Missing && !r.message.empty()) showNotice(ctx_.tr(stateErrorKey(r.error)));
        return false;
    }
    state_.quiz.answers = r.answers;
    state_.quiz.current = std::min(r.current, static_cast<int>(r.answers.size()));
    deriveQuiz();  // restored, not changed: no save, no events
    return true;
}

bool App::openShareToken(std::string_view token) {
    DecodeResult r = decodeToken(*ctx_.data, token);
    if (!r.ok) {
        // The answers in progress stay as they are: a bad link never costs work.
        showNotice(ctx_.tr("banner.badLink", {{"reason", ctx_.tr(tokenErrorKey(r.error))}}));
        emit(Effect::Kind::Event, "error", dumpJson(Json{{"message", r.message}}));
        return false;
    }
    // Someone else's answers: shown beside the reader's own, never in their
    // place. Nothing is saved and no progress is reported: the reader
    // answered nothing.
    SharedUi& s = state_.shared;
    const View from = s.active ? s.openedFrom : state_.view;
    s = SharedUi{};
    s.active = true;
    s.answers = std::move(r.answers);
    s.result = score(*ctx_.data, s.answers);
    s.flips = flipAnalysis(*ctx_.data, s.answers);
    s.token = std::string(token);
    s.openedFrom = from;
    const int failures = state_.result.failures;
    state_.result = ResultUi{};  // "Link copied" was about another result
    state_.result.failures = failures;
    if (state_.view != View::Result) {
        execute(Go{View::Result});
    } else {  // the Result view is open: it now shows this one
        scrollToTop_ = true;
        if (s.result.complete) emitQuizComplete();
        settle();
    }
    return true;
}

void App::closeShareLink() {
    if (!state_.shared.active) return;
    const View back = state_.shared.openedFrom;
    leaveShared();
    if (back != state_.view) execute(Go{back});
    else settle();
}

void App::leaveShared() {
    if (state_.shared.active) {
        state_.shared = SharedUi{};
        const int failures = state_.result.failures;
        state_.result = ResultUi{};  // the copy feedback was about the shared link
        state_.result.failures = failures;
    }
    emit(Effect::Kind::ForgetShareLink, {});
}

void App::emitQuizComplete() {
    const bool shared = state_.shared.active;
    const QuizResult& r = shared ? state_.shared.result : state_.quiz.result;
    Json fit = Json::object();
    for (size_t i = 0; i < r.fits.size() && i < ctx_.data->roles.size(); ++i)
        fit[ctx_.data->roles[i].id] = std::round(r.fits[i] * 10.0) / 10.0;
    Json j{{"fit", fit},
           {"recommended", r.recommended >= 0 ? Json(ctx_.data->roles[r.recommended].id) : Json()},
           {"closeCall", r.closeCall},
           {"outcome", outcomeName(r.outcome)},
           {"token", shared ? state_.shared.token : state_.quiz.token},
           {"shared", shared}};
    emit(Effect::Kind::Event, "quiz-complete", dumpJson(j));
}

void App::showNotice(std::string text) { state_.banners.push_back(std::move(text)); }

// The reader's text size scales everything as a zoom would: the layout is
// that much narrower in its CSS px, and the fonts and style are rebuilt at the
// larger scale (crisp, not magnified).
void App::setDisplay(float widthPx, float heightPx, float scale) {
    displayW_ = widthPx;
    displayH_ = heightPx;
    ctx_.screenScale = scale;
    const float s = scale * static_cast<float>(state_.textSize) / 100.0f;
    if (s != ctx_.scale) {
        ctx_.scale = s;
        fontsDirty_ = themeDirty_ = true;
    }
    ctx_.widthCss = widthPx / s;
    ctx_.heightCss = heightPx / s;
}

void App::setCoarse(bool on) {
    if (on == ctx_.coarse) return;
    ctx_.coarse = on;
    themeDirty_ = true;  // the style's frame padding (applyTheme)
}

void App::rebuildFonts() {
    buildFonts(ctx_);
    fontsDirty_ = false;
}

void App::emit(Effect::Kind k, std::string text, std::string json) {
    effects_.push_back({k, std::move(text), std::move(json)});
}

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

void App::execute(Command c) {
    queue_.push_back(std::move(c));
    applyQueued();
}

bool App::mirrorAction(std::string_view action) {
    if (!parseMirrorAction(action, *ctx_.data, state_, ctx_.shareBase, &queue_)) return false;
    applyQueued();  // at once: the mirror may act while the canvas is idle
    return true;
}

void App::applyQueued() {
    // Applying never queues more; a copy keeps the loop safe regardless.
    std::vector<Command> batch;
    batch.swap(queue_);
    for (const Command& c : batch) apply(c);
    settle();
}

void App::apply(const Command& cmd) {
    QuizUi& q = state_.quiz;
    const Dataset& d = *ctx_.data;
    const int n = static_cast<int>(d.quiz.questions.size());
    if (const Go* c = std::get_if<Go>(&cmd)) {
        if (c->view == state_.view || c->view >= View::Count) return;
        flushQuiz();  // the host hears of the answers before the view they lead to
        if (state_.shared.active && c->view != View::Result) leaveShared();  // it lives on the Result view only
        state_.view = c->view;
        if (c->view != state_.search.reveal.view) state_.search.reveal.view = View::Count;  // a hit's item: seen
        scrollToTop_ = true;
        emit(Effect::Kind::Event, "view", dumpJson(Json{{"name", viewId(c->view)}}));
        if (c->view == View::Result && (state_.shared.active ? state_.shared.result : q.result).complete) emitQuizComplete();
    } else if (const Answer* c = std::get_if<Answer>(&cmd)) {
        if (c->question < 0 || c->question >= n) return;
        const int options = static_cast<int>(d.quiz.questions[c->question].options.size());
        if (c->option != kSkipped && (c->option < 0 || c->option >= options)) return;
        if (q.answers[c->question] == c->option) return;
        q.answers[c->question] = c->option;
        deriveQuiz();
        quizDirty_ = true;
    } else if (const ShowQuestion* c = std::get_if<ShowQuestion>(&cmd)) {
        const int to = std::clamp(c->question, 0, std::max(n - 1, 0));
        if (to == q.current) return;
        q.current = to;
        quizDirty_ = true;
    } else if (std::holds_alternative<ResetQuiz>(cmd)) {
        q.answers.assign(d.quiz.questions.size(), kSkipped);
        q.current = 0;
        deriveQuiz();
        quizDirty_ = true;  // said even when nothing was answered: the host asked
        leaveShared();      // a fresh start: no shared result, no #quiz= left in the address
        if (state_.view == View::Result) apply(Go{View::Quiz});
    } else if (std::holds_alternative<TakeQuiz>(cmd)) {
        leaveShared();  // the reader's own answers, as they left them (or none)
        apply(Go{View::Quiz});
    } else if (const CompareShared* c = std::get_if<CompareShared>(&cmd)) {
        // Only with answers of the reader's own to compare.
        if (state_.shared.active && (!c->on || q.result.answered > 0)) state_.shared.comparing = c->on;
    } else if (const SetSearch* c = std::get_if<SetSearch>(&cmd)) {
        if (c->view == View::Compare) state_.compare.search = c->text;
        else if (c->view == View::Faq) setFaqSearch(c->text);
        else if (c->view == View::Search) setSearch(c->text);
        ensureIndex();  // for "found elsewhere" when a view's own search finds nothing
    } else if (const ToggleCategory* c = std::get_if<ToggleCategory>(&cmd)) {
        if (std::none_of(d.categories.begin(), d.categories.end(), [&](const Category& k) { return k.id == c->id; })) return;
        std::vector<std::string>& cats = state_.compare.categories;
        auto it = std::find(cats.begin(), cats.end(), c->id);
        if (it != cats.end()) cats.erase(it);
        else cats.push_back(c->id);
        // Every category picked is the same as none picked: shown as "All".
        if (cats.size() >= d.categories.size()) cats.clear();
    } else if (std::holds_alternative<ShowAllCategories>(cmd)) {
        state_.compare.categories.clear();
    } else if (const SetOverlapOnly* c = std::get_if<SetOverlapOnly>(&cmd)) {
        state_.compare.overlapOnly = c->on;
    } else if (const ToggleFaq* c = std::get_if<ToggleFaq>(&cmd)) {
        std::vector<char>& open = state_.faq.open;
        if (c->index >= 0 && c->index < static_cast<int>(open.size())) open[c->index] = !open[c->index];
    } else if (const OpenAllFaq* c = std::get_if<OpenAllFaq>(&cmd)) {
        std::fill(state_.faq.open.begin(), state_.faq.open.end(), c->open ? 1 : 0);
    } else if (const Copy* c = std::get_if<Copy>(&cmd)) {
        ResultUi& r = state_.result;
        const int failures = r.failures;
        r = ResultUi{};
        r.failures = failures;
        r.copy = ResultUi::Copy::Pending;
        r.link = c->text;
        emit(Effect::Kind::CopyText, c->text);
    } else if (const CopyDone* c = std::get_if<CopyDone>(&cmd)) {
        ResultUi& r = state_.result;
        if (r.copy != ResultUi::Copy::Pending) return;
        r.copy = c->ok ? ResultUi::Copy::Copied : ResultUi::Copy::Failed;
        r.copyAt = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0.0;
        if (!c->ok) ++r.failures;
    } else if (const Open* c = std::get_if<Open>(&cmd)) {
        emit(Effect::Kind::OpenUrl, c->url);
    } else if (const SetTheme* c = std::get_if<SetTheme>(&cmd)) {
        if (c->theme != ctx_.theme) {
            ctx_.theme = c->theme;
            themeDirty_ = true;
        }
    } else if (const DismissBanner* c = std::get_if<DismissBanner>(&cmd)) {
        if (c->index >= 0 && c->index < static_cast<int>(state_.banners.size()))
            state_.banners.erase(state_.banners.begin() + c->index);
    } else if (const SetTextSize* c = std::get_if<SetTextSize>(&cmd)) {
        const int to = nearestTextSize(c->percent);
        if (to == state_.textSize) return;
        state_.textSize = to;
        setDisplay(displayW_, displayH_, ctx_.screenScale);  // laid out again at the new size from the next frame
        emit(Effect::Kind::SaveTextSize, std::to_string(to));
    } else if (std::holds_alternative<ShowChooseMethod>(cmd)) {
        apply(Go{View::Choose});
        ++state_.chooseMethodAsks;
    } else if (std::holds_alternative<OpenSearch>(cmd)) {
        apply(Go{View::Search});
        ++state_.search.focusAsks;
    } else if (const OpenHit* c = std::get_if<OpenHit>(&cmd)) {
        openHit(c->hit);
    }
}

void App::ensureIndex() {
    if (ctx_.searchIndex) return;
    index_ = buildIndex(*ctx_.data);
    ctx_.searchIndex = &index_;
}

void App::setSearch(const std::string& text) {
    SearchUi& s = state_.search;
    ensureIndex();
    s.query = text;
    s.parsed = parseQuery(text, index_);  // with the dataset's synonyms
    s.hits = search(index_, s.parsed);
}

// The hit's view, scrolled to its item (revealed(), views.h). A filter of
// that view that would hide the item is cleared first; an FAQ answer opens.
void App::openHit(int hit) {
    SearchUi& s = state_.search;
    if (hit < 0 || hit >= static_cast<int>(s.hits.size())) return;
    const SearchHit& h = s.hits[hit];
    const Dataset& d = *ctx_.data;
    SearchUi::Reveal r;
    r.view = viewForHit(h);
    r.section = h.section;
    r.index = h.index;
    r.group = h.group;
    r.field = h.field;
    r.text = h.text;
    r.spans = h.spans;
    r.query = s.parsed;
    r.seq = s.reveal.seq + 1;
    if (r.view == View::Faq && h.index >= 0 && h.index < static_cast<int>(state_.faq.open.size())) {
        const std::vector<FaqMatch> m = matchFaq(d, parseQuery(state_.faq.search, d));
        if (!m[h.index].visible) setFaqSearch("");
        state_.faq.open[h.index] = 1;
    } else if (r.view == View::Compare) {
        CompareQuery q;
        q.categories = state_.compare.categories;
        q.overlapOnly = state_.compare.overlapOnly;
        q.search = state_.compare.search;
        const CompareView shown = buildCompare(d, q);
        const bool there = std::any_of(shown.groups.begin(), shown.groups.end(), [&](const CompareGroup& g) {
            return std::any_of(g.rows.begin(), g.rows.end(), [&](const CompareRow& row) { return row.dimension == h.index; });
        });
        if (!there) {
            state_.compare.search.clear();
            state_.compare.categories.clear();
            state_.compare.overlapOnly = false;
        }
    }
    apply(Go{r.view});
    s.reveal = std::move(r);
}

// While a search is on, its matches are open; when it is cleared, the items
// the reader had open before it come back.
void App::setFaqSearch(const std::string& text) {
    FaqUi& f = state_.faq;
    if (text == f.search) return;
    const bool wasSearching = !parseQuery(f.search).empty();
    const Query query = parseQuery(text, *ctx_.data);
    if (!wasSearching && !query.empty()) f.openBefore = f.open;
    if (!query.empty()) {
        const std::vector<FaqMatch> matches = matchFaq(*ctx_.data, query);
        for (size_t i = 0; i < matches.size() && i < f.open.size(); ++i)
            if (matches[i].visible) f.open[i] = 1;
    } else if (wasSearching && f.openBefore.size() == f.open.size()) {
        f.open = f.openBefore;
    }
    f.search = text;
}

// The answers or the question shown changed: save, and tell the host once.
// "Complete" means the reader sees a result: on opening the Result view and
// when answers change while it is open, not merely once the minimum number
// of answers is reached mid-quiz.
void App::flushQuiz() {
    if (!quizDirty_) return;
    quizDirty_ = false;
    const QuizUi& q = state_.quiz;
    emit(Effect::Kind::SaveState, saveState(*ctx_.data, q.answers, q.current));
    emit(Effect::Kind::Event, "quiz-progress",
         dumpJson(Json{{"answered", q.result.answered}, {"total", q.result.total}}));
    if (q.result.complete && state_.view == View::Result && !state_.shared.active) emitQuizComplete();
}

void App::settle() {
    flushQuiz();
    noteGlyphs(state_.compare.search);
    noteGlyphs(state_.faq.search);
    noteGlyphs(state_.search.query);
    updateMirror();
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::draw() {
    if (themeDirty_) { applyTheme(ctx_, cfg_.accent); themeDirty_ = false; }
    ctx_.animating = false;
    ctx_.targets.clear();
    ctx_.controls.clear();
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
    applyQueued();
}

void App::drawChrome() {
    if (!cfg_.compact) {
        // Beside the title; on a narrow screen after the nav's last button
        // (beside the title they would leave it too little of the width, and
        // on a row of their own they would push the view down a row).
        textSizeWidth_ = 0;
        const float below = ctx_.narrow() ? 0 : drawTextSize(true);
        drawHeader();
        if (ImGui::GetCursorPosY() < below) ImGui::SetCursorPosY(below);  // a one-line title shorter than A- A+
    }
    drawNav();
    drawBanners();
}

// Typed characters the fonts lack (é in a search, say) go into the next
// atlas, built before the next frame; at most kMaxExtraGlyphs of them, so
// pasted text cannot grow the atlas without bound.
namespace {

// The clusters of `text` the table lacks, for buildFonts; true when there
// were new ones. Reached through a pointer the optimizer cannot follow, so
// its code, which only a complex script runs, stays out of the first
// download (docs/performance.md, "Two-part download").
bool noteClusters(Context& ctx, std::string_view text) {
    constexpr size_t kMaxExtraClusters = 256;
    bool added = false;
    for (size_t i = 0; i < text.size();) {
        const size_t end = bidi::clusterEnd(text, i);
        uint32_t cp = 0;
        const std::string_view c = text.substr(i, end - i);
        if (end - i > decodeUtf8(text, i, &cp) && bidi::isComplex(cp) && !ctx.clusters.find(c) &&
            ctx.extraClusters.size() < kMaxExtraClusters &&
            std::find(ctx.extraClusters.begin(), ctx.extraClusters.end(), c) == ctx.extraClusters.end()) {
            ctx.extraClusters.emplace_back(c);
            added = true;
        }
        i = end;
    }
    return added;
}
bool (*volatile noteTypedClusters)(Context&, std::string_view) = noteClusters;

}  // namespace

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
    // A cluster of a complex script typed for the first time gets its glyph
    // too (buildFonts), so the box shows it shaped (textField).
    if (ctx_.faces && ctx_.faces->clusters && bidi::scan(text).complex && noteTypedClusters(ctx_, text)) fontsDirty_ = true;
}

void App::setLateViews(bool in) {
    lateViews_ = in;
    if (in) updateMirror();
}

bool App::waitingForView() const { return !lateViews_ && viewInfo(state_.view).part == WebPart::Last; }

void App::updateMirror() {
    if (!mirrorOn_ || waitingForView()) return;  // the view's mirror is in the part still to come
    const QuizUi& q = state_.quiz;
    const SharedUi& sh = state_.shared;
    std::string key = std::string(viewId(state_.view)) + "|" + std::to_string(q.current) + "|" + q.token + "|" +
                      std::string(state_.faq.open.begin(), state_.faq.open.end()) + "|" + ctx_.data->meta.id + "|" +
                      (sh.active ? sh.token + (sh.comparing ? "+" : "") : std::string()) + "|" +
                      (state_.view == View::Search ? state_.search.query : std::string());
    if (key == mirrorKey_) return;
    mirrorKey_ = std::move(key);
    MirrorState st;
    st.view = state_.view;
    st.cat = &catalogue_;
    st.answers = sh.active ? &sh.answers : &q.answers;
    st.current = q.current;
    st.result = sh.active ? &sh.result : &q.result;
    st.flips = sh.active ? &sh.flips : &q.flips;
    if (sh.active) {
        st.shared = true;
        if (q.result.answered > 0) {
            st.ownAnswers = &q.answers;
            st.ownResult = &q.result;
        }
        st.comparing = sh.comparing;
    }
    st.faqOpen = &state_.faq.open;
    st.searchQuery = &state_.search.query;
    st.searchParsed = &state_.search.parsed;
    st.searchHits = &state_.search.hits;
    emit(Effect::Kind::Mirror, renderMirrorHtml(*ctx_.data, st));
}

void App::drawHeader() {
    if (ctx_.rtl()) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + textSizeWidth_);  // A- A+ are at the left
    text(ctx_, ctx_.data->meta.title, {}, ctx_.narrow() ? ctx_.fonts.heading : ctx_.fonts.title, 0,
         ImGui::GetContentRegionAvail().x - textSizeWidth_);  // beside the text size's A- A+
    // The data's description is the Overview's (drawOverview), under the nav:
    // not repeated above every view, and the nav stays put between views.
}

void App::drawNav() {
    // One row of pill buttons; wraps onto more rows on narrow screens.
    const ImGuiStyle& st = ImGui::GetStyle();
    float right = ImGui::GetContentRegionMax().x;
    bool first = true;
    // Right to left, the row starts at the right and runs leftwards (as Flow's).
    const bool rtl = ctx_.rtl();
    const float left = ImGui::GetCursorPosX(), origin = ImGui::GetWindowPos().x - ImGui::GetScrollX();
    // On a coarse pointer the buttons are drawn as with a mouse, in touch-sized
    // items (frameButton), and their rows follow without a gap (as Flow's).
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, drawnFramePadding(ctx_));
    for (int i = 0; i < kViewCount; ++i) {
        const ViewInfo& info = viewInfo(static_cast<View>(i));
        if (!(info.flags & ViewInNav)) continue;  // Result: reached from the quiz
        const View v = info.view;
        const std::string title = ctx_.tr(std::string("nav.") + info.id);
        const char* label = title.c_str();
        const bool search = v == View::Search;  // a magnifier before its label; opens with the box focused
        float w = search ? searchNavWidth(ctx_) : ImGui::CalcTextSize(visual(ctx_, label)).x + st.FramePadding.x * 2;
        if (rtl) {
            w = std::max(w, ctx_.px(ctx_.minHitCss()));  // the item, touch-sized (frameButton)
            const float x = ImGui::GetItemRectMin().x - origin - st.ItemSpacing.x - w;
            if (!first && x >= left) ImGui::SameLine();
            else if (!first && ctx_.coarse) ImGui::SetCursorPosY(ImGui::GetCursorPosY() - st.ItemSpacing.y);
            ImGui::SetCursorPosX(!first && x >= left ? x : right - w);
        } else if (!first && ImGui::GetItemRectMax().x + st.ItemSpacing.x + w <= right) ImGui::SameLine();
        else if (!first && ctx_.coarse) ImGui::SetCursorPosY(ImGui::GetCursorPosY() - st.ItemSpacing.y);
        first = false;
        bool active = state_.view == v || (v == View::Quiz && state_.view == View::Result);
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, ctx_.pal.accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ctx_.pal.accent);
            ImGui::PushStyleColor(ImGuiCol_Text, ctx_.pal.accentText);
        }
        if (search ? searchNavButton(ctx_) : frameButton(ctx_, label)) {
            if (search) ctx_.push(OpenSearch{});
            else ctx_.go(v);
        }
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ctx_.mark(std::string("nav:") + viewId(v));
        if (active) ImGui::PopStyleColor(3);
    }
    if (cfg_.compact || ctx_.narrow()) drawTextSize(false);  // no header, or no room beside the title
    ImGui::PopStyleVar();
    ImGui::Spacing();
}

// The reader's text size, 100% to 200% (WCAG 1.4.4), on every view: A- and
// A+ step through kTextSizes. In the header's first row, at its right (the
// title wraps before it: textSizeWidth_), so a reader who made the text big
// finds them at the top; else after the nav's last button (narrow screens,
// or no header), right-aligned on its row or the next.
// Drawn as the nav's buttons are (frameButton).
// Returns, in the header, the cursor's y below them.
float App::drawTextSize(bool inHeader) {
    constexpr int n = static_cast<int>(sizeof kTextSizes / sizeof kTextSizes[0]);
    int at = 0;
    while (at < n - 1 && kTextSizes[at] != state_.textSize) ++at;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, drawnFramePadding(ctx_));
    const ImGuiStyle& st = ImGui::GetStyle();
    const float item = std::max(ImGui::CalcTextSize("A+").x + st.FramePadding.x * 2, ctx_.px(ctx_.minHitCss()));
    const float w = item * 2 + st.ItemSpacing.x, right = ImGui::GetContentRegionMax().x;
    const ImVec2 start = ImGui::GetCursorPos();
    // Right to left: at the left, A+ left of A- (the mirror of the row).
    const bool rtl = ctx_.rtl();
    const float x = rtl ? start.x : right - w;
    if (inHeader) ImGui::SetCursorPos(ImVec2(x, start.y));
    else if (rtl && ImGui::GetItemRectMin().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() - st.ItemSpacing.x * 3 - w >= x) ImGui::SameLine(x);
    else if (!rtl && ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + st.ItemSpacing.x * 3 + w <= right) ImGui::SameLine(right - w);
    else ImGui::SetCursorPosX(x);
    struct Step { const char* label; const char* target; const char* tip; int to; };
    const Step steps[] = {{"A-##text", "text:smaller", "header.smaller", at > 0 ? kTextSizes[at - 1] : 0},
                          {"A+##text", "text:larger", "header.larger", at < n - 1 ? kTextSizes[at + 1] : 0}};
    for (const Step& s : steps) {
        if (&s != steps) ImGui::SameLine();
        if (rtl) ImGui::SetCursorPosX(x + (&s == steps ? item + st.ItemSpacing.x : 0));
        ImGui::BeginDisabled(s.to == 0);
        if (frameButton(ctx_, s.label)) ctx_.push(SetTextSize{s.to});
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            tooltipSide(ctx_);
            ImGui::SetTooltip("%s", visual(ctx_, ctx_.tr("header.textSizeTip", {{"label", ctx_.tr(s.tip)}, {"percent", ctx_.percent(state_.textSize)}}).c_str()));
        }
        ctx_.mark(s.target);
    }
    ImGui::PopStyleVar();
    if (!inHeader) return 0;
    const float below = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(start);  // the title starts the row
    textSizeWidth_ = w + st.ItemSpacing.x * 2;
    return below;
}

void App::drawBanners() {
    for (size_t i = 0; i < state_.banners.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        text(ctx_, state_.banners[i], {}, nullptr, ctx_.pal.danger);
        // A finger gets a touch-sized item around the small button (frameButton).
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, drawnFramePadding(ctx_));
        const std::string label = ctx_.tr("banner.dismiss");
        const bool dismiss = ctx_.coarse ? frameButton(ctx_, label.c_str()) : ImGui::SmallButton(label.c_str());
        ImGui::PopStyleVar();
        if (dismiss) ctx_.push(DismissBanner{static_cast<int>(i)});
        ctx_.mark("banner:dismiss:" + std::to_string(i));
        ImGui::PopID();
    }
}

void App::drawBody(bool withChrome) {
    // The scrollbar's space is always reserved, so the text wraps the same
    // whether or not the view overflows: the height reported to the host
    // depends on the width only, and resizing the iframe cannot loop.
    // The scrollbar is drawn only when the view overflows (bodyScrolls_: the
    // last frame's scroll range; only its colour depends on it, never the
    // layout), and it stands `inset` clear of the content: the body reaches
    // `inset` into the window's padding on each side and pads itself by as
    // much, so the content keeps its place and width.
    const float inset = ctx_.px(6);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() - inset);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(inset, 0));
    if (!bodyScrolls_) {
        for (ImGuiCol c : {ImGuiCol_ScrollbarGrab, ImGuiCol_ScrollbarGrabHovered, ImGuiCol_ScrollbarGrabActive})
            ImGui::PushStyleColor(c, IM_COL32(0, 0, 0, 0));
    }
    ImGui::BeginChild("body", ImVec2(ImGui::GetContentRegionAvail().x + inset, 0),
                      ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_AlwaysVerticalScrollbar |
                          ImGuiWindowFlags_NavFlattened);  // Tab goes from the nav into the view
    if (!bodyScrolls_) ImGui::PopStyleColor(3);
    ImGui::PopStyleVar();  // the body's own padding only: popups opened inside keep the theme's
    bodyScrolls_ = ImGui::GetScrollMaxY() > 0.0f;
    if (scrollToTop_) {  // a new view starts at its top
        ImGui::SetScrollY(0);
        scrollToTop_ = false;
    }
    if (withChrome) drawChrome();
    // Through a table, not a switch: each view stays a function of its own
    // (the optimiser inlines a function with one direct caller, even across
    // files), so the web build's split can leave the views the first frame
    // does not draw out of the first download (docs/performance.md).
    // Right to left, the view's content (at most kPageCss wide, layout.h)
    // stands at the right, under the start of the nav.
    const float pageIndent = ctx_.rtl() ? std::floor(std::max(0.0f, ImGui::GetContentRegionAvail().x - ctx_.px(kPageCss))) : 0.0f;
    if (pageIndent > 0) ImGui::Indent(pageIndent);
    if (!waitingForView()) drawView(state_.view, ctx_);
    if (pageIndent > 0) ImGui::Unindent(pageIndent);
    float contentH = ImGui::GetCursorPosY();  // window-local, includes scrolling: the content's full height
    ImGui::EndChild();
    // What the widget would need to show everything without scrolling, for
    // the host page's iframe (resize event). Width-dependent only, so the
    // host resizing the iframe's height cannot start a resize loop.
    float top = ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y;
    float wantCss = std::ceil((top + contentH + ImGui::GetStyle().WindowPadding.y) / ctx_.screenScale);  // the page's px
    if (std::fabs(wantCss - contentHeightCss_) >= 1.0f) {
        contentHeightCss_ = wantCss;
        // Formatted by hand: this runs in the first frame, which the web build
        // keeps free of the JSON library (docs/performance.md).
        emit(Effect::Kind::Event, "resize", "{\"height\":" + std::to_string(static_cast<int>(wantCss)) + "}");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] State export
//-----------------------------------------------------------------------------

namespace {
Json questionJson(const Dataset& ds, int current) {
    if (current < 0 || current >= static_cast<int>(ds.quiz.questions.size())) return nullptr;
    const Question& q = ds.quiz.questions[current];
    Json options = Json::array();
    for (const Option& o : q.options) options.push_back(o.label);
    return {{"id", q.id}, {"prompt", q.prompt}, {"options", options}};
}
}  // namespace

std::string App::exportState() const {
    Json j;
    j["view"] = viewId(state_.view);
    j["theme"] = ctx_.theme == ThemeMode::Dark ? "dark" : "light";
    j["language"] = {{"ui", catalogue_.language()}, {"dir", catalogue_.rtl() ? "rtl" : "ltr"}};  // the interface's words
    j["dataset"] = {{"id", ctx_.data->meta.id}, {"version", ctx_.data->meta.version}, {"custom", usingCustom_}};
    j["frames"] = frames_;
    j["contentHeight"] = contentHeightCss_;
    j["scale"] = ctx_.scale;
    j["textSize"] = state_.textSize;
    j["size"] = {ctx_.widthCss, ctx_.heightCss};
    j["banners"] = state_.banners;
    const QuizUi& q = state_.quiz;
    const QuizResult& r = q.result;
    Json fits = Json::object();
    for (size_t i = 0; i < r.fits.size() && i < ctx_.data->roles.size(); ++i) fits[ctx_.data->roles[i].id] = r.fits[i];
    j["quiz"] = {{"answers", q.answers},
                 {"current", q.current},
                 {"answered", r.answered},
                 {"total", r.total},
                 {"complete", r.complete},
                 {"fits", fits},
                 {"recommended", r.recommended >= 0 ? Json(ctx_.data->roles[r.recommended].id) : Json()},
                 {"closeCall", r.closeCall},
                 {"outcome", outcomeName(r.outcome)},
                 {"flips", q.flips.size()},
                 {"question", questionJson(*ctx_.data, q.current)},
                 {"token", q.token}};
    // Someone else's result, while the Result view shows it (never in "quiz").
    const SharedUi& sh = state_.shared;
    Json sharedFits = Json::object();
    for (size_t i = 0; i < sh.result.fits.size() && i < ctx_.data->roles.size(); ++i)
        sharedFits[ctx_.data->roles[i].id] = sh.result.fits[i];
    j["shared"] = {{"active", sh.active},
                   {"answers", sh.answers},
                   {"token", sh.token},
                   {"complete", sh.result.complete},
                   {"fits", sharedFits},
                   {"recommended", sh.active && sh.result.recommended >= 0
                                       ? Json(ctx_.data->roles[sh.result.recommended].id) : Json()},
                   {"closeCall", sh.result.closeCall},
                   {"outcome", outcomeName(sh.result.outcome)},
                   {"comparing", sh.comparing}};
    static const char* const kCopy[] = {"idle", "pending", "copied", "failed"};
    j["share"] = {{"copy", kCopy[static_cast<int>(state_.result.copy)]}};
    // "Showing N of M dimensions": the view's own count, for tests and hosts.
    CompareQuery cq;
    cq.categories = state_.compare.categories;
    cq.overlapOnly = state_.compare.overlapOnly;
    cq.search = state_.compare.search;
    const CompareView cv = buildCompare(*ctx_.data, cq);
    j["compare"] = {{"categories", state_.compare.categories},
                    {"overlapOnly", state_.compare.overlapOnly},
                    {"search", state_.compare.search},
                    {"shown", cv.rowCount},
                    {"total", cv.totalRows}};
    j["faq"] = {{"search", state_.faq.search},
                {"open", std::vector<bool>(state_.faq.open.begin(), state_.faq.open.end())}};
    {  // the search: its hits (what each opens) and the item the last opened hit revealed
        const SearchUi& se = state_.search;
        Json hits = Json::array();
        Json perView = Json::object();
        for (const SearchHit& h : se.hits) {
            const char* v = viewId(viewForHit(h));
            hits.push_back({{"view", v}, {"section", sectionName(h.section)}, {"index", h.index}, {"group", h.group},
                            {"field", h.field}, {"title", hitText(*ctx_.data, h, se.parsed, 180, catalogue_).title}});
            perView[v] = perView.value(v, 0) + 1;
        }
        const SearchUi::Reveal& r = se.reveal;
        j["search"] = {{"query", se.query},
                       {"hits", std::move(hits)},
                       {"views", std::move(perView)},
                       {"reveal", {{"view", r.view < View::Count ? Json(viewId(r.view)) : Json()},
                                   {"section", sectionName(r.section)},
                                   {"index", r.index},
                                   {"group", r.group},
                                   {"field", r.field},
                                   {"seq", r.seq}}}};
    }
    Json views = Json::array();
    for (int i = 0; i < kViewCount; ++i) {
        const ViewInfo& v = viewInfo(static_cast<View>(i));
        views.push_back({{"id", v.id}, {"title", v.title}, {"nav", (v.flags & ViewInNav) != 0},
                         {"url", (v.flags & ViewByUrl) != 0}});
    }
    j["views"] = std::move(views);
    Json targets = Json::array();
    Json controls = Json::array();
    auto rect = [](const Context::Target& t) {
        return Json{{"name", t.name}, {"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}, {"clipped", t.clipped}};
    };
    for (const Context::Target& t : ctx_.targets) targets.push_back(rect(t));
    for (const Context::Target& t : ctx_.controls) controls.push_back(rect(t));
    j["targets"] = std::move(targets);
    j["controls"] = std::move(controls);
    j["coarse"] = ctx_.coarse;  // touch sizes on (Context::coarse)
    j["focused"] = ctx_.focused;
    return dumpJson(j);
}

}  // namespace rc::ui
