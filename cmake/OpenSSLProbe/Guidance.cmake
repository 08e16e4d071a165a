# Distributed under the OSI-approved BSD 3-Clause License.
#
# What to tell the user.  Every text, the upgrade command per platform and
# the advice per reason code live in guidance.tsv beside this file, which
# the openssl-probe command embeds too; here they are read and filled in
# for the machine running CMake.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()

# Sets <out> to the records of <kind> (upgrade, code, text) in
# guidance.tsv, the kind dropped, "\n" turned into line breaks.  Read the
# fields with _openssl_probe_guidance_field: a ';' in a text is kept as
# character 1 until then, so the records stay a list.
function(_openssl_probe_guidance_records out kind)
  # Read once per configure: a message asks for several texts.
  get_property(_osp_cached GLOBAL PROPERTY _OpenSSLProbe_GUIDANCE_${kind} SET)
  if(_osp_cached)
    get_property(_osp_records GLOBAL PROPERTY _OpenSSLProbe_GUIDANCE_${kind})
    set(${out} "${_osp_records}" PARENT_SCOPE)
    return()
  endif()
  file(STRINGS "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/guidance.tsv" _osp_lines
    REGEX "^${kind}\t")
  # Each line on its own, in three steps for all of them.
  string(ASCII 1 _osp_semicolon)
  list(TRANSFORM _osp_lines REPLACE ";" "${_osp_semicolon}")
  list(TRANSFORM _osp_lines REPLACE "\\\\n" "\n")
  list(TRANSFORM _osp_lines REPLACE "^${kind}\t" "")
  set_property(GLOBAL PROPERTY _OpenSSLProbe_GUIDANCE_${kind} "${_osp_lines}")
  set(${out} "${_osp_lines}" PARENT_SCOPE)
endfunction()

# Sets <out> to field <index> (from 0) of a guidance record.
function(_openssl_probe_guidance_field out record index)
  string(REPLACE "\t" ";" _osp_fields "${record}")
  list(GET _osp_fields ${index} _osp_field)
  string(ASCII 1 _osp_semicolon)
  string(REPLACE "${_osp_semicolon}" ";" _osp_field "${_osp_field}")
  set(${out} "${_osp_field}" PARENT_SCOPE)
endfunction()

# Sets <out> to the text called <name> (or <name>.<CMAKE_SYSTEM_NAME>, for
# the target system, where there is one), with each {NAME} given as a
# NAME VALUE pair after it filled in.
function(_openssl_probe_guidance_text out name)
  # Each text by its name, kept once per configure.
  get_property(_osp_known GLOBAL PROPERTY _OpenSSLProbe_TEXTS SET)
  if(NOT _osp_known)
    _openssl_probe_guidance_records(_osp_records text)
    string(ASCII 1 _osp_semicolon)
    foreach(_osp_record IN LISTS _osp_records)
      # "<name>\t<text>", split in one step (a pass's note asks for some).
      string(REGEX MATCH "^([^\t]*)\t(.*)$" _osp_none "${_osp_record}")
      string(REPLACE "${_osp_semicolon}" ";" _osp_text "${CMAKE_MATCH_2}")
      set_property(GLOBAL PROPERTY _OpenSSLProbe_TEXT_${CMAKE_MATCH_1} "${_osp_text}")
    endforeach()
    set_property(GLOBAL PROPERTY _OpenSSLProbe_TEXTS TRUE)
  endif()
  get_property(_osp_text GLOBAL PROPERTY _OpenSSLProbe_TEXT_${name}.${CMAKE_SYSTEM_NAME})
  if("${_osp_text}" STREQUAL "")
    get_property(_osp_text GLOBAL PROPERTY _OpenSSLProbe_TEXT_${name})
  endif()
  # ARGV<n> keep each value whole; ARGN would split a path with a ';'.
  if(ARGC GREATER 2)
    math(EXPR _osp_last "${ARGC} - 1")
    foreach(_osp_i RANGE 2 ${_osp_last} 2)
      math(EXPR _osp_j "${_osp_i} + 1")
      string(REPLACE "{${ARGV${_osp_i}}}" "${ARGV${_osp_j}}" _osp_text "${_osp_text}")
    endforeach()
  endif()
  set(${out} "${_osp_text}" PARENT_SCOPE)
endfunction()

