# Headless app: the shared UI with ImGui and no GPU (src/platform/headless),
# and rc_soak, the long-session soak tool (tests/soak/soak.cpp; tools/soak.sh).
# ImGui's IM_ASSERT is assert(): build without NDEBUG (tools/soak.sh does) so
# an assertion fails the soak.
if(RC_WEB OR RC_NATIVE_ONLY)
  return()
endif()

add_library(rc_headless STATIC ${CMAKE_SOURCE_DIR}/src/platform/headless/headless.cpp)
target_include_directories(rc_headless PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(rc_headless PUBLIC rc_ui)

add_executable(rc_soak ${CMAKE_SOURCE_DIR}/tests/soak/soak.cpp)
# The soak loads the embedded JSON itself (as custom data too): rc_ui only
# carries the pack (cmake/pack.cmake).
target_link_libraries(rc_soak PRIVATE rc_headless rc_assets_data)
