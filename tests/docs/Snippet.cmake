# Runs one CMake snippet of the docs, as a reader would use it: the fenced
# ```cmake block after the line "<!-- runs -->" at <LINE> of <DOC>.  The
# snippet is the CMakeLists.txt of a project laid out as the docs assume
# (this repository at third_party/OpenSSLProbe, the program's source as
# main.c and app.c); a fragment gets the lines the docs leave out around
# it (cmake_minimum_required, project, the module path, the program).  The
# project must configure and build against this machine's OpenSSL.
#   cmake -DSOURCE_DIR=<repository> -DDOC=<file> -DLINE=<n> -DBINARY_DIR=<dir>
#         -P Snippet.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${CMAKE_CURRENT_LIST_DIR}/Lines.cmake")
doc_lines(_lines "${SOURCE_DIR}/${DOC}")
math(EXPR _first "${LINE} + 1")
list(LENGTH _lines _n)
set(_snippet "")
set(_in FALSE)
math(EXPR _n "${_n} - 1")
foreach(_i RANGE ${_first} ${_n})
  list(GET _lines ${_i} _line)
  doc_line_text(_line "${_line}")
  if(NOT _in)
    if(NOT _line MATCHES "^```cmake")
      message(FATAL_ERROR "${DOC}:${LINE}: no ```cmake block follows <!-- runs -->")
    endif()
    set(_in TRUE)
  elseif(_line MATCHES "^```")
    break()
  else()
    string(APPEND _snippet "${_line}\n")
  endif()
endforeach()

set(_project "${BINARY_DIR}/project")
file(REMOVE_RECURSE "${BINARY_DIR}")
file(MAKE_DIRECTORY "${_project}/third_party")
file(CREATE_LINK "${SOURCE_DIR}" "${_project}/third_party/OpenSSLProbe" SYMBOLIC)
foreach(_name IN ITEMS main.c app.c)
  configure_file("${SOURCE_DIR}/tests/RunCMake/OpenSSLProbe/app.c" "${_project}/${_name}" COPYONLY)
endforeach()
set(_text "")
if(NOT _snippet MATCHES "project\\(")
  string(APPEND _text "cmake_minimum_required(VERSION 3.25)\nproject(snippet C)\n")
endif()
if(NOT _snippet MATCHES "CMAKE_MODULE_PATH")
  string(APPEND _text "list(APPEND CMAKE_MODULE_PATH \"\${CMAKE_CURRENT_SOURCE_DIR}/third_party/OpenSSLProbe/cmake\")\n")
endif()
if(NOT _snippet MATCHES "include\\(OpenSSLProbe\\)")
  string(APPEND _text "include(OpenSSLProbe)\n")
endif()
if(_snippet MATCHES "\\(app " AND NOT _snippet MATCHES "add_executable\\(app ")
  string(APPEND _text "add_executable(app app.c)\n")
endif()
# A snippet that sets up the program before it links OpenSSL keeps its order.
string(APPEND _text "${_snippet}")
file(WRITE "${_project}/CMakeLists.txt" "${_text}")

execute_process(COMMAND "${CMAKE_COMMAND}" -S "${_project}" -B "${BINARY_DIR}/build"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(_rc EQUAL 0)
  execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}/build"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _built ERROR_VARIABLE _built)
  string(APPEND _out "${_built}")
endif()
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${DOC}:${LINE}: the snippet does not configure and build:\n"
    "${_text}\n${_out}")
endif()
