// libFuzzer target: share tokens. The input is the bare token (the part after
// "#quiz="). decodeToken runs against the shipped dataset and a small second
// one; whatever decodes must re-encode to exactly the same token. The input
// bytes are also read as answers, encoded and decoded back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/quiz.h"
#include "core/share.h"
#include "fuzz_common.h"

namespace {

void checkDecode(const rc::Dataset& ds, std::string_view token) {
    rc::DecodeResult r = rc::decodeToken(ds, token);
    RC_FUZZ_CHECK(r.ok == (r.error == rc::TokenError::None));
    if (!r.ok) {
        RC_FUZZ_CHECK(!r.message.empty() && r.answers.empty());
        RC_FUZZ_CHECK(rc::tokenErrorName(r.error) != nullptr);
        return;
    }
    RC_FUZZ_CHECK(rc::isValidAnswers(ds, r.answers));
    RC_FUZZ_CHECK(rc::encodeToken(ds, r.answers) == token);
    (void)rc::score(ds, r.answers);
}

// Answers from bytes: 0 = skipped, 1..n = option, anything above = out of range.
void checkEncode(const rc::Dataset& ds, const uint8_t* data, size_t size) {
    rc::Answers answers;
    for (size_t q = 0; q < ds.quiz.questions.size() && q < size; ++q) answers.push_back(static_cast<int>(data[q] % 10) - 1);
    std::string token = rc::encodeToken(ds, answers);
    RC_FUZZ_CHECK(!token.empty());
    rc::DecodeResult r = rc::decodeToken(ds, token);
    RC_FUZZ_CHECK(r.ok);
    for (size_t q = 0; q < r.answers.size(); ++q)
        RC_FUZZ_CHECK(r.answers[q] == rc::answerAt(ds, answers, static_cast<int>(q)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view token(reinterpret_cast<const char*>(data), size);
    checkDecode(rcfuzz::shipped(), token);
    checkDecode(rcfuzz::mini(), token);
    checkEncode(rcfuzz::shipped(), data, size);
    checkEncode(rcfuzz::mini(), data, size);
    std::string raw;
    rc::TokenError e = rc::TokenError::None;
    if (rc::base64urlDecode(token, raw, &e))
        RC_FUZZ_CHECK(rc::base64urlEncode(reinterpret_cast<const uint8_t*>(raw.data()), raw.size()) == token);
    return 0;
}
