// UI tests: the shared UI (src/ui) driven through the headless harness
// (src/platform/headless), natively and under ASan/UBSan (./dev test).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
