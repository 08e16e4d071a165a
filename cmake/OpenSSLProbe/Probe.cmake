# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 2 of 5, after locating: the probe's outcome for the located install,
# once per change of anything it depends on: the fingerprint of those
# inputs, and a pass kept from an earlier configure reused.  Only when
# nothing can be reused is the probe built and run (Build.cmake, loaded
# then: a warm configure parses only what it runs).  Its output is the
# report record (Json.cmake).

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_locate)
  include("${CMAKE_CURRENT_LIST_DIR}/Locate.cmake")
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
# that reads them is made once per configure, as the function
# <property>_read, so that a call that repeats an earlier one tells so in
# one step.
function(_openssl_probe_snapshot out property names)
  if(NOT COMMAND ${property}_read)
    cmake_language(CALL ${names} _osp_names)
    list(TRANSFORM _osp_names REPLACE "^([A-Za-z0-9_]+)$" "\${\\1}")
    list(TRANSFORM _osp_names REPLACE "^((ENV|CACHE){.*})$" "$\\1")
    list(JOIN _osp_names "|" _osp_code)
    cmake_language(EVAL CODE "function(${property}_read out)
  set(\${out} \"${_osp_code}\" PARENT_SCOPE)
endfunction()")
  endif()
  cmake_language(CALL ${property}_read _osp_values)
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
  # Nothing to reuse: build and run (Build.cmake, read only now).
  include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Build.cmake")
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
    _openssl_probe_judge_unrun(_osp_json "${_osp_exe}" "${_osp_REQUIRE_RUN}" "${${_osp_loc}_CRYPTO_ONLY}" ${_osp_POLICY})
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
    file(READ "${_osp_saved}" _osp_json)
    # A brief kept by an earlier release of the module, without the line a
    # pass prints, is probed again.
    string(JSON _osp_line ERROR_VARIABLE _osp_old GET "${_osp_json}" summary)
    if(_osp_old)
      set(_osp_json "")
    elseif(NOT quiet)
      message(STATUS "Probe unchanged since the last configure; result reused")
    endif()
  endif()
  set(${out_json} "${_osp_json}" PARENT_SCOPE)
endfunction()

