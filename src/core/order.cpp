#include "order.h"

#include <algorithm>

namespace rc {

std::vector<int> stableOrder(size_t n, bool (*before)(const void* ctx, int a, int b), const void* ctx) {
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return before(ctx, a, b); });
    return order;
}

}  // namespace rc
