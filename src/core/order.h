// Stable sorting through one compiled sort. Each std::stable_sort with a
// comparator of its own is a separate instantiation of the merge sort (about
// 3.4 KB of WebAssembly each; the program had five): stableSort() compiles
// the sort once (stableOrder, order.cpp) and costs each caller only a small
// comparison thunk and a move of its elements into the new order.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace rc {

// The indices 0..n-1, stably ordered by before(ctx, a, b): equal elements keep
// their order.
std::vector<int> stableOrder(size_t n, bool (*before)(const void* ctx, int a, int b), const void* ctx);

// std::stable_sort(v.begin(), v.end(), before), through stableOrder.
template <class T, class Before>
void stableSort(std::vector<T>& v, const Before& before) {
    struct Ctx {
        const std::vector<T>* v;
        const Before* before;
    } ctx{&v, &before};
    const std::vector<int> order = stableOrder(
        v.size(),
        [](const void* c, int a, int b) {
            const Ctx& x = *static_cast<const Ctx*>(c);
            return static_cast<bool>((*x.before)((*x.v)[static_cast<size_t>(a)], (*x.v)[static_cast<size_t>(b)]));
        },
        &ctx);
    std::vector<T> sorted;
    sorted.reserve(v.size());
    for (int i : order) sorted.push_back(std::move(v[static_cast<size_t>(i)]));
    v = std::move(sorted);
}

}  // namespace rc
