# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 4 of 5, on a failure that another install can fix (a guidance.tsv
# code marked "search": too old, no TLS 1.2, unsupported, no FIPS, none
# found): the other OpenSSL installs on this machine, each judged by the
# same probe against the same requirements, within a time limit.  Advice
# only: the install the build was pointed at is never replaced.  Read by
# Failure.cmake only then; a configure that passes never reads it.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()
if(NOT COMMAND _openssl_probe_guidance_text)
  include("${CMAKE_CURRENT_LIST_DIR}/Guidance.cmake")
endif()
if(NOT COMMAND _openssl_probe_build_once)
  include("${CMAKE_CURRENT_LIST_DIR}/Build.cmake")
endif()

# Sets <out>_ROOTS, <out>_PKG_CONFIG, <out>_KEGS and <out>_LAYOUTS to the rows of
# places.tsv (the places installs are kept: the one table the search and
# openssl-probe --scan read), for the host system; each layout as
# "<include folder>|<library folder, or empty>".
function(_openssl_probe_search_places out)
  file(STRINGS "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/places.tsv" _osp_rows
    REGEX "^(root|pkg-config|keg|layout)\t")
  set(_osp_roots "")
  set(_osp_kegs "")
  set(_osp_layouts "")
  set(_osp_modules "")
  foreach(_osp_row IN LISTS _osp_rows)
    string(REPLACE "\t" ";" _osp_fields "${_osp_row}")
    list(GET _osp_fields 0 _osp_kind)
    list(GET _osp_fields 1 _osp_first)
    if(_osp_kind STREQUAL "root")
      list(GET _osp_fields 2 _osp_path)
      if(_osp_first STREQUAL "*" OR _osp_first STREQUAL CMAKE_HOST_SYSTEM_NAME)
        # $NAME: the environment variable; unset, the root is skipped.
        if(_osp_path MATCHES "^\\$([A-Za-z_]+)(.*)$")
          set(_osp_path "")
          if(NOT "$ENV{${CMAKE_MATCH_1}}" STREQUAL "")
            set(_osp_path "$ENV{${CMAKE_MATCH_1}}${CMAKE_MATCH_2}")
          endif()
        endif()
        list(APPEND _osp_roots "${_osp_path}")
      endif()
    elseif(_osp_kind STREQUAL "keg")
      list(APPEND _osp_kegs "${_osp_first}")
    elseif(_osp_kind STREQUAL "pkg-config")
      set(_osp_modules "${_osp_first}")
    else()
      list(GET _osp_fields 2 _osp_libs)
      string(REGEX REPLACE "^-$" "" _osp_libs "${_osp_libs}")
      list(APPEND _osp_layouts "${_osp_first}|${_osp_libs}")
    endif()
  endforeach()
  set(${out}_ROOTS "${_osp_roots}" PARENT_SCOPE)
  set(${out}_PKG_CONFIG "${_osp_modules}" PARENT_SCOPE)
  set(${out}_KEGS "${_osp_kegs}" PARENT_SCOPE)
  set(${out}_LAYOUTS "${_osp_layouts}" PARENT_SCOPE)
endfunction()