# Sets <out_helps> to whether another OpenSSL cures reason <code> and
# <out_advice> to its own advice for protocol <tls> (1.2 or 1.3), or empty.
# A code missing from the table counts as one an upgrade cures.
function(_openssl_probe_guidance_code out_helps out_advice code tls)
  _openssl_probe_guidance_records(_osp_records code)
  set(_osp_helps TRUE)
  set(_osp_advice "")
  foreach(_osp_record IN LISTS _osp_records)
    _openssl_probe_guidance_field(_osp_code "${_osp_record}" 0)
    if(_osp_code STREQUAL code)
      _openssl_probe_guidance_field(_osp_yes "${_osp_record}" 1)
      _openssl_probe_guidance_field(_osp_advice "${_osp_record}" 2)
      if(NOT _osp_yes MATCHES "^(yes|search)$")
        set(_osp_helps FALSE)
      endif()
      if(_osp_advice STREQUAL "-")
        set(_osp_advice "")
      elseif(_osp_advice MATCHES "^@(.+)$")
        _openssl_probe_guidance_text(_osp_advice "${CMAKE_MATCH_1}")
      endif()
      break()
    endif()
  endforeach()
  string(REPLACE "." "_" _osp_v "${tls}")
  string(REPLACE "{tls}" "tls${_osp_v}" _osp_advice "${_osp_advice}")
  string(REPLACE "{TLS}" "TLS${_osp_v}" _osp_advice "${_osp_advice}")
  set(${out_helps} ${_osp_helps} PARENT_SCOPE)
  set(${out_advice} "${_osp_advice}" PARENT_SCOPE)
endfunction()

# Sets <out> to the names of the steps of "What to do" of <plan> (openssl,
# ruby: guidance.tsv's step rows), in order, whose condition is one of
# the values <when> (always, helps, searchable, override, ...).
function(_openssl_probe_guidance_steps out plan when)
  _openssl_probe_guidance_records(_osp_steps step)
  set(_osp_names "")
  foreach(_osp_step IN LISTS _osp_steps)
    string(REPLACE "\t" ";" _osp_step "${_osp_step}")
    list(GET _osp_step 0 _osp_plan)
    list(GET _osp_step 1 _osp_name)
    list(GET _osp_step 2 _osp_if)
    if(_osp_plan STREQUAL plan AND _osp_if IN_LIST when)
      list(APPEND _osp_names ${_osp_name})
    endif()
  endforeach()
  set(${out} "${_osp_names}" PARENT_SCOPE)
endfunction()

# Sets <out> to whether another OpenSSL helps with one of the reason
# <codes> ("search" or "yes" in guidance.tsv; a code missing from the
# table counts as one it helps with): then the upgrade and the other
# general advice follow.
function(_openssl_probe_guidance_helps out codes)
  set(_osp_any FALSE)
  foreach(_osp_code IN LISTS codes)
    _openssl_probe_guidance_code(_osp_helps _osp_advice "${_osp_code}" 1.2)
    if(_osp_helps)
      set(_osp_any TRUE)
    endif()
  endforeach()
  set(${out} ${_osp_any} PARENT_SCOPE)
endfunction()

# Sets <out> to whether another install cures one of the reason <codes>
# whatever this build's flags and files ("search" or "search-only" in
# guidance.tsv): then
# a failing configure judges the other installs on the machine.
function(_openssl_probe_guidance_searchable out codes)
  _openssl_probe_guidance_records(_osp_records code)
  list(FILTER _osp_records INCLUDE REGEX "^[^\t]+\tsearch(-only)?\t")
  list(TRANSFORM _osp_records REPLACE "\t.*$" "")
  set(_osp_search FALSE)
  foreach(_osp_code IN LISTS codes)
    if(_osp_code IN_LIST _osp_records)
      set(_osp_search TRUE)
    endif()
  endforeach()
  set(${out} ${_osp_search} PARENT_SCOPE)
endfunction()

# Appends <text> to the message in <message_var> as one item of a list:
# "- " and its first line, the others indented under it.
function(_openssl_probe_guidance_item message_var text)
  string(REPLACE "\n" "\n      " _osp_text "${text}")
  set(${message_var} "${${message_var}}    - ${_osp_text}\n" PARENT_SCOPE)
endfunction()

