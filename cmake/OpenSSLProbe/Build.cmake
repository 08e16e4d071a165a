# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 2 of 5, when no pass can be reused: builds the probe's two halves
# against the located install (try_compile, side by side), runs it (or,
# cross-compiling without an emulator, reads the facts the compiler left in
# the binary), and turns what it printed into the report record.  Read by
# Probe.cmake only then, so that a warm configure parses none of it.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_locate)
  include("${CMAKE_CURRENT_LIST_DIR}/Locate.cmake")
endif()
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()
if(NOT COMMAND _openssl_probe_option_table)
  include("${CMAKE_CURRENT_LIST_DIR}/Options.cmake")
endif()
if(NOT COMMAND _openssl_probe_sources_dir)
  include("${CMAKE_CURRENT_LIST_DIR}/Probe.cmake")
endif()

# Sets <out> to the first diagnostic in the compiler and linker output in
# <log> that says what went wrong, or to empty: a compiler's "file:line:
# error:" (or MSVC's "error C1234"), or the linker's own complaint; never a
# command line, whatever flags it holds (-Werror).
function(_openssl_probe_first_error out log)
  set(_osp_line "")
  if(EXISTS "${log}")
    file(STRINGS "${log}" _osp_lines ENCODING UTF-8 REGEX
      "(: (fatal )?error|error [A-Z]+[0-9]+|undefined reference|cannot find -l|attempted static link|file truncated|file format not recognized|incompatible|No such file)")
    foreach(_osp_candidate IN LISTS _osp_lines)
      # A command line names the compiler and its output file.
      if(NOT _osp_candidate MATCHES " -o [^ ]|^(Building|Linking|Change Dir|Run Build|gmake|make)")
        string(STRIP "${_osp_candidate}" _osp_line)
        break()
      endif()
    endforeach()
  endif()
  set(${out} "${_osp_line}" PARENT_SCOPE)
endfunction()

# Sets <out> to <flags> (a command-line string) without its warning
# options: -W..., -pedantic-errors, MSVC's /W.. and /we...
function(_openssl_probe_strip_warnings out flags)
  separate_arguments(_osp_args NATIVE_COMMAND "${flags}")
  list(FILTER _osp_args EXCLUDE REGEX "^(-W|-pedantic-errors$|/W|/we)")
  list(JOIN _osp_args " " _osp_flags)
  set(${out} "${_osp_flags}" PARENT_SCOPE)
endfunction()

# Builds the probe with the project's compiler and flags.  The OpenSSL
# headers come in as system headers, as imported targets bring them, so
# the project's warning flags apply to the probe's own code only.  With
# STRIP_WARNINGS the project's warning options are left out.  Sets <out>
# true on success; appends the compiler output to the probe log.
function(_openssl_probe_build out)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "STRIP_WARNINGS" "EXECUTABLE;LOG;INCLUDE_DIR;WORK_DIR"
    "DEFINITIONS;LIBRARIES")
  _openssl_probe_build_sources(_osp_sources _osp_standard "${_osp_WORK_DIR}")
  set(_osp_required "${CMAKE_REQUIRED_FLAGS}")
  if(_osp_STRIP_WARNINGS)
    # try_compile takes the flags of the calling scope: this function's.
    foreach(_osp_var IN ITEMS CMAKE_C_FLAGS CMAKE_CXX_FLAGS _osp_required)
      _openssl_probe_strip_warnings(${_osp_var} "${${_osp_var}}")
    endforeach()
  endif()
  separate_arguments(_osp_required_flags NATIVE_COMMAND "${_osp_required}")
  # The headers as an imported target's, hence system headers.
  if(NOT TARGET OpenSSLProbe::ProbeHeaders)
    add_library(OpenSSLProbe::ProbeHeaders INTERFACE IMPORTED)
  endif()
  set_target_properties(OpenSSLProbe::ProbeHeaders PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_osp_INCLUDE_DIR}")
  # The probe's two halves compile side by side: Ninja does so by itself,
  # make when asked (and when the caller's make has not said otherwise).
  set(_osp_makeflags "")
  if(CMAKE_GENERATOR MATCHES "^(Unix|MinGW|MSYS) Makefiles$" AND "$ENV{MAKEFLAGS}" STREQUAL "")
    set(_osp_makeflags "-j2")
    set(ENV{MAKEFLAGS} "${_osp_makeflags}")
  endif()
  try_compile(_osp_compiled "${_osp_WORK_DIR}/build"
    SOURCES ${_osp_sources}
    NO_CACHE
    CMAKE_FLAGS -DCMAKE_RULE_MESSAGES=OFF
    COMPILE_DEFINITIONS ${_osp_required_flags} ${CMAKE_REQUIRED_DEFINITIONS}
                        ${_osp_DEFINITIONS}
    LINK_OPTIONS ${CMAKE_REQUIRED_LINK_OPTIONS}
    LINK_LIBRARIES OpenSSLProbe::ProbeHeaders ${_osp_LIBRARIES} ${CMAKE_REQUIRED_LIBRARIES}
    ${_osp_standard}
    OUTPUT_VARIABLE _osp_output
    COPY_FILE "${_osp_EXECUTABLE}"
    COPY_FILE_ERROR _osp_copy_error)
  if(_osp_makeflags)
    unset(ENV{MAKEFLAGS})
  endif()
  file(APPEND "${_osp_LOG}" "${_osp_output}\n${_osp_copy_error}\n")
  if(_osp_compiled AND NOT _osp_copy_error)
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