# Sets <out> to the prefixes of the modules pkg-config knows whose name
# matches <pattern> (places.tsv's pkg-config row), or to nothing where
# there is no pkg-config.
function(_openssl_probe_search_pkg_config out pattern)
  set(_osp_prefixes "")
  find_program(_osp_pkg_config NAMES pkg-config pkgconf NO_CACHE)
  if(_osp_pkg_config AND NOT pattern STREQUAL "")
    execute_process(COMMAND "${_osp_pkg_config}" --list-all TIMEOUT 5
      OUTPUT_VARIABLE _osp_all ERROR_QUIET)
    string(REGEX MATCHALL "(^|\n)[^ \n]+" _osp_names "${_osp_all}")
    list(TRANSFORM _osp_names STRIP)
    list(FILTER _osp_names INCLUDE REGEX "${pattern}")
    foreach(_osp_name IN LISTS _osp_names)
      execute_process(COMMAND "${_osp_pkg_config}" --variable=prefix "${_osp_name}" TIMEOUT 5
        OUTPUT_VARIABLE _osp_prefix OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
      list(APPEND _osp_prefixes "${_osp_prefix}")
    endforeach()
  endif()
  set(${out} "${_osp_prefixes}" PARENT_SCOPE)
endfunction()

# Sets <out> to the roots to look in, each once, the existing ones:
# CMAKE_PREFIX_PATH (the variable, then the environment's) first, the
# prefixes pkg-config knows, then OPENSSL_PROBE_SEARCH_ROOTS where it is set, else places.tsv's roots and
# the platform's installers' folders (Platforms.cmake, for a Windows or
# macOS build).
function(_openssl_probe_search_roots out places)
  if(DEFINED OPENSSL_PROBE_SEARCH_ROOTS)
    set(_osp_roots ${OPENSSL_PROBE_SEARCH_ROOTS})
  else()
    set(_osp_roots ${${places}_ROOTS})
    if(CMAKE_SYSTEM_NAME MATCHES "^(Windows|Darwin)$")
      include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Platforms.cmake")
      _openssl_probe_platform_roots(_osp_platform "")
      list(APPEND _osp_roots ${_osp_platform})
    endif()
  endif()
  cmake_path(CONVERT "$ENV{CMAKE_PREFIX_PATH}" TO_CMAKE_PATH_LIST _osp_env_prefixes)
  _openssl_probe_search_pkg_config(_osp_pc_prefixes "${${places}_PKG_CONFIG}")
  set(_osp_out "")
  set(_osp_seen "")
  foreach(_osp_root IN LISTS CMAKE_PREFIX_PATH _osp_env_prefixes _osp_pc_prefixes _osp_roots)
    if(NOT _osp_root STREQUAL "" AND IS_DIRECTORY "${_osp_root}")
      file(REAL_PATH "${_osp_root}" _osp_real)
      if(NOT _osp_real IN_LIST _osp_seen)
        list(APPEND _osp_seen "${_osp_real}")
        list(APPEND _osp_out "${_osp_root}")
      endif()
    endif()
  endforeach()
  set(${out} "${_osp_out}" PARENT_SCOPE)
endfunction()

# Sets <out> to the installs below <roots>, at most <limit>, each as
# "<prefix>|<include folder>|<library folder below the prefix, or empty>",
# leaving out the prefixes in <exclude>: each root, each folder in it, its
# kegs, in each layout (<places>, _openssl_probe_search_places).
function(_openssl_probe_search_installs out roots places exclude limit)
  set(_osp_dirs "")
  foreach(_osp_root IN LISTS roots)
    file(GLOB _osp_children LIST_DIRECTORIES true "${_osp_root}/*")
    list(TRANSFORM ${places}_KEGS PREPEND "${_osp_root}/" OUTPUT_VARIABLE _osp_patterns)
    file(GLOB _osp_kegs LIST_DIRECTORIES true ${_osp_patterns})
    list(APPEND _osp_dirs "${_osp_root}" ${_osp_children} ${_osp_kegs})
  endforeach()
  set(_osp_found "")
  set(_osp_seen ${exclude})
  foreach(_osp_dir IN LISTS _osp_dirs)
    if(NOT IS_DIRECTORY "${_osp_dir}")
      continue()
    endif()
    file(REAL_PATH "${_osp_dir}" _osp_real)
    foreach(_osp_layout IN LISTS ${places}_LAYOUTS)
      string(REPLACE "|" ";" _osp_layout "${_osp_layout}")
      list(GET _osp_layout 0 _osp_inc)
      list(GET _osp_layout 1 _osp_libs)
      set(_osp_key "${_osp_real}/${_osp_inc}")
      if(NOT EXISTS "${_osp_dir}/${_osp_inc}/openssl/opensslv.h" OR _osp_key IN_LIST _osp_seen
         OR (_osp_inc STREQUAL "include" AND _osp_real IN_LIST _osp_seen))
        continue()
      endif()
      if(NOT _osp_libs STREQUAL "" AND NOT IS_DIRECTORY "${_osp_dir}/${_osp_libs}")
        continue()
      endif()
      list(APPEND _osp_seen "${_osp_key}" "${_osp_real}")
      list(APPEND _osp_found "${_osp_dir}|${_osp_dir}/${_osp_inc}|${_osp_libs}")
      list(LENGTH _osp_found _osp_n)
      if(_osp_n EQUAL limit)
        set(${out} "${_osp_found}" PARENT_SCOPE)
        return()
      endif()
    endforeach()
  endforeach()
  set(${out} "${_osp_found}" PARENT_SCOPE)
endfunction()

# Fills the location record <cand> (Locate.cmake's fields the probe's
# build and run read) for the install <entry> (_openssl_probe_search_installs)
# and sets <cand>_COMMAND to the options that point a build at it, where
# the override <override_source> is in force.  Sets <cand>_MISSING to what
# is missing, if anything.
function(_openssl_probe_search_locate cand entry static crypto_only work override_source)
  string(REPLACE "|" ";" _osp_entry "${entry}")
  list(GET _osp_entry 0 _osp_prefix)
  list(GET _osp_entry 1 _osp_inc)
  list(GET _osp_entry 2 _osp_libs)
  _openssl_probe_library_layout(_osp_ssl_names _osp_crypto_names _osp_dirs "${static}")
  if(NOT _osp_libs STREQUAL "")
    set(_osp_dirs "${_osp_libs}")
  endif()
  set(_osp_missing "")
  foreach(_osp_part IN ITEMS ssl crypto)
    unset(_osp_${_osp_part})
    if(_osp_part STREQUAL "ssl" AND crypto_only)
      set(_osp_ssl "")
      continue()
    endif()
    find_library(_osp_${_osp_part} NAMES ${_osp_${_osp_part}_names} NAMES_PER_DIR
      PATHS "${_osp_prefix}" PATH_SUFFIXES ${_osp_dirs}
      NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH NO_CACHE)
    if(NOT _osp_${_osp_part})
      list(APPEND _osp_missing lib${_osp_part})
    endif()
  endforeach()
  set(${cand}_MISSING "${_osp_missing}" PARENT_SCOPE)
  # Each file as the record names it, and as the probe's build uses it.
  foreach(_osp_pair IN ITEMS "INCLUDE_DIR|inc" "SSL_LIBRARY|ssl" "CRYPTO_LIBRARY|crypto")
    string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
    list(GET _osp_pair 0 _osp_field)
    list(GET _osp_pair 1 _osp_var)
    set(${cand}_${_osp_field} "${_osp_${_osp_var}}" PARENT_SCOPE)
    _openssl_probe_plain_path(_osp_use "${_osp_${_osp_var}}" "${work}" ${_osp_field})
    set(${cand}_USE_${_osp_field} "${_osp_use}" PARENT_SCOPE)
  endforeach()
  set(${cand}_CRYPTO_ONLY "${crypto_only}" PARENT_SCOPE)
  set(${cand}_PREFIX "${_osp_prefix}" PARENT_SCOPE)
  set(_osp_dll_SSL_DLL "")
  set(_osp_dll_CRYPTO_DLL "")
  if(WIN32 AND NOT _osp_missing)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Platforms.cmake")
    _openssl_probe_locate_dlls(_osp_dll _osp_none "${_osp_prefix}" "${_osp_ssl}" "${_osp_crypto}")
  endif()
  set(${cand}_SSL_DLL "${_osp_dll_SSL_DLL}" PARENT_SCOPE)
  set(${cand}_CRYPTO_DLL "${_osp_dll_CRYPTO_DLL}" PARENT_SCOPE)
  # A prefix of its own is named as the override names one; a split
  # layout by FindOpenSSL's hints, its exact files (the override in force,
  # <override_source>, cleared: hints outside it would be refused).
  if(_osp_libs STREQUAL "")
    _openssl_probe_search_arg(_osp_command WITH_OPENSSL_DIR "${_osp_prefix}")
  else()
    set(_osp_command "")
    if(override_source MATCHES "^ENV{(.*)}$")
      set(_osp_command "-U${CMAKE_MATCH_1} (and unset the environment variable) ")
    elseif(override_source)
      set(_osp_command "-U${override_source} ")
    endif()
    foreach(_osp_pair IN ITEMS "INCLUDE_DIR|inc" "CRYPTO_LIBRARY|crypto" "SSL_LIBRARY|ssl")
      string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
      list(GET _osp_pair 0 _osp_name)
      list(GET _osp_pair 1 _osp_var)
      if(NOT "${_osp_${_osp_var}}" STREQUAL "")
        _openssl_probe_search_arg(_osp_arg OPENSSL_${_osp_name} "${_osp_${_osp_var}}")
        string(APPEND _osp_command "${_osp_arg} ")
      endif()
    endforeach()
    string(STRIP "${_osp_command}" _osp_command)
  endif()
  set(${cand}_COMMAND "${_osp_command}" PARENT_SCOPE)
endfunction()

# Sets <out> to -D<name>=<value> as a shell takes it: quoted where the
# value holds a space or a character the shell reads.  The command's --scan
# follows the same rule (osp::shell_arg); tests/guidance/command-vectors.txt
# holds the two in step.
function(_openssl_probe_search_arg out name value)
  set(_osp_arg "-D${name}=${value}")
  if(value MATCHES "[] \t\"'$&|<>()*?!;[]")
    string(REPLACE "\\" "\\\\" _osp_arg "${_osp_arg}")
    string(REPLACE "\"" "\\\"" _osp_arg "${_osp_arg}")
    string(REPLACE "$" "\\$" _osp_arg "${_osp_arg}")
    set(_osp_arg "\"${_osp_arg}\"")
  endif()
  set(${out} "${_osp_arg}" PARENT_SCOPE)
endfunction()

# Sets <out_json> to the verdict on the install <entry> against the policy
# (ARGN), by the probe built and run as for the located install, in
# <work>; its run stopped after <timeout> seconds.  Sets <out_command> to
# the options that point a build at it (<override_source>: the override
# in force).  A probe built before for the same
# files and compiler is run again, not built again.
function(_openssl_probe_search_judge out_json out_command entry work timeout static crypto_only
         override_source)
  _openssl_probe_search_locate(_osp_cand "${entry}" "${static}" "${crypto_only}" "${work}"
    "${override_source}")
  # An install that holds only archives is probed as STATIC, as the
  # located one is.
  set(_osp_cand_FATAL "[]")
  _openssl_probe_archives_only(_osp_archives _osp_cand)
  if(_osp_archives AND NOT _osp_cand_MISSING)
    set(static TRUE)
  endif()
  set(${out_command} "${_osp_cand_COMMAND}" PARENT_SCOPE)
  if(_osp_cand_MISSING)
    list(JOIN _osp_cand_MISSING " and " _osp_missing)
    _openssl_probe_json_failure(_osp_json library-not-found
      "it has headers, but no ${_osp_missing} in the library folders of its layout")
    set(${out_json} "${_osp_json}" PARENT_SCOPE)
    return()
  endif()
  set(_osp_exe "${work}/openssl_probe${CMAKE_EXECUTABLE_SUFFIX}")
  # What the binary was built from: these files as they are, this compiler.
  set(_osp_identity "${CMAKE_C_COMPILER};${CMAKE_CXX_COMPILER};${CMAKE_C_FLAGS};${CMAKE_CXX_FLAGS}")
  foreach(_osp_file IN ITEMS "${_osp_cand_INCLUDE_DIR}/openssl/opensslv.h"
                             "${_osp_cand_SSL_LIBRARY}" "${_osp_cand_CRYPTO_LIBRARY}")
    if(EXISTS "${_osp_file}")
      file(TIMESTAMP "${_osp_file}" _osp_time "%s")
      string(APPEND _osp_identity ";${_osp_file}@${_osp_time}")
    endif()
  endforeach()
  _openssl_probe_sources_hash(_osp_sources)
  string(MD5 _osp_build_fp "${_osp_identity};${_osp_sources};${static};${crypto_only}")
  file(MAKE_DIRECTORY "${work}")
  _openssl_probe_build_once(_osp_built _osp_cand "${_osp_exe}" "${work}" "${_osp_build_fp}"
    "${static}" TRUE)
  if(NOT _osp_built)
    _openssl_probe_first_error(_osp_error "${work}/probe.log")
    _openssl_probe_json_failure(_osp_json link-failed
      "the probe could not be built against it: ${_osp_error}")
  else()
    _openssl_probe_run_built(_osp_json _osp_cand "${_osp_exe}" "${work}" ${timeout}
      "${static}" ${ARGN})
  endif()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Milliseconds since the epoch, for the time limit and the time taken.
function(_openssl_probe_search_now out)
  string(TIMESTAMP _osp_us "%s%f" UTC) # seconds, then their microseconds
  math(EXPR _osp_ms "${_osp_us} / 1000")
  set(${out} ${_osp_ms} PARENT_SCOPE)
endfunction()

# Sets, from the report <json> of an install's probe, <out>_PASS (whether
# it passes), <out>_TEXT (its outcome in words: "OpenSSL 3.5.7, passes",
# or its first reason, on one line), <out>_FOUND (flavor and version in
# words), <out>_FLAVOR, <out>_VERSION, and <out>_KEY (the version, each
# part six digits wide, so that keys sort as versions do).
function(_openssl_probe_search_outcome out json)
  string(JSON _osp_verdict GET "${json}" verdict)
  string(JSON _osp_flavor GET "${json}" flavor)
  string(JSON _osp_version GET "${json}" library_version)
  if(_osp_version STREQUAL "")
    string(JSON _osp_version GET "${json}" header_version)
  endif()
  _openssl_probe_describe_version(_osp_found "${json}")
  if(_osp_verdict STREQUAL "pass")
    set(_osp_text "${_osp_found}, passes")
  else()
    string(JSON _osp_text GET "${json}" reasons 0 text)
    string(REGEX REPLACE " \\(see [^)]*\\)$" "" _osp_text "${_osp_text}")
    string(REGEX REPLACE "\n.*$" "" _osp_text "${_osp_text}") # its first line
    string(FIND "${_osp_text}" "${_osp_found}" _osp_at)
    if(NOT _osp_flavor STREQUAL "" AND _osp_at EQUAL -1)
      set(_osp_text "${_osp_found}: ${_osp_text}")
    endif()
  endif()
  _openssl_probe_version_parse(_osp_parsed "${_osp_version}")
  string(REPLACE "." ";" _osp_parts "${_osp_parsed}")
  set(_osp_key "")
  foreach(_osp_part IN LISTS _osp_parts)
    string(LENGTH "${_osp_part}" _osp_n)
    while(_osp_n LESS 6)
      string(PREPEND _osp_part 0)
      math(EXPR _osp_n "${_osp_n} + 1")
    endwhile()
    string(APPEND _osp_key "${_osp_part}.")
  endforeach()
  string(COMPARE EQUAL "${_osp_verdict}" "pass" _osp_pass)
  foreach(_osp_field IN ITEMS pass text found flavor version key)
    string(TOUPPER "${_osp_field}" _osp_upper)
    set(${out}_${_osp_upper} "${_osp_${_osp_field}}" PARENT_SCOPE)
  endforeach()
endfunction()

# Appends to the JSON array in <array_var> an install the search judged, as
# the report's "search" field and openssl-probe --scan --json give it:
# its place, verdict (pass, fail, not-judged), flavor, version, why it
# fails (or was not judged), and the options that point a build at it.
function(_openssl_probe_search_record array_var place verdict flavor version why command)
  set(_osp_record "{}")
  foreach(_osp_pair IN ITEMS "install|place" "verdict|verdict" "flavor|flavor"
                             "version|version" "reason|why" "command|command")
    string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
    list(GET _osp_pair 0 _osp_key)
    list(GET _osp_pair 1 _osp_var)
    _openssl_probe_json_set_string(_osp_record ${_osp_key} "${${_osp_var}}")
  endforeach()
  string(JSON _osp_n LENGTH "${${array_var}}")
  string(JSON _osp_array SET "${${array_var}}" ${_osp_n} "${_osp_record}")
  set(${array_var} "${_osp_array}" PARENT_SCOPE)
endfunction()

# Judges each install in the list <installs> (_openssl_probe_search_installs)
# until <deadline> (ms since the epoch).  Sets <out>_LINES to a line on
# each, those that pass first, the newest first; <out>_BEST and
# <out>_FOUND to the newest that passes and its version in words,
# <out>_COMMAND to the options that point a build at it, and <out>_RECORDS
# to a JSON array of them all, in the order judged
# (_openssl_probe_search_record).
function(_openssl_probe_search_judge_all out installs deadline limit_s loc static)
  set(_osp_failing "")
  set(_osp_keys "")
  set(_osp_records "[]")
  set(_osp_i 0)
  foreach(_osp_entry IN LISTS installs)
    string(REPLACE "|" ";" _osp_parts "${_osp_entry}")
    list(GET _osp_parts 0 _osp_place)
    list(GET _osp_parts 1 _osp_inc)
    if(NOT _osp_inc STREQUAL "${_osp_place}/include")
      set(_osp_place "${_osp_inc}") # a split layout: named by its headers
    endif()
    _openssl_probe_search_now(_osp_now)
    math(EXPR _osp_left "(${deadline} - ${_osp_now}) / 1000")
    if(_osp_left LESS 1)
      _openssl_probe_guidance_text(_osp_why search-not-judged seconds "${limit_s}")
      string(APPEND _osp_failing "\n  ${_osp_place}: ${_osp_why}")
      _openssl_probe_search_record(_osp_records "${_osp_place}" not-judged "" "" "${_osp_why}" "")
      continue()
    endif()
    # Each probe runs 5 s at most: one that hangs leaves time for the rest.
    if(_osp_left GREATER 5)
      set(_osp_left 5)
    endif()
    math(EXPR _osp_i "${_osp_i} + 1")
    _openssl_probe_search_judge(_osp_json _osp_command "${_osp_entry}"
      "${CMAKE_BINARY_DIR}/CMakeFiles/OpenSSLProbe/search/${_osp_i}"
      ${_osp_left} "${static}" "${${loc}_CRYPTO_ONLY}" "${${loc}_OVERRIDE_SOURCE}" ${ARGN})
    _openssl_probe_search_outcome(_osp_o "${_osp_json}")
    set(_osp_why "${_osp_o_TEXT}")
    set(_osp_verdict fail)
    if(_osp_o_PASS)
      set(_osp_why "")
      set(_osp_verdict pass)
    endif()
    _openssl_probe_search_record(_osp_records "${_osp_place}" ${_osp_verdict} "${_osp_o_FLAVOR}"
      "${_osp_o_VERSION}" "${_osp_why}" "${_osp_command}")
    if(NOT _osp_o_PASS)
      string(APPEND _osp_failing "\n  ${_osp_place}: ${_osp_o_TEXT}")
      continue()
    endif()
    # The passing ones, each kept under its number, sorted by version below.
    math(EXPR _osp_rank "1000 - ${_osp_i}") # of one version, the first found first
    list(APPEND _osp_keys "${_osp_o_KEY}:${_osp_rank}:${_osp_i}")
    set(_osp_line_${_osp_i} "\n  ${_osp_place}: ${_osp_o_TEXT}")
    set(_osp_best_${_osp_i} "${_osp_place}")
    set(_osp_found_${_osp_i} "${_osp_o_FOUND}")
    set(_osp_command_${_osp_i} "${_osp_command}")
  endforeach()
  # Newest first.
  list(SORT _osp_keys COMPARE STRING ORDER DESCENDING)
  set(_osp_passing "")
  set(_osp_first "")
  foreach(_osp_key IN LISTS _osp_keys)
    string(REGEX REPLACE "^.*:" "" _osp_n "${_osp_key}")
    string(APPEND _osp_passing "${_osp_line_${_osp_n}}")
    if(_osp_first STREQUAL "")
      set(_osp_first ${_osp_n})
    endif()
  endforeach()
  set(${out}_LINES "${_osp_passing}${_osp_failing}" PARENT_SCOPE)
  set(${out}_RECORDS "${_osp_records}" PARENT_SCOPE)
  set(${out}_BEST "${_osp_best_${_osp_first}}" PARENT_SCOPE)
  set(${out}_FOUND "${_osp_found_${_osp_first}}" PARENT_SCOPE)
  set(${out}_COMMAND "${_osp_command_${_osp_first}}" PARENT_SCOPE)
endfunction()

# The search, on a failure of the install located in <loc>: appends to
# the message in <m_var> its outcome as the first items of "What to do":
# the newest install that passes, with the command that points this build
# at it; the others judged, each with its verdict; or that none passes,
# and how long it took.  <static> and the requirements (ARGN, as the probe
# takes them) are the failed call's.  Sets <out_record> to the same as
# values, for the report's field search: {seconds, installs}.
# OPENSSL_PROBE_SEARCH_TIMEOUT bounds it (seconds).
function(_openssl_probe_search m_var out_record loc static)
  set(_osp_m "${${m_var}}")
  set(_osp_limit_s 20)
  if(OPENSSL_PROBE_SEARCH_TIMEOUT MATCHES "^[1-9][0-9]*$")
    set(_osp_limit_s "${OPENSSL_PROBE_SEARCH_TIMEOUT}")
  endif()
  _openssl_probe_search_now(_osp_start)
  math(EXPR _osp_deadline "${_osp_start} + ${_osp_limit_s} * 1000")
  _openssl_probe_search_places(_osp_places)
  _openssl_probe_search_roots(_osp_roots _osp_places)
  set(_osp_exclude "")
  if(NOT "${${loc}_PREFIX}" STREQUAL "")
    file(REAL_PATH "${${loc}_PREFIX}" _osp_own)
    list(APPEND _osp_exclude "${_osp_own}")
  endif()
  _openssl_probe_search_installs(_osp_installs "${_osp_roots}" _osp_places "${_osp_exclude}" 12)
  _openssl_probe_search_judge_all(_osp "${_osp_installs}" ${_osp_deadline} ${_osp_limit_s}
    ${loc} "${static}" ${ARGN})
  _openssl_probe_search_now(_osp_end)
  math(EXPR _osp_tenths "(${_osp_end} - ${_osp_start} + 50) / 100")
  math(EXPR _osp_whole "${_osp_tenths} / 10")
  math(EXPR _osp_tenth "${_osp_tenths} % 10")
  list(LENGTH _osp_installs _osp_count)
  if(NOT _osp_BEST STREQUAL "")
    _openssl_probe_guidance_text(_osp_text search-passes install "${_osp_BEST}"
      found "${_osp_FOUND}"
      command "cmake -S ${CMAKE_SOURCE_DIR} -B ${CMAKE_BINARY_DIR} ${_osp_COMMAND}")
    _openssl_probe_guidance_item(_osp_m "${_osp_text}")
    set(_osp_name search-judged)
  elseif(_osp_count EQUAL 0)
    list(JOIN _osp_roots ", " _osp_roots)
    if(_osp_roots STREQUAL "")
      list(JOIN OPENSSL_PROBE_SEARCH_ROOTS ", " _osp_roots) # none of them exists
    endif()
    set(_osp_name search-none-found)
  else()
    set(_osp_name search-none-passes)
  endif()
  _openssl_probe_guidance_text(_osp_text ${_osp_name} count "${_osp_count}"
    seconds "${_osp_whole}.${_osp_tenth}" lines "${_osp_LINES}" roots "${_osp_roots}")
  _openssl_probe_guidance_item(_osp_m "${_osp_text}")
  set(_osp_search "{}")
  string(JSON _osp_search SET "${_osp_search}" seconds "${_osp_whole}.${_osp_tenth}")
  string(JSON _osp_search SET "${_osp_search}" installs "${_osp_RECORDS}")
  set(${out_record} "${_osp_search}" PARENT_SCOPE)
  set(${m_var} "${_osp_m}" PARENT_SCOPE)
endfunction()
