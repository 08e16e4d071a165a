# Distributed under the OSI-approved BSD 3-Clause License.
#
# The report record that flows through the steps, locate -> probe ->
# judge -> report -> targets: a JSON object with the fields the probe
# writes (probe/osp_json.h, documented in docs/reference.md), and the
# helpers that read and change it.  Reasons are kept as JSON arrays rather
# than CMake lists, so a path with ';' in it survives intact.

include_guard(GLOBAL)

# Sets <out> to <text> as a JSON string literal.
function(_openssl_probe_json_quote out text)
  if(NOT text MATCHES "[\\\"\n\r\t]")
    set(${out} "\"${text}\"" PARENT_SCOPE)
    return()
  endif()
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  string(REPLACE "\r" "\\r" text "${text}")
  string(REPLACE "\t" "\\t" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

# Appends a reason with <code> and the text (the remaining arguments,
# concatenated) to the JSON array of reasons held in <array_var>.  Codes
# are documented in docs/reference.md; guidance is chosen by them.
function(_openssl_probe_json_append array_var code)
  # ARGV<n> keep each argument whole; ARGN would split any ';' in a path.
  set(_osp_text "")
  math(EXPR _osp_last "${ARGC} - 1")
  foreach(_osp_i RANGE 2 ${_osp_last})
    string(APPEND _osp_text "${ARGV${_osp_i}}")
  endforeach()
  if("${${array_var}}" STREQUAL "")
    set(${array_var} "[]")
  endif()
  _openssl_probe_json_quote(_osp_quoted "${_osp_text}")
  string(JSON _osp_n LENGTH "${${array_var}}")
  string(JSON _osp_array SET "${${array_var}}" ${_osp_n}
    "{\"code\": \"${code}\", \"text\": ${_osp_quoted}}")
  set(${array_var} "${_osp_array}" PARENT_SCOPE)
endfunction()

# Adds to the JSON object in <json_var> the members written out in
# <fields> ("\"key\": value" pairs, comma-separated), none of which it
# has: one step for many, where string(JSON SET) reads the whole object
# again for each.
function(_openssl_probe_json_add_fields json_var fields)
  string(FIND "${${json_var}}" "}" _osp_end REVERSE)
  string(SUBSTRING "${${json_var}}" 0 ${_osp_end} _osp_head)
  string(STRIP "${_osp_head}" _osp_head)
  set(_osp_comma ",")
  if(_osp_head MATCHES "{$")
    set(_osp_comma "")
  endif()
  set(${json_var} "${_osp_head}${_osp_comma}\n  ${fields}\n}" PARENT_SCOPE)
endfunction()

# Sets the string member <key> of the JSON object held in <json_var>.
function(_openssl_probe_json_set_string json_var key text)
  _openssl_probe_json_quote(_osp_quoted "${text}")
  string(JSON _osp_json SET "${${json_var}}" ${key} "${_osp_quoted}")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Adds a reason with <code> and the text (the remaining arguments,
# concatenated) to the report held in <json_var> and makes it a failure.
function(_openssl_probe_json_fail json_var code)
  set(_osp_reason "")
  math(EXPR _osp_last "${ARGC} - 1")
  foreach(_osp_i RANGE 2 ${_osp_last})
    string(APPEND _osp_reason "${ARGV${_osp_i}}")
  endforeach()
  string(JSON _osp_reasons GET "${${json_var}}" reasons)
  _openssl_probe_json_append(_osp_reasons ${code} "${_osp_reason}")
  string(JSON _osp_json SET "${${json_var}}" reasons "${_osp_reasons}")
  string(JSON _osp_json SET "${_osp_json}" verdict "\"fail\"")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_var> to a record that holds no facts and one reason: <code>
# and the text (the remaining arguments, concatenated).
function(_openssl_probe_json_failure out_var code)
  _openssl_probe_json_skeleton(_osp_json)
  set(_osp_reason "")
  math(EXPR _osp_last "${ARGC} - 1")
  foreach(_osp_i RANGE 2 ${_osp_last})
    string(APPEND _osp_reason "${ARGV${_osp_i}}")
  endforeach()
  _openssl_probe_json_fail(_osp_json ${code} "${_osp_reason}")
  set(${out_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Adds every reason of the JSON array <reasons> to the report held in
# <json_var>; any makes it a failure.
function(_openssl_probe_json_add_reasons json_var reasons)
  string(JSON _osp_n LENGTH "${reasons}")
  if(_osp_n EQUAL 0)
    return()
  endif()
  string(JSON _osp_all GET "${${json_var}}" reasons)
  math(EXPR _osp_last "${_osp_n} - 1")
  foreach(_osp_i RANGE ${_osp_last})
    string(JSON _osp_reason GET "${reasons}" ${_osp_i})
    string(JSON _osp_at LENGTH "${_osp_all}")
    string(JSON _osp_all SET "${_osp_all}" ${_osp_at} "${_osp_reason}")
  endforeach()
  string(JSON _osp_json SET "${${json_var}}" reasons "${_osp_all}")
  string(JSON _osp_json SET "${_osp_json}" verdict "\"fail\"")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out> to member <field> (code, text, advice) of each reason in the
# JSON array <reasons>, as a CMake list with each ';' escaped.  A missing
# member reads as empty.
function(_openssl_probe_json_reasons out reasons field)
  set(_osp_items "")
  string(JSON _osp_n LENGTH "${reasons}")
  if(_osp_n GREATER 0)
    math(EXPR _osp_last "${_osp_n} - 1")
    foreach(_osp_i RANGE ${_osp_last})
      string(JSON _osp_item ERROR_VARIABLE _osp_none GET "${reasons}" ${_osp_i} ${field})
      if(_osp_none)
        set(_osp_item "")
      endif()
      string(REPLACE ";" "\\;" _osp_item "${_osp_item}")
      list(APPEND _osp_items "${_osp_item}")
    endforeach()
  endif()
  set(${out} "${_osp_items}" PARENT_SCOPE)
endfunction()

# Sets <out> to a record that holds no facts yet: what a step reports when
# the probe could not tell anything.  Readers of a field the probe adds
# beyond these take a missing one as empty.
function(_openssl_probe_json_skeleton out)
  set(_osp_tls [=[{"compiled": null, "handshake": null, "protocol": "", "cipher": "", "note": ""}]=])
  set(${out} "{
  \"verdict\": \"fail\", \"flavor\": \"\", \"header_flavor\": \"\",
  \"header_version\": \"\", \"header_number\": \"\", \"header_text\": \"\",
  \"api_version\": null, \"library_loaded\": false, \"library_version\": \"\",
  \"library_number\": \"\", \"library_text\": \"\", \"library_path\": \"\",
  \"crypto_library_path\": \"\", \"tls1_2\": ${_osp_tls}, \"tls1_3\": ${_osp_tls},
  \"reasons\": []
}" PARENT_SCOPE)
endfunction()

# Sets, in the caller's scope, what most readers of the report <json>
# need, read once (each string(JSON) reads the whole report again):
#   <prefix>_VERDICT  pass or fail
#   <prefix>_LOADED   whether the library ran (else: headers only)
#   <prefix>_FLAVOR   the flavor of the library that ran, else the headers'
#   <prefix>_VERSION  its version, in the flavor's numbering
#   <prefix>_SHOWN    both as a message shows them: "OpenSSL 3.0.19",
#                     "BoringSSL (API 19)"
#   <prefix>_CODES    the reasons' codes, a list
function(_openssl_probe_json_outline prefix json)
  string(JSON _osp_verdict GET "${json}" verdict)
  string(JSON _osp_loaded GET "${json}" library_loaded)
  if(_osp_loaded)
    string(JSON _osp_flavor GET "${json}" flavor)
    string(JSON _osp_version GET "${json}" library_version)
  else()
    string(JSON _osp_flavor GET "${json}" header_flavor)
    string(JSON _osp_version GET "${json}" header_version)
  endif()
  set(_osp_api "")
  if(_osp_flavor STREQUAL "BoringSSL")
    string(JSON _osp_api GET "${json}" api_version)
  endif()
  _openssl_probe_shown(_osp_shown "${_osp_flavor}" "${_osp_version}" "${_osp_api}")
  set(_osp_codes "")
  if(NOT _osp_verdict STREQUAL "pass")
    string(JSON _osp_reasons GET "${json}" reasons)
    _openssl_probe_json_reasons(_osp_codes "${_osp_reasons}" code)
  endif()
  foreach(_osp_field IN ITEMS verdict loaded flavor version shown codes)
    string(TOUPPER "${_osp_field}" _osp_name)
    set(${prefix}_${_osp_name} "${_osp_${_osp_field}}" PARENT_SCOPE)
  endforeach()
endfunction()

# Sets <out> to the flavor and version of the library that loaded, or of
# the headers without one, as messages show them.
function(_openssl_probe_describe_version out json)
  string(JSON _osp_loaded GET "${json}" library_loaded)
  set(_osp_side header)
  if(_osp_loaded)
    set(_osp_side library)
  endif()
  _openssl_probe_describe_side(_osp_text "${json}" ${_osp_side})
  set(${out} "${_osp_text}" PARENT_SCOPE)
endfunction()

# Sets <out> to the version text (<side> header or library) of <json> as
# messages show it.
function(_openssl_probe_describe_side out json side)
  if(side STREQUAL "header")
    string(JSON _osp_flavor GET "${json}" header_flavor)
  else()
    string(JSON _osp_flavor GET "${json}" flavor)
  endif()
  string(JSON _osp_version GET "${json}" ${side}_version)
  string(JSON _osp_api GET "${json}" api_version)
  _openssl_probe_shown(_osp_text "${_osp_flavor}" "${_osp_version}" "${_osp_api}")
  set(${out} "${_osp_text}" PARENT_SCOPE)
endfunction()

# Sets <out> to <flavor> <version> as messages show them, or, where the
# flavor has an API number instead (BoringSSL's <api>), to "<flavor> (API
# <api>)".
function(_openssl_probe_shown out flavor version api)
  set(_osp_text "${flavor} ${version}")
  if(NOT api STREQUAL "")
    set(_osp_text "${flavor} (API ${api})")
  endif()
  string(STRIP "${_osp_text}" _osp_text)
  set(${out} "${_osp_text}" PARENT_SCOPE)
endfunction()
