# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 2 of 5, after locating: compiling and running the probe against the
# located install, once per change of anything it depends on.  Its output
# is the report record (Json.cmake); where it cannot run, the record is
# read from the probe binary and judged by Judge.cmake, which is loaded
# then: a warm configure parses only what it runs.

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

# Sets <out> to the folder of the probe sources: probe/ beside cmake/ in a
# source tree and once installed.
function(_openssl_probe_sources_dir out)
  get_filename_component(_osp_dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../../probe" ABSOLUTE)
  set(${out} "${_osp_dir}" PARENT_SCOPE)
endfunction()

# Sets <out> to the names of what, besides the install and the call's
# arguments, the probe's outcome depends on (see _openssl_probe_snapshot):
# the languages, compilers and flags it is built with, and the
# environment the library reads at run time.
function(_openssl_probe_context out)
  set(_osp_names CMAKE_C_COMPILER_LOADED CMAKE_CXX_COMPILER_LOADED
    CMAKE_C_COMPILER CMAKE_C_COMPILER_VERSION CMAKE_C_FLAGS
    CMAKE_CXX_COMPILER CMAKE_CXX_COMPILER_VERSION CMAKE_CXX_FLAGS
    CMAKE_EXE_LINKER_FLAGS CMAKE_CROSSCOMPILING_EMULATOR
    CMAKE_REQUIRED_FLAGS CMAKE_REQUIRED_DEFINITIONS
    CMAKE_REQUIRED_LINK_OPTIONS CMAKE_REQUIRED_LIBRARIES
    ENV{LD_LIBRARY_PATH} ENV{OPENSSL_CONF} ENV{SSL_CERT_FILE}
    ENV{SSL_CERT_DIR} ENV{OPENSSL_MODULES} OPENSSL_PROBE_TODAY)
  if(WIN32)
    # Where Windows looks for the DLLs (Wine adds WINEPATH to PATH).
    list(APPEND _osp_names ENV{PATH} ENV{WINEPATH})
  endif()
  set(${out} ${_osp_names} PARENT_SCOPE)
endfunction()

# Sets <out> to the names of every variable a call's outcome depends on
# besides its arguments (see _openssl_probe_snapshot): what locating
# reads, what the probe is built and run with.
function(_openssl_probe_state_names out)
  _openssl_probe_context(_osp_context)
  _openssl_probe_locate_inputs(_osp_inputs)
  set(${out} ${_osp_context} ${_osp_inputs} CMAKE_REQUIRED_QUIET PARENT_SCOPE)
endfunction()

# Sets <out> to the values, as one string, of the variables whose names
# the command <names> gives (NAME, ENV{NAME} or CACHE{NAME}).  The code
# that reads them is made once per configure and kept in the global
# property <property>, so that a call that repeats an earlier one tells
# so in one step.
function(_openssl_probe_snapshot out property names)
  get_property(_osp_code GLOBAL PROPERTY ${property})
  if(NOT _osp_code)
    cmake_language(CALL ${names} _osp_names)
    list(TRANSFORM _osp_names REPLACE "^([A-Za-z0-9_]+)$" "\${\\1}")
    list(TRANSFORM _osp_names REPLACE "^((ENV|CACHE){.*})$" "$\\1")
    list(JOIN _osp_names "|" _osp_code)
    set(_osp_code "set(_osp_values \"${_osp_code}\")")
    set_property(GLOBAL PROPERTY ${property} "${_osp_code}")
  endif()
  cmake_language(EVAL CODE "${_osp_code}")
  set(${out} "${_osp_values}" PARENT_SCOPE)
endfunction()

# Sets <out> to a hash of the probe sources, found by listing their
# folder; computed once per configure (a global property does not outlive
# it), since they do not change during one.
function(_openssl_probe_sources_hash out)
  get_property(_osp_hash GLOBAL PROPERTY _OpenSSLProbe_SOURCES_HASH)
  if(NOT _osp_hash)
    _openssl_probe_sources_dir(_osp_dir)
    file(GLOB _osp_sources LIST_DIRECTORIES false "${_osp_dir}/*")
    list(SORT _osp_sources)
    set(_osp_hashes "")
    foreach(_osp_source IN LISTS _osp_sources)
      file(SHA256 "${_osp_source}" _osp_one)
      list(APPEND _osp_hashes "${_osp_one}")
    endforeach()
    string(SHA256 _osp_hash "${_osp_hashes}")
    set_property(GLOBAL PROPERTY _OpenSSLProbe_SOURCES_HASH "${_osp_hash}")
  endif()
  set(${out} "${_osp_hash}" PARENT_SCOPE)
endfunction()

# Sets <out_build> to a hash of everything the probe binary depends on:
# the install's files (path, size, time), the probe sources, the
# compilers and flags (and the rest of _openssl_probe_state_names), and
# the linkage and target given in ARGN; and
# <out> to a hash of that and everything its verdict depends on besides:
# the requirements <policy> (probe arguments), the run-time environment,
# and the run-time files the last report named, <config> (its OpenSSL
# configuration) and <module> (the FIPS provider it loaded, with the
# fipsmodule.cnf beside that configuration), whose identity counts as the
# library files' does.
function(_openssl_probe_fingerprint out out_build config module loc policy)
  _openssl_probe_snapshot(_osp_context _OpenSSLProbe_STATE_CODE _openssl_probe_state_names)
  _openssl_probe_sources_hash(_osp_sources)
  _openssl_probe_file_identity(_osp_install "${${loc}_INCLUDE_DIR}/openssl/opensslv.h"
    "${${loc}_SSL_LIBRARY}" "${${loc}_CRYPTO_LIBRARY}")
  string(SHA256 _osp_build "${${loc}_KEY};${ARGN};${_osp_context};${_osp_sources};${_osp_install}")
  set(_osp_fips_data "")
  if(NOT module STREQUAL "")
    get_filename_component(_osp_fips_data "${config}" DIRECTORY)
    set(_osp_fips_data "${_osp_fips_data}/fipsmodule.cnf")
  endif()
  _openssl_probe_file_identity(_osp_config "${config}" "${module}" "${_osp_fips_data}")
  string(SHA256 _osp_fp "${_osp_build};${policy};${_osp_config}")
  set(${out} "${_osp_fp}" PARENT_SCOPE)
  set(${out_build} "${_osp_build}" PARENT_SCOPE)
endfunction()

# Sets <out> to the identity of each file named after it: path, real path,
# size and time; an empty name or a missing file counts as missing.
function(_openssl_probe_file_identity out)
  set(_osp_identity "")
  foreach(_osp_i RANGE 1 ${ARGC})
    if(_osp_i EQUAL ARGC)
      break()
    endif()
    set(_osp_file "${ARGV${_osp_i}}")
    if(NOT _osp_file STREQUAL "" AND EXISTS "${_osp_file}")
      file(REAL_PATH "${_osp_file}" _osp_real)
      file(SIZE "${_osp_real}" _osp_size)
      file(TIMESTAMP "${_osp_real}" _osp_time "%s.%f" UTC)
      list(APPEND _osp_identity "${_osp_file}" "${_osp_real}" ${_osp_size} ${_osp_time})
    else()
      list(APPEND _osp_identity "${_osp_file} (missing)")
    endif()
  endforeach()
  set(${out} "${_osp_identity}" PARENT_SCOPE)
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
                            library_path messages)
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

