# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 4 of 5, after a probe ran (not when a pass is reused): what the
# configure adds to the probe's report.  The location and the
# requirements, the distribution package that owns the library, and the
# line, notes and warnings a pass prints (upstream support, the trust
# store, the openssl program, the flags dropped), kept in the report for
# the configure (and one that reuses the pass) to print.  Read only then,
# so that a warm configure parses none of it.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_option_table)
  include("${CMAKE_CURRENT_LIST_DIR}/Options.cmake")
endif()
if(NOT COMMAND _openssl_probe_print_messages)
  include("${CMAKE_CURRENT_LIST_DIR}/Report.cmake")
endif()
# Guidance.cmake loads where a message needs it: a pass mostly does not.

# Adds what the configure step knows to the probe's report in <json_var>:
# the location, the locate problems, the requirements (POLICY, as probe
# arguments).
function(_openssl_probe_finish_report json_var)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "" "LOCATION;STATIC" "POLICY")
  _openssl_probe_policy_values(_osp_policy ${_osp_POLICY})
  set(_osp_loc "${_osp_LOCATION}")
  set(_osp_json "${${json_var}}")
  # The fields the configure adds, none of which the probe writes, go in
  # as one piece of text rather than field by field.
  set(_osp_linkage shared)
  if(_osp_STATIC)
    set(_osp_linkage static)
  endif()
  # What was verified: libcrypto alone makes no TLS claim.
  set(_osp_members "\"linkage\": \"${_osp_linkage}\",\n  \"components\": [\"SSL\", \"Crypto\"]")
  if(${_osp_loc}_CRYPTO_ONLY)
    set(_osp_members "\"linkage\": \"${_osp_linkage}\",\n  \"components\": [\"Crypto\"]")
  endif()
  foreach(_osp_pair IN ITEMS "include_dir|INCLUDE_DIR" "ssl_library|SSL_LIBRARY"
                             "crypto_library|CRYPTO_LIBRARY" "prefix|PREFIX"
                             "located_by|HOW" "override|OVERRIDE" "vouched_by|VOUCHED_BY")
    string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
    list(GET _osp_pair 0 _osp_key)
    list(GET _osp_pair 1 _osp_field)
    _openssl_probe_json_quote(_osp_value "${${_osp_loc}_${_osp_field}}")
    string(APPEND _osp_members ",\n  \"${_osp_key}\": ${_osp_value}")
  endforeach()
  _openssl_probe_json_add_fields(_osp_json "${_osp_members}")
  _openssl_probe_json_add_reasons(_osp_json "${${_osp_loc}_PROBLEMS}")
  string(JSON _osp_loaded GET "${_osp_json}" library_loaded)
  # The probe reports the install's openssl program (osp_program.h); a
  # report it did not write has none.
  string(JSON _osp_type ERROR_VARIABLE _osp_none TYPE "${_osp_json}" openssl_program)
  if(_osp_none)
    string(JSON _osp_json SET "${_osp_json}" openssl_program null)
  endif()
  _openssl_probe_package_fact(_osp_json)
  # What a pass says besides its line, in words, made here once: a reused
  # pass prints them without reading the facts again.
  if(NOT COMMAND _openssl_probe_guidance_text)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
  endif()
  string(JSON _osp_json SET "${_osp_json}" messages "[]")
  _openssl_probe_trust_warning(_osp_text "${_osp_json}")
  _openssl_probe_add_message(_osp_json WARNING "${_osp_text}")
  _openssl_probe_build_warning(_osp_text "${_osp_json}")
  _openssl_probe_add_message(_osp_json WARNING "${_osp_text}")
  _openssl_probe_program_warning(_osp_text "${_osp_json}")
  _openssl_probe_add_message(_osp_json WARNING "${_osp_text}")
  _openssl_probe_support_text(_osp_text "${_osp_json}")
  _openssl_probe_add_message(_osp_json STATUS "${_osp_text}")
  _openssl_probe_pass_line(_osp_text "${_osp_json}" "${_osp_policy_TLS}"
    "${_osp_policy_REQUIRE_FIPS}" "${${_osp_loc}_CRYPTO_ONLY}")
  _openssl_probe_json_set_string(_osp_json summary "${_osp_text}")
  set(_osp_run_note "")
  if(CMAKE_CROSSCOMPILING AND CMAKE_CROSSCOMPILING_EMULATOR)
    set(_osp_run_note "run through CMAKE_CROSSCOMPILING_EMULATOR (${CMAKE_CROSSCOMPILING_EMULATOR})")
  elseif(CMAKE_CROSSCOMPILING)
    set(_osp_run_note "not run: cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR; version, flavor and TLS support come from the headers, and the library was only linked")
  endif()
  set(_osp_checks false)
  if(_osp_loaded)
    set(_osp_checks true)
  endif()
  _openssl_probe_json_quote(_osp_note "${_osp_run_note}")
  set(_osp_members "\"runtime_checks\": ${_osp_checks},\n  \"runtime_note\": ${_osp_note}")
  _openssl_probe_option_table(_osp_table)
  foreach(_osp_row IN LISTS _osp_table)
    _openssl_probe_option_fields(_osp "${_osp_row}")
    _openssl_probe_json_quote(_osp_value "${_osp_policy_${_osp_KEYWORD}}")
    string(APPEND _osp_members ",\n  \"${_osp_REPORT}\": ${_osp_value}")
  endforeach()
  _openssl_probe_json_add_fields(_osp_json "${_osp_members}")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out> to the line a pass prints (empty for a failure), from the
