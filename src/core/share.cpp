// Share tokens. See share.h and docs/quiz.md ("Share tokens").
//
// [SECTION] Hashes
// [SECTION] base64url
// [SECTION] Messages
// [SECTION] Encode
// [SECTION] Decode
#include "core/share.h"

#include <vector>

namespace rc {

namespace {
constexpr size_t kHeaderBytes = 5;    // version, hash (3), question count
constexpr size_t kChecksumBytes = 2;  // CRC-16, big-endian
constexpr int kBitsPerAnswer = 3;
constexpr int kMaxOptions = 7;        // 3 bits: 0 = skipped, 1..7 = option + 1
constexpr size_t kMaxQuestions = 255;

size_t answerBytes(size_t questions) { return (questions * kBitsPerAnswer + 7) / 8; }
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Hashes
//-----------------------------------------------------------------------------

uint32_t datasetHash24(const Dataset& ds) {
    uint32_t h = 2166136261u;
    auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 16777619u;
        }
    };
    mix(ds.meta.id);
    mix("\n");
    mix(ds.meta.version);
    return h & 0xFFFFFFu;
}

uint16_t crc16(const uint8_t* data, size_t n) {
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < n; ++i) {
        crc ^= static_cast<uint16_t>(data[i] << 8);
        for (int b = 0; b < 8; ++b)
            crc = (crc & 0x8000) ? static_cast<uint16_t>((crc << 1) ^ 0x1021) : static_cast<uint16_t>(crc << 1);
    }
    return crc;
}

//-----------------------------------------------------------------------------
// [SECTION] base64url
//-----------------------------------------------------------------------------

namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}
}  // namespace

