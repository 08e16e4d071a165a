# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 4 of 5, on a failure: the message that stops the configure.  What
# was checked, what was found, what was required, why it fails and what to
# do (guidance.tsv, through Guidance.cmake).  Loaded when a configure fails,
# not on every configure.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_option_table)
  include("${CMAKE_CURRENT_LIST_DIR}/Options.cmake")
endif()
if(NOT COMMAND _openssl_probe_guidance_text)
  include("${CMAKE_CURRENT_LIST_DIR}/Guidance.cmake")
endif()

# Sets <out> to one line on a TLS version's facts: the probe's words
# (osp_describe.h, its field text), or, where it could not run, what the
# headers say.
function(_openssl_probe_describe_tls out json key)
  string(JSON _osp_text ERROR_VARIABLE _osp_none GET "${json}" ${key} text)
  if(_osp_none OR _osp_text STREQUAL "")
    string(JSON _osp_compiled GET "${json}" ${key} compiled)
    string(JSON _osp_note GET "${json}" ${key} note)
    if(_osp_compiled STREQUAL "")
      set(_osp_text "unknown")
    elseif(NOT _osp_compiled)
      set(_osp_text "not compiled in: ${_osp_note}")
    else()
      set(_osp_text "compiled in; handshake not run (not required)")
    endif()
  endif()
  set(${out} "${_osp_text}" PARENT_SCOPE)
endfunction()

# Sets <out> to the failure message for the report in <json_var>: what was
# checked, what was found, why it fails and what to do; with SEARCH, what
# the search for another install found goes into the report too (its
# field search).
function(_openssl_probe_failure_message out json_var)
  cmake_parse_arguments(PARSE_ARGV 2 _osp "" "LOCATION;MIN_VERSION;TLS;FILE;SEARCH;STATIC"
    "POLICY")
  set(json "${${json_var}}")
  string(JSON _osp_flavor GET "${json}" flavor)
  if(_osp_flavor STREQUAL "")
    set(_osp_m "OpenSSLProbe: no usable OpenSSL was found.\n")
  else()
    _openssl_probe_describe_version(_osp_found "${json}")
    set(_osp_m "OpenSSLProbe: ${_osp_found} cannot be used for this build.\n")
  endif()
  _openssl_probe_message_checked(_osp_m ${_osp_LOCATION})
  if(NOT _osp_flavor STREQUAL "")
    _openssl_probe_message_found(_osp_m "${json}")
  endif()
  _openssl_probe_message_required(_osp_m "${json}" "${_osp_MIN_VERSION}" "${_osp_TLS}"
    "${${_osp_LOCATION}_CRYPTO_ONLY}")
  _openssl_probe_message_advice(_osp_m _osp_searched openssl "${json}" ${_osp_LOCATION}
    "${_osp_TLS}" "${_osp_SEARCH}" "${_osp_STATIC}" ${_osp_POLICY})
  string(APPEND _osp_m "  Report: ${_osp_FILE}\n")
  set(${out} "${_osp_m}" PARENT_SCOPE)
  if(NOT _osp_searched STREQUAL "")
    string(JSON json SET "${json}" search "${_osp_searched}")
    set(${json_var} "${json}" PARENT_SCOPE)
  endif()
endfunction()

# Appends to the message in <m_var> what was checked: the install located
# in <loc> (Locate.cmake's record) and its files.
function(_openssl_probe_message_checked m_var loc)
  set(_osp_m "${${m_var}}")
  set(_osp_loc "${loc}")
  set(_osp_prefix "${${_osp_loc}_PREFIX}")
  string(APPEND _osp_m "  Checked (located by ${${_osp_loc}_HOW}):\n")
  if(_osp_prefix)
    string(APPEND _osp_m "    install    ${_osp_prefix}\n")
  endif()
  foreach(_osp_pair IN ITEMS "headers  |INCLUDE_DIR" "libssl   |SSL_LIBRARY"
                             "libcrypto|CRYPTO_LIBRARY")
    string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
    list(GET _osp_pair 0 _osp_label)
    list(GET _osp_pair 1 _osp_field)
    set(_osp_value "${${_osp_loc}_${_osp_field}}")
    if(_osp_field STREQUAL "SSL_LIBRARY" AND ${_osp_loc}_CRYPTO_ONLY)
      set(_osp_value "(not asked for: COMPONENTS Crypto)")
    elseif(_osp_value STREQUAL "" OR _osp_value MATCHES "-NOTFOUND$")
      set(_osp_value "(not found)")
    endif()
    string(APPEND _osp_m "    ${_osp_label}  ${_osp_value}\n")
  endforeach()
  set(${m_var} "${_osp_m}" PARENT_SCOPE)
endfunction()

