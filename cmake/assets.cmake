# Embeds assets into the binaries (see cmake/embed.cmake).
#   rc_assets_data: every file under assets/ but ui/  -> rc::assets::files()
#   rc_catalogues:  the interface catalogues assets/ui/*.json -> rc::catalogues::files(),
#                   linked by the core (core/catalogue.cpp). The web build
#                   embeds none: English is a table in the code
#                   (cmake/catalogue.cmake) and the English first load has a
#                   byte budget, so the page fetches another language's
#                   catalogue when it is chosen (RC_UI_FETCHED, copied to site/ui/).
#   rc_fonts:       Inter Regular + SemiBold, subset to the glyphs the data and
#                   UI use, and (desktop) the Noto fallbacks for the characters
#                   Inter lacks: Arabic, Japanese  -> rc::fonts::files()
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
  # character found in the data files, the interface catalogues (assets/ui:
  # German quotes, French and Spanish letters) and the test datasets
  # (tests/data: German, Arabic; scripts Inter has no glyphs for are left
  # out), and Latin-1 and U+FFFD for text typed into a search box
  # (App::noteGlyphs; decodeUtf8 gives U+FFFD for bad bytes).
  set(RC_FONT_SRC /usr/share/fonts/opentype/inter)
  set(RC_FONT_DIR "${CMAKE_BINARY_DIR}/gen/fonts")
  set(RC_FONT_UNICODES "${RC_SHARED_UNICODES},U+00A0-00FF,U+FFFD")
  set(RC_FONT_OUTS "")
  set(RC_FONT_NAMES "")
  file(GLOB RC_UI_ALL CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/ui/*.json")
  file(GLOB RC_TEST_DATA CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/data/*.json")
  list(SORT RC_UI_ALL)
  list(SORT RC_TEST_DATA)
  set(RC_FONT_TEXTS "${CMAKE_SOURCE_DIR}/assets/roles/ml-vs-swe.json" ${RC_UI_ALL} ${RC_TEST_DATA})
  set(RC_FONT_TEXT_FILES "")
  foreach(f IN LISTS RC_FONT_TEXTS)
    list(APPEND RC_FONT_TEXT_FILES "--text-file=${f}")
  endforeach()
  foreach(w Regular SemiBold)
    set(out "${RC_FONT_DIR}/Inter-${w}.otf")
    add_custom_command(OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory ${RC_FONT_DIR}
      COMMAND pyftsubset ${RC_FONT_SRC}/Inter-${w}.otf --output-file=${out}
              --unicodes=${RC_FONT_UNICODES} ${RC_FONT_TEXT_FILES}
              --layout-features= --no-hinting --desubroutinize --name-IDs= --notdef-outline --drop-tables+=GSUB,GPOS,GDEF
      DEPENDS ${RC_FONT_TEXTS} ${RC_SHARED_TABLE}  # the marks
      COMMENT "Subsetting Inter-${w}" VERBATIM)
    list(APPEND RC_FONT_OUTS "${out}")
    list(APPEND RC_FONT_NAMES "Inter-${w}.otf")
  endforeach()
  if(NOT EMSCRIPTEN)
    # The desktop's fallbacks (the browser has its own fonts): Debian's
    # fonts-noto-core and fonts-noto-cjk, subset to the same texts' characters
    # that Inter lacks (cmake/subset_fallback.py), merged after Inter in the
    # atlas (src/ui/fonts_embedded.cpp). Arabic also keeps every presentation
    # form the font has (U+FB50-FDFF, U+FE70-FEFF): shaping draws a letter as
    # its joined form. Each font comes with NAME.txt, the characters it covers.
    # A custom dataset's other scripts come from the system's fonts
    # (src/platform/desktop/system_fonts.cpp).
    find_program(RC_FONTTOOLS_PYTHON python3 HINTS /usr/bin)  # Debian's fonttools is /usr/bin/python3's
    set(RC_NOTO_CORE /usr/share/fonts/truetype/noto)
    set(RC_NOTO_CJK /usr/share/fonts/opentype/noto)
    # name|source|pyftsubset options|the Inter weight it falls back for
    set(RC_FALLBACKS
      "NotoSansArabic-Regular.ttf|${RC_NOTO_CORE}/NotoSansArabic-Regular.ttf|--unicodes=U+FB50-FDFF,U+FE70-FEFF|Regular"
      "NotoSansArabic-Bold.ttf|${RC_NOTO_CORE}/NotoSansArabic-Bold.ttf|--unicodes=U+FB50-FDFF,U+FE70-FEFF|SemiBold"
      "NotoSansCJKjp-Regular.otf|${RC_NOTO_CJK}/NotoSansCJK-Regular.ttc|--font-number=0|Regular"   # 0: Noto Sans CJK JP
      "NotoSansCJKjp-Bold.otf|${RC_NOTO_CJK}/NotoSansCJK-Bold.ttc|--font-number=0|SemiBold")
    foreach(spec IN LISTS RC_FALLBACKS)
      string(REPLACE "|" ";" spec "${spec}")
      list(GET spec 0 name)
      list(GET spec 1 src)
      list(GET spec 2 opt)
      list(GET spec 3 weight)
      if(NOT EXISTS "${src}")
        message(FATAL_ERROR "${src} not found: run ./dev setup (fonts-noto-core, fonts-noto-cjk)")
      endif()
      string(REGEX REPLACE "\\.[a-z]+$" ".txt" cmap "${name}")
      add_custom_command(OUTPUT "${RC_FONT_DIR}/${name}" "${RC_FONT_DIR}/${cmap}"
        COMMAND ${RC_FONTTOOLS_PYTHON} ${CMAKE_SOURCE_DIR}/cmake/subset_fallback.py
                ${RC_FONT_DIR}/Inter-${weight}.otf ${RC_FONT_DIR}/${name} ${RC_FONT_DIR}/${cmap} -- ${src} ${opt} ${RC_FONT_TEXT_FILES}
        DEPENDS ${RC_FONT_DIR}/Inter-${weight}.otf ${RC_FONT_TEXTS} ${CMAKE_SOURCE_DIR}/cmake/subset_fallback.py
        COMMENT "Subsetting ${name}" VERBATIM)
      list(APPEND RC_FONT_OUTS "${RC_FONT_DIR}/${name}" "${RC_FONT_DIR}/${cmap}")
      list(APPEND RC_FONT_NAMES "${name}" "${cmap}")
    endforeach()
  endif()
  rc_embed_library(rc_fonts rc::fonts "${RC_FONT_DIR}" "${RC_FONT_NAMES}" ${RC_FONT_OUTS})
endif()