# report <json> and what it was judged for: the protocol <tls>, FIPS
# required (<fips>), libcrypto alone (<crypto_only>); the pass-* texts of
# guidance.tsv.
function(_openssl_probe_pass_line out json tls fips crypto_only)
  _openssl_probe_json_outline(_osp "${json}")
  set(${out} "" PARENT_SCOPE)
  if(NOT _osp_VERDICT STREQUAL "pass")
    return()
  endif()
  set(_osp_name pass)
  string(JSON _osp_path GET "${json}" library_path)
  if(crypto_only)
    set(_osp_name pass-crypto)
    string(JSON _osp_path GET "${json}" crypto_library_path)
  elseif(fips AND _osp_LOADED)
    set(_osp_name pass-fips)
  endif()
  if(NOT _osp_LOADED)
    string(APPEND _osp_name -headers-only)
  endif()
  _openssl_probe_guidance_text(_osp_text ${_osp_name} shown "${_osp_SHOWN}"
    protocol "${tls}" path "${_osp_path}")
  set(${out} "${_osp_text}" PARENT_SCOPE)
endfunction()

# Adds to the report held in <json_var> the package that owns the library
# that loaded, as package {manager, name, version}, or null; asked only
# where a note about upstream support will name it (the status is
# end-of-life or known-vulnerable), once per probe, and kept with a pass.
# Homebrew's path says it (.../Cellar/<formula>/<version>/...); dpkg's
# database, where there is one (_openssl_probe_dpkg_owner).  Else the
# first of rpm, pacman and apk that is installed is asked
# (_openssl_probe_package_query).
function(_openssl_probe_package_fact json_var)
  set(_osp_json "${${json_var}}")
  set(_osp_package null)
  # A report without a probe run (a skeleton) has neither.
  string(JSON _osp_status ERROR_VARIABLE _osp_none GET "${_osp_json}" support status)
  string(JSON _osp_library ERROR_VARIABLE _osp_none GET "${_osp_json}" library_path)
  set(_osp_name "")
  set(_osp_version "")
  # dpkg's database; _OpenSSLProbe_DPKG_INFO names another (for tests).
  set(_osp_dpkg_info /var/lib/dpkg/info)
  if(DEFINED _OpenSSLProbe_DPKG_INFO)
    set(_osp_dpkg_info "${_OpenSSLProbe_DPKG_INFO}")
  endif()
  if(NOT _osp_status MATCHES "^(end-of-life|known-vulnerable)$" OR _osp_library STREQUAL "")
    # Nothing to say, nothing to ask.
  elseif(_osp_library MATCHES "/Cellar/([^/]+)/([^/]+)/")
    set(_osp_manager brew)
    set(_osp_name "${CMAKE_MATCH_1}")
    set(_osp_version "${CMAKE_MATCH_2}")
  elseif(IS_DIRECTORY "${_osp_dpkg_info}")
    set(_osp_manager dpkg)
    _openssl_probe_dpkg_owner(_osp_name _osp_version "${_osp_dpkg_info}" "${_osp_library}")
  else()
    # Their answers in the words the regexes read (pacman translates).
    set(_osp_lc_all "$ENV{LC_ALL}")
    set(ENV{LC_ALL} C)
    foreach(_osp_tool_name IN ITEMS rpm pacman apk)
      unset(_osp_tool) # else find_program keeps the last one found
      find_program(_osp_tool NAMES ${_osp_tool_name} NO_CACHE)
      if(_osp_tool)
        _openssl_probe_package_query(_osp_args _osp_re ${_osp_tool_name})
        execute_process(COMMAND "${_osp_tool}" ${_osp_args} "${_osp_library}" TIMEOUT 10
          RESULT_VARIABLE _osp_rc OUTPUT_VARIABLE _osp_out ERROR_QUIET)
        if(_osp_rc STREQUAL "0" AND _osp_out MATCHES "${_osp_re}")
          set(_osp_manager ${_osp_tool_name})
          set(_osp_name "${CMAKE_MATCH_1}")
          set(_osp_version "${CMAKE_MATCH_2}")
          break()
        endif()
      endif()
    endforeach()
    if(_osp_lc_all STREQUAL "")
      unset(ENV{LC_ALL})
    else()
      set(ENV{LC_ALL} "${_osp_lc_all}")
    endif()
  endif()
  if(_osp_name)
    set(_osp_package "{}")
    _openssl_probe_json_set_string(_osp_package manager "${_osp_manager}")
    _openssl_probe_json_set_string(_osp_package name "${_osp_name}")
    _openssl_probe_json_set_string(_osp_package version "${_osp_version}")
  endif()
  string(JSON _osp_json SET "${_osp_json}" package "${_osp_package}")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_name> and <out_version> to the dpkg package that owns the file
