# Docs that cannot drift from the code: docs/architecture.md names every
# file of cmake/, probe/ and src/; docs/reference.md documents every
# requirement of the option table (probe/osp_options.h) as a keyword of
# openssl_probe() and as the provider's OPENSSL_PROBE_<KEYWORD>, and
# docs/usage.md names each as the command's --<flag>.  A failure names the
# doc and what it lacks.
#   cmake -DSOURCE_DIR=<repository> -P Docs.cmake
cmake_minimum_required(VERSION 3.25...4.3)

set(_failed "")
file(READ "${SOURCE_DIR}/docs/architecture.md" _architecture)
file(GLOB _files RELATIVE "${SOURCE_DIR}"
  "${SOURCE_DIR}/cmake/*" "${SOURCE_DIR}/cmake/OpenSSLProbe/*"
  "${SOURCE_DIR}/probe/*" "${SOURCE_DIR}/src/*")
foreach(_file IN LISTS _files)
  if(IS_DIRECTORY "${SOURCE_DIR}/${_file}")
    continue()
  endif()
  get_filename_component(_name "${_file}" NAME)
  # A header and its source may share a line: "options.hpp/.cpp".
  string(REGEX REPLACE "\\.(hpp|cpp)$" ".hpp/.cpp" _pair "${_name}")
  string(FIND "${_architecture}" "${_name}" _at)
  string(FIND "${_architecture}" "${_pair}" _pair_at)
  if(_at EQUAL -1 AND _pair_at EQUAL -1)
    string(APPEND _failed "docs/architecture.md does not name ${_file}\n")
  endif()
endforeach()

list(APPEND CMAKE_MODULE_PATH "${SOURCE_DIR}/cmake")
include("${SOURCE_DIR}/cmake/OpenSSLProbe/Options.cmake")
_openssl_probe_option_table(_rows)
file(READ "${SOURCE_DIR}/docs/reference.md" _reference)
file(READ "${SOURCE_DIR}/docs/usage.md" _usage)
foreach(_row IN LISTS _rows)
  _openssl_probe_option_fields(_osp "${_row}")
  foreach(_pair IN ITEMS "reference|`${_osp_KEYWORD}" "reference|`OPENSSL_PROBE_${_osp_KEYWORD}`"
                         "usage|`--${_osp_FLAG}")
    string(REPLACE "|" ";" _pair "${_pair}")
    list(GET _pair 0 _doc)
    list(GET _pair 1 _word)
    string(FIND "${_${_doc}}" "${_word}" _at)
    if(_at EQUAL -1)
      string(APPEND _failed "docs/${_doc}.md does not document ${_word}\n")
    endif()
  endforeach()
endforeach()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
list(LENGTH _files _n)
list(LENGTH _rows _r)
message(STATUS "${_n} files mapped, ${_r} requirements documented")
