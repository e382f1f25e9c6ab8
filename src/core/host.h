// rolecompare <-> host page messages (the embed contract, version 1).
//
// Events the widget posts to its host (window.parent.postMessage), always
// {source:"rolecompare", v:1, type, ...fields}; the web's page glue makes
// the envelope (rc_js_emit in src/platform/web/library_rolecompare.js), with
// the browser's JSON, so the web's events need no JSON reader:
//   ready {version, dataset}
//   resize {height}                     CSS px the content wants
//   view {name}
//   quiz-progress {answered, total}
//   quiz-complete {fit:{roleId:percent}, recommended, closeCall, outcome, token, shared}
//   error {message}
// Commands the host may send, same envelope:
//   set-theme {theme: "light"|"dark"|"auto"}
//   set-view {name: "overview"|"compare"|"choose"|"quiz"|"faq"|"basics"|"sources"|"search"} (the ids with ViewByUrl in core/view_table.h)
//   reset-quiz {}
// Commands are accepted only from the allowed origin (?parentOrigin=, else
// the referrer's origin); anything else, or a malformed message, is ignored
// with no side effect. Pure C++ (fuzzed).
#pragma once
#include <string>
#include <string_view>

namespace rc {

constexpr int kEmbedProtocol = 1;

struct HostCommand {
    enum class Kind { None, SetTheme, SetView, ResetQuiz };
    Kind kind = Kind::None;
    std::string value;   // theme ("light", "dark", "auto") or view id
    std::string error;   // why the message was ignored (for a console warning); empty when accepted
};

// origin: the MessageEvent's origin; allowedOrigin: normalised origin or "".
// json: the message data serialised as JSON (the page's glue does that).
HostCommand parseHostCommand(std::string_view origin, std::string_view allowedOrigin, std::string_view json);

}  // namespace rc
