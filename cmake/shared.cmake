# The facts the C++ and the page's JavaScript share (src/shared.json), turned
# into a C++ header and a JS file at configure time:
#   gen/shared/rc_shared.h   namespace rc::shared (target rc_shared puts it on the include path)
#   gen/shared/rc_shared.js  var rcShared; the web build puts it at the head of
#                            the site's boot.js (CMakeLists.txt): no extra request
# and, for the rest of the build:
#   RC_SHARED_JS             that JS file's path
#   RC_SHARED_UNICODES       printable ASCII and the marks, as pyftsubset --unicodes
#   RC_SHARED_WEBGL_VERSION  the WebGL major version (the link's MIN/MAX_WEBGL_VERSION)
# The table is a configure dependency: an edit re-runs this on the next build,
# and a file is rewritten only when its text changes (so only what uses it is
# rebuilt). A key the table lacks, or a value of the wrong form, stops the
# configure step with the table's path and the key.
set(RC_SHARED_TABLE "${CMAKE_SOURCE_DIR}/src/shared.json" CACHE FILEPATH
    "The shared table (another copy: to try a change in one build directory)")
set(RC_SHARED_DIR "${CMAKE_BINARY_DIR}/gen/shared")
set(RC_SHARED_JS "${RC_SHARED_DIR}/rc_shared.js")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${RC_SHARED_TABLE}" "${CMAKE_CURRENT_LIST_FILE}")
file(READ "${RC_SHARED_TABLE}" RC_SHARED_TEXT)

# Value, length, type and member names at a path of keys and indices; any
# failure stops the configure step, naming the path.
function(rc_shared_json out what)
  string(JSON value ERROR_VARIABLE err ${what} "${RC_SHARED_TEXT}" ${ARGN})
  if(err)
    string(REPLACE ";" "." at "${ARGN}")
    message(FATAL_ERROR "${RC_SHARED_TABLE}: ${at}: ${err}")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# The items of an array of strings or numbers, as a CMake list (no item may hold a ';').
function(rc_shared_items out)
  rc_shared_json(n LENGTH ${ARGN})
  set(items "")
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE ${last})
      rc_shared_json(v GET ${ARGN} ${i})
      list(APPEND items "${v}")
    endforeach()
  endif()
  set(${out} "${items}" PARENT_SCOPE)
endfunction()

# "U+2013 –" -> 2013 (the character after the code is a note for readers).
function(rc_shared_codepoint out text)
  if(NOT text MATCHES "^U\\+([0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]?[0-9A-F]?)( .*)?$")
    message(FATAL_ERROR "${RC_SHARED_TABLE}: \"${text}\" is not a codepoint written U+XXXX")
  endif()
  set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

# A list of field names -> C++ enumerators and a JS object of their indices, each with kSize / size.
function(rc_shared_record cxx js)
  rc_shared_items(fields ${ARGN})
  list(LENGTH fields n)
  set(js_fields "")
  set(i 0)
  foreach(f IN LISTS fields)
    if(NOT f MATCHES "^[A-Za-z][A-Za-z0-9]*$")
      message(FATAL_ERROR "${RC_SHARED_TABLE}: ${ARGN}: \"${f}\" is not a name")
    endif()
    string(APPEND js_fields "${f}: ${i}, ")
    math(EXPR i "${i} + 1")
  endforeach()
  string(REPLACE ";" ", " cxx_fields "${fields}")
  set(${cxx} "enum : int { ${cxx_fields}, kSize };" PARENT_SCOPE)
  set(${js} "{ ${js_fields}size: ${n} }" PARENT_SCOPE)
endfunction()

#------------------------------------------------------------------------------
# glyphs
#------------------------------------------------------------------------------
rc_shared_items(ascii glyphs ascii)
list(LENGTH ascii n)
if(NOT n EQUAL 2)
  message(FATAL_ERROR "${RC_SHARED_TABLE}: glyphs.ascii: two codepoints, the first and the last")
endif()
list(GET ascii 0 a0)
list(GET ascii 1 a1)
rc_shared_codepoint(ascii_first "${a0}")
rc_shared_codepoint(ascii_last "${a1}")
rc_shared_items(marks glyphs marks)
set(mark_codes "")
set(RC_SHARED_UNICODES "U+${ascii_first}-${ascii_last}")
foreach(m IN LISTS marks)
  rc_shared_codepoint(cp "${m}")
  list(APPEND mark_codes "0x${cp}")
  string(APPEND RC_SHARED_UNICODES ",U+${cp}")
endforeach()
string(REPLACE ";" ", " marks_text "${mark_codes}")