# Appends to the message in <message_var> the advice of each reason code in
# the list <codes>, each piece once, for protocol <tls>.  (Whether another
# OpenSSL helps with any of them is _openssl_probe_guidance_helps'.)
function(_openssl_probe_guidance_for_codes message_var codes tls)
  set(_osp_m "${${message_var}}")
  # The pieces given so far, each between two unit separators: advice may
  # hold a ';', which a CMake list would split.
  string(ASCII 31 _osp_us)
  set(_osp_given "${_osp_us}")
  foreach(_osp_code IN LISTS codes)
    _openssl_probe_guidance_code(_osp_helps _osp_advice "${_osp_code}" "${tls}")
    string(FIND "${_osp_given}" "${_osp_us}${_osp_advice}${_osp_us}" _osp_at)
    if(NOT _osp_advice STREQUAL "" AND _osp_at EQUAL -1)
      string(APPEND _osp_given "${_osp_advice}${_osp_us}")
      _openssl_probe_guidance_item(_osp_m "${_osp_advice}")
    endif()
  endforeach()
  set(${message_var} "${_osp_m}" PARENT_SCOPE)
endfunction()

# Appends the command that upgrades OpenSSL on this host to the message in
# <message_var>, where a package manager is known; with REPORT <json> (a
# probe's report), judged first against the reasons the report gives:
# where the manager says what it would install and that cannot cure them
# (_openssl_probe_upgrade_outcome), it says so instead.
function(_openssl_probe_guidance_upgrade message_var)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "" "REPORT" "")
  _openssl_probe_upgrade_command(_osp_command _osp_label _osp_program)
  if(NOT _osp_command)
    return()
  endif()
  set(_osp_codes "")
  set(_osp_min "")
  set(_osp_branch "")
  if(_osp_REPORT)
    string(JSON _osp_reasons GET "${_osp_REPORT}" reasons)
    _openssl_probe_json_reasons(_osp_codes "${_osp_reasons}" code)
    string(JSON _osp_min ERROR_VARIABLE _osp_none GET "${_osp_REPORT}" min_version)
    string(JSON _osp_branch ERROR_VARIABLE _osp_none GET "${_osp_REPORT}" support branch)
  endif()
  _openssl_probe_package_candidate(_osp_installed _osp_candidate _osp_package "${_osp_program}")
  _openssl_probe_upgrade_outcome(_osp_outcome "${_osp_codes}" "${_osp_min}" "${_osp_branch}"
    "${_osp_installed}" "${_osp_candidate}")
  set(_osp_name upgrade-system-${_osp_outcome})
  if(_osp_outcome STREQUAL "unknown")
    set(_osp_name upgrade-system)
  endif()
  _openssl_probe_guidance_text(_osp_text ${_osp_name} label "${_osp_label}"
    command "${_osp_command}" program "${_osp_program}" package "${_osp_package}"
    installed "${_osp_installed}" candidate "${_osp_candidate}" min_version "${_osp_min}"
    branch "${_osp_branch}")
  _openssl_probe_guidance_item(${message_var} "${_osp_text}")
  set(${message_var} "${${message_var}}" PARENT_SCOPE)
endfunction()

