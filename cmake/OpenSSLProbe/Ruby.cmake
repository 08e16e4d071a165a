# Distributed under the OSI-approved BSD 3-Clause License.
#
# openssl_probe_ruby(): the same gate for the OpenSSL a Ruby uses, for
# projects that build Ruby extensions.  Documented in docs/reference.md.
# The Ruby script (probe/ruby_openssl.rb) gives the facts; they become the
# report record and are judged by the same rules (Judge.cmake) as the
# openssl-probe command judges them (--ruby).

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_check_options)
  include("${CMAKE_CURRENT_LIST_DIR}/Options.cmake")
endif()
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_run)
  include("${CMAKE_CURRENT_LIST_DIR}/Probe.cmake")
endif()
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()
if(NOT COMMAND _openssl_probe_outcome)
  include("${CMAKE_CURRENT_LIST_DIR}/Targets.cmake")
endif()

# Sets <out_json> to the report record of the Ruby script's output <out>
# (its own flat fields kept): "built with" as the headers, "runs with" as
# the library, the handshake under the protocol asked for (<tls>).
function(_openssl_probe_ruby_record out_json out tls)
  set(_osp_json "${out}")
  _openssl_probe_json_skeleton(_osp_skeleton)
  string(JSON _osp_n LENGTH "${_osp_skeleton}")
  math(EXPR _osp_last "${_osp_n} - 1")
  foreach(_osp_i RANGE ${_osp_last})
    string(JSON _osp_key MEMBER "${_osp_skeleton}" ${_osp_i})
    string(JSON _osp_value GET "${_osp_skeleton}" ${_osp_key})
    string(JSON _osp_type TYPE "${_osp_skeleton}" ${_osp_key})
    string(JSON _osp_has ERROR_VARIABLE _osp_none GET "${_osp_json}" ${_osp_key})
    if(_osp_none)
      if(_osp_type STREQUAL "STRING")
        _openssl_probe_json_quote(_osp_value "${_osp_value}")
      elseif(_osp_type STREQUAL "NULL")
        set(_osp_value null)
      elseif(_osp_type STREQUAL "BOOLEAN")
        set(_osp_value false)
      endif()
      string(JSON _osp_json SET "${_osp_json}" ${_osp_key} "${_osp_value}")
    endif()
  endforeach()
  foreach(_osp_pair IN ITEMS "header|openssl_version" "library|openssl_library_version")
    string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
    list(GET _osp_pair 0 _osp_side)
    list(GET _osp_pair 1 _osp_field)
    string(JSON _osp_text GET "${_osp_json}" ${_osp_field})
    _openssl_probe_flavor_from_text(_osp_flavor _osp_version "${_osp_text}")
    _openssl_probe_json_set_string(_osp_json ${_osp_side}_text "${_osp_text}")
    _openssl_probe_json_set_string(_osp_json ${_osp_side}_version "${_osp_version}")
    if(_osp_side STREQUAL "header")
      _openssl_probe_json_set_string(_osp_json header_flavor "${_osp_flavor}")
    else()
      _openssl_probe_json_set_string(_osp_json flavor "${_osp_flavor}")
    endif()
  endforeach()
  string(JSON _osp_json SET "${_osp_json}" library_loaded true)
  # The headers' OPENSSL_VERSION_NUMBER, as the extension was built.
  string(JSON _osp_number ERROR_VARIABLE _osp_none GET "${_osp_json}" openssl_version_number)
  if(_osp_number MATCHES "^[0-9]+$")
    math(EXPR _osp_hex "${_osp_number}" OUTPUT_FORMAT HEXADECIMAL)
    _openssl_probe_json_set_string(_osp_json header_number "${_osp_hex}")
  endif()
  foreach(_osp_v IN ITEMS 1.2 1.3)
    string(REPLACE "." "_" _osp_key "tls${_osp_v}")
    string(JSON _osp_compiled GET "${_osp_json}" ${_osp_key}_compiled)
    string(JSON _osp_note GET "${_osp_json}" ${_osp_key}_note)
    if(_osp_compiled)
      set(_osp_compiled true)
    else()
      set(_osp_compiled false)
    endif()
    set(_osp_fact "{\"compiled\": ${_osp_compiled}, \"handshake\": null, \"protocol\": \"\", \"cipher\": \"\", \"note\": \"\"}")
    if(_osp_v STREQUAL tls AND _osp_compiled)
      string(JSON _osp_handshake GET "${_osp_json}" handshake)
      if(_osp_handshake)
        set(_osp_handshake true)
      else()
        set(_osp_handshake false)
      endif()
      string(JSON _osp_fact SET "${_osp_fact}" handshake ${_osp_handshake})
      foreach(_osp_field IN ITEMS protocol cipher)
        string(JSON _osp_value GET "${_osp_json}" ${_osp_field})
        _openssl_probe_json_quote(_osp_value "${_osp_value}")
        string(JSON _osp_fact SET "${_osp_fact}" ${_osp_field} "${_osp_value}")
      endforeach()
      string(JSON _osp_note GET "${_osp_json}" error)
    endif()
    _openssl_probe_json_quote(_osp_note "${_osp_note}")
    string(JSON _osp_fact SET "${_osp_fact}" note "${_osp_note}")
    string(JSON _osp_json SET "${_osp_json}" ${_osp_key} "${_osp_fact}")
  endforeach()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

