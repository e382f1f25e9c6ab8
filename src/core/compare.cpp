// Compare engine: see compare.h.
//
// [SECTION] Filter and view
// [SECTION] Shared and different points
#include "compare.h"

#include <algorithm>

#include "search.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Filter and view
//-----------------------------------------------------------------------------

namespace {
bool categoryWanted(const CompareQuery& q, const std::string& id) {
    return q.categories.empty() || std::find(q.categories.begin(), q.categories.end(), id) != q.categories.end();
}

// Fills the row's highlight spans; returns the terms found anywhere in it.
uint32_t matchRow(const Dimension& dim, CompareRow& row, const Query& q) {
    uint32_t mask = matchTerms(dim.title, q, &row.titleSpans);
    mask |= matchTerms(dim.shared, q, &row.sharedSpans);
    for (CompareCell& c : row.cells) {
        mask |= matchTerms(c.entry->summary, q, &c.summarySpans);
        for (size_t k = 0; k < c.entry->points.size(); ++k)
            mask |= matchTerms(c.entry->points[k], q, &c.pointSpans[k]);
    }
    return mask;
}
}  // namespace

CompareView buildCompare(const Dataset& d, const CompareQuery& query) {
    CompareView view;
    view.totalRows = static_cast<int>(d.dimensions.size());
    Query q = parseQuery(query.search, d);
    const uint32_t all = allTermsMask(q);

    for (size_t ci = 0; ci < d.categories.size(); ++ci) {
        const Category& cat = d.categories[ci];
        if (!categoryWanted(query, cat.id)) continue;
        CompareGroup group;
        group.category = static_cast<int>(ci);
        for (size_t di = 0; di < d.dimensions.size(); ++di) {
            const Dimension& dim = d.dimensions[di];
            if (dim.category != cat.id) continue;
            if (query.overlapOnly && !overlaps(d, static_cast<int>(di))) continue;
            CompareRow row;
            row.dimension = static_cast<int>(di);
            row.title = dim.title;
            row.shared = dim.shared;
            row.differs = dim.differs;
            for (size_t r = 0; r < d.roles.size() && r < dim.entries.size(); ++r) {
                CompareCell c;
                c.role = static_cast<int>(r);
                c.entry = &dim.entries[r];
                c.pointSpans.resize(c.entry->points.size());
                row.cells.push_back(std::move(c));
            }
            if (!q.empty() && matchRow(dim, row, q) != all) continue;
            group.rows.push_back(std::move(row));
        }
        view.rowCount += static_cast<int>(group.rows.size());
        if (!group.rows.empty()) view.groups.push_back(std::move(group));
    }
    return view;
}

bool overlaps(const Dataset& d, int dimensionIndex) {
    if (dimensionIndex < 0 || dimensionIndex >= static_cast<int>(d.dimensions.size())) return false;
    return !d.dimensions[dimensionIndex].shared.empty() || !splitDimension(d, dimensionIndex).commonPoints.empty();
}

//-----------------------------------------------------------------------------
// [SECTION] Shared and different points
//-----------------------------------------------------------------------------

bool DimensionSplit::anyUnique() const {
    for (const auto& u : unique)
        if (!u.empty()) return true;
    return false;
}

DimensionSplit splitDimension(const Dataset& d, int dimensionIndex) {
    DimensionSplit split;
    if (dimensionIndex < 0 || dimensionIndex >= static_cast<int>(d.dimensions.size())) return split;
    const Dimension& dim = d.dimensions[dimensionIndex];
    split.shared = dim.shared;
    const size_t roles = dim.entries.size();
    split.commonIndex.resize(roles);
    split.unique.resize(roles);
    if (roles == 0) return split;

    // Normal forms per role, computed once.
    std::vector<std::vector<std::string>> norm(roles);
    for (size_t r = 0; r < roles; ++r)
        for (const std::string& p : dim.entries[r].points) norm[r].push_back(normalizeText(p));

    auto indexIn = [&](size_t r, const std::string& n) -> int {
        auto it = std::find(norm[r].begin(), norm[r].end(), n);
        return it == norm[r].end() ? -1 : static_cast<int>(it - norm[r].begin());
    };

    // A point is common when every role has it. Walk the first role's points so
    // common points come out in the first role's order and wording.
    std::vector<std::vector<bool>> isCommon(roles);
    for (size_t r = 0; r < roles; ++r) isCommon[r].assign(norm[r].size(), false);
    for (size_t k = 0; k < norm[0].size(); ++k) {
        if (isCommon[0][k] || norm[0][k].empty()) continue;  // repeated point within role 0
        std::vector<int> at(roles, -1);
        at[0] = static_cast<int>(k);
        bool everywhere = true;
        for (size_t r = 1; r < roles && everywhere; ++r) {
            at[r] = indexIn(r, norm[0][k]);
            everywhere = at[r] >= 0;
        }
        if (!everywhere) continue;
        split.commonPoints.push_back(dim.entries[0].points[k]);
        for (size_t r = 0; r < roles; ++r) {
            // Mark every copy in each role, so a point repeated in a role is not "unique".
            for (size_t j = 0; j < norm[r].size(); ++j)
                if (norm[r][j] == norm[0][k]) isCommon[r][j] = true;
            split.commonIndex[r].push_back(at[r]);
        }
    }
    for (size_t r = 0; r < roles; ++r)
        for (size_t j = 0; j < norm[r].size(); ++j)
            if (!isCommon[r][j]) split.unique[r].push_back(static_cast<int>(j));
    return split;
}

}  // namespace rc
