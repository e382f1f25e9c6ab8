// rolecompare core model: the in-memory form of one dataset.
// Pure C++17, no ImGui, no platform. Filled by loader.cpp from JSON
// (schema in docs/data-format.md), read by compare, search, quiz and the UI.
//
// [SECTION] Common pieces
// [SECTION] Roles and comparison
// [SECTION] Article sections (shared, basics, difficulty, choose, faq)
// [SECTION] Quiz
// [SECTION] Dataset
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "plural.h"  // MessageMap (the "ui" overrides)

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Common pieces
//-----------------------------------------------------------------------------

struct Source {
    std::string id;     // "s1"; cited from "sources" arrays elsewhere
    std::string title;  // human title of the reference
    std::string url;    // http/https only (validated)
};

// A titled paragraph used by several article sections.
struct Item {
    std::string id;                    // unique within the dataset's item ids (see Dataset::findItem)
    std::string title;
    std::string text;
    std::vector<std::string> sources;  // source ids
};

//-----------------------------------------------------------------------------
// [SECTION] Roles and comparison
//-----------------------------------------------------------------------------

struct Role {
    std::string id;          // "mle", "swe"
    std::string name;        // "Machine Learning Engineer"
    std::string shortName;   // "ML Engineer" (JSON "short"; defaults to name)
    std::string summary;     // one line
    std::string definition;  // a short paragraph
    uint32_t color = 0;      // 0xRRGGBB from "#RRGGBB"
};

struct Category {
    std::string id;     // "responsibilities"
    std::string title;  // "Responsibilities"
};

// One role's side of a dimension.
struct Entry {
    // A short headline, shown bold above the points: the source's own heading
    // where it has one ("Testing and Debugging"). "" = the source says nothing
    // for this role here; with no points either, the views show a dash.
    std::string summary;
    std::vector<std::string> points;   // bullets
    std::vector<std::string> sources;  // source ids
};

struct Dimension {
    std::string id;
    std::string category;   // Category::id
    std::string title;
    std::string shared;     // what the roles have in common here; may be empty
    bool differs = true;    // false when the roles are the same on this dimension (JSON "differs", default true)
    std::vector<Entry> entries;  // one per role, in Dataset::roles order (JSON is an object keyed by role id)
};

//-----------------------------------------------------------------------------
// [SECTION] Article sections
//-----------------------------------------------------------------------------

struct MlType {
    std::string id;
    std::string name;                   // "Supervised learning"
    std::string description;
    std::vector<std::string> examples;  // may be empty
};

struct Basics {
    std::string intro;                      // what ML is
    std::vector<std::string> sources;
    std::vector<MlType> types;
    std::vector<std::string> applications;  // "recommendation systems (Netflix, Amazon)", ...
};

struct Difficulty {
    std::string intro;
    std::vector<Item> factors;          // "Software engineers need a different mindset"
    std::vector<Item> roleDifferences;  // "The engineering roles are often different"
};

struct ChooseGroup {
    std::string role;         // Role::id
    std::vector<Item> factors;
};

struct Choose {
    std::string intro;
    std::vector<ChooseGroup> groups;  // one per role, in JSON order
};

struct FaqItem {
    std::string id;
    std::string question;
    std::string answer;
    std::vector<std::string> tags;
    std::vector<std::string> sources;
};

//-----------------------------------------------------------------------------
// [SECTION] Quiz
//-----------------------------------------------------------------------------

enum class QuestionKind { Scale, Choice };  // Scale: exactly 5 options, disagree..agree

struct Option {
    std::string label;      // for Scale, defaults to the standard 5 labels
    // Choice only: the role this option points to (Dataset::roles index), or
    // -1 for an option that points to no role ("No preference"). Scale: -1.
    int role = -1;
    // Choice only, optional: the choose factor (Choose::groups[].factors id)
    // this option stands for; it belongs to `role`'s group. Its text is then
    // the reason shown; without one, the role's entry of the question's basis.
    std::string factor;
};

struct Question {
    std::string id;
    std::string prompt;
    QuestionKind kind = QuestionKind::Scale;
    std::vector<Option> options;  // Scale: 5; Choice: 2..4
    // Scale: the choose factor it asks about (required); agreeing with it is
    // agreeing with that factor of `role`'s, and says nothing about other roles.
    std::string factor;
    int role = -1;                // Scale: the role whose group lists `factor`; Choice: -1
    // The article part behind the question (item, dimension or FAQ id).
    // Choice: required, its per-role text explains options without a factor.
    // Scale: optional context for the question.
    std::string basis;
};

struct NextStep {
    std::string kind;   // "education" | "skills" | "tools" | free text
    std::string text;
    std::vector<std::string> sources;
};

struct Quiz {
    int minAnswers = 0;          // a result needs at least this many answers
    double closeCall = 0;        // percentage points; top two fits closer than this = "both fit"
    double fitAt = 60;           // percent; a role fits when its fit reaches this (JSON "fitAt", default 60)
    std::vector<Question> questions;
    std::vector<std::vector<NextStep>> nextSteps;  // one list per role (JSON object keyed by role id)
    // Shown to someone leaning to `crossoverRole` who said they have a software background:
    std::string crossoverRole;      // role id; empty = none
    std::string crossoverQuestion;  // question id whose answer marks the background
    std::vector<int> crossoverOptions;  // option indexes of that question that mean "yes"
    std::string crossoverFaq;       // FaqItem::id to show
    bool present() const { return !questions.empty(); }
};

//-----------------------------------------------------------------------------
// [SECTION] Dataset
//-----------------------------------------------------------------------------

// A one-way broader term: a query word that is `broader` (one of its forms or
// synonyms) also finds `words` (with their forms), never the other way round:
// "math" finds "calculus", "calculus" does not find "math".
struct NarrowerTerms {
    std::string broader;             // one word, as written in the file
    std::vector<std::string> words;  // 1+ single words, as written in the file
};

// How the search reads queries (JSON "search"); shown nowhere. A site's data
// adds the words its readers use: a query word in a group also finds every
// other word of the group, each with its word forms (see search.h);
// a broader term also finds its narrower terms, one way.
struct SearchAids {
    std::vector<std::vector<std::string>> synonyms;  // groups of 2+ single words, as written in the file
    std::vector<NarrowerTerms> narrower;             // file order
};

struct Meta {
    std::string id;        // "ml-vs-swe"; also the storage key
    std::string title;
    std::string version;   // "1.0.0"
    std::string language;  // BCP 47, "en"
    std::string description;
    std::vector<Source> sources;
};

struct Dataset {
    Meta meta;
    std::vector<Role> roles;            // 2..4
    std::vector<Category> categories;
    std::vector<Dimension> dimensions;
    std::vector<Item> shared;           // what the roles share
    Basics basics;
    Difficulty difficulty;
    Choose choose;
    std::vector<FaqItem> faq;
    Quiz quiz;
    SearchAids search;                  // optional in JSON
    // Interface text overrides (JSON "ui", optional): catalogue key -> forms,
    // in meta.language, checked against English (catalogue.h). Not in the
    // pack (pack.h): only the built-in data is packed, and it has none.
    MessageMap ui;

    int roleIndex(const std::string& id) const;        // -1 if unknown
    int sourceIndex(const std::string& id) const;      // -1 if unknown
    int categoryIndex(const std::string& id) const;    // -1 if unknown
    const FaqItem* findFaq(const std::string& id) const;
    // An Item anywhere (shared, difficulty, choose) or nullptr.
    const Item* findItem(const std::string& id) const;
    const Dimension* findDimension(const std::string& id) const;
};

}  // namespace rc
