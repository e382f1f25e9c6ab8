# The embedded default dataset as a pack (src/core/pack.h): rc_packgen loads
# and validates assets/roles/ml-vs-swe.json at build time and writes
# gen/packs/ml-vs-swe.pack, which is embedded like the assets:
#   rc_default_pack: ml-vs-swe.pack  -> rc::packs::files()
# The widget (rc_ui) links this instead of rc_assets_data, so the JSON and
# its parse and validation leave its start-up. The core-only build has no
# widget and skips all of it.
if(RC_NATIVE_ONLY)
  return()
endif()

add_executable(rc_packgen ${CMAKE_SOURCE_DIR}/tools/packgen.cpp)
target_link_libraries(rc_packgen PRIVATE rc_core)
if(RC_WEB)
  # A Node program, like rc_pagegen: it runs the very loader the widget's
  # custom data goes through, compiled the same way.
  target_link_options(rc_packgen PRIVATE -fexceptions -sNODERAWFS=1 -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node
                      -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
  set(RC_PACKGEN_COMMAND node ${CMAKE_BINARY_DIR}/rc_packgen.js)
else()
  set(RC_PACKGEN_COMMAND $<TARGET_FILE:rc_packgen>)
endif()

set(RC_PACK_DIR "${CMAKE_BINARY_DIR}/gen/packs")
set(RC_PACK_JSON "${CMAKE_SOURCE_DIR}/assets/roles/ml-vs-swe.json")
set(RC_PACK_FILE "${RC_PACK_DIR}/ml-vs-swe.pack")
add_custom_command(OUTPUT "${RC_PACK_FILE}"
  COMMAND ${CMAKE_COMMAND} -E make_directory ${RC_PACK_DIR}
  COMMAND ${RC_PACKGEN_COMMAND} ${RC_PACK_JSON} ${RC_PACK_FILE}
  DEPENDS ${RC_PACK_JSON} rc_packgen
  COMMENT "Packing assets/roles/ml-vs-swe.json" VERBATIM)

rc_embed_library(rc_default_pack rc::packs "${RC_PACK_DIR}" "ml-vs-swe.pack" ${RC_PACK_FILE})