#------------------------------------------------------------------------------
# fonts
#------------------------------------------------------------------------------
rc_shared_json(nfaces LENGTH fonts faces)
math(EXPR last "${nfaces} - 1")
set(face_names "")
set(face_weights "")
foreach(i RANGE ${last})
  rc_shared_json(name GET fonts faces ${i} name)
  rc_shared_json(weight GET fonts faces ${i} weight)
  list(APPEND face_names "${name}")
  list(APPEND face_weights "${weight}")
endforeach()
string(REPLACE ";" ", " face_names_text "${face_names}")
string(REPLACE ";" ", " face_weights_text "${face_weights}")

rc_shared_json(nfonts LENGTH fonts theme)
math(EXPR last "${nfonts} - 1")
set(font_roles "")
set(cxx_fonts "")
set(js_fonts "")
foreach(i RANGE ${last})
  rc_shared_json(role GET fonts theme ${i} role)
  rc_shared_json(face GET fonts theme ${i} face)
  rc_shared_json(px GET fonts theme ${i} px)
  list(FIND face_names "${face}" face_index)
  if(face_index LESS 0)
    message(FATAL_ERROR "${RC_SHARED_TABLE}: fonts.theme.${i}: no face named \"${face}\" in fonts.faces")
  endif()
  if(NOT px MATCHES "^[0-9]+(\\.[0-9]+)?$")
    message(FATAL_ERROR "${RC_SHARED_TABLE}: fonts.theme.${i}.px: \"${px}\" is not a size")
  endif()
  set(px_cxx "${px}")
  if(NOT px_cxx MATCHES "\\.")
    string(APPEND px_cxx ".0")
  endif()
  list(APPEND font_roles "${role}")
  list(APPEND cxx_fonts "{face::${face}, ${px_cxx}f}")
  list(APPEND js_fonts "[${face_index}, ${px}]")
endforeach()
string(REPLACE ";" ", " font_roles_text "${font_roles}")
string(REPLACE ";" ", " cxx_fonts_text "${cxx_fonts}")
string(REPLACE ";" ", " js_fonts_text "${js_fonts}")

#------------------------------------------------------------------------------
# atlas
#------------------------------------------------------------------------------
rc_shared_record(spec_cxx spec_js atlas spec)
rc_shared_record(glyph_cxx glyph_js atlas glyph)
rc_shared_record(vmetrics_cxx vmetrics_js atlas vmetrics)

#------------------------------------------------------------------------------
# webgl
#------------------------------------------------------------------------------
rc_shared_json(RC_SHARED_WEBGL_VERSION GET webgl version)
if(NOT RC_SHARED_WEBGL_VERSION MATCHES "^[12]$")
  message(FATAL_ERROR "${RC_SHARED_TABLE}: webgl.version: 1 or 2")
endif()
if(RC_SHARED_WEBGL_VERSION EQUAL 2)
  set(webgl_type "webgl2")
else()
  set(webgl_type "webgl")
endif()

# Context attributes: WebGL's names, which Emscripten's struct shares.
set(cxx_context "")
set(js_context "")
rc_shared_json(n LENGTH webgl context)
math(EXPR last "${n} - 1")
foreach(i RANGE ${last})
  rc_shared_json(key MEMBER webgl context ${i})
  if(key STREQUAL "//")
    continue()
  endif()
  rc_shared_json(type TYPE webgl context ${key})
  rc_shared_json(value GET webgl context ${key})
  if(type STREQUAL "BOOLEAN")
    if(value)
      string(APPEND cxx_context "\n    a->${key} = EM_TRUE;")
      string(APPEND js_context "${key}: true, ")
    else()
      string(APPEND cxx_context "\n    a->${key} = EM_FALSE;")
      string(APPEND js_context "${key}: false, ")
    endif()
  elseif(key STREQUAL "powerPreference" AND value MATCHES "^(default|low-power|high-performance)$")
    string(TOUPPER "${value}" em)
    string(REPLACE "-" "_" em "${em}")
    string(APPEND cxx_context "\n    a->powerPreference = EM_WEBGL_POWER_PREFERENCE_${em};")
    string(APPEND js_context "powerPreference: '${value}', ")
  else()
    message(FATAL_ERROR "${RC_SHARED_TABLE}: webgl.context.${key}: \"${value}\" is not a value this generator knows")
  endif()
endforeach()
string(REGEX REPLACE ", $" "" js_context "${js_context}")