# Sets <out> to the OpenSSL configuration file <json> names, and
# <out_module> to the FIPS provider that loaded (the file its fipsinstall
# data must match); each empty for none.
function(_openssl_probe_config_file out out_module json)
  string(JSON _osp_file ERROR_VARIABLE _osp_none GET "${json}" configuration file)
  if(_osp_none)
    set(_osp_file "")
  endif()
  set(_osp_module "")
  string(JSON _osp_loaded ERROR_VARIABLE _osp_none GET "${json}" fips loaded)
  if(_osp_loaded)
    string(JSON _osp_module GET "${json}" fips module)
  endif()
  set(${out} "${_osp_file}" PARENT_SCOPE)
  set(${out_module} "${_osp_module}" PARENT_SCOPE)
endfunction()

# Sets <out> to <path>, or, if <path> holds a character that CMake lists,
# compiler command lines or makefiles cannot carry intact (; " $ \), to a
# link to it under <work> with a plain name.  <name> tells links apart.
# The probe and the imported targets use these; messages show the real
# paths, and the loaded file is compared with links resolved.
function(_openssl_probe_plain_path out path work name)
  if(NOT path MATCHES "[;\"$\\]" OR NOT EXISTS "${path}" OR CMAKE_HOST_WIN32)
    set(${out} "${path}" PARENT_SCOPE)
    return()
  endif()
  set(_osp_link "${work}/alias/${name}")
  set(_osp_target "${path}")
  set(_osp_file "")
  if(NOT IS_DIRECTORY "${path}")
    # A library: link its folder, so the run path finds its siblings too.
    get_filename_component(_osp_target "${path}" DIRECTORY)
    get_filename_component(_osp_file "${path}" NAME)
    set(_osp_file "/${_osp_file}")
  endif()
  file(MAKE_DIRECTORY "${work}/alias")
  file(REMOVE "${_osp_link}")
  file(CREATE_LINK "${_osp_target}" "${_osp_link}" SYMBOLIC)
  set(${out} "${_osp_link}${_osp_file}" PARENT_SCOPE)