# Sets <out_sources> to the probe's sources (openssl_probe.h: two halves)
# and <out_standard> to the language standard they build with: C99 where C
# is enabled, else C++14, through wrappers written in <work>.
function(_openssl_probe_build_sources out_sources out_standard work)
  get_property(_osp_languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  _openssl_probe_sources_dir(_osp_dir)
  set(_osp_sources "")
  # One of C and CXX is enabled (_openssl_probe_check_languages).
  if("C" IN_LIST _osp_languages)
    foreach(_osp_name IN ITEMS openssl_probe openssl_probe_facts)
      list(APPEND _osp_sources "${_osp_dir}/${_osp_name}.c")
    endforeach()
    set(${out_standard} C_STANDARD 99 PARENT_SCOPE)
  else()
    # The same sources, compiled as C++ for projects without C.
    foreach(_osp_name IN ITEMS openssl_probe openssl_probe_facts)
      file(CONFIGURE OUTPUT "${work}/${_osp_name}.cpp"
        CONTENT "#include \"@_osp_dir@/@_osp_name@.c\"\n" @ONLY)
      list(APPEND _osp_sources "${work}/${_osp_name}.cpp")
    endforeach()
    set(${out_standard} CXX_STANDARD 14 PARENT_SCOPE)
  endif()
  set(${out_sources} "${_osp_sources}" PARENT_SCOPE)
endfunction()

# Sets <out_json> to the verdict where the probe binary <exe> cannot run:
# its header facts, judged against the requirements (probe arguments).
function(_openssl_probe_judge_binary out_json exe)
  _openssl_probe_read_binary(_osp_json "${exe}")
  # Loaded when a verdict is needed, not on every configure.
  if(NOT COMMAND _openssl_probe_judge)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Judge.cmake")
  endif()
  _openssl_probe_judge(_osp_json ${ARGN})
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_json> to the record the probe binary <exe> holds for when it
# cannot run: the header facts, which osp_header.h has the compiler spell
# out as text; the run-time fields stay empty.
function(_openssl_probe_read_binary out_json exe)
  file(STRINGS "${exe}" _osp_lines REGEX "OSP_[A-Z0-9_]+\\[")
  foreach(_osp_line IN LISTS _osp_lines)
    if(_osp_line MATCHES "(OSP_[A-Z0-9_]+)\\[(.*)\\]")
      set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    endif()
  endforeach()
  _openssl_probe_json_skeleton(_osp_json)
  if(NOT DEFINED OSP_NUMBER OR NOT DEFINED OSP_FLAVOR)
    _openssl_probe_json_fail(_osp_json probe-no-report
      "the probe binary ${exe} holds no header facts to read")
    set(${out_json} "${_osp_json}" PARENT_SCOPE)
    return()
  endif()
  # Leading zeros off (REGEX REPLACE would re-anchor "^" after each match).
  string(REGEX MATCH "[1-9][0-9]*$" _osp_number "${OSP_NUMBER}")
  string(REGEX MATCH "[1-9][0-9]*$" _osp_api "${OSP_API}")
  if(_osp_number STREQUAL "")
    set(_osp_number 0)
  endif()
  # The version in the flavor's own numbering, as osp_header_facts takes it.
  if(OSP_FLAVOR STREQUAL "OpenSSL")
    _openssl_probe_version_from_number(_osp_version ${_osp_number})
  else()
    _openssl_probe_flavor_from_text(_osp_flavor _osp_version "${OSP_TEXT}")
  endif()
  math(EXPR _osp_hex "${_osp_number}" OUTPUT_FORMAT HEXADECIMAL)
  foreach(_osp_key IN ITEMS flavor header_flavor)
    _openssl_probe_json_set_string(_osp_json ${_osp_key} "${OSP_FLAVOR}")
  endforeach()
  _openssl_probe_json_set_string(_osp_json header_version "${_osp_version}")
  _openssl_probe_json_set_string(_osp_json header_number "${_osp_hex}")
  _openssl_probe_json_set_string(_osp_json header_text "${OSP_TEXT}")
  if(OSP_FLAVOR STREQUAL "BoringSSL")
    string(JSON _osp_json SET "${_osp_json}" api_version "${_osp_api}")
  endif()
  foreach(_osp_v IN ITEMS 12 13)
    string(SUBSTRING "${_osp_v}" 1 1 _osp_minor)
    set(_osp_compiled false)
    set(_osp_disabled false)
    if(OSP_TLS${_osp_v} STREQUAL "1")
      set(_osp_compiled true)
    elseif(OSP_TLS${_osp_v} STREQUAL "d")
      set(_osp_disabled true)
    endif()
    string(JSON _osp_json SET "${_osp_json}" tls1_${_osp_minor} compiled ${_osp_compiled})
    string(JSON _osp_json SET "${_osp_json}" tls1_${_osp_minor} disabled ${_osp_disabled})
    _openssl_probe_json_quote(_osp_note "${OSP_TLS${_osp_v}_NOTE}")
    string(JSON _osp_json SET "${_osp_json}" tls1_${_osp_minor} note "${_osp_note}")
  endforeach()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Runs a built probe.  Sets <out_json> to its report, or to a skeleton that
# says why there is none.  <dlls> lists the DLLs it needs on Windows.
function(_openssl_probe_execute out_json exe timeout log dlls)
  # Each argument whole, even a path with a ';' in it (ARGN would split it).
  set(_osp_args "")
  math(EXPR _osp_last "${ARGC} - 1")
  foreach(_osp_i RANGE 5 ${_osp_last})
    string(REPLACE ";" "\\;" _osp_arg "${ARGV${_osp_i}}")
    list(APPEND _osp_args "${_osp_arg}")
  endforeach()
  # The release table the probe judges upstream support by, beside it.
  _openssl_probe_sources_dir(_osp_dir)
  if(CMAKE_CROSSCOMPILING_EMULATOR)
    # Through files: an emulator's helpers (Wine's) may hold a pipe open
    # after the program ended, and the call would wait for its timeout.
    execute_process(
      COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} "${exe}" ${_osp_args}
        --support-table "${_osp_dir}/osp_support.tsv"
      TIMEOUT ${timeout}
      RESULT_VARIABLE _osp_rc
      OUTPUT_FILE "${log}.out"
      ERROR_FILE "${log}.err")
    file(READ "${log}.out" _osp_out)
    file(READ "${log}.err" _osp_err)
  else()
    execute_process(
      COMMAND "${exe}" ${_osp_args} --support-table "${_osp_dir}/osp_support.tsv"
      TIMEOUT ${timeout}
      RESULT_VARIABLE _osp_rc
      OUTPUT_VARIABLE _osp_out
      ERROR_VARIABLE _osp_err)
  endif()
  file(APPEND "${log}" "Ran ${exe}: ${_osp_rc}\n${_osp_out}\n${_osp_err}\n")
  if(_osp_rc STREQUAL "0")
    string(JSON _osp_verdict ERROR_VARIABLE _osp_bad GET "${_osp_out}" verdict)
    if(NOT _osp_bad)
      set(${out_json} "${_osp_out}" PARENT_SCOPE)
      return()
    endif()
  endif()
  _openssl_probe_why_no_report(_osp_code _osp_why "${exe}" "${_osp_rc}" "${timeout}"
    "${_osp_err}" "${_osp_bad}" "${dlls}")
  _openssl_probe_json_failure(_osp_json ${_osp_code} "${_osp_why} (see ${log})")
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_code> and <out_why> to why the probe <exe> left no report: its
# exit status <rc> (or what execute_process said), within <timeout>; <err>
# what it printed on stderr, <bad> why its output is not a report, <dlls>
# the DLLs it needs on Windows.  The words of what the command's --scan
# meets too are guidance.tsv's (why-*).
function(_openssl_probe_why_no_report out_code out_why exe rc timeout err bad dlls)
  if(NOT COMMAND _openssl_probe_guidance_text)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
  endif()
  if(rc STREQUAL "0")
    set(_osp_code probe-no-report)
    _openssl_probe_guidance_text(_osp_why why-probe-no-report detail "${bad}")
  elseif(rc MATCHES "timeout")
    set(_osp_code probe-timeout)
    _openssl_probe_guidance_text(_osp_why why-probe-timeout seconds "${timeout}")
  elseif(rc MATCHES "[Pp]ermission denied|[Oo]peration not permitted")
    # Built, but the system would not start it: the folder, not OpenSSL.
    get_filename_component(_osp_dir "${exe}" DIRECTORY)
    set(_osp_code probe-not-executable)
    string(CONCAT _osp_why "the probe ${exe} was built but could not be started (${rc}): "
      "${_osp_dir} is likely on a file system mounted noexec")
  elseif(WIN32 AND (rc MATCHES "0x[Cc]0000135|^-1073741515$"
                    OR (rc STREQUAL "53" AND CMAKE_CROSSCOMPILING_EMULATOR)))
    # STATUS_DLL_NOT_FOUND (Wine exits with its low byte): Windows did not
    # find a DLL the probe links, in any folder it searches.
    set(_osp_names "")
    foreach(_osp_dll IN LISTS dlls)
      get_filename_component(_osp_name "${_osp_dll}" NAME)
      get_filename_component(_osp_folder "${_osp_dll}" DIRECTORY)
      list(APPEND _osp_names "${_osp_name}")
    endforeach()
    list(JOIN _osp_names " or " _osp_names)
    set(_osp_code dll-not-found)
    string(CONCAT _osp_why "the probe could not start (exit status ${rc}, "
      "STATUS_DLL_NOT_FOUND): Windows found no ${_osp_names} in the folders it "
      "searches for DLLs (the program's own, the system folders, then PATH); "
      "the chosen install has them in ${_osp_folder}, which is not on the PATH "
      "the probe ran with")
  elseif(rc MATCHES "^[0-9]+$")
    string(STRIP "${err}" _osp_err)
    set(_osp_code probe-failed)
    set(_osp_why "the probe failed with exit status ${rc}: ${_osp_err}")
  else()
    set(_osp_code probe-crashed)
    set(_osp_why "the probe crashed: ${rc}")
  endif()
  set(${out_code} "${_osp_code}" PARENT_SCOPE)
  set(${out_why} "${_osp_why}" PARENT_SCOPE)
