// rolecompare quiz result for the command line (`rolecompare --quiz-result TOKEN
// [--json]`) and for anything that wants the result as JSON. No platform code:
// the desktop main parses arguments and calls runQuizResult.
// The --json schema is in docs/quiz.md ("quiz_cli").
#pragma once
#include <ostream>
#include <string>

#include "core/model.h"
#include "core/quiz.h"

namespace rc {

// Decodes token, scores it and prints fits, the outcome (role / close call / not
// enough answers), the top contributions per role with their basis titles, the
// flips, next steps and the crossover FAQ. Text or JSON (one object, one line).
// Returns 0; a bad token prints its message to err and returns 1.
int runQuizResult(const Dataset& ds, const std::string& token, bool json, std::ostream& out, std::ostream& err);

// The JSON document runQuizResult prints with json = true (compact, no newline).
std::string quizResultJson(const Dataset& ds, const Answers& answers);

// The text runQuizResult prints with json = false.
std::string quizResultText(const Dataset& ds, const Answers& answers);

}  // namespace rc
