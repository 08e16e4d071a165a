# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 4 of 5, after judging: the report.  The JSON file, and the notes
# and warnings a pass prints, as the report holds them.  What a probe run
# adds to its report (the location, the package, the line and the notes a
# pass prints, in guidance.tsv's words) is Finish.cmake's, loaded only
# after a probe ran; the failure message is Failure.cmake's, loaded on a
# failure.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_option_table)
  include("${CMAKE_CURRENT_LIST_DIR}/Options.cmake")
endif()
# Guidance.cmake loads where a message needs it: a pass mostly does not.
# Prints the messages the report <json> holds (made with the report, see
# _openssl_probe_finish_report), each at its level; STATUS ones not when
# <quiet>.
function(_openssl_probe_print_messages json quiet)
  string(JSON _osp_messages ERROR_VARIABLE _osp_none GET "${json}" messages)
  if(_osp_none)
    return()
  endif()
  string(JSON _osp_n LENGTH "${_osp_messages}")
  if(_osp_n EQUAL 0)
    return()
  endif()
  math(EXPR _osp_last "${_osp_n} - 1")
  foreach(_osp_i RANGE ${_osp_last})
    string(JSON _osp_level GET "${_osp_messages}" ${_osp_i} level)
    string(JSON _osp_text GET "${_osp_messages}" ${_osp_i} text)
    if(NOT (quiet AND _osp_level STREQUAL "STATUS"))
      message(${_osp_level} "${_osp_text}")
    endif()
  endforeach()
endfunction()

# Writes the report <json> to <file>, unless it is there already (a
# reused pass mostly is).  For a reused pass's brief, the report is the
# one kept beside it.
function(_openssl_probe_write_report file json)
  string(JSON _osp_kept ERROR_VARIABLE _osp_none GET "${json}" kept)
  if(NOT _osp_none AND NOT EXISTS "${_osp_kept}")
    message(FATAL_ERROR "the report kept at ${_osp_kept} is gone")
  endif()
  if(_osp_none)
    string(MD5 _osp_digest "${json}")
  else()
    string(JSON _osp_digest GET "${json}" kept_digest)
  endif()
  if(NOT _osp_digest STREQUAL "$CACHE{_OpenSSLProbe_REPORTED}" OR NOT EXISTS "${file}")
    if(NOT _osp_none)
      file(READ "${_osp_kept}" json)
    endif()
    file(WRITE "${file}" "${json}\n")
    set(_OpenSSLProbe_REPORTED "${_osp_digest}" CACHE INTERNAL "")
  endif()
endfunction()