endfunction()

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
    set(_osp_code probe-no-report)
    set(_osp_why "the probe printed no report it could read (${_osp_bad})")
  elseif(_osp_rc MATCHES "timeout")
    set(_osp_code probe-timeout)
    set(_osp_why "the probe did not finish within ${timeout} s and was stopped")
  elseif(_osp_rc MATCHES "[Pp]ermission denied|[Oo]peration not permitted")
    # Built, but the system would not start it: the folder, not OpenSSL.
    get_filename_component(_osp_dir "${exe}" DIRECTORY)
    set(_osp_code probe-not-executable)
    string(CONCAT _osp_why "the probe ${exe} was built but could not be started (${_osp_rc}): "
      "${_osp_dir} is likely on a file system mounted noexec")
  elseif(WIN32 AND (_osp_rc MATCHES "0x[Cc]0000135|^-1073741515$"
                    OR (_osp_rc STREQUAL "53" AND CMAKE_CROSSCOMPILING_EMULATOR)))
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
    string(CONCAT _osp_why "the probe could not start (exit status ${_osp_rc}, "
      "STATUS_DLL_NOT_FOUND): Windows found no ${_osp_names} in the folders it "
      "searches for DLLs (the program's own, the system folders, then PATH); "
      "the chosen install has them in ${_osp_folder}, which is not on the PATH "
      "the probe ran with")
  elseif(_osp_rc MATCHES "^[0-9]+$")
    string(STRIP "${_osp_err}" _osp_err)
    set(_osp_code probe-failed)
    set(_osp_why "the probe failed with exit status ${_osp_rc}: ${_osp_err}")
  else()
    set(_osp_code probe-crashed)
    set(_osp_why "the probe crashed: ${_osp_rc}")
  endif()
  _openssl_probe_json_failure(_osp_json ${_osp_code} "${_osp_why} (see ${log})")
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
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
    _openssl_probe_judge_binary(_osp_json "${_osp_EXECUTABLE}" ${_osp_POLICY})
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