endfunction()

# When the probe cannot be linked: builds it without the library, so the
# report still tells the header version, and says why linking failed.
# Sets <out_json> to that report.
function(_openssl_probe_headers_fallback out_json)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "STRIP_WARNINGS"
    "LOCATION;EXECUTABLE;LOG;WORK_DIR;CAN_RUN;TIMEOUT" "POLICY")
  set(_osp_loc "${_osp_LOCATION}")
  set(_osp_inc "${${_osp_loc}_INCLUDE_DIR}")
  set(_osp_strip "")
  if(_osp_STRIP_WARNINGS)
    set(_osp_strip STRIP_WARNINGS)
  endif()
  _openssl_probe_build(_osp_built
    EXECUTABLE "${_osp_EXECUTABLE}" LOG "${_osp_LOG}"
    INCLUDE_DIR "${${_osp_loc}_USE_INCLUDE_DIR}"
    WORK_DIR "${_osp_WORK_DIR}" DEFINITIONS -DOSP_HEADERS_ONLY ${_osp_strip})
  _openssl_probe_first_error(_osp_error "${_osp_LOG}")
  if(NOT _osp_built)
    _openssl_probe_json_failure(_osp_json headers-not-compilable
      "the OpenSSL headers in ${_osp_inc} cannot be compiled: "
      "${_osp_error} (full output in ${_osp_LOG})")
    set(${out_json} "${_osp_json}" PARENT_SCOPE)
    return()
  endif()
  if(_osp_CAN_RUN)
    _openssl_probe_execute(_osp_json "${_osp_EXECUTABLE}" ${_osp_TIMEOUT}
      "${_osp_LOG}" "" ${_osp_POLICY} --include-dir "${_osp_inc}")
  else()
    set(_osp_components "")
    if(${_osp_loc}_CRYPTO_ONLY)
      set(_osp_components --components Crypto) # no TLS claim
    endif()
    _openssl_probe_judge_binary(_osp_json "${_osp_EXECUTABLE}" ${_osp_POLICY} ${_osp_components})
  endif()
  # A project that links programs fully static cannot use shared
  # libraries: that is its choice to state, not OpenSSL's fault.
  separate_arguments(_osp_link_flags NATIVE_COMMAND "${CMAKE_EXE_LINKER_FLAGS}")
  list(APPEND _osp_link_flags ${CMAKE_REQUIRED_LINK_OPTIONS})
  if("-static" IN_LIST _osp_link_flags
     AND NOT "${${_osp_loc}_SSL_LIBRARY}" MATCHES "${CMAKE_STATIC_LIBRARY_SUFFIX}$")
    _openssl_probe_json_fail(_osp_json static-link-of-shared
      "the project links programs fully static (-static in CMAKE_EXE_LINKER_FLAGS "
      "or CMAKE_REQUIRED_LINK_OPTIONS), which cannot use the shared "
      "${${_osp_loc}_SSL_LIBRARY}: ${_osp_error} (full output in ${_osp_LOG})")
  else()
    _openssl_probe_json_fail(_osp_json link-failed
      "the probe compiles against the headers in ${_osp_inc} "
      "but cannot be linked with ${${_osp_loc}_SSL_LIBRARY} and "
      "${${_osp_loc}_CRYPTO_LIBRARY}: ${_osp_error} (full output in ${_osp_LOG})")
  endif()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Builds the probe <exe> in <work> against the install located in <loc>,