function(_openssl_probe_ruby_check)
  # Loaded when the check runs, not on every configure.
  if(NOT COMMAND _openssl_probe_judge)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Judge.cmake")
  endif()
  if(NOT COMMAND _openssl_probe_guidance_text)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
  endif()
  cmake_parse_arguments(PARSE_ARGV 0 _osp "QUIET"
    "RUBY;MIN_VERSION;MIN_LIBRESSL_VERSION;MIN_AWSLC_VERSION;MIN_BORINGSSL_API;TLS;RESULT_VARIABLE;REASON_VARIABLE"
    "FLAVORS")
  _openssl_probe_check_options(openssl_probe_ruby RUBY MIN_VERSION MIN_LIBRESSL_VERSION
    MIN_AWSLC_VERSION MIN_BORINGSSL_API FLAVORS TLS QUIET RESULT_VARIABLE REASON_VARIABLE)
  if(_osp_RUBY)
    set(_osp_ruby "${_osp_RUBY}")
  else()
    find_program(OpenSSLProbe_RUBY_EXECUTABLE ruby DOC "The Ruby whose OpenSSL is checked")
    set(_osp_ruby "${OpenSSLProbe_RUBY_EXECUTABLE}")
  endif()

  if(NOT _osp_QUIET)
    message(CHECK_START "Checking the OpenSSL of Ruby")
  endif()
  _openssl_probe_ruby_run(_osp_json _osp_ran "${_osp_ruby}" "${_osp_TLS}" ${_osp_POLICY})
  set(OpenSSLProbe_RUBY_REPORT "${CMAKE_BINARY_DIR}/openssl-probe-ruby.json")
  file(WRITE "${OpenSSLProbe_RUBY_REPORT}" "${_osp_json}\n")
  string(JSON _osp_verdict GET "${_osp_json}" verdict)
  string(JSON OpenSSLProbe_RUBY_OPENSSL_VERSION GET "${_osp_json}" library_version)
  string(JSON _osp_reasons GET "${_osp_json}" reasons)
  _openssl_probe_json_reasons(_osp_list "${_osp_reasons}" text)
  _openssl_probe_json_reasons(OpenSSLProbe_RUBY_REASON_CODES "${_osp_reasons}" code)
  string(JSON _osp_flavor GET "${_osp_json}" flavor)
  string(JSON _osp_built GET "${_osp_json}" header_text)

  set(_osp_m "")
  if(_osp_verdict STREQUAL "pass")
    if(NOT _osp_QUIET)
      _openssl_probe_guidance_text(_osp_line pass-ruby
        shown "${_osp_flavor} ${OpenSSLProbe_RUBY_OPENSSL_VERSION}" built "${_osp_built}"
        protocol "${_osp_TLS}")
      message(CHECK_PASS "${_osp_line}")
    endif()
  else()
    list(GET _osp_list 0 _osp_first)
    if(NOT _osp_QUIET)
      message(CHECK_FAIL "not usable: ${_osp_first}")
    endif()
    _openssl_probe_ruby_message(_osp_m "${_osp_json}" "${_osp_ruby}" ${_osp_ran}
      "${_osp_TLS}" "${OpenSSLProbe_RUBY_REPORT}")
  endif()
  string(COMPARE EQUAL "${_osp_verdict}" "pass" _osp_pass)
  _openssl_probe_outcome(_osp_stop OpenSSLProbe_RUBY_FOUND ${_osp_pass} "${_osp_m}"
    RESULT_VARIABLE "${_osp_RESULT_VARIABLE}" REASON_VARIABLE "${_osp_REASON_VARIABLE}")
  if(_osp_stop)
    message(FATAL_ERROR "${_osp_m}")
  endif()
  return(PROPAGATE OpenSSLProbe_RUBY_FOUND OpenSSLProbe_RUBY_REPORT
    OpenSSLProbe_RUBY_OPENSSL_VERSION OpenSSLProbe_RUBY_REASON_CODES
    ${_osp_RESULT_VARIABLE} ${_osp_REASON_VARIABLE})