# Sets <out_installed> and <out_candidate> to the versions of OpenSSL's
# development package <out_package> that the package manager of
# <program> has installed and would install (guidance.tsv's candidate
# rows: a query that needs no network, the word after a label in its
# answer), each empty where it does not say; all three empty where it has no row or gives no answer within 5 s.
# _OpenSSLProbe_CANDIDATE_OUTPUT names a file whose text stands in for
# its answer (the tests' recorded answers).
function(_openssl_probe_package_candidate out_installed out_candidate out_package program)
  set(_osp_installed "")
  set(_osp_candidate "")
  set(_osp_package "")
  _openssl_probe_guidance_records(_osp_records candidate)
  list(FILTER _osp_records INCLUDE REGEX "^${program}\t")
  if(_osp_records)
    list(GET _osp_records 0 _osp_record)
    _openssl_probe_guidance_field(_osp_package "${_osp_record}" 1)
    _openssl_probe_guidance_field(_osp_query "${_osp_record}" 2)
    _openssl_probe_guidance_field(_osp_installed_label "${_osp_record}" 3)
    _openssl_probe_guidance_field(_osp_candidate_label "${_osp_record}" 4)
    if(DEFINED _OpenSSLProbe_CANDIDATE_OUTPUT)
      file(READ "${_OpenSSLProbe_CANDIDATE_OUTPUT}" _osp_out)
    else()
      string(REPLACE "{package}" "${_osp_package}" _osp_query "${_osp_query}")
      separate_arguments(_osp_query UNIX_COMMAND "${_osp_query}")
      # In the C locale: the labels in their English words.
      execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C ${_osp_query} TIMEOUT 5
        OUTPUT_VARIABLE _osp_out ERROR_QUIET RESULT_VARIABLE _osp_rc)
      if(NOT _osp_rc STREQUAL "0")
        set(_osp_out "")
      endif()
    endif()
    # The word after each label; only a version counts ("(none)" does not).
    foreach(_osp_what IN ITEMS installed candidate)
      string(FIND "${_osp_out}" "${_osp_${_osp_what}_label} " _osp_at)
      if(_osp_at GREATER -1)
        string(LENGTH "${_osp_${_osp_what}_label} " _osp_skip)
        math(EXPR _osp_at "${_osp_at} + ${_osp_skip}")
        string(SUBSTRING "${_osp_out}" ${_osp_at} -1 _osp_rest)
        if(_osp_rest MATCHES "^ *([0-9][^ \t\r\n]*)")
          set(_osp_${_osp_what} "${CMAKE_MATCH_1}")
        endif()
      endif()
    endforeach()
  endif()
  if(_osp_candidate STREQUAL "")
    set(_osp_package "")
  endif()
  set(${out_installed} "${_osp_installed}" PARENT_SCOPE)
  set(${out_candidate} "${_osp_candidate}" PARENT_SCOPE)
  set(${out_package} "${_osp_package}" PARENT_SCOPE)
endfunction()

# Sets <out> to what an upgrade through the package manager does for the
# reason <codes>, given <min_version> (MIN_VERSION), <branch> (the failed
# release's, where its support ended) and the package versions <installed>
# and <candidate> (a package manager's, "1:3.0.22-1~deb12u2"; empty:
# unknown).  A value, each with its text upgrade-system-<value>:
#   unknown        the manager did not say: the upgrade is advised as is
#   too-old        its candidate is older than MIN_VERSION
#   same-branch    its candidate is of the branch whose support ended
#   nothing-newer  its candidate is the version installed
#   to             its candidate may cure it: advised, with its version
# The command's rule is the same; tests/guidance/upgrade-vectors.txt
# holds the two in step.
function(_openssl_probe_upgrade_outcome out codes min_version branch installed candidate)
  set(_osp_outcome to)
  string(REGEX REPLACE "^[0-9]+:" "" _osp_version "${candidate}")
  _openssl_probe_version_parse(_osp_key "${_osp_version}")
  if(_osp_key STREQUAL "")
    set(_osp_outcome unknown)
  else()
    _openssl_probe_version_parse(_osp_min "${min_version}")
    string(REPLACE "." ";" _osp_parts "${_osp_key}")
    list(GET _osp_parts 0 1 2 _osp_parts)
    if(_osp_key VERSION_LESS 3)
      list(JOIN _osp_parts "." _osp_branch) # 1.1.1
    else()
      list(GET _osp_parts 0 1 _osp_parts)
      list(JOIN _osp_parts "." _osp_branch) # 3.0
    endif()
    if("version-too-old" IN_LIST codes AND NOT _osp_min STREQUAL ""
       AND _osp_key VERSION_LESS _osp_min)
      set(_osp_outcome too-old)
    elseif("end-of-life" IN_LIST codes AND _osp_branch STREQUAL branch)
      set(_osp_outcome same-branch)
    elseif(candidate STREQUAL installed)
      set(_osp_outcome nothing-newer)
    endif()
  endif()
  set(${out} ${_osp_outcome} PARENT_SCOPE)
endfunction()

# Whether <program> is on this host; _OpenSSLProbe_PROGRAMS, when defined,
# stands in for the host (the tests use it with sample os-release files).
function(_openssl_probe_have_program out program)
  if(DEFINED _OpenSSLProbe_PROGRAMS)
    if(program IN_LIST _OpenSSLProbe_PROGRAMS)
      set(${out} TRUE PARENT_SCOPE)
    else()
      set(${out} FALSE PARENT_SCOPE)
    endif()
    return()
  endif()
  unset(_osp_found) # a caller's variable of that name would stand for the result
  find_program(_osp_found ${program} NO_CACHE)
  if(_osp_found)
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

