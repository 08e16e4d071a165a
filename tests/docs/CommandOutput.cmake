# Checks a sample of the command's output in the docs against the real
# command: the ```console block after the line "<!-- output of: openssl-probe
# [args] -->" at <LINE> of <DOC> must have the lines the command prints, in
# its order, each with the same label (the values are this machine's).
#   cmake -DSOURCE_DIR=<repository> -DDOC=<file> -DLINE=<n> -DEXE=<openssl-probe>
#         -P CommandOutput.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${CMAKE_CURRENT_LIST_DIR}/Lines.cmake")
doc_lines(_lines "${SOURCE_DIR}/${DOC}")
list(GET _lines ${LINE} _marker)
doc_line_text(_marker "${_marker}")
string(REGEX REPLACE "^<!-- output of: openssl-probe(.*) -->$" "\\1" _args "${_marker}")
separate_arguments(_args UNIX_COMMAND "${_args}")
math(EXPR _first "${LINE} + 2")
list(LENGTH _lines _n)
set(_sample "")
math(EXPR _n "${_n} - 1")
foreach(_i RANGE ${_first} ${_n})
  list(GET _lines ${_i} _line)
  doc_line_text(_line "${_line}")
  if(_line MATCHES "^```")
    break()
  endif()
  if(NOT _line MATCHES "^[$>] ")
    string(REPLACE ";" "," _line "${_line}")
    list(APPEND _sample "${_line}")
  endif()
endforeach()

execute_process(COMMAND "${EXE}" ${_args} OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
string(REGEX REPLACE "\n$" "" _out "${_out}")
string(REPLACE ";" "," _out "${_out}")
string(REPLACE "\n" ";" _real "${_out}")

# A line's label: the flavor of the first line, "verdict:", "warning:", or
# the word(s) before the column of values.
function(labels out)
  set(_labels "")
  foreach(_line IN LISTS ARGN)
    if(_line MATCHES "^  ([^ ]+( [^ ]+)?)  ")
      list(APPEND _labels "${CMAKE_MATCH_1}")
    elseif(_line MATCHES "^([A-Za-z-]+:?)")
      list(APPEND _labels "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  set(${out} "${_labels}" PARENT_SCOPE)
endfunction()
labels(_want ${_sample})
labels(_got ${_real})
if(NOT _want STREQUAL _got)
  message(FATAL_ERROR "${DOC}:${LINE}: the sample's lines are [${_want}], "
    "the command prints [${_got}]:\n${_out}")
endif()
