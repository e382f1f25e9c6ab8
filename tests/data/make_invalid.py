#!/usr/bin/env python3
"""Writes tests/data/invalid/NN-*.json and invalid/expected.txt from base.json.

Each file is base.json with exactly one defect. expected.txt holds, per file,
the one error the loader must report:
    filename<TAB>pointer<TAB>message[<TAB>line:column]
(line:column only where this script knows it independently: text-level
defects such as syntax errors, bad UTF-8, deep nesting.)
Run it after changing base.json or adding a case; commit its output.
The oversized-file case is not here: the tests generate it at run time.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "invalid")
BASE = json.load(open(os.path.join(HERE, "base.json"), encoding="utf-8"))


def dump(d):
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


BASE_TEXT = dump(BASE)


def linecol(text, offset):
    """1-based line and column (in code points) of str offset."""
    line = text.count("\n", 0, offset) + 1
    return "%d:%d" % (line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


cases = []  # (name, bytes, pointer, message, linecol or None)


def data_case(name, pointer, message):
    """Decorator: fn(d) mutates a copy of the base data."""
    def wrap(fn):
        d = copy.deepcopy(BASE)
        fn(d)
        cases.append((name, dump(d).encode("utf-8"), pointer, message, None))
        return fn
    return wrap


def text_case(name, text, offset, message, pointer=""):
    cases.append((name, text.encode("utf-8"), pointer, message, linecol(text, offset) if offset is not None else None))


def replace_once(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


# --- Text-level defects (syntax) ---------------------------------------------
t = replace_once(BASE_TEXT, '"version": "0.1.0",', '"version": "0.1.0"')
text_case("01-syntax-missing-comma.json", t, t.index('"language"'),
          "syntax error while parsing object - unexpected string literal; expected '}'")

t = replace_once(BASE_TEXT, '"Recommendation systems"\n', '"Recommendation systems",\n')
text_case("02-syntax-trailing-comma.json", t, t.index("]", t.index('"Recommendation systems",')),
          "syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal")

t = replace_once(BASE_TEXT, '"title": "Base test dataset",', '"title": "Base test dataset,')
text_case("03-syntax-raw-newline-in-string.json", t, t.index("\n", t.index('"Base test dataset,')),
          "syntax error while parsing value - invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n")

t = BASE_TEXT[: BASE_TEXT.index('"shared": [')]
text_case("04-syntax-truncated.json", t, len(t),
          "syntax error while parsing object key - unexpected end of input; expected string literal")

text_case("39-root-not-object.json", "[1, 2, 3]\n", 0, "expected an object, found array")

t = replace_once(BASE_TEXT, '"title": "Base test dataset",', '"title": "Base test dataset",\n    "title": "Again",')
text_case("40-duplicate-key.json", t, t.index('"title": "Again"'), "duplicate key 'title'", "/meta/title")

text_case("46-empty-file.json", "", 0,
          "syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal")

# --- Byte-level defects --------------------------------------------------------
raw = BASE_TEXT.encode("utf-8")
at = raw.index(b"Base test dataset") + len(b"Base test ")
cases.append(("11-invalid-utf8.json", raw[:at] + b"\xff" + raw[at:], "", "invalid UTF-8 at byte %d" % at,
              linecol(BASE_TEXT, at)))

depth = 200
t = replace_once(BASE_TEXT, '{\n  "format": 2,', '{\n  "deep": ' + "[" * depth + "]" * depth + ',\n  "format": 2,')
first = t.index('"deep": ') + len('"deep": ')
text_case("12-deep-nesting.json", t, first + 31,  # root is level 1; the 32nd '[' opens level 33
          "nesting deeper than 32 levels")


# --- Structure, types, limits, references ------------------------------------
@data_case("05-wrong-type-title.json", "/dimensions/0/title", "expected a string, found number")
def _(d): d["dimensions"][0]["title"] = 42

@data_case("06-duplicate-role-id.json", "/roles/2/id", "duplicate id 'mle' (first at /roles/0)")
def _(d): d["roles"].append(copy.deepcopy(d["roles"][0]))

@data_case("07-dangling-source-ref.json", "/dimensions/1/entries/swe/sources/0", "unknown source id 's9'")
def _(d): d["dimensions"][1]["entries"]["swe"]["sources"] = ["s9"]

@data_case("08-one-role.json", "/roles", "must have 2 to 4 roles, found 1")
def _(d): del d["roles"][1]

@data_case("09-five-roles.json", "/roles", "must have 2 to 4 roles, found 5")
def _(d):
    for i in range(3):
        r = copy.deepcopy(d["roles"][1]); r["id"] = "r%d" % (i + 3); d["roles"].append(r)

@data_case("10-javascript-url.json", "/meta/sources/0/url", "URL must start with http:// or https://")
def _(d): d["meta"]["sources"][0]["url"] = "javascript:alert(1)"

@data_case("13-nul-byte-in-string.json", "/faq/0/answer", "string contains control character U+0000")
def _(d): d["faq"][0]["answer"] = "It\u0000varies."

@data_case("14-bad-color.json", "/roles/1/color", "expected a color like #RRGGBB, found 'blue'")
def _(d): d["roles"][1]["color"] = "blue"

@data_case("15-empty-string.json", "/categories/0/title", "must not be empty")
def _(d): d["categories"][0]["title"] = ""

@data_case("16-too-long-string.json", "/faq/1/answer", "string is 1300 bytes, over the 1200-byte limit")
def _(d): d["faq"][1]["answer"] = "x" * 1300

@data_case("17-missing-dimension-entry.json", "/dimensions/0/entries", "missing entry for role 'swe'")
def _(d): del d["dimensions"][0]["entries"]["swe"]

@data_case("18-unknown-role-key-in-entries.json", "/dimensions/1/entries/pm", "unknown role id 'pm'")
def _(d): d["dimensions"][1]["entries"]["pm"] = copy.deepcopy(d["dimensions"][1]["entries"]["mle"])

@data_case("19-bad-id-pattern.json", "/basics/types/0/id",
           "invalid id 'Supervised_Learning': use a-z, 0-9 and '-', not starting with '-'")
def _(d): d["basics"]["types"][0]["id"] = "Supervised_Learning"

@data_case("27-format-3.json", "/format", "expected format 2 (or 1), found 3")
def _(d): d["format"] = 3

@data_case("28-missing-required-field.json", "/roles/0", "missing required field 'summary'")
def _(d): del d["roles"][0]["summary"]

@data_case("29-unknown-category.json", "/dimensions/1/category", "unknown category id 'money'")
def _(d): d["dimensions"][1]["category"] = "money"

@data_case("30-duplicate-item-id-across-sections.json", "/difficulty/roleDifferences/0/id",
           "duplicate id 'sh-cs' (first at /shared/0)")
def _(d): d["difficulty"]["roleDifferences"][0]["id"] = "sh-cs"

@data_case("31-data-url.json", "/meta/sources/1/url", "URL must start with http:// or https://")
def _(d): d["meta"]["sources"][1]["url"] = "data:text/html,<b>hi</b>"

@data_case("32-relative-url.json", "/meta/sources/1/url", "URL must start with http:// or https://")
def _(d): d["meta"]["sources"][1]["url"] = "/articles/ml-vs-swe"

@data_case("33-control-char-in-string.json", "/roles/0/summary", "string contains control character U+0007")
def _(d): d["roles"][0]["summary"] = "Builds\u0007models."

@data_case("38-id-too-long.json", "/faq/0/id", "string is 49 bytes, over the 48-byte limit")
def _(d): d["faq"][0]["id"] = "a" * 49

@data_case("44-wrong-type-differs.json", "/dimensions/0/differs", "expected a boolean, found string")
def _(d): d["dimensions"][0]["differs"] = "yes"

@data_case("45-missing-choose-group.json", "/choose/groups", "no group for role 'swe'")
def _(d): del d["choose"]["groups"][1]

@data_case("47-whitespace-only-string.json", "/faq/0/question", "must not be only whitespace")
def _(d): d["faq"][0]["question"] = "   "

@data_case("49-url-without-host.json", "/meta/sources/0/url", "URL has no host")
def _(d): d["meta"]["sources"][0]["url"] = "https://"

@data_case("50-wrong-type-roles.json", "/roles", "expected an array, found object")
def _(d): d["roles"] = {"mle": d["roles"][0]}


# --- Quiz ----------------------------------------------------------------------
# base.json's questions: 0 q-ai (scale, factor ch-ai of mle, basis, 5 labelled
# options), 1 q-bg (choice about no role), 2 q-math (choice: mle, swe with
# factor ch-build, no preference), 3 q-build (scale, factor ch-build of swe, no
# basis, the standard options).
Q = lambda d: d["quiz"]["questions"]

@data_case("20-quiz-choice-unknown-role.json", "/quiz/questions/2/options/0/role", "unknown role id 'pm'")
def _(d): Q(d)[2]["options"][0]["role"] = "pm"

@data_case("21-quiz-scale-without-factor.json", "/quiz/questions/0",
           "scale question 'q-ai' names no factor from /choose (field \"factor\")")
def _(d): del Q(d)[0]["factor"]

@data_case("22-quiz-duplicate-question-id.json", "/quiz/questions/2/id",
           "duplicate id 'q-ai' (first at /quiz/questions/0)")
def _(d): Q(d)[2]["id"] = "q-ai"

@data_case("23-quiz-scale-four-options.json", "/quiz/questions/0/options",
           "scale question must have exactly 5 options, found 4")
def _(d): Q(d)[0]["options"].pop()

@data_case("24-quiz-role-not-asked.json", "/quiz/questions",
           "no question asks about role 'swe': name one of its factors in a scale question, or point a choice option to it")
def _(d):
    # No scale question names a factor of swe's and no choice option points to it.
    Q(d)[3]["factor"] = "ch-ai"
    del Q(d)[2]["options"][1]["role"]
    del Q(d)[2]["options"][1]["factor"]

@data_case("25-quiz-bad-basis.json", "/quiz/questions/1/basis",
           "basis 'no-such-item' is not an item, dimension or FAQ id")
def _(d): Q(d)[1]["basis"] = "no-such-item"

@data_case("26-quiz-min-answers-out-of-range.json", "/quiz/minAnswers",
           "must be 1 to 4 (the number of questions), found 9")
def _(d): d["quiz"]["minAnswers"] = 9

@data_case("34-quiz-unknown-factor.json", "/quiz/questions/3/factor",
           "question 'q-build': factor 'df-math' is not a factor of /choose")
def _(d): Q(d)[3]["factor"] = "df-math"  # an item id, but of /difficulty

@data_case("35-quiz-choice-without-label.json", "/quiz/questions/1/options/1", "missing required field 'label'")
def _(d): del Q(d)[1]["options"][1]["label"]

@data_case("36-quiz-crossover-option-out-of-range.json", "/quiz/crossover/options/1",
           "option index 5 out of range (question 'q-bg' has 2 options)")
def _(d): d["quiz"]["crossover"]["options"] = [0, 5]

@data_case("37-quiz-close-call-out-of-range.json", "/quiz/closeCall", "must be 0 to 50, found 60")
def _(d): d["quiz"]["closeCall"] = 60

@data_case("41-quiz-unknown-role-in-next-steps.json", "/quiz/nextSteps/pm", "unknown role id 'pm'")
def _(d): d["quiz"]["nextSteps"]["pm"] = [{"kind": "skills", "text": "Ship it."}]

@data_case("42-quiz-no-questions.json", "/quiz/questions", "must have at least 1 question, found 0")
def _(d):
    Q(d).clear()
    del d["quiz"]["crossover"]  # it names a question; without questions that would be a second defect

@data_case("43-quiz-dangling-crossover-faq.json", "/quiz/crossover/faq", "unknown FAQ id 'no-faq'")
def _(d): d["quiz"]["crossover"]["faq"] = "no-faq"

@data_case("48-quiz-unknown-kind.json", "/quiz/questions/2/kind", "expected 'scale' or 'choice', found 'slider'")
def _(d): Q(d)[2]["kind"] = "slider"

@data_case("51-quiz-choice-five-options.json", "/quiz/questions/1/options",
           "choice question must have 2 to 4 options, found 5")
def _(d):
    for label in ("Maybe", "Sometimes", "Rarely"):
        Q(d)[1]["options"].append({"label": label})

@data_case("52-quiz-crossover-unknown-question.json", "/quiz/crossover/question", "unknown question id 'q-none'")
def _(d): d["quiz"]["crossover"]["question"] = "q-none"

@data_case("53-duplicate-choose-group.json", "/choose/groups/2/role",
           "duplicate group for role 'mle' (first at /choose/groups/0)")
def _(d):
    g = copy.deepcopy(d["choose"]["groups"][0]); g["factors"][0]["id"] = "ch-ai-again"; d["choose"]["groups"].append(g)

@data_case("54-url-with-space.json", "/meta/sources/1/url", "URL must not contain spaces")
def _(d): d["meta"]["sources"][1]["url"] = "http://example.org/two words"

@data_case("55-no-dimensions.json", "/dimensions", "must have at least 1 dimension, found 0")
def _(d): d["dimensions"] = []

@data_case("56-quiz-option-factor-of-other-role.json", "/quiz/questions/2/options/1/factor",
           "question 'q-math': factor 'ch-ai' is a factor of role 'mle', but the option points to role 'swe'")
def _(d): Q(d)[2]["options"][1]["factor"] = "ch-ai"

@data_case("57-quiz-min-answers-not-integer.json", "/quiz/minAnswers", "expected an integer, found 1.5")
def _(d): d["quiz"]["minAnswers"] = 1.5

@data_case("58-duplicate-source-id.json", "/meta/sources/2/id", "duplicate id 's1' (first at /meta/sources/0)")
def _(d): d["meta"]["sources"].append({"id": "s1", "title": "Again", "url": "https://example.org/again"})

@data_case("59-quiz-scale-weights.json", "/quiz/questions/0/options/4/weights",
           "option weights are format 1: a scale question is scored by its \"factor\" (an id from /choose)")
def _(d): Q(d)[0]["options"][4]["weights"] = {"mle": 4, "swe": 0}

@data_case("60-quiz-fit-at-out-of-range.json", "/quiz/fitAt", "must be 0 to 100, found 120")
def _(d): d["quiz"]["fitAt"] = 120

@data_case("61-quiz-choice-weights.json", "/quiz/questions/1/options/0/weights",
           "option weights are format 1: point the option to a role with \"role\" "
           "(and, optionally, one of its factors with \"factor\")")
def _(d): Q(d)[1]["options"][0]["weights"] = {"mle": 1, "swe": 1}

@data_case("62-quiz-factor-on-choice-question.json", "/quiz/questions/2/factor",
           "choice question 'q-math': name factors on its options (\"factor\" beside the option's \"role\")")
def _(d): Q(d)[2]["factor"] = "ch-build"

@data_case("63-quiz-choice-option-unknown-factor.json", "/quiz/questions/2/options/0/factor",
           "question 'q-math': factor 'ch-stats' is not a factor of /choose")
def _(d): Q(d)[2]["options"][0]["factor"] = "ch-stats"


# --- Search aids (optional "search": synonym groups of single words) ---------
def S(d, groups):
    d["search"] = {"synonyms": groups}

@data_case("64-search-synonyms-not-array.json", "/search/synonyms", "expected an array, found object")
def _(d): S(d, {"pay": ["salary"]})

@data_case("65-search-synonym-group-of-one.json", "/search/synonyms/1",
           "a synonym group holds 2 to 16 words, found 1")
def _(d): S(d, [["salary", "pay"], ["math"]])

@data_case("66-search-synonym-not-string.json", "/search/synonyms/0/1", "expected a string, found number")
def _(d): S(d, [["salary", 42]])

@data_case("67-search-synonym-empty.json", "/search/synonyms/0/2", "must not be empty")
def _(d): S(d, [["salary", "pay", ""]])

@data_case("68-search-synonym-with-space.json", "/search/synonyms/0/1",
           "a synonym must be one word (no spaces or punctuation), found 'pay rise'")
def _(d): S(d, [["salary", "pay rise"]])

@data_case("69-search-too-many-synonym-groups.json", "/search/synonyms", "at most 100 synonym groups, found 101")
def _(d): S(d, [["w%da" % i, "w%db" % i] for i in range(101)])

@data_case("70-search-synonym-group-too-long.json", "/search/synonyms/0",
           "a synonym group holds 2 to 16 words, found 17")
def _(d): S(d, [["w%d" % i for i in range(17)]])


# --- Search aids: one-way narrower terms ("narrower": {"word": [words]}) -----
def N(d, narrower):
    d["search"] = {"narrower": narrower}

@data_case("71-search-narrower-not-object.json", "/search/narrower", "expected an object, found array")
def _(d): N(d, [["math", "calculus"]])

@data_case("72-search-broader-term-empty.json", "/search/narrower/", "must not be empty")
def _(d): N(d, {"math": ["calculus"], "": ["statistics"]})

@data_case("73-search-broader-term-with-space.json", "/search/narrower/applied math",
           "a broader term must be one word (no spaces or punctuation), found 'applied math'")
def _(d): N(d, {"applied math": ["calculus"]})

@data_case("74-search-narrower-not-array.json", "/search/narrower/math", "expected an array, found string")
def _(d): N(d, {"math": "calculus"})

@data_case("75-search-narrower-list-empty.json", "/search/narrower/math",
           "a broader term lists 1 to 16 narrower words, found 0")
def _(d): N(d, {"math": []})

@data_case("76-search-narrower-list-too-long.json", "/search/narrower/math",
           "a broader term lists 1 to 16 narrower words, found 17")
def _(d): N(d, {"math": ["w%d" % i for i in range(17)]})

@data_case("77-search-narrower-not-string.json", "/search/narrower/math/1", "expected a string, found number")
def _(d): N(d, {"math": ["calculus", 42]})

@data_case("78-search-narrower-empty.json", "/search/narrower/math/0", "must not be empty")
def _(d): N(d, {"math": ["", "calculus"]})

@data_case("79-search-narrower-with-space.json", "/search/narrower/math/1",
           "a narrower term must be one word (no spaces or punctuation), found 'linear algebra'")
def _(d): N(d, {"math": ["calculus", "linear algebra"]})

@data_case("80-search-too-many-broader-terms.json", "/search/narrower", "at most 100 broader terms, found 101")
def _(d): N(d, {"w%d" % i: ["n%d" % i] for i in range(101)})


# --- Interface text overrides ("ui": catalogue key -> text or plural forms) --
# Keys and English texts from assets/ui/en.json (the reference); base.json's
# meta.language is "en".
EN_UI = json.load(open(os.path.join(HERE, "..", "..", "assets", "ui", "en.json"), encoding="utf-8"))["messages"]


def U(d, ui):
    d["ui"] = ui

@data_case("81-ui-not-object.json", "/ui", "expected an object, found array")
def _(d): U(d, ["Compare"])

@data_case("82-ui-unknown-key.json", "/ui/nav.compares", "unknown key 'nav.compares' (not in the English catalogue)")
def _(d): U(d, {"nav.compare": "Side by side", "nav.compares": "Side by side"})

@data_case("83-ui-key-with-slash.json", "/ui/nav~1compare~0", "unknown key 'nav/compare~' (not in the English catalogue)")
def _(d): U(d, {"nav/compare~": "Side by side"})

@data_case("84-ui-message-not-string.json", "/ui/nav.compare",
           "expected a string or an object of plural forms, found number")
def _(d): U(d, {"nav.compare": 42})

@data_case("85-ui-message-empty.json", "/ui/nav.compare", "must not be empty")
def _(d): U(d, {"nav.compare": ""})

@data_case("86-ui-label-too-long.json", "/ui/nav.compare", "string is 121 bytes, over the 120-byte limit")
def _(d): U(d, {"nav.compare": "x" * 121})

@data_case("87-ui-missing-placeholder.json", "/ui/overview.yourFit", "missing placeholder {percent}")
def _(d): U(d, {"overview.yourFit": "Your fit"})

@data_case("88-ui-unknown-placeholder.json", "/ui/overview.yourFit",
           "unknown placeholder {role} (English has {percent})")
def _(d): U(d, {"overview.yourFit": "{role}: {percent}"})

@data_case("89-ui-missing-other.json", "/ui/banner.badData", "missing plural form 'other'")
def _(d): U(d, {"banner.badData": {"one": EN_UI["banner.badData"]["one"]}})

@data_case("90-ui-plural-form-not-used.json", "/ui/banner.badData/few",
           "plural form 'few' is not used in 'en' (it uses one and other)")
def _(d): U(d, {"banner.badData": dict(EN_UI["banner.badData"], few=EN_UI["banner.badData"]["other"])})

@data_case("91-ui-unknown-plural-form.json", "/ui/banner.badData/several",
           "unknown plural form 'several': expected zero, one, two, few, many or other")
def _(d): U(d, {"banner.badData": dict(EN_UI["banner.badData"], several=EN_UI["banner.badData"]["other"])})

@data_case("92-ui-plural-forms-for-one-text.json", "/ui/nav.compare/one",
           "key 'nav.compare' has one English text and no {n}: give one string, not plural forms")
def _(d): U(d, {"nav.compare": {"one": "Compare", "other": "Compare"}})

@data_case("93-ui-form-missing-placeholder.json", "/ui/banner.badData/other", "missing placeholder {origin}")
def _(d): U(d, {"banner.badData": {"one": EN_UI["banner.badData"]["one"], "other": "{n} errors"}})


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    lines = []
    for name, data, pointer, message, lc in sorted(cases):
        open(os.path.join(OUT, name), "wb").write(data)
        lines.append("\t".join([name, pointer, message] + ([lc] if lc else [])))
    open(os.path.join(OUT, "expected.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("%d files" % len(cases))


main()
