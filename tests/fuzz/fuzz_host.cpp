// libFuzzer target: what arrives from outside at run time. The input's first
// line is the message origin, the second the allowed origin, the rest the
// message JSON for parseHostCommand. The whole input is also read as saved
// progress (loadState) and as a state file (loadStateFromFile) for the
// shipped dataset; whatever loads must save and load back the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/host.h"
#include "core/params.h"
#include "core/quiz.h"
#include "core/state.h"
#include "fuzz_common.h"

namespace {

std::string_view takeLine(std::string_view& s) {
    size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
    return line;
}

void checkState(const rc::Dataset& ds, const rc::LoadStateResult& r) {
    RC_FUZZ_CHECK(r.ok == (r.error == rc::StateError::None));
    if (!r.ok) {
        RC_FUZZ_CHECK(r.error == rc::StateError::Missing || !r.message.empty());
        return;
    }
    RC_FUZZ_CHECK(r.answers.size() == ds.quiz.questions.size() && rc::isValidAnswers(ds, r.answers));
    RC_FUZZ_CHECK(r.current >= 0 && r.current <= static_cast<int>(ds.quiz.questions.size()));
    rc::LoadStateResult again = rc::loadState(ds, rc::saveState(ds, r.answers, r.current));
    RC_FUZZ_CHECK(again.ok && again.answers == r.answers && again.current == r.current);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::string_view rest = in;
    std::string_view origin = takeLine(rest);
    std::string_view allowed = takeLine(rest);

    rc::HostCommand c = rc::parseHostCommand(origin, allowed, rest);
    if (c.kind == rc::HostCommand::Kind::None) {
        RC_FUZZ_CHECK(!c.error.empty());
    } else {
        RC_FUZZ_CHECK(c.error.empty() && !allowed.empty() && origin == allowed);
        if (c.kind == rc::HostCommand::Kind::SetView) RC_FUZZ_CHECK(rc::isKnownViewId(c.value));
        if (c.kind == rc::HostCommand::Kind::SetTheme)
            RC_FUZZ_CHECK(c.value == "light" || c.value == "dark" || c.value == "auto");
    }

    const rc::Dataset& ds = rcfuzz::shipped();
    checkState(ds, rc::loadState(ds, in));
    checkState(ds, rc::loadStateFromFile(ds, in));
    std::string merged = rc::mergeStateIntoFile(in, ds, {}, 0);
    checkState(ds, rc::loadStateFromFile(ds, merged));
    (void)rc::removeStateFromFile(in, ds.meta.id);
    return 0;
}