# unless the binary there was built for the same inputs (<build_fp>): it
# runs again for other requirements.  Sets <out> to whether there is a
# probe to run, and <out>_dropped, <out>_error and <out>_strip when the
# project's warning options broke the probe's own code (where they cannot
# touch OpenSSL's system headers): then they are the cause, not OpenSSL,
# and it is built once more without them.
function(_openssl_probe_build_once out loc exe work build_fp static quiet)
  set(_osp_exe_for "${work}/openssl_probe.built-for")
  set(_osp_log "${work}/probe.log")
  set(_osp_built_for "")
  if(EXISTS "${_osp_exe_for}" AND EXISTS "${exe}")
    file(READ "${_osp_exe_for}" _osp_built_for)
  endif()
  set(${out}_dropped "" PARENT_SCOPE)
  set(${out}_error "" PARENT_SCOPE)
  set(${out}_strip "" PARENT_SCOPE)
  set(_osp_library "${${loc}_SSL_LIBRARY}")
  if(${loc}_CRYPTO_ONLY)
    set(_osp_library "${${loc}_CRYPTO_LIBRARY}")
  endif()
  if(_osp_built_for STREQUAL build_fp)
    if(NOT quiet)
      message(CHECK_START "Running the probe built before for ${_osp_library}")
    endif()
    set(${out} TRUE PARENT_SCOPE)
    return()
  endif()
  if(NOT quiet)
    message(CHECK_START "Probing ${_osp_library}")
  endif()
  file(REMOVE "${exe}" "${_osp_exe_for}" "${work}/probe-with-warnings.log")
  file(WRITE "${_osp_log}" "")
  _openssl_probe_link_deps(_osp_deps "${static}" "${${loc}_CRYPTO_LIBRARY}")
  set(_osp_build_args EXECUTABLE "${exe}" LOG "${_osp_log}"
    INCLUDE_DIR "${${loc}_USE_INCLUDE_DIR}" WORK_DIR "${work}")
  if(${loc}_CRYPTO_ONLY)
    # libcrypto alone: the probe is built without libssl and its TLS facts.
    list(APPEND _osp_build_args DEFINITIONS -DOSP_CRYPTO_ONLY
      LIBRARIES "${${loc}_USE_CRYPTO_LIBRARY}" ${_osp_deps})
  else()
    list(APPEND _osp_build_args
      LIBRARIES "${${loc}_USE_SSL_LIBRARY}" "${${loc}_USE_CRYPTO_LIBRARY}" ${_osp_deps})
  endif()
  _openssl_probe_build(_osp_built ${_osp_build_args})
  set(_osp_flags "${CMAKE_C_FLAGS} ${CMAKE_CXX_FLAGS} ${CMAKE_REQUIRED_FLAGS}")
  _openssl_probe_strip_warnings(_osp_plain "${_osp_flags}")
  separate_arguments(_osp_all NATIVE_COMMAND "${_osp_flags}")
  list(JOIN _osp_all " " _osp_all)
  if(NOT _osp_built AND NOT _osp_plain STREQUAL _osp_all)
    _openssl_probe_first_error(_osp_error "${_osp_log}")
    # The first build's output moves aside, so that the log (and the error
    # quoted from it) is that of the build without the warning options.
    file(RENAME "${_osp_log}" "${work}/probe-with-warnings.log")
    _openssl_probe_build(_osp_built ${_osp_build_args} STRIP_WARNINGS)
    set(${out}_strip STRIP_WARNINGS PARENT_SCOPE)
    if(_osp_built)
      set(${out}_dropped "${_osp_all}" PARENT_SCOPE)
      set(${out}_error "${_osp_error}" PARENT_SCOPE)
    endif()
  elseif(_osp_built)
    # Built as the project builds: reusable while the build inputs hold.
    file(WRITE "${_osp_exe_for}" "${build_fp}")
  endif()
  set(${out} ${_osp_built} PARENT_SCOPE)
