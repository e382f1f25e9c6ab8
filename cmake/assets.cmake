# Embeds assets into the binaries (see cmake/embed.cmake).
#   rc_assets_data: every file under assets/  -> rc::assets::files()
#   rc_fonts:       Inter Regular + SemiBold, subset to the glyphs the data and
#                   UI use                     -> rc::fonts::files()
file(GLOB_RECURSE RC_ASSET_FILES CONFIGURE_DEPENDS RELATIVE "${CMAKE_SOURCE_DIR}/assets" "${CMAKE_SOURCE_DIR}/assets/*")
list(SORT RC_ASSET_FILES)
set(RC_ASSET_ABS "")
foreach(f IN LISTS RC_ASSET_FILES)
  list(APPEND RC_ASSET_ABS "${CMAKE_SOURCE_DIR}/assets/${f}")
endforeach()
set(RC_ASSETS_CPP "${CMAKE_BINARY_DIR}/gen/assets_data.cpp")
add_custom_command(OUTPUT "${RC_ASSETS_CPP}"
  COMMAND ${CMAKE_COMMAND} -DOUT=${RC_ASSETS_CPP} -DNS=rc::assets -DBASE=${CMAKE_SOURCE_DIR}/assets
          "-DFILES=${RC_ASSET_FILES}" -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  DEPENDS ${RC_ASSET_ABS} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding assets/" VERBATIM)
add_library(rc_assets_data STATIC "${RC_ASSETS_CPP}")
target_include_directories(rc_assets_data PUBLIC "${CMAKE_SOURCE_DIR}/src")

if(NOT RC_NATIVE_ONLY)
  # Subset Inter at build time: printable ASCII, Latin-1, the punctuation and
  # marks the UI draws, and every character found in the data files.
  set(RC_FONT_SRC /usr/share/fonts/opentype/inter)
  set(RC_FONT_DIR "${CMAKE_BINARY_DIR}/gen/fonts")
  set(RC_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2193,U+2212,U+2713,U+2715,U+25B8,U+25BE,U+2022,U+FFFD")
  set(RC_FONT_OUTS "")
  foreach(w Regular SemiBold)
    set(out "${RC_FONT_DIR}/Inter-${w}.otf")
    add_custom_command(OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory ${RC_FONT_DIR}
      COMMAND pyftsubset ${RC_FONT_SRC}/Inter-${w}.otf --output-file=${out}
              --unicodes=${RC_FONT_UNICODES} --text-file=${CMAKE_SOURCE_DIR}/assets/roles/ml-vs-swe.json
              --layout-features= --no-hinting --desubroutinize --name-IDs= --notdef-outline --drop-tables+=GSUB,GPOS,GDEF
      DEPENDS ${CMAKE_SOURCE_DIR}/assets/roles/ml-vs-swe.json
      COMMENT "Subsetting Inter-${w}" VERBATIM)
    list(APPEND RC_FONT_OUTS "${out}")
  endforeach()
  set(RC_FONTS_CPP "${CMAKE_BINARY_DIR}/gen/fonts.cpp")
  add_custom_command(OUTPUT "${RC_FONTS_CPP}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${RC_FONTS_CPP} -DNS=rc::fonts -DBASE=${RC_FONT_DIR}
            "-DFILES=Inter-Regular.otf;Inter-SemiBold.otf" -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
    DEPENDS ${RC_FONT_OUTS} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
    COMMENT "Embedding fonts" VERBATIM)
  add_library(rc_fonts STATIC "${RC_FONTS_CPP}")
  target_include_directories(rc_fonts PUBLIC "${CMAKE_SOURCE_DIR}/src")
endif()
