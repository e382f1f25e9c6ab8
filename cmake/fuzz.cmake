# libFuzzer targets for the core parsers (tests/fuzz/fuzz_*.cpp), built with
# clang when RC_FUZZ is ON:
#   CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -DRC_FUZZ=ON -DRC_NATIVE_ONLY=ON
# tools/fuzz.sh builds, runs and regresses them (seed corpora: tests/fuzz/corpus/,
# fixed crashes: tests/fuzz/repro/).
#
# Included after rc_core is defined, so the core gets the coverage and
# sanitizer instrumentation per target; every consumer of rc_core (rc_unit too)
# then links the sanitizer runtimes through rc_core's interface.
option(RC_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(NOT RC_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "RC_FUZZ needs clang (CC=clang-14 CXX=clang++-14), not ${CMAKE_CXX_COMPILER_ID}")
endif()

set(RC_FUZZ_SAN -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_compile_options(rc_core PRIVATE -fsanitize=fuzzer-no-link ${RC_FUZZ_SAN})
target_link_options(rc_core INTERFACE -fsanitize=address,undefined)

add_custom_target(rc_fuzz)
foreach(name dataset token params host pack text)
  set(t fuzz_${name})
  add_executable(${t} ${CMAKE_SOURCE_DIR}/tests/fuzz/${t}.cpp)
  target_link_libraries(${t} PRIVATE rc_core rc_assets_data)
  target_compile_definitions(${t} PRIVATE RC_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  target_compile_options(${t} PRIVATE -fsanitize=fuzzer ${RC_FUZZ_SAN})
  target_link_options(${t} PRIVATE -fsanitize=fuzzer,address,undefined)
  add_dependencies(rc_fuzz ${t})
endforeach()