endfunction()

# Sets <out_json> to the report on the OpenSSL of <ruby>, judged against the
# policy (ARGN): the facts its script reports (ruby_openssl.rb, the
# handshake for TLS <tls>), or why it could not report them; <out_ran> to
# whether it did.
function(_openssl_probe_ruby_run out_json out_ran ruby tls)
  set(_osp_ruby "${ruby}")
  set(_osp_TLS "${tls}")
  set(_osp_POLICY ${ARGN})
  _openssl_probe_json_skeleton(_osp_json)
  set(_osp_ran FALSE)
  if(NOT _osp_ruby OR NOT EXISTS "${_osp_ruby}")
    _openssl_probe_json_fail(_osp_json ruby-not-found
      "no Ruby to check: ${_osp_ruby} does not exist")
  else()
    _openssl_probe_sources_dir(_osp_dir)
    execute_process(
      COMMAND "${_osp_ruby}" "${_osp_dir}/ruby_openssl.rb" "${_osp_TLS}"
      TIMEOUT 60 RESULT_VARIABLE _osp_rc OUTPUT_VARIABLE _osp_out ERROR_VARIABLE _osp_err)
    string(JSON _osp_ossl ERROR_VARIABLE _osp_bad GET "${_osp_out}" openssl_version)
    if(NOT _osp_rc STREQUAL "0" OR _osp_bad)
      # The script's own word first (a Ruby without the openssl extension).
      string(JSON _osp_said ERROR_VARIABLE _osp_none GET "${_osp_out}" error)
      if(NOT _osp_none AND NOT _osp_said STREQUAL "")
        set(_osp_err "${_osp_said}")
      endif()
      string(STRIP "${_osp_err}" _osp_err)
      _openssl_probe_json_fail(_osp_json ruby-failed
        "${_osp_ruby} could not report its OpenSSL (${_osp_rc}): ${_osp_err}")
    else()
      _openssl_probe_ruby_record(_osp_json "${_osp_out}" "${_osp_TLS}")
      _openssl_probe_judge(_osp_json ${_osp_POLICY})
      set(_osp_ran TRUE)
    endif()
  endif()

  set(${out_json} "${_osp_json}" PARENT_SCOPE)
  set(${out_ran} ${_osp_ran} PARENT_SCOPE)
endfunction()

# Sets <out> to the failure message for the report <json> on the OpenSSL
# of <ruby> (<ran>: whether its script reported), with the advice for TLS
# <tls> and the report file <report>.
function(_openssl_probe_ruby_message out json ruby ran tls report)
  string(JSON _osp_built GET "${json}" header_text)
  string(JSON _osp_text GET "${json}" library_text)
  set(_osp_m "OpenSSLProbe: the OpenSSL of Ruby ${ruby} cannot be used.\n")
  if(ran)
    string(JSON _osp_desc GET "${json}" ruby)
    string(JSON _osp_lib GET "${json}" library_path)
    string(APPEND _osp_m "  Found:\n    ruby       ${_osp_desc}\n"
      "    runs with  ${_osp_text} (${_osp_lib})\n"
      "    built with ${_osp_built}\n")
  endif()
  # Why it fails and what to do, as a configure's failure says them: the
  # steps of guidance.tsv's ruby plan.
  if(NOT COMMAND _openssl_probe_message_advice)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Failure.cmake")
  endif()
  _openssl_probe_message_advice(_osp_m _osp_searched ruby "${json}" "" "${tls}" FALSE "")
  string(APPEND _osp_m "  Report: ${report}\n")
  set(${out} "${_osp_m}" PARENT_SCOPE)
endfunction()
