# Performance bench (tools/bench.sh, docs/performance.md).
#   web:    rc_bench_hello  the baseline, a bare ImGui hello in WebGL2 with the
#                           widget's compile and link flags; its page goes to
#                           build/web/bench-hello/ (precompressed)
#   native: rc_bench_hello_native  the same hello with a null renderer (frame-cost baseline)
#           rc_bench_frames        the widget's frame cost per view (headless harness)
#           rc_bench_search        search cost per keystroke on the built-in dataset (core only)
# Neither is part of `all`: tools/bench.sh builds them by name.
if(RC_NATIVE_ONLY)
  return()
endif()

if(RC_WEB)
  add_executable(rc_bench_hello EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/bench/hello/web.cpp)
  target_link_libraries(rc_bench_hello PRIVATE rc_imgui)
  # The widget's link flags, minus its JS library (the hello has no JS glue).
  set(RC_BENCH_HELLO_LINK ${RC_WEB_LINK})
  list(FIND RC_BENCH_HELLO_LINK --js-library i)
  if(i GREATER_EQUAL 0)
    list(REMOVE_AT RC_BENCH_HELLO_LINK ${i})
    list(REMOVE_AT RC_BENCH_HELLO_LINK ${i})
  endif()
  target_link_options(rc_bench_hello PRIVATE ${RC_BENCH_HELLO_LINK} "-sINCOMING_MODULE_JS_API=[print,printErr,onAbort]")
  set_target_properties(rc_bench_hello PROPERTIES OUTPUT_NAME hello)
  set(RC_BENCH_HELLO_SITE ${CMAKE_BINARY_DIR}/bench-hello)
  add_custom_command(TARGET rc_bench_hello POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E make_directory ${RC_BENCH_HELLO_SITE}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/bench/hello/index.html ${CMAKE_SOURCE_DIR}/bench/hello/boot.js
            ${CMAKE_SOURCE_DIR}/bench/hello/hello.css ${RC_BENCH_HELLO_SITE}/
    COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:rc_bench_hello>/hello.js $<TARGET_FILE_DIR:rc_bench_hello>/hello.wasm
            ${RC_BENCH_HELLO_SITE}/
    COMMAND bash ${CMAKE_SOURCE_DIR}/tools/precompress.sh ${RC_BENCH_HELLO_SITE}
    VERBATIM)
else()
  add_executable(rc_bench_hello_native EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/bench/hello/headless.cpp)
  target_link_libraries(rc_bench_hello_native PRIVATE rc_imgui)
  add_executable(rc_bench_search EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/bench/search.cpp)
  target_link_libraries(rc_bench_search PRIVATE rc_core rc_assets_data)
  if(TARGET rc_headless)
    add_executable(rc_bench_frames EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/bench/frames.cpp)
    target_link_libraries(rc_bench_frames PRIVATE rc_headless)
  endif()
endif()