endfunction()

# Sets <out_json> to the verdict on a probe <exe> that was built but cannot
# run (cross-compiling without an emulator), judged from its headers
# against the policy (ARGN), for libcrypto alone where <crypto_only>: what
# only a run can judge (REQUIRE_RUN, and the table's needs_run: upstream
# support, FIPS, ...) fails.
function(_openssl_probe_judge_unrun out_json exe require_run crypto_only)
  set(_osp_components "")
  if(crypto_only)
    set(_osp_components --components Crypto) # no TLS claim
  endif()
  _openssl_probe_judge_binary(_osp_json "${exe}" ${ARGN} ${_osp_components})
  if(require_run)
    _openssl_probe_json_fail(_osp_json run-required
      "the run-time checks are required (REQUIRE_RUN) but cannot run: "
      "cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR")
  endif()
  _openssl_probe_policy_values(_osp_policy ${ARGN})
  _openssl_probe_option_table(_osp_table)
  foreach(_osp_row IN LISTS _osp_table)
    _openssl_probe_option_fields(_osp "${_osp_row}")
    set(_osp_value "${_osp_policy_${_osp_KEYWORD}}")
    if(NOT _osp_NEEDS_RUN STREQUAL "" AND NOT require_run
       AND NOT _osp_value STREQUAL "" AND NOT _osp_value STREQUAL "0")
      _openssl_probe_json_fail(_osp_json run-required
        "${_osp_NEEDS_RUN} is required (${_osp_KEYWORD}) but cannot be judged: "
        "the probe cannot run (cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR)")
    endif()
  endforeach()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_json> to the report of the probe <exe> run against the install