# Appends to the message in <m_var> what the report <json> found: the
# headers, the library that loaded, TLS, and the configuration, providers
# and upstream support where a reason is about them.
function(_openssl_probe_message_found m_var json)
  set(_osp_m "${${m_var}}")
  string(JSON _osp_loaded GET "${json}" library_loaded)
  _openssl_probe_describe_side(_osp_headers "${json}" header)
  string(APPEND _osp_m "  Found:\n    headers    ${_osp_headers}\n")
  if(_osp_loaded)
    string(JSON _osp_lpath GET "${json}" library_path)
    if(_osp_lpath STREQUAL "") # libcrypto alone
      string(JSON _osp_lpath GET "${json}" crypto_library_path)
    endif()
    _openssl_probe_describe_side(_osp_library "${json}" library)
    string(APPEND _osp_m "    library    ${_osp_library}, loaded from ${_osp_lpath}\n")
  else()
    string(APPEND _osp_m "    library    not run\n")
  endif()
  _openssl_probe_describe_tls(_osp_tls12 "${json}" tls1_2)
  _openssl_probe_describe_tls(_osp_tls13 "${json}" tls1_3)
  string(APPEND _osp_m "    TLS 1.2    ${_osp_tls12}\n    TLS 1.3    ${_osp_tls13}\n")
  # The run-time configuration, where a reason blames it.
  string(JSON _osp_reasons GET "${json}" reasons)
  _openssl_probe_json_reasons(_osp_codes "${_osp_reasons}" code)
  set(_osp_fips_codes ${_osp_codes})
  list(FILTER _osp_fips_codes INCLUDE REGEX "^fips-")
  if("tls-refused-by-configuration" IN_LIST _osp_codes OR _osp_fips_codes
     OR "security-level-too-low" IN_LIST _osp_codes)
    string(JSON _osp_config GET "${json}" configuration text)
    string(APPEND _osp_m "    config     ${_osp_config}\n")
  endif()
  # Providers and FIPS, where FIPS is required (their words come with
  # the report: osp_describe.h).
  string(JSON _osp_fips_required ERROR_VARIABLE _osp_none GET "${json}" require_fips)
  if(_osp_fips_required AND _osp_loaded)
    string(JSON _osp_providers GET "${json}" providers text)
    string(JSON _osp_fips GET "${json}" fips text)
    string(APPEND _osp_m "    providers  ${_osp_providers}\n    FIPS       ${_osp_fips}\n")
  endif()
  # Upstream support, where a reason is about it.
  if("end-of-life" IN_LIST _osp_codes OR "known-vulnerable" IN_LIST _osp_codes)
    string(JSON _osp_support GET "${json}" support text)
    string(APPEND _osp_m "    support    ${_osp_support}")
    string(JSON _osp_package ERROR_VARIABLE _osp_none GET "${json}" package name)
    if(NOT _osp_none)
      string(JSON _osp_version GET "${json}" package version)
      string(APPEND _osp_m "; package ${_osp_package} ${_osp_version}")
    endif()
    string(APPEND _osp_m "\n")
  endif()
  set(${m_var} "${_osp_m}" PARENT_SCOPE)
endfunction()

# Appends to the message in <m_var> what was required: MIN_VERSION and
# TLS (or libcrypto alone, <crypto_only>), then each requirement of the
# report <json> in its words of the table.
function(_openssl_probe_message_required m_var json min_version tls crypto_only)
  set(_osp_m "${${m_var}}")
  set(_osp_MIN_VERSION "${min_version}")
  set(_osp_TLS "${tls}")
  if(crypto_only)
    string(APPEND _osp_m
      "  Required:\n    version ${_osp_MIN_VERSION} or newer (MIN_VERSION), "
      "of libcrypto alone (COMPONENTS Crypto: no TLS claim)\n")
  else()
    string(APPEND _osp_m
      "  Required:\n    version ${_osp_MIN_VERSION} or newer (MIN_VERSION), "
      "and a client that completes a TLS ${_osp_TLS} handshake (TLS)\n")
  endif()
  # The other requirements, each in its words of the table.
  _openssl_probe_option_table(_osp_table)
  foreach(_osp_row IN LISTS _osp_table)
    _openssl_probe_option_fields(_osp "${_osp_row}")
    string(JSON _osp_value ERROR_VARIABLE _osp_none GET "${json}" ${_osp_REPORT})
    if(NOT _osp_REQUIRED STREQUAL "" AND NOT _osp_none
       AND NOT _osp_value STREQUAL "" AND NOT _osp_value STREQUAL "0")
      string(REPLACE "{}" "${_osp_value}" _osp_words "${_osp_REQUIRED}")
      string(APPEND _osp_m "    ${_osp_words} (${_osp_KEYWORD})\n")
    endif()
  endforeach()

  set(${m_var} "${_osp_m}" PARENT_SCOPE)
endfunction()

