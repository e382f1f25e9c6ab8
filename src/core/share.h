// rolecompare share tokens: a quiz's answers in a short, checked, URL-safe string.
// Pure C++17, no exceptions, safe on any input (fuzzed). The byte layout is
// specified in docs/quiz.md ("Share tokens"); keep the two in step.
//
// Fragment/URL parsing ("#quiz=...") is not done here: decodeToken takes the
// bare token and is strict.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/quiz.h"

namespace rc {

constexpr uint8_t kTokenVersion = 1;

enum class TokenError {
    None = 0,
    Empty,               // zero-length token
    BadCharacter,        // a character outside A-Z a-z 0-9 - _
    BadEncoding,         // length % 4 == 1, or non-zero unused bits in the last character
    UnsupportedVersion,  // version byte is not 1 (a newer rolecompare, or not ours)
    WrongLength,         // truncated or extended: byte count does not match the question count field
    BadChecksum,         // CRC-16 mismatch: the link was altered or mistyped
    WrongDataset,        // dataset hash differs: made for another dataset or data version
    QuestionCountMismatch,  // hash matches but the question count does not
    OptionOutOfRange,    // an answer names an option its question does not have
    NonZeroPadding,      // unused bits after the last answer are not zero
    NoQuiz,              // this dataset has no quiz (or more than 255 questions)
};

struct DecodeResult {
    bool ok = false;
    Answers answers;          // one per question when ok; empty otherwise
    TokenError error = TokenError::None;
    std::string message;      // user-facing, one sentence; empty when ok
};

// The 24-bit dataset hash carried by tokens: FNV-1a 32 of meta.id + "\n" +
// meta.version, low 24 bits.
uint32_t datasetHash24(const Dataset& ds);

// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no xorout).
uint16_t crc16(const uint8_t* data, size_t n);

// Answers -> token. Answers are read leniently (missing/out-of-range = skipped).
// Returns "" when the dataset has no quiz or more than 255 questions, or a
// question has more than 7 options (the format cannot carry it).
std::string encodeToken(const Dataset& ds, const Answers& answers);

// Token -> answers, strictly. Never ok for anything it could not fully read.
DecodeResult decodeToken(const Dataset& ds, std::string_view token);

// A stable name for logs and --json ("bad-checksum"), and the user-facing message.
const char* tokenErrorName(TokenError e);
const char* tokenErrorMessage(TokenError e);

// base64url without padding (RFC 4648 section 5). Exposed for tests and tools.
std::string base64urlEncode(const uint8_t* data, size_t n);
// Strict: rejects other characters, length % 4 == 1, and non-zero unused bits.
bool base64urlDecode(std::string_view text, std::string& out, TokenError* error);

}  // namespace rc