# located in <loc>, with the policy (ARGN).  The install's own openssl
# program runs while the probe does, with the verified library first on
# the loader's path.  Not when cross-compiling: a probe in an emulator
# cannot start a program of the target.
function(_openssl_probe_run_built out_json loc exe work timeout static)
  set(_osp_ssl_real "")
  if(NOT "${${loc}_CRYPTO_DLL}" STREQUAL "")
    # Windows: the DLLs the import libraries name are what loads.
    set(_osp_ssl_real "${${loc}_SSL_DLL}")
    set(_osp_crypto_real "${${loc}_CRYPTO_DLL}")
  else()
    if(NOT ${loc}_CRYPTO_ONLY)
      _openssl_probe_follow_script(_osp_ssl_real "${${loc}_USE_SSL_LIBRARY}")
    endif()
    _openssl_probe_follow_script(_osp_crypto_real "${${loc}_USE_CRYPTO_LIBRARY}")
  endif()
  if(static)
    # Linked in: the code that runs is the probe's own.
    file(REAL_PATH "${exe}" _osp_crypto_real)
    if(NOT ${loc}_CRYPTO_ONLY)
      set(_osp_ssl_real "${_osp_crypto_real}")
    endif()
  endif()
  set(_osp_program_args "")
  set(_osp_program "${${loc}_PREFIX}/bin/openssl${CMAKE_EXECUTABLE_SUFFIX}")
  if(NOT CMAKE_CROSSCOMPILING AND NOT "${${loc}_PREFIX}" STREQUAL ""
     AND EXISTS "${_osp_program}" AND NOT IS_DIRECTORY "${_osp_program}")
    file(REAL_PATH "${${loc}_CRYPTO_LIBRARY}" _osp_libdir)
    get_filename_component(_osp_libdir "${_osp_libdir}" DIRECTORY)
    set(_osp_program_args --program "${_osp_program}" --program-libdir "${_osp_libdir}")
  endif()
  set(_osp_components "SSL,Crypto")
  if(${loc}_CRYPTO_ONLY)
    # No libssl to expect: the judge does not look for one (an empty
    # argument would not reach the probe).
    set(_osp_components Crypto)
    set(_osp_ssl_real "${_osp_crypto_real}")
  endif()
  _openssl_probe_execute(_osp_json "${exe}" ${timeout} "${work}/probe.log"
    "${${loc}_SSL_DLL};${${loc}_CRYPTO_DLL}"
    ${ARGN} --include-dir "${${loc}_INCLUDE_DIR}" --components ${_osp_components}
    --expect-ssl "${_osp_ssl_real}" --expect-crypto "${_osp_crypto_real}"
    ${_osp_program_args})
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Ends the "Probing" check with what the report <json> found.
function(_openssl_probe_run_said json can_run)
  string(JSON _osp_loaded GET "${json}" library_loaded)
  string(JSON _osp_flavor GET "${json}" flavor)
  _openssl_probe_describe_version(_osp_found "${json}")
  if(_osp_loaded)
    message(CHECK_PASS "${_osp_found}")
  elseif(NOT can_run AND _osp_flavor)
    message(CHECK_PASS "${_osp_found} (headers; not run: cross-compiling without an emulator)")
  else()
    message(CHECK_FAIL "the probe did not run")
  endif()
endfunction()
