# The result variables openssl_probe() and openssl_probe_ruby() set (their
# return(PROPAGATE ...)) and docs/reference.md agree: each one set is
# documented (the Result variables table; openssl_probe_ruby()'s section),
# and each one documented there is set.
#   cmake -DSOURCE_DIR=<repository> -P ResultVariables.cmake
cmake_minimum_required(VERSION 3.25...4.3)
file(READ "${SOURCE_DIR}/docs/reference.md" _doc)
set(_failed "")
# <section>: the reference's heading the names are documented under.
foreach(_row IN ITEMS "cmake/OpenSSLProbe.cmake|## Result variables|OpenSSLProbe_[A-Z_]+"
                      "cmake/OpenSSLProbe/Ruby.cmake|## `openssl_probe_ruby()`|OpenSSLProbe_RUBY_[A-Z_]+")
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _file)
  list(GET _row 1 _heading)
  list(GET _row 2 _pattern)
  file(READ "${SOURCE_DIR}/${_file}" _code)
  string(REGEX MATCHALL "return\\(PROPAGATE [^)]*\\)" _returns "${_code}")
  string(REGEX MATCHALL "${_pattern}" _set "${_returns}")
  list(REMOVE_DUPLICATES _set)
  string(FIND "${_doc}" "${_heading}" _from)
  string(SUBSTRING "${_doc}" ${_from} -1 _section)
  string(FIND "${_section}" "\n## " _end)
  string(SUBSTRING "${_section}" 0 ${_end} _section)
  # A table names them in its first cells; prose, anywhere.
  if(_section MATCHES "\n\\| variable \\|")
    string(REGEX MATCHALL "\n\\| `${_pattern}`" _documented "${_section}")
  else()
    string(REGEX MATCHALL "`${_pattern}`" _documented "${_section}")
  endif()
  list(TRANSFORM _documented REPLACE "[\n|` ]" "")
  foreach(_name IN LISTS _set)
    if(NOT _name IN_LIST _documented)
      string(APPEND _failed "${_file} sets ${_name}, which docs/reference.md (${_heading}) does not document\n")
    endif()
  endforeach()
  foreach(_name IN LISTS _documented)
    # Cache entries a function reads are documented beside what it sets.
    if(NOT _name IN_LIST _set AND NOT _code MATCHES "find_program\\(${_name} ")
      string(APPEND _failed "docs/reference.md (${_heading}) documents ${_name}, which ${_file} does not set\n")
    endif()
  endforeach()
endforeach()
if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