# Appends to the message in <m_var> why the report <json> fails and what
# to do: the steps of guidance.tsv's <plan> (openssl, ruby), in order, each
# whose condition holds (_openssl_probe_advice_step); with <search>, the
# search for an install that passes the requirements (ARGN, as the probe
# takes them), whose record <searched_var> gets (else empty).  <loc> is
# the location record, for its override; empty for a Ruby's OpenSSL.
function(_openssl_probe_message_advice m_var searched_var plan json loc tls search static)
  set(_osp_m "${${m_var}}")
  set(_osp_searched "")
  string(APPEND _osp_m "  Why it fails:\n")
  string(JSON _osp_reasons GET "${json}" reasons)
  _openssl_probe_json_reasons(_osp_texts "${_osp_reasons}" text)
  foreach(_osp_reason IN LISTS _osp_texts)
    string(APPEND _osp_m "    - ${_osp_reason}\n")
  endforeach()
  string(APPEND _osp_m "  What to do:\n")

  # The conditions of the steps, as values.
  _openssl_probe_json_reasons(_osp_codes "${_osp_reasons}" code)
  set(_osp_source "")
  set(_osp_fatal "")
  if(NOT loc STREQUAL "")
    set(_osp_source "${${loc}_OVERRIDE_SOURCE}")
    # The override is to blame where its install lacks something, not where
    # only a hand-set entry lies outside it, or its DLLs are missing.
    _openssl_probe_json_reasons(_osp_fatal "${${loc}_FATAL}" code)
    list(REMOVE_ITEM _osp_fatal outside-override dll-missing)
  endif()
  set(_osp_when always)
  if(_osp_source)
    list(APPEND _osp_when override)
    if(_osp_fatal)
      list(APPEND _osp_when broken-override)
    endif()
  endif()
  # Searched: not for an override that names no install (the one to fix).
  _openssl_probe_guidance_searchable(_osp_searchable "${_osp_codes}")
  if(_osp_searchable AND search AND NOT CMAKE_CROSSCOMPILING
     AND NOT "broken-override" IN_LIST _osp_when)
    list(APPEND _osp_when searchable)
  endif()
  # Another OpenSSL only where OpenSSL is the cause: not for a
  # configuration file or LD_LIBRARY_PATH, which bind every version.
  _openssl_probe_guidance_helps(_osp_helps "${_osp_codes}")
  if(_osp_helps)
    list(APPEND _osp_when helps)
  endif()

  _openssl_probe_guidance_steps(_osp_steps ${plan} "${_osp_when}")
  foreach(_osp_name IN LISTS _osp_steps)
    _openssl_probe_advice_step(_osp_m _osp_searched ${_osp_name} "${json}" "${loc}" "${tls}"
      "${static}" "${_osp_codes}" ${ARGN})
  endforeach()
  set(${m_var} "${_osp_m}" PARENT_SCOPE)
  set(${searched_var} "${_osp_searched}" PARENT_SCOPE)
endfunction()

# Appends the step <name> of "What to do" (guidance.tsv's step rows) to the
# message in <m_var>, for the report <json> with the reason <codes>, the
# install located in <loc>, protocol <tls>; the search takes <static> and
# the requirements (ARGN), and sets <searched_var> to its record.
function(_openssl_probe_advice_step m_var searched_var name json loc tls static codes)
  set(_osp_m "${${m_var}}")
  set(_osp_source "${${loc}_OVERRIDE_SOURCE}")
  if(name STREQUAL "search")
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Search.cmake")
    _openssl_probe_search(_osp_m _osp_record ${loc} "${static}" ${ARGN})
    set(${searched_var} "${_osp_record}" PARENT_SCOPE)
  elseif(name STREQUAL "codes")
    _openssl_probe_guidance_for_codes(_osp_m "${codes}" "${tls}")
  elseif(name STREQUAL "upgrade")
    _openssl_probe_guidance_upgrade(_osp_m REPORT "${json}")
  else()
    if(name STREQUAL "clear-override" AND _osp_source MATCHES "^ENV{(.*)}$")
      set(name clear-env-override) # unset, not cleared from the cache
      set(_osp_source "${CMAKE_MATCH_1}")
    endif()
    _openssl_probe_guidance_text(_osp_text ${name} variable "${_osp_source}"
      override "${${loc}_OVERRIDE}"
      source_dir "${CMAKE_SOURCE_DIR}" binary_dir "${CMAKE_BINARY_DIR}")
    # A Ruby built against a chosen OpenSSL says which.
    if(name STREQUAL "ruby-rebuild")
      string(JSON _osp_dir ERROR_VARIABLE _osp_none GET "${json}" with_openssl_dir)
      if(NOT _osp_none AND NOT _osp_dir STREQUAL "")
        _openssl_probe_guidance_text(_osp_built_with ruby-built-with dir "${_osp_dir}")
        string(APPEND _osp_text "\n${_osp_built_with}")
      endif()
    endif()
    _openssl_probe_guidance_item(_osp_m "${_osp_text}")
  endif()
  set(${m_var} "${_osp_m}" PARENT_SCOPE)
endfunction()