# <library>, from the file lists in dpkg's <info> folder, or to empty.  The
# likely owners are read first: the packages whose name has "ssl" in it
# (libssl3, libssl1.1, android-libboringssl, libressl; "dpkg -S" reads
# every list, 80 ms).
function(_openssl_probe_dpkg_owner out_name out_version info library)
  set(${out_name} "" PARENT_SCOPE)
  set(${out_version} "" PARENT_SCOPE)
  file(GLOB _osp_lists "${info}/*ssl*.list")
  set(_osp_likely ${_osp_lists})
  list(FILTER _osp_likely INCLUDE REGEX "/lib[^/]*ssl[^/]*\\.list$")
  list(REMOVE_ITEM _osp_lists ${_osp_likely})
  list(PREPEND _osp_lists ${_osp_likely})
  string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" _osp_re "${library}")
  set(_osp_name "")
  foreach(_osp_list IN LISTS _osp_lists)
    file(STRINGS "${_osp_list}" _osp_hit REGEX "^${_osp_re}$")
    if(_osp_hit)
      get_filename_component(_osp_name "${_osp_list}" NAME_WLE)
      break()
    endif()
  endforeach()
  get_filename_component(_osp_admin "${info}" DIRECTORY)
  _openssl_probe_dpkg_version(_osp_version "${_osp_admin}" "${_osp_name}")
  if(NOT _osp_name STREQUAL "" AND _osp_version STREQUAL "")
    find_program(_osp_dpkg NAMES dpkg-query NO_CACHE)
    if(_osp_dpkg)
      execute_process(COMMAND "${_osp_dpkg}" -W "-f=\${Version}" "${_osp_name}" TIMEOUT 10
        OUTPUT_VARIABLE _osp_version ERROR_QUIET)
    endif()
  endif()
  if(NOT _osp_version STREQUAL "")
    set(${out_name} "${_osp_name}" PARENT_SCOPE)
    set(${out_version} "${_osp_version}" PARENT_SCOPE)
  endif()
endfunction()

# Sets <out> to the version dpkg has installed of the package <name>
# ("libssl3:amd64", or "libssl3" for one of no particular architecture),
# read from the status file in its database <admindir> as dpkg-query -W
# reads it (starting dpkg-query costs more), or to empty.
function(_openssl_probe_dpkg_version out admindir name)
  set(${out} "" PARENT_SCOPE)
  if(name STREQUAL "" OR NOT EXISTS "${admindir}/status")
    return()
  endif()
  string(REGEX MATCH "^([^:]+)(:(.+))?$" _osp_none "${name}")
  set(_osp_package "${CMAKE_MATCH_1}")
  set(_osp_arch "${CMAKE_MATCH_3}")
  file(READ "${admindir}/status" _osp_rest)
  string(PREPEND _osp_rest "\n")
  # The package's stanzas, one per architecture: the installed one of its.
  foreach(_osp_stanzas RANGE 8)
    string(FIND "${_osp_rest}" "\nPackage: ${_osp_package}\n" _osp_at)
    if(_osp_at EQUAL -1)
      return()
    endif()
    math(EXPR _osp_at "${_osp_at} + 1")
    string(SUBSTRING "${_osp_rest}" ${_osp_at} -1 _osp_rest)
    string(FIND "${_osp_rest}" "\n\n" _osp_end)
    string(SUBSTRING "${_osp_rest}" 0 ${_osp_end} _osp_stanza)
    string(APPEND _osp_stanza "\n")
    if(_osp_stanza MATCHES "\nStatus: [^\n]* installed\n"
       AND (_osp_arch STREQUAL "" OR _osp_stanza MATCHES "\nArchitecture: ${_osp_arch}\n"))
      if(_osp_stanza MATCHES "\nVersion: ([^\n]+)\n")
        set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
      endif()
      return()
    endif()
  endforeach()
