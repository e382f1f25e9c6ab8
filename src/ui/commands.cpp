// The accessible mirror's action strings, parsed into commands (commands.h).
#include "commands.h"

#include <algorithm>

#include "context.h"

namespace rc::ui {

namespace {
// A small decimal index ("0".."999999"); no sign, no spaces.
bool parseIndex(std::string_view s, int* out) {
    if (s.empty() || s.size() > 6) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
}  // namespace

bool parseMirrorAction(std::string_view a, const Dataset& data, const UiState& state, const std::string& shareBase,
                       std::vector<Command>* out) {
    const QuizUi& q = state.quiz;
    const SharedUi& shared = state.shared;
    const int n = static_cast<int>(data.quiz.questions.size());
    const size_t before = out->size();
    View v;
    int i = 0, o = 0;
    if (startsWith(a, "view:")) {
        if (parseView(a.substr(5), &v)) out->push_back(Go{v});
    } else if (startsWith(a, "answer:")) {
        std::string_view rest = a.substr(7);
        size_t colon = rest.find(':');
        if (colon != std::string_view::npos && parseIndex(rest.substr(0, colon), &i) &&
            parseIndex(rest.substr(colon + 1), &o) && i < n &&
            o < static_cast<int>(data.quiz.questions[i].options.size())) {
            out->push_back(Answer{i, o});
            out->push_back(ShowQuestion{i});
        }
    } else if (a == "next") {
        if (n > 0) out->push_back(ShowQuestion{std::min(q.current + 1, n - 1)});
    } else if (a == "back") {
        out->push_back(ShowQuestion{std::max(q.current - 1, 0)});
    } else if (a == "skip") {
        if (q.current < n) {
            out->push_back(Answer{q.current, kSkipped});
            out->push_back(ShowQuestion{std::min(q.current + 1, n - 1)});
        }
    } else if (a == "result") {
        if (q.result.complete) out->push_back(Go{View::Result});
    } else if (a == "retake") {
        if (!shared.active) out->push_back(ResetQuiz{});
    } else if (a == "take-quiz") {
        if (shared.active) out->push_back(TakeQuiz{});
    } else if (a == "compare-answers") {
        if (shared.active && q.result.answered > 0) out->push_back(CompareShared{!shared.comparing});
    } else if (a == "copy") {
        out->push_back(Copy{shareBase + (shared.active ? shared.token : q.token)});
    } else if (startsWith(a, "faq:")) {
        if (parseIndex(a.substr(4), &i) && i < static_cast<int>(state.faq.open.size())) out->push_back(ToggleFaq{i});
    } else if (startsWith(a, "question:")) {
        if (parseIndex(a.substr(9), &i) && i < n) {
            out->push_back(ShowQuestion{i});
            out->push_back(Go{View::Quiz});
        }
    } else if (a == "choose:method") {
        out->push_back(ShowChooseMethod{});
    } else if (startsWith(a, "hit:")) {
        if (parseIndex(a.substr(4), &i) && i < static_cast<int>(state.search.hits.size())) out->push_back(OpenHit{i});
    }
    return out->size() > before;
}

}  // namespace rc::ui
