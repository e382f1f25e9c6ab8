# Embeds assets into the binaries (see cmake/embed.cmake).
#   rc_assets_data: every file under assets/ but ui/  -> rc::assets::files()
#   rc_catalogues:  the interface catalogues assets/ui/*.json -> rc::catalogues::files(),
#                   linked by the core (core/catalogue.cpp). The web build
#                   embeds none: English is a table in the code
#                   (cmake/catalogue.cmake) and the English first load has a
#                   byte budget, so the page fetches another language's
#                   catalogue when it is chosen (RC_UI_FETCHED, copied to site/ui/).
#   rc_fonts:       Inter Regular + SemiBold, subset to the glyphs the data and
#                   UI use                     -> rc::fonts::files()
file(GLOB_RECURSE RC_ASSET_FILES CONFIGURE_DEPENDS RELATIVE "${CMAKE_SOURCE_DIR}/assets" "${CMAKE_SOURCE_DIR}/assets/*")
list(SORT RC_ASSET_FILES)
set(RC_UI_FILES ${RC_ASSET_FILES})
list(FILTER RC_UI_FILES INCLUDE REGEX "^ui/")
list(FILTER RC_ASSET_FILES EXCLUDE REGEX "^ui/")
set(RC_UI_FETCHED "")  # web: absolute paths of the catalogues left out of the binary
if(EMSCRIPTEN)
  # English is in the code as a table (cmake/catalogue.cmake), not a file.
  foreach(f IN LISTS RC_UI_FILES)
    if(NOT f STREQUAL "ui/en.json")
      list(APPEND RC_UI_FETCHED "${CMAKE_SOURCE_DIR}/assets/${f}")
    endif()
  endforeach()
  set(RC_UI_FILES "")
endif()
set(RC_UI_ABS "")
foreach(f IN LISTS RC_UI_FILES)
  list(APPEND RC_UI_ABS "${CMAKE_SOURCE_DIR}/assets/${f}")
endforeach()
set(RC_ASSET_ABS "")
foreach(f IN LISTS RC_ASSET_FILES)
  list(APPEND RC_ASSET_ABS "${CMAKE_SOURCE_DIR}/assets/${f}")
endforeach()
# rc_embed_library(TARGET NS BASE FILES DEPENDS...): a static library that
# holds FILES (relative to BASE) as byte arrays, looked up with NS::files().
function(rc_embed_library target ns base files)
  string(REPLACE "::" "_" stem "${ns}")
  set(cpp "${CMAKE_BINARY_DIR}/gen/${stem}.cpp")
  add_custom_command(OUTPUT "${cpp}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${cpp} -DNS=${ns} -DBASE=${base} "-DFILES=${files}" -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
    DEPENDS ${ARGN} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
    COMMENT "Embedding ${files}" VERBATIM)
  add_library(${target} STATIC "${cpp}")
  target_include_directories(${target} PUBLIC "${CMAKE_SOURCE_DIR}/src")
endfunction()

rc_embed_library(rc_assets_data rc::assets "${CMAKE_SOURCE_DIR}/assets" "${RC_ASSET_FILES}" ${RC_ASSET_ABS})
rc_embed_library(rc_catalogues rc::catalogues "${CMAKE_SOURCE_DIR}/assets" "${RC_UI_FILES}" ${RC_UI_ABS})

if(NOT RC_NATIVE_ONLY)
  # Subset Inter at build time: printable ASCII and the marks the UI draws
  # (src/shared.json, as the theme asks for them: RC_SHARED_UNICODES), every
  # character found in the data files and the interface catalogues
  # (assets/ui: German quotes, French and Spanish letters; scripts Inter has
  # no glyphs for are left out), and Latin-1 and U+FFFD for text typed
  # into a search box (App::noteGlyphs; decodeUtf8 gives U+FFFD for bad bytes).
  set(RC_FONT_SRC /usr/share/fonts/opentype/inter)
  set(RC_FONT_DIR "${CMAKE_BINARY_DIR}/gen/fonts")
  set(RC_FONT_UNICODES "${RC_SHARED_UNICODES},U+00A0-00FF,U+FFFD")
  set(RC_FONT_OUTS "")
  set(RC_FONT_TEXT_FILES "")
  file(GLOB RC_UI_ALL CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/ui/*.json")
  list(SORT RC_UI_ALL)
  foreach(f IN LISTS RC_UI_ALL)
    list(APPEND RC_FONT_TEXT_FILES "--text-file=${f}")
  endforeach()
  foreach(w Regular SemiBold)
    set(out "${RC_FONT_DIR}/Inter-${w}.otf")
    add_custom_command(OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory ${RC_FONT_DIR}
      COMMAND pyftsubset ${RC_FONT_SRC}/Inter-${w}.otf --output-file=${out}
              --unicodes=${RC_FONT_UNICODES} --text-file=${CMAKE_SOURCE_DIR}/assets/roles/ml-vs-swe.json ${RC_FONT_TEXT_FILES}
              --layout-features= --no-hinting --desubroutinize --name-IDs= --notdef-outline --drop-tables+=GSUB,GPOS,GDEF
      DEPENDS ${CMAKE_SOURCE_DIR}/assets/roles/ml-vs-swe.json ${RC_UI_ALL} ${RC_SHARED_TABLE}  # the marks
      COMMENT "Subsetting Inter-${w}" VERBATIM)
    list(APPEND RC_FONT_OUTS "${out}")
  endforeach()
  rc_embed_library(rc_fonts rc::fonts "${RC_FONT_DIR}" "Inter-Regular.otf;Inter-SemiBold.otf" ${RC_FONT_OUTS})
endif()