endfunction()

# For <manager> (rpm, pacman, apk): sets <out_args> to the arguments that
# ask it which package owns a file (the file follows them), and <out_re>
# to a regex whose groups are the name and the version its answer gives.
function(_openssl_probe_package_query out_args out_re manager)
  if(manager STREQUAL "rpm")
    set(${out_args} -qf --qf "%{NAME} %{VERSION}-%{RELEASE}\n" PARENT_SCOPE)
    set(${out_re} "^([^ ]+) ([^ \n]+)" PARENT_SCOPE)
  elseif(manager STREQUAL "pacman")
    set(${out_args} -Qo PARENT_SCOPE)
    set(${out_re} " is owned by ([^ ]+) ([^ \n]+)" PARENT_SCOPE)
  else()
    # apk names a package and its version as one word: name-1.2.3-r4.
    set(${out_args} info --who-owns PARENT_SCOPE)
    set(${out_re} " is owned by ([^ \n]+)-([0-9][^- \n]*-r[0-9]+)" PARENT_SCOPE)
  endif()
endfunction()

# Sets <out> to what the report <json> found of the release's upstream
# support, in words: when its branch's support ended or it is in a known
# vulnerability's range (with the package that may carry fixes past it);
# empty when supported or unknown.  A note, not a warning: most such
# libraries are a distribution's, patched without a new number, and a
# warning on every configure would teach people to skip warnings.
# REQUIRE_SUPPORTED makes either a failure, with its reason.
function(_openssl_probe_support_text out json)
  set(${out} "" PARENT_SCOPE)
  string(JSON _osp_support ERROR_VARIABLE _osp_none GET "${json}" support)
  if(_osp_none)
    return()
  endif()
  string(JSON _osp_status GET "${_osp_support}" status)
  if(NOT _osp_status MATCHES "^(end-of-life|known-vulnerable)$")
    return()
  endif()
  string(JSON _osp_branch GET "${_osp_support}" branch)
  string(JSON _osp_ends GET "${_osp_support}" ends)
  string(JSON _osp_lts GET "${_osp_support}" upgrade_to lts)
  string(JSON _osp_newest GET "${_osp_support}" upgrade_to newest)
  _openssl_probe_describe_version(_osp_release "${json}")
  # LibreSSL has no long-term branches; a flavor may have none left.
  set(_osp_to "")
  if(_osp_lts)
    set(_osp_to "${_osp_lts} (LTS)")
  endif()
  if(_osp_newest AND NOT _osp_newest STREQUAL _osp_lts)
    if(_osp_to)
      string(APPEND _osp_to " or ")
    endif()
    string(APPEND _osp_to "${_osp_newest}, the newest")
  endif()
  if(NOT _osp_to)
    set(_osp_to "none that the table knows as supported")
  endif()
  set(_osp_package "")
  string(JSON _osp_name ERROR_VARIABLE _osp_none GET "${json}" package name)
  if(NOT _osp_none)
    string(JSON _osp_manager GET "${json}" package manager)
    string(JSON _osp_version GET "${json}" package version)
    _openssl_probe_guidance_text(_osp_package support-package manager "${_osp_manager}"
      name "${_osp_name}" version "${_osp_version}")
  endif()
  string(JSON _osp_ended GET "${_osp_support}" ended)
  _openssl_probe_guidance_text(_osp_ended_text support-ended
    branch "${_osp_branch}" ends "${_osp_ends}")
  if(_osp_status STREQUAL "end-of-life")
    _openssl_probe_guidance_text(_osp_text support-move upgrade "${_osp_to}"
      package "${_osp_package}")
    set(_osp_note "${_osp_release}: ${_osp_ended_text}; ${_osp_text}")
  else()
    string(JSON _osp_n LENGTH "${_osp_support}" vulnerabilities)
    set(_osp_list "")
    math(EXPR _osp_last "${_osp_n} - 1")
    foreach(_osp_i RANGE ${_osp_last})
      string(JSON _osp_id GET "${_osp_support}" vulnerabilities ${_osp_i} id)
      string(JSON _osp_what GET "${_osp_support}" vulnerabilities ${_osp_i} name)
      string(JSON _osp_fixed GET "${_osp_support}" vulnerabilities ${_osp_i} fixed_in)
      list(APPEND _osp_list "${_osp_id} (${_osp_what}, fixed in ${_osp_fixed})")
    endforeach()
    list(JOIN _osp_list ", " _osp_list)
    string(JSON _osp_more GET "${_osp_support}" more_vulnerabilities)
    if(_osp_more GREATER 0)
      string(APPEND _osp_list " and ${_osp_more} more")
    endif()
    _openssl_probe_guidance_text(_osp_text support-vulnerable release "${_osp_release}"
      vulnerabilities "${_osp_list}")
    _openssl_probe_guidance_text(_osp_move support-move upgrade "${_osp_to}"
      package "${_osp_package}")
    if(_osp_ended)
      string(APPEND _osp_text ", and ${_osp_ended_text}")
    endif()
    set(_osp_note "${_osp_text}; ${_osp_move}")
  endif()
  set(${out} "${_osp_note}" PARENT_SCOPE)
