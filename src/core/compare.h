// rolecompare compare engine: what the Compare view shows for a filter.
//
// buildCompare() groups the dimensions by category (category order), drops
// rows the filter hides, and carries highlight spans when a search is active.
// overlaps() says whether the roles meet on a dimension (the "Where they
// overlap" filter).
// splitDimension() answers "what do the roles share here, and where do they
// differ": points whose normalised text (normalizeText) appears in every role
// are common; the others belong to their role alone.
//
// Views hold pointers/views into the Dataset: keep it alive and unchanged
// while a view is in use (the UI rebuilds the view when the filter changes).
//
// [SECTION] Filter and view
// [SECTION] Shared and different points
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "text.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Filter and view
//-----------------------------------------------------------------------------

struct CompareQuery {
    std::vector<std::string> categories;  // category ids to show; empty = all (unknown ids are ignored)
    bool overlapOnly = false;             // only dimensions where the roles overlap (overlaps())
    std::string search;                   // words that must all occur in a row (see search.h); empty = no search
};

struct CompareCell {
    int role = -1;                          // index into Dataset::roles
    const Entry* entry = nullptr;           // that role's entry
    std::vector<Span> summarySpans;         // highlights in entry->summary
    std::vector<std::vector<Span>> pointSpans;  // per point; empty vectors without a search
};

struct CompareRow {
    int dimension = -1;                // index into Dataset::dimensions
    std::string_view title;
    std::string_view shared;           // may be empty
    bool differs = true;
    std::vector<Span> titleSpans, sharedSpans;
    std::vector<CompareCell> cells;    // one per role, roles order
};

struct CompareGroup {
    int category = -1;  // index into Dataset::categories
    std::vector<CompareRow> rows;
};

struct CompareView {
    std::vector<CompareGroup> groups;  // categories with at least one visible row, category order
    int rowCount = 0;                  // visible rows
    int totalRows = 0;                 // all dimensions, for "showing 5 of 21"
};

CompareView buildCompare(const Dataset& data, const CompareQuery& query);

// True when the roles overlap on the dimension: it has a `shared` note, or a
// point every role lists (splitDimension's common points). False for an
// out-of-range index.
bool overlaps(const Dataset& data, int dimensionIndex);

//-----------------------------------------------------------------------------
// [SECTION] Shared and different points
//-----------------------------------------------------------------------------

struct DimensionSplit {
    std::string_view shared;                     // the dimension's own "shared" text (may be empty)
    std::vector<std::string_view> commonPoints;  // points every role lists (first role's wording)
    std::vector<std::vector<int>> commonIndex;   // per role: indexes of its points that are common
    std::vector<std::vector<int>> unique;        // per role: indexes of its points not in every role
    bool anyUnique() const;
};

// Empty split for an out-of-range index.
DimensionSplit splitDimension(const Dataset& data, int dimensionIndex);

}  // namespace rc
