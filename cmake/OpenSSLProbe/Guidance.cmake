# Distributed under the OSI-approved BSD 3-Clause License.
#
# What to tell the user.  Every text, the upgrade command per platform and
# the advice per reason code live in guidance.tsv beside this file, which
# the openssl-probe command embeds too; here they are read and filled in
# for the machine running CMake.

include_guard(GLOBAL)

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
      if(_osp_yes STREQUAL "no")
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

# Appends <text> to the message in <message_var> as one item of a list:
# "- " and its first line, the others indented under it.
function(_openssl_probe_guidance_item message_var text)
  string(REPLACE "\n" "\n      " _osp_text "${text}")
  set(${message_var} "${${message_var}}    - ${_osp_text}\n" PARENT_SCOPE)
endfunction()

# Appends to the message in <message_var> the advice of each reason code in
# the list <codes>, each piece once, for protocol <tls>; sets
# <out_upgrade_helps> to whether another OpenSSL cures any of them.
function(_openssl_probe_guidance_for_codes message_var out_upgrade_helps codes tls)
  set(_osp_m "${${message_var}}")
  # The pieces given so far, each between two unit separators: advice may
  # hold a ';', which a CMake list would split.
  string(ASCII 31 _osp_us)
  set(_osp_given "${_osp_us}")
  set(_osp_upgrade_helps FALSE)
  foreach(_osp_code IN LISTS codes)
    _openssl_probe_guidance_code(_osp_helps _osp_advice "${_osp_code}" "${tls}")
    if(_osp_helps)
      set(_osp_upgrade_helps TRUE)
    endif()
    string(FIND "${_osp_given}" "${_osp_us}${_osp_advice}${_osp_us}" _osp_at)
    if(NOT _osp_advice STREQUAL "" AND _osp_at EQUAL -1)
      string(APPEND _osp_given "${_osp_advice}${_osp_us}")
      _openssl_probe_guidance_item(_osp_m "${_osp_advice}")
    endif()
  endforeach()
  set(${message_var} "${_osp_m}" PARENT_SCOPE)
  set(${out_upgrade_helps} ${_osp_upgrade_helps} PARENT_SCOPE)
endfunction()

# Appends the command that upgrades OpenSSL on this host to the message in
# <message_var>, where a package manager is known.
function(_openssl_probe_guidance_upgrade message_var)
  _openssl_probe_upgrade_command(_osp_command _osp_label)
  if(_osp_command)
    _openssl_probe_guidance_text(_osp_text upgrade-system
      label "${_osp_label}" command "${_osp_command}")
    _openssl_probe_guidance_item(${message_var} "${_osp_text}")
    set(${message_var} "${${message_var}}" PARENT_SCOPE)
  endif()
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
endfunction()