endfunction()

# Appends to the messages of the report held in <json_var> one at <level>
# (WARNING, STATUS) with <text>, if <text> is not empty.
function(_openssl_probe_add_message json_var level text)
  if(text STREQUAL "")
    return()
  endif()
  string(JSON _osp_messages ERROR_VARIABLE _osp_none GET "${${json_var}}" messages)
  if(_osp_none)
    set(_osp_messages "[]")
  endif()
  string(JSON _osp_n LENGTH "${_osp_messages}")
  set(_osp_item "{}")
  _openssl_probe_json_set_string(_osp_item level "${level}")
  _openssl_probe_json_set_string(_osp_item text "${text}")
  string(JSON _osp_messages SET "${_osp_messages}" ${_osp_n} "${_osp_item}")
  string(JSON _osp_json SET "${${json_var}}" messages "${_osp_messages}")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out> to the warning for an install's own openssl program
# (openssl_program in <json>) from another build than the library, or that
# does not run with it: its "openssl version" would tell the user about
# another OpenSSL.  Empty where there is none to give.
function(_openssl_probe_program_warning out json)
  set(${out} "" PARENT_SCOPE)
  string(JSON _osp_fact ERROR_VARIABLE _osp_none GET "${json}" openssl_program)
  if(_osp_none OR _osp_fact STREQUAL "null" OR _osp_fact STREQUAL "")
    return()
  endif()
  string(JSON _osp_matches GET "${_osp_fact}" matches_library)
  if(_osp_matches)
    return()
  endif()
  string(JSON _osp_path GET "${_osp_fact}" path)
  string(JSON _osp_text GET "${_osp_fact}" said)
  _openssl_probe_describe_version(_osp_library "${json}")
  string(JSON _osp_library_path GET "${json}" library_path)
  _openssl_probe_guidance_text(_osp_message program-mismatch who "this build" path "${_osp_path}"
    program "${_osp_text}" library "${_osp_library}" library_path "${_osp_library_path}")
  set(${out} "${_osp_message}" PARENT_SCOPE)
endfunction()

# Sets <out> to the warning for a probe built without the project's
# warning options (the verdict stands, and the flags, not OpenSSL, are
# named), or to empty.
function(_openssl_probe_build_warning out json)
  set(${out} "" PARENT_SCOPE)
  string(JSON _osp_flags ERROR_VARIABLE _osp_none GET "${json}" dropped_flags)
  if(_osp_none)
    return()
  endif()
  string(JSON _osp_error GET "${json}" dropped_flags_error)
  _openssl_probe_guidance_text(_osp_text dropped-flags)
  set(${out} "${_osp_text}\n  flags:      ${_osp_flags}\n  diagnostic: ${_osp_error}\n"
    PARENT_SCOPE)
endfunction()

