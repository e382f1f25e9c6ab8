# The English interface catalogue (assets/ui/en.json) as a C++ table, made at
# configure time:
#   gen/ui/rc_catalogue_en.cpp   rc::gen::kEnglishMessages, sorted by key (core/catalogue_table.h)
# Catalogue::english() reads this table, not the JSON: the web widget's first
# part draws the first frame in English without the JSON library (which is in
# its second part, docs/performance.md), and no parse runs at start-up. Other
# languages' catalogues are JSON, loaded when chosen (loadCatalogue).
# The file is a configure dependency: an edit re-runs this on the next build,
# and the output is rewritten only when its text changes. A message that is
# neither a string nor an object of strings stops the configure step, naming
# the key. The full checks (placeholders, plural forms) are the unit tests'.
set(RC_CATALOGUE_EN "${CMAKE_SOURCE_DIR}/assets/ui/en.json")
set(RC_CATALOGUE_DIR "${CMAKE_BINARY_DIR}/gen/ui")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${RC_CATALOGUE_EN}" "${CMAKE_CURRENT_LIST_FILE}")
file(READ "${RC_CATALOGUE_EN}" rc_cat_text)

function(rc_cat_json out what)
  string(JSON value ERROR_VARIABLE err ${what} "${rc_cat_text}" ${ARGN})
  if(err)
    string(REPLACE ";" "." at "${ARGN}")
    message(FATAL_ERROR "${RC_CATALOGUE_EN}: ${at}: ${err}")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# A C++ string literal of `text` (UTF-8 kept as is).
function(rc_cat_literal out text)
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

# Plural category names -> rc::Plural's order (core/plural.h).
set(rc_cat_forms zero one two few many other)

# Rows sorted by key (Catalogue::find is a binary search): the keys first,
# then each message by name.
set(rc_cat_keys "")
rc_cat_json(rc_cat_n LENGTH messages)
if(rc_cat_n GREATER 0)
  math(EXPR rc_cat_last "${rc_cat_n} - 1")
  foreach(i RANGE ${rc_cat_last})
    rc_cat_json(key MEMBER messages ${i})
    if(NOT key MATCHES "^[A-Za-z0-9_.-]+$")
      message(FATAL_ERROR "${RC_CATALOGUE_EN}: messages.${key}: a key is letters, digits, '.', '_' and '-'")
    endif()
    list(APPEND rc_cat_keys "${key}")
  endforeach()
endif()
list(SORT rc_cat_keys COMPARE STRING)
set(rc_cat_rows "")
list(LENGTH rc_cat_keys rc_cat_count)
foreach(key IN LISTS rc_cat_keys)
  rc_cat_json(type TYPE messages "${key}")
  # One variable per form (f0..f5, rc::Plural's order): texts hold ';', so no list.
  foreach(idx RANGE 5)
    set(f${idx} "")
  endforeach()
  if(type STREQUAL "STRING")
    rc_cat_json(text GET messages "${key}")
    rc_cat_literal(text_lit "${text}")
    set(f5 "${text_lit}sv")
  elseif(type STREQUAL "OBJECT")
    rc_cat_json(nf LENGTH messages "${key}")
    math(EXPR lastf "${nf} - 1")
    foreach(j RANGE ${lastf})
      rc_cat_json(form MEMBER messages "${key}" ${j})
      list(FIND rc_cat_forms "${form}" idx)
      rc_cat_json(ftype TYPE messages "${key}" "${form}")
      if(idx LESS 0 OR NOT ftype STREQUAL "STRING")
        message(FATAL_ERROR "${RC_CATALOGUE_EN}: messages.${key}.${form}: expected a plural category (zero, one, two, few, many, other) with a string")
      endif()
      rc_cat_json(text GET messages "${key}" "${form}")
      rc_cat_literal(text_lit "${text}")
      set(f${idx} "${text_lit}sv")
    endforeach()
  else()
    message(FATAL_ERROR "${RC_CATALOGUE_EN}: messages.${key}: expected a string or an object of plural forms, found ${type}")
  endif()
  # Trailing empty forms are left to value-initialisation.
  set(shown "")
  set(pending "")
  foreach(idx RANGE 5)
    set(f "${f${idx}}")
    if(f STREQUAL "")
      string(APPEND pending "{}, ")
    else()
      string(APPEND shown "${pending}${f}, ")
      set(pending "")
    endif()
  endforeach()
  string(REGEX REPLACE ", $" "" shown "${shown}")
  string(APPEND rc_cat_rows "    {\"${key}\"sv, {${shown}}},\n")
endforeach()

set(rc_cat_out "// Generated from assets/ui/en.json by cmake/catalogue.cmake. Do not edit.
#include \"core/catalogue_table.h\"

namespace rc::gen {

using namespace std::string_view_literals;

const Message kEnglishMessages[] = {
${rc_cat_rows}};
const size_t kEnglishCount = ${rc_cat_count};

}  // namespace rc::gen
")
set(RC_CATALOGUE_EN_CPP "${RC_CATALOGUE_DIR}/rc_catalogue_en.cpp")
if(EXISTS "${RC_CATALOGUE_EN_CPP}")
  file(READ "${RC_CATALOGUE_EN_CPP}" rc_cat_old)
else()
  set(rc_cat_old "")
endif()
if(NOT rc_cat_old STREQUAL rc_cat_out)
  file(WRITE "${RC_CATALOGUE_EN_CPP}" "${rc_cat_out}")
endif()