# Attributes: declared in the vertex shader from the table; C++ gets location and size.
set(GLSL_SIZE_float 1)
set(GLSL_SIZE_vec2 2)
set(GLSL_SIZE_vec3 3)
set(GLSL_SIZE_vec4 4)
set(vs_text "#version 300 es\\n")
set(cxx_attributes "")
set(locations "")
rc_shared_json(n LENGTH webgl attributes)
math(EXPR last "${n} - 1")
foreach(i RANGE ${last})
  rc_shared_json(name GET webgl attributes ${i} name)
  rc_shared_json(type GET webgl attributes ${i} type)
  rc_shared_json(location GET webgl attributes ${i} location)
  if(NOT DEFINED GLSL_SIZE_${type} OR NOT location MATCHES "^[0-9]+$" OR location IN_LIST locations)
    message(FATAL_ERROR "${RC_SHARED_TABLE}: webgl.attributes.${i}: a float or vecN type and a location of its own")
  endif()
  list(APPEND locations "${location}")
  string(APPEND vs_text "layout(location = ${location}) in ${type} ${name};\\n")
  string(APPEND cxx_attributes "\nconstexpr Attribute ${name}{${location}, ${GLSL_SIZE_${type}}};")
endforeach()
# The shaders as JS string literals, a line a "\n". Their lines hold ';':
# read one by one, never as a CMake list.
set(fs_text "#version 300 es\\n")
foreach(which vs fs)
  if(which STREQUAL "vs")
    set(key vertexShader)
  else()
    set(key fragmentShader)
  endif()
  rc_shared_json(n LENGTH webgl ${key})
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    rc_shared_json(line GET webgl ${key} ${i})
    if(line MATCHES "['\\\\]")
      message(FATAL_ERROR "${RC_SHARED_TABLE}: webgl.${key}.${i}: a quote or a backslash")
    endif()
    string(APPEND ${which}_text "${line}\\n")
  endforeach()
endforeach()

#------------------------------------------------------------------------------
# The files
#------------------------------------------------------------------------------
set(header "// Generated by cmake/shared.cmake from src/shared.json, whose notes say what
// each part is for: edit the table, not this file.
#pragma once
#include <cstdint>
#ifdef __EMSCRIPTEN__
#include <emscripten/html5.h>
#endif

namespace rc::shared {

// glyphs: printable ASCII and the UI's marks (in every font atlas)
constexpr uint32_t kAsciiFirst = 0x${ascii_first}, kAsciiLast = 0x${ascii_last};
constexpr uint32_t kMarks[] = {${marks_text}};

// fonts: the type faces (index = ui::FontFaces::Face) and their CSS weights;
// the theme's fonts in the atlas's order, by role: face, CSS px
namespace face { enum : int { ${face_names_text}, kCount }; }
constexpr int kFaceWeight[face::kCount] = {${face_weights_text}};
struct Font { int face; float px; };
namespace font { enum : int { ${font_roles_text}, kCount }; }
constexpr Font kFonts[font::kCount] = {${cxx_fonts_text}};

// atlas: indices into rc_js_font_atlas's float arrays (a record is kSize floats)
namespace spec { ${spec_cxx} }
namespace glyph { ${glyph_cxx} }
namespace vmetrics { ${vmetrics_cxx} }

// webgl: the renderer's vertex attributes (location, components)
struct Attribute { unsigned location; int size; };
namespace attribute {${cxx_attributes}
}  // namespace attribute
constexpr int kWebGLVersion = ${RC_SHARED_WEBGL_VERSION};
#ifdef __EMSCRIPTEN__
// The context's attributes, over emscripten_webgl_init_context_attributes' defaults.
inline void setWebGLContextAttributes(EmscriptenWebGLContextAttributes* a) {
    a->majorVersion = ${RC_SHARED_WEBGL_VERSION};
    a->minorVersion = 0;${cxx_context}
}
#endif

}  // namespace rc::shared
")

# Shipped as it is (the site's boot.js is not minified): no notes, one line a part.
set(js "// Generated by cmake/shared.cmake from src/shared.json (its notes say why): edit that.
var rcShared = {
ascii: [0x${ascii_first}, 0x${ascii_last}], marks: [${marks_text}],
faceWeight: [${face_weights_text}], fonts: [${js_fonts_text}],
spec: ${spec_js}, glyph: ${glyph_js}, vmetrics: ${vmetrics_js},
webgl: { type: '${webgl_type}', context: { ${js_context} },
vertexShader: '${vs_text}',
fragmentShader: '${fs_text}' }
};
")

file(MAKE_DIRECTORY "${RC_SHARED_DIR}")
foreach(pair "rc_shared.h;header" "rc_shared.js;js")
  list(GET pair 0 name)
  list(GET pair 1 var)
  file(WRITE "${RC_SHARED_DIR}/${name}.tmp" "${${var}}")
  file(COPY_FILE "${RC_SHARED_DIR}/${name}.tmp" "${RC_SHARED_DIR}/${name}" ONLY_IF_DIFFERENT)
  file(REMOVE "${RC_SHARED_DIR}/${name}.tmp")
endforeach()

add_library(rc_shared INTERFACE)
target_include_directories(rc_shared INTERFACE "${RC_SHARED_DIR}")
