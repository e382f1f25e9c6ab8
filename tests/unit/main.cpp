// The one Catch2 main for the core unit tests (native and WebAssembly).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