# Sets <out> to the warning for a library without a trust store (a TLS
# client that verifies servers, as it should, then fails at run time), or
# to empty.
function(_openssl_probe_trust_warning out json)
  set(${out} "" PARENT_SCOPE)
  # The one object, then its fields: each string(JSON) reads it all.
  string(JSON _osp_trust ERROR_VARIABLE _osp_none GET "${json}" trust_store)
  if(_osp_none)
    return()
  endif()
  string(JSON _osp_file GET "${_osp_trust}" file)
  string(JSON _osp_file_ok GET "${_osp_trust}" file_exists)
  string(JSON _osp_dir GET "${_osp_trust}" dir)
  string(JSON _osp_dir_ok GET "${_osp_trust}" dir_exists)
  if(_osp_file_ok STREQUAL "OFF" AND _osp_dir_ok STREQUAL "OFF")
    _openssl_probe_guidance_text(_osp_missing trust-store-missing)
    _openssl_probe_guidance_text(_osp_advice trust-store-advice)
    set(${out} "${_osp_missing}\n  file: ${_osp_file} (missing)\n  dir:  ${_osp_dir} (missing)\n${_osp_advice}"
      PARENT_SCOPE)
  endif()
endfunction()

# Keeps the finished report <json> of a pass under <fingerprint> in <work>,
# for later configures and calls to reuse while nothing changed: one per
# set of requirements, the newest eight.  A failure is never kept: its fix
# (an upgrade) may change nothing a fingerprint can see.  Each is written
# whole under another name first, so a concurrent configure never reads
# half.
function(_openssl_probe_keep work fingerprint json)
  string(JSON _osp_verdict GET "${json}" verdict)
  if(fingerprint STREQUAL "" OR NOT _osp_verdict STREQUAL "pass")
    return()
  endif()
  set(_osp_kept "$CACHE{_OpenSSLProbe_FINGERPRINTS}")
  # Beside it, its brief: what a configure that reuses it reads (each
  # string(JSON) reads a whole document, and the report is large), with
  # where the report is kept and its digest.
  set(_osp_full "${work}/pass-${fingerprint}.json")
  set(_osp_brief "{}")
  foreach(_osp_key IN ITEMS verdict reasons flavor header_flavor header_version
                            header_number api_version library_loaded library_version
                            library_path messages summary)
    string(JSON _osp_value GET "${json}" ${_osp_key})
    string(JSON _osp_type TYPE "${json}" ${_osp_key})
    if(_osp_type MATCHES "^(STRING)$")
      _openssl_probe_json_quote(_osp_value "${_osp_value}")
    elseif(_osp_type STREQUAL "BOOLEAN")
      string(TOLOWER "${_osp_value}" _osp_value)
      if(_osp_value MATCHES "^(on|true)$")
        set(_osp_value true)
      else()
        set(_osp_value false)
      endif()
    elseif(_osp_type STREQUAL "NULL")
      set(_osp_value null)
    endif()
    string(JSON _osp_brief SET "${_osp_brief}" ${_osp_key} "${_osp_value}")
  endforeach()
  string(MD5 _osp_digest "${json}")
  _openssl_probe_json_set_string(_osp_brief kept "${_osp_full}")
  _openssl_probe_json_set_string(_osp_brief kept_digest "${_osp_digest}")
  string(RANDOM LENGTH 8 _osp_tag)
  foreach(_osp_pair IN ITEMS "json|${json}" "brief.json|${_osp_brief}")
    string(FIND "${_osp_pair}" "|" _osp_bar)
    string(SUBSTRING "${_osp_pair}" 0 ${_osp_bar} _osp_suffix)
    math(EXPR _osp_bar "${_osp_bar} + 1")
    string(SUBSTRING "${_osp_pair}" ${_osp_bar} -1 _osp_text)
    file(WRITE "${work}/pass.${_osp_suffix}.${_osp_tag}" "${_osp_text}")
    file(RENAME "${work}/pass.${_osp_suffix}.${_osp_tag}" "${work}/pass-${fingerprint}.${_osp_suffix}")
  endforeach()
  list(REMOVE_ITEM _osp_kept "${fingerprint}")
  list(PREPEND _osp_kept "${fingerprint}")
  list(LENGTH _osp_kept _osp_n)
  if(_osp_n GREATER 8)
    list(POP_BACK _osp_kept _osp_oldest)
    file(REMOVE "${work}/pass-${_osp_oldest}.json" "${work}/pass-${_osp_oldest}.brief.json")
  endif()
  set(_OpenSSLProbe_FINGERPRINTS "${_osp_kept}" CACHE INTERNAL "")
  # The run-time files it names count in the next fingerprints.
  _openssl_probe_config_file(_osp_config _osp_module "${json}")
  set(_OpenSSLProbe_CONFIG_FILE "${_osp_config}" CACHE INTERNAL "")
  set(_OpenSSLProbe_FIPS_MODULE "${_osp_module}" CACHE INTERNAL "")
endfunction()
