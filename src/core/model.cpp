// Small lookups over the model. See model.h.
#include "model.h"

namespace rc {

namespace {
template <class T>
int indexById(const std::vector<T>& v, const std::string& id) {
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i].id == id) return static_cast<int>(i);
    return -1;
}
}  // namespace

int Dataset::roleIndex(const std::string& id) const { return indexById(roles, id); }
int Dataset::sourceIndex(const std::string& id) const { return indexById(meta.sources, id); }
int Dataset::categoryIndex(const std::string& id) const { return indexById(categories, id); }

const FaqItem* Dataset::findFaq(const std::string& id) const {
    int i = indexById(faq, id);
    return i < 0 ? nullptr : &faq[i];
}

const Dimension* Dataset::findDimension(const std::string& id) const {
    int i = indexById(dimensions, id);
    return i < 0 ? nullptr : &dimensions[i];
}

const Item* Dataset::findItem(const std::string& id) const {
    if (int i = indexById(shared, id); i >= 0) return &shared[i];
    if (int i = indexById(difficulty.factors, id); i >= 0) return &difficulty.factors[i];
    if (int i = indexById(difficulty.roleDifferences, id); i >= 0) return &difficulty.roleDifferences[i];
    for (const auto& g : choose.groups)
        if (int i = indexById(g.factors, id); i >= 0) return &g.factors[i];
    return nullptr;
}

}  // namespace rc