# Compiles and runs the probe against the install located in <LOCATION>,
# judged against POLICY (the requirements as probe arguments, see
# _openssl_probe_check_options).  Sets <out> to the probe's JSON report;
# or, when nothing it depends on changed since a pass, to that pass's
# brief (see _openssl_probe_keep), and the variable named by REUSED to
# true.  The variable
# named by FINGERPRINT gets what _openssl_probe_keep stores a pass under.
function(_openssl_probe_run out)
  cmake_parse_arguments(PARSE_ARGV 1 _osp ""
    "LOCATION;TIMEOUT;WORK_DIR;QUIET;REQUIRE_RUN;STATIC;REUSED;FINGERPRINT" "POLICY")
  set(${_osp_REUSED} FALSE PARENT_SCOPE)
  set(${_osp_FINGERPRINT} "" PARENT_SCOPE)
  set(_osp_loc "${_osp_LOCATION}")
  set(_osp_work "${_osp_WORK_DIR}")
  if(NOT "${${_osp_loc}_FATAL}" STREQUAL "[]")
    _openssl_probe_json_skeleton(_osp_json)
    _openssl_probe_json_add_reasons(_osp_json "${${_osp_loc}_FATAL}")
    set(${out} "${_osp_json}" PARENT_SCOPE)
    return()
  endif()
  # Two configures of one build directory at once (an IDE and a terminal)
  # take turns: the probe's folder is locked until this function returns.
  _openssl_probe_lock_file(_osp_err "${_osp_work}")
  if(_osp_err STREQUAL "0")
    file(LOCK "${_osp_work}" DIRECTORY GUARD FUNCTION TIMEOUT 300
      RESULT_VARIABLE _osp_err)
  endif()
  if(NOT _osp_err STREQUAL "0")
    _openssl_probe_lock_failure(_osp_json "${_osp_work}" "${_osp_err}")
    set(${out} "${_osp_json}" PARENT_SCOPE)
    return()
  endif()
  list(JOIN _osp_POLICY " " _osp_policy)
  set(_osp_fp_args ${_osp_loc} "${_osp_policy} ${_osp_REQUIRE_RUN}"
    "${CMAKE_CROSSCOMPILING}" "${_osp_STATIC}")
  _openssl_probe_fingerprint(_osp_fp _osp_build_fp "$CACHE{_OpenSSLProbe_CONFIG_FILE}"
    "$CACHE{_OpenSSLProbe_FIPS_MODULE}" ${_osp_fp_args})
  _openssl_probe_reuse(_osp_json "${_osp_work}" "${_osp_fp}" "${_osp_QUIET}")
  if(NOT _osp_json STREQUAL "")
    set(${out} "${_osp_json}" PARENT_SCOPE)
    set(${_osp_REUSED} TRUE PARENT_SCOPE)
    return()
  endif()

  set(_osp_exe "${_osp_work}/openssl_probe${CMAKE_EXECUTABLE_SUFFIX}")
  _openssl_probe_build_once(_osp_built ${_osp_loc} "${_osp_exe}" "${_osp_work}"
    "${_osp_build_fp}" "${_osp_STATIC}" "${_osp_QUIET}")
  # A cross-compiled probe runs only through an emulator; without one the
  # verdict comes from the headers, and says so.
  set(_osp_can_run TRUE)
  if(CMAKE_CROSSCOMPILING AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
    set(_osp_can_run FALSE)
  endif()
  if(_osp_built AND NOT _osp_can_run)
    _openssl_probe_judge_unrun(_osp_json "${_osp_exe}" "${_osp_REQUIRE_RUN}" ${_osp_POLICY})
  elseif(_osp_built)
    _openssl_probe_run_built(_osp_json ${_osp_loc} "${_osp_exe}" "${_osp_work}"
      ${_osp_TIMEOUT} "${_osp_STATIC}" ${_osp_POLICY})
  else()
    _openssl_probe_headers_fallback(_osp_json LOCATION ${_osp_loc}
      EXECUTABLE "${_osp_exe}" LOG "${_osp_work}/probe.log" WORK_DIR "${_osp_work}"
      CAN_RUN ${_osp_can_run} TIMEOUT ${_osp_TIMEOUT} POLICY ${_osp_POLICY}
      ${_osp_built_strip})
  endif()
  # Where the project's warning options had to be dropped: which, and why.
  if(_osp_built_dropped)
    _openssl_probe_json_set_string(_osp_json dropped_flags "${_osp_built_dropped}")
    _openssl_probe_json_set_string(_osp_json dropped_flags_error "${_osp_built_error}")
  endif()
  string(JSON _osp_verdict GET "${_osp_json}" verdict)
  if(_osp_verdict STREQUAL "pass")
    # Under the configuration file this run names (the first run knows it
    # only now).
    _openssl_probe_config_file(_osp_config _osp_module "${_osp_json}")
    if(NOT _osp_config STREQUAL "$CACHE{_OpenSSLProbe_CONFIG_FILE}"
       OR NOT _osp_module STREQUAL "$CACHE{_OpenSSLProbe_FIPS_MODULE}")
      _openssl_probe_fingerprint(_osp_fp _osp_build_fp "${_osp_config}" "${_osp_module}"
        ${_osp_fp_args})
    endif()
    set(${_osp_FINGERPRINT} "${_osp_fp}" PARENT_SCOPE)
  endif()
  if(NOT _osp_QUIET)
    _openssl_probe_run_said("${_osp_json}" ${_osp_can_run})
  endif()
  set(${out} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_err> to 0 when the probe's folder <work> has its lock file, or
# to why not.  The first time, a folder that cannot be written is named as
# such (file(LOCK) would stop the configure with CMake's own words).  The
# lock file's content does not matter; file(COPY_FILE) reports failure
# instead of stopping, and starts no process.
function(_openssl_probe_lock_file out_err work)
  file(MAKE_DIRECTORY "${work}")
  set(_osp_err 0)
  if(NOT EXISTS "${work}/cmake.lock")
    file(COPY_FILE "${CMAKE_CURRENT_FUNCTION_LIST_FILE}" "${work}/cmake.lock"
      RESULT _osp_err)
  endif()
  set(${out_err} "${_osp_err}" PARENT_SCOPE)
endfunction()

# Sets <out_json> to the report of a probe that could not take the lock of
# <work>: held too long by another configure, or the folder not writable.
function(_openssl_probe_lock_failure out_json work err)
  if(err MATCHES "[Tt]imeout")
    _openssl_probe_json_failure(_osp_json probe-busy
      "another configure of this build directory has held ${work}/cmake.lock "
      "for 300 s (${err}); the probe did not run")
  else()
    _openssl_probe_json_failure(_osp_json build-dir-unwritable
      "the probe's folder ${work} cannot be written (${err}): "
      "the probe cannot be built there")
  endif()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Sets <out_json> to the brief of the pass kept under <fingerprint> in
# <work> (_openssl_probe_keep), or to empty when there is none.
function(_openssl_probe_reuse out_json work fingerprint quiet)
  set(_osp_json "")
  set(_osp_saved "${work}/pass-${fingerprint}.brief.json")
  set(_osp_kept "$CACHE{_OpenSSLProbe_FINGERPRINTS}")
  if(fingerprint IN_LIST _osp_kept AND EXISTS "${_osp_saved}"
     AND EXISTS "${work}/pass-${fingerprint}.json")
    if(NOT quiet)
      message(STATUS "Probe unchanged since the last configure; result reused")
    endif()
    file(READ "${_osp_saved}" _osp_json)
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
# against the policy (ARGN): what only a run can judge (REQUIRE_RUN, and
# the table's needs_run: upstream support, FIPS, ...) fails.
function(_openssl_probe_judge_unrun out_json exe require_run)
  _openssl_probe_judge_binary(_osp_json "${exe}" ${ARGN})
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
