# Checks a sample of the command's output in the docs against the real
# command: the ```console block after the line "<!-- output of: openssl-probe
# [args] -->" at <LINE> of <DOC> must have the lines the command prints, in
# its order, each with the same label (the values are the machine's that
# produced it).  With -DUPDATE=ON it writes the command's output there
# instead: the sample is produced by the command, never typed.
#   cmake -DSOURCE_DIR=<repository> -DDOC=<file> -DLINE=<n> -DEXE=<openssl-probe>
#         [-DUPDATE=ON] -P CommandOutput.cmake
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
set(_raw "${_out}")
string(REPLACE ";" "," _out "${_out}")
string(REPLACE "\n" ";" _real "${_out}")

if(UPDATE)
  # The block's lines after its prompt line, replaced by what the command
  # printed: the text up to the block's first line is kept as it is.
  file(READ "${SOURCE_DIR}/${DOC}" _text)
  set(_head "")
  set(_rest "${_text}")
  foreach(_i RANGE 1 ${_first})
    string(FIND "${_rest}" "\n" _nl)
    math(EXPR _nl "${_nl} + 1")
    string(SUBSTRING "${_rest}" 0 ${_nl} _line)
    string(APPEND _head "${_line}")
    string(SUBSTRING "${_rest}" ${_nl} -1 _rest)
  endforeach()
  # _rest starts at the block's first line: the prompt, the old output.
  string(REGEX MATCH "^[$>] [^\n]*\n" _prompt "${_rest}")
  string(FIND "${_rest}" "\n```" _end)
  string(SUBSTRING "${_rest}" ${_end} -1 _tail)
  file(WRITE "${SOURCE_DIR}/${DOC}" "${_head}${_prompt}${_raw}${_tail}")
  return()
endif()

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
