// rc::stableSort / rc::stableOrder (core/order.h): the one compiled stable sort
// the core, the search and the web's atlas share.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/order.h"

TEST_CASE("stableSort orders by the comparator and keeps equal elements in their order", "[order]") {
    // Many equal keys, in an order a merge of runs would disturb if it were not stable.
    std::vector<std::pair<int, std::string>> v;
    for (int i = 0; i < 200; ++i) v.push_back({(i * 7919) % 5, "e" + std::to_string(i)});
    std::vector<std::pair<int, std::string>> expected;
    for (int key = 4; key >= 0; --key)
        for (const auto& e : v)
            if (e.first == key) expected.push_back(e);
    rc::stableSort(v, [](const auto& a, const auto& b) { return a.first > b.first; });
    CHECK(v == expected);
}

TEST_CASE("stableOrder gives indices, ties in index order; empty and single inputs", "[order]") {
    const std::vector<double> fits = {50, 75, 50, 100, 75};
    auto before = [](const void* c, int a, int b) {
        const auto& f = *static_cast<const std::vector<double>*>(c);
        return f[static_cast<size_t>(a)] > f[static_cast<size_t>(b)];
    };
    CHECK(rc::stableOrder(fits.size(), before, &fits) == std::vector<int>{3, 1, 4, 0, 2});
    CHECK(rc::stableOrder(0, before, &fits).empty());
    CHECK(rc::stableOrder(1, before, &fits) == std::vector<int>{0});
    // Elements that can only be moved.
    std::vector<std::unique_ptr<int>> p;
    for (int x : {3, 1, 2}) p.push_back(std::make_unique<int>(x));
    rc::stableSort(p, [](const auto& a, const auto& b) { return *a < *b; });
    CHECK((*p[0] == 1 && *p[1] == 2 && *p[2] == 3));
}