std::string base64urlEncode(const uint8_t* data, size_t n) {
    std::string out;
    out.reserve((n * 4 + 2) / 3);
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t(data[i]) << 16) | (uint32_t(data[i + 1]) << 8) | data[i + 2];
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = uint32_t(data[i]) << 16;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
    } else if (n - i == 2) {
        uint32_t v = (uint32_t(data[i]) << 16) | (uint32_t(data[i + 1]) << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

bool base64urlDecode(std::string_view text, std::string& out, TokenError* error) {
    auto fail = [&](TokenError e) {
        if (error) *error = e;
        out.clear();
        return false;
    };
    out.clear();
    for (char c : text)
        if (sextet(c) < 0) return fail(TokenError::BadCharacter);
    if (text.size() % 4 == 1) return fail(TokenError::BadEncoding);
    out.reserve(text.size() * 3 / 4);
    uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        acc = (acc << 6) | static_cast<uint32_t>(sextet(c));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
        acc &= (1u << bits) - 1;  // keep only the unread bits
    }
    // Leftover bits (2 or 4) must be zero: otherwise two tokens would decode the same.
    if (acc != 0) return fail(TokenError::BadEncoding);
    if (error) *error = TokenError::None;
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Messages
//-----------------------------------------------------------------------------

const char* tokenErrorName(TokenError e) {
    switch (e) {
        case TokenError::None: return "none";
        case TokenError::Empty: return "empty";
        case TokenError::BadCharacter: return "bad-character";
        case TokenError::BadEncoding: return "bad-encoding";
        case TokenError::UnsupportedVersion: return "unsupported-version";
        case TokenError::WrongLength: return "wrong-length";
        case TokenError::BadChecksum: return "bad-checksum";
        case TokenError::WrongDataset: return "wrong-dataset";
        case TokenError::QuestionCountMismatch: return "question-count-mismatch";
        case TokenError::OptionOutOfRange: return "option-out-of-range";
        case TokenError::NonZeroPadding: return "non-zero-padding";
        case TokenError::NoQuiz: return "no-quiz";
    }
    return "unknown";
}

const char* tokenErrorMessage(TokenError e) {
    switch (e) {
        case TokenError::None: return "";
        case TokenError::Empty: return "The quiz link has no answers in it.";
        case TokenError::BadCharacter:
            return "The quiz link contains characters that do not belong in it; it may have been mistyped.";
        case TokenError::BadEncoding: return "The quiz link is damaged; it may have been cut off or mistyped.";
        case TokenError::UnsupportedVersion:
            return "This link was made by a newer version of rolecompare.";
        case TokenError::WrongLength: return "The quiz link is incomplete or has extra characters; it may have been cut off.";
        case TokenError::BadChecksum: return "The quiz link is damaged (its check digits do not match); it may have been mistyped.";
        case TokenError::WrongDataset: return "This link is for a different dataset/version of the comparison.";
        case TokenError::QuestionCountMismatch:
            return "This link is for a quiz with a different number of questions.";
        case TokenError::OptionOutOfRange: return "The quiz link names an answer that this quiz does not have.";
        case TokenError::NonZeroPadding: return "The quiz link is malformed (unused bits are set).";
        case TokenError::NoQuiz: return "This comparison has no quiz to share.";
    }
    return "The quiz link could not be read.";
}

//-----------------------------------------------------------------------------
// [SECTION] Encode
//-----------------------------------------------------------------------------

namespace {
bool quizEncodable(const Dataset& ds) {
    const auto& qs = ds.quiz.questions;
    if (qs.empty() || qs.size() > kMaxQuestions) return false;
    for (const auto& q : qs)
        if (q.options.size() > static_cast<size_t>(kMaxOptions)) return false;
    return true;
}
}  // namespace

std::string encodeToken(const Dataset& ds, const Answers& answers) {
    if (!quizEncodable(ds)) return {};
    const size_t n = ds.quiz.questions.size();
    std::vector<uint8_t> bytes;
    bytes.reserve(kHeaderBytes + answerBytes(n) + kChecksumBytes);
    const uint32_t h = datasetHash24(ds);
    bytes.push_back(kTokenVersion);
    bytes.push_back(static_cast<uint8_t>(h >> 16));
    bytes.push_back(static_cast<uint8_t>(h >> 8));
    bytes.push_back(static_cast<uint8_t>(h));
    bytes.push_back(static_cast<uint8_t>(n));
    // Pack 3-bit codes MSB first, question 0 first; trailing bits stay zero.
    std::vector<uint8_t> packed(answerBytes(n), 0);
    for (size_t q = 0; q < n; ++q) {
        const int a = answerAt(ds, answers, static_cast<int>(q));
        const unsigned code = a < 0 ? 0u : static_cast<unsigned>(a + 1);
        for (int b = 0; b < kBitsPerAnswer; ++b) {
            if (code & (1u << (kBitsPerAnswer - 1 - b))) {
                const size_t bit = q * kBitsPerAnswer + static_cast<size_t>(b);
                packed[bit / 8] |= static_cast<uint8_t>(0x80u >> (bit % 8));
            }
        }
    }
    bytes.insert(bytes.end(), packed.begin(), packed.end());
    const uint16_t crc = crc16(bytes.data(), bytes.size());
    bytes.push_back(static_cast<uint8_t>(crc >> 8));
    bytes.push_back(static_cast<uint8_t>(crc));
    return base64urlEncode(bytes.data(), bytes.size());
}

//-----------------------------------------------------------------------------
// [SECTION] Decode
//-----------------------------------------------------------------------------

DecodeResult decodeToken(const Dataset& ds, std::string_view token) {
    DecodeResult res;
    auto fail = [&res](TokenError e) {
        res.ok = false;
        res.answers.clear();
        res.error = e;
        res.message = tokenErrorMessage(e);
        return res;
    };
    if (token.empty()) return fail(TokenError::Empty);
    // A v1 token is at most 5 + 96 + 2 bytes = 138 characters; anything far longer
    // is not ours and is refused before allocating for it.
    if (token.size() > 4096) return fail(TokenError::WrongLength);

    std::string raw;
    TokenError e = TokenError::None;
    if (!base64urlDecode(token, raw, &e)) return fail(e);
    const auto* b = reinterpret_cast<const uint8_t*>(raw.data());
    const size_t len = raw.size();

    // Version first: a newer format may have any length.
    if (len < 1) return fail(TokenError::WrongLength);
    if (b[0] != kTokenVersion) return fail(TokenError::UnsupportedVersion);
    if (len < kHeaderBytes + kChecksumBytes) return fail(TokenError::WrongLength);
    const size_t n = b[4];
    if (len != kHeaderBytes + answerBytes(n) + kChecksumBytes) return fail(TokenError::WrongLength);
    const uint16_t want = static_cast<uint16_t>((b[len - 2] << 8) | b[len - 1]);
    if (crc16(b, len - kChecksumBytes) != want) return fail(TokenError::BadChecksum);

    const uint32_t hash = (uint32_t(b[1]) << 16) | (uint32_t(b[2]) << 8) | b[3];
    if (hash != datasetHash24(ds)) return fail(TokenError::WrongDataset);
    if (!quizEncodable(ds)) return fail(TokenError::NoQuiz);
    const auto& qs = ds.quiz.questions;
    if (n != qs.size()) return fail(TokenError::QuestionCountMismatch);

    const uint8_t* packed = b + kHeaderBytes;
    auto bitAt = [packed](size_t bit) { return (packed[bit / 8] >> (7 - bit % 8)) & 1u; };
    for (size_t bit = n * kBitsPerAnswer; bit < answerBytes(n) * 8; ++bit)
        if (bitAt(bit)) return fail(TokenError::NonZeroPadding);

    Answers answers(n, kSkipped);
    for (size_t q = 0; q < n; ++q) {
        unsigned code = 0;
        for (int i = 0; i < kBitsPerAnswer; ++i) code = (code << 1) | bitAt(q * kBitsPerAnswer + static_cast<size_t>(i));
        if (code == 0) continue;
        if (code > qs[q].options.size()) return fail(TokenError::OptionOutOfRange);
        answers[q] = static_cast<int>(code) - 1;
    }
    res.ok = true;
    res.answers = std::move(answers);
    res.error = TokenError::None;
    res.message.clear();
    return res;
}

}  // namespace rc