# Sets <out_command> to the upgrade command for this host and <out_label>
# to the platform and package manager it is for; both empty when no
# package manager is known, or the target is another system than the host.  _OpenSSLProbe_OS_RELEASE names another
# os-release file, _OpenSSLProbe_HOST another host system, _OpenSSLProbe_ROOT
# another user id (the tests use them).
function(_openssl_probe_upgrade_command out_command out_label)
  set(_osp_out_program "${ARGV2}") # optional: the program it runs
  set(_osp_host "${CMAKE_HOST_SYSTEM_NAME}")
  if(DEFINED _OpenSSLProbe_HOST)
    set(_osp_host "${_OpenSSLProbe_HOST}")
  elseif(CMAKE_SYSTEM_NAME AND NOT CMAKE_SYSTEM_NAME STREQUAL CMAKE_HOST_SYSTEM_NAME)
    # The host's package manager does not install for another system.
    set(${out_command} "" PARENT_SCOPE)
    set(${out_label} "" PARENT_SCOPE)
    return()
  endif()
  set(_osp_os_release "/etc/os-release")
  if(DEFINED _OpenSSLProbe_OS_RELEASE)
    set(_osp_os_release "${_OpenSSLProbe_OS_RELEASE}")
  endif()
  set(_osp_ids "")
  set(_osp_os "")
  if(_osp_host STREQUAL "Linux" AND EXISTS "${_osp_os_release}")
    file(STRINGS "${_osp_os_release}" _osp_lines REGEX "^(ID|ID_LIKE|PRETTY_NAME)=")
    foreach(_osp_line IN LISTS _osp_lines)
      if(_osp_line MATCHES "^([A-Z_]+)=[\"']?([^\"']*)[\"']?$")
        set(_osp_os_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
      endif()
    endforeach()
    set(_osp_ids " ${_osp_os_ID} ${_osp_os_ID_LIKE} ")
    if(_osp_os_PRETTY_NAME)
      set(_osp_os "${_osp_os_PRETTY_NAME}, ")
    endif()
  endif()
  if(DEFINED _OpenSSLProbe_ROOT)
    set(_osp_uid "${_OpenSSLProbe_ROOT}")
  elseif(CMAKE_HOST_UNIX)
    execute_process(COMMAND id -u OUTPUT_VARIABLE _osp_uid
      OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  else()
    set(_osp_uid 0)
  endif()
  set(_osp_sudo "")
  if(NOT _osp_uid STREQUAL "0")
    set(_osp_sudo "sudo ")
  endif()

  # The distribution's own manager first, then whichever is installed.
  _openssl_probe_guidance_records(_osp_records upgrade)
  set(_osp_first "")
  set(_osp_rest "")
  foreach(_osp_record IN LISTS _osp_records)
    _openssl_probe_guidance_field(_osp_system "${_osp_record}" 0)
    _openssl_probe_guidance_field(_osp_row_ids "${_osp_record}" 1)
    if(NOT _osp_system STREQUAL _osp_host)
      continue()
    endif()
    list(APPEND _osp_rest "${_osp_record}")
    string(REPLACE " " ";" _osp_row_ids "${_osp_row_ids}")
    foreach(_osp_id IN LISTS _osp_row_ids)
      if(_osp_ids MATCHES " ${_osp_id} ")
        list(APPEND _osp_first "${_osp_record}")
        break()
      endif()
    endforeach()
  endforeach()
  set(_osp_command "")
  set(_osp_label "")
  foreach(_osp_record IN LISTS _osp_first _osp_rest)
    _openssl_probe_guidance_field(_osp_program "${_osp_record}" 2)
    _openssl_probe_have_program(_osp_found ${_osp_program})
    if(_osp_found)
      _openssl_probe_guidance_field(_osp_label "${_osp_record}" 3)
      _openssl_probe_guidance_field(_osp_command "${_osp_record}" 4)
      string(REPLACE "{os}" "${_osp_os}" _osp_label "${_osp_label}")
      string(REPLACE "{sudo}" "${_osp_sudo}" _osp_command "${_osp_command}")
      break()
    endif()
  endforeach()
  set(${out_command} "${_osp_command}" PARENT_SCOPE)
  set(${out_label} "${_osp_label}" PARENT_SCOPE)
  if(_osp_out_program)
    set(${_osp_out_program} "${_osp_program}" PARENT_SCOPE)
  endif()
endfunction()
