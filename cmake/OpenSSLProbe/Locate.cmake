# Distributed under the OSI-approved BSD 3-Clause License.
#
# Locating the OpenSSL install: the override if there is one (and nothing
# else), otherwise pkg-config and the default search paths.

include_guard(GLOBAL)
include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")

# Sets <out> to the install prefix a header or library folder belongs to:
# the part before the last include/ or lib*/ component, links resolved.
function(_openssl_probe_prefix_of out path kind)
  set(_osp_prefix "")
  if(path)
    file(REAL_PATH "${path}" _osp_real)
    if(kind STREQUAL "include")
      set(_osp_re "^(.*)/include(/.*)?$")
    else()
      set(_osp_re "^(.*)/lib(32|64|x32)?(/.*)?$")
    endif()
    if(_osp_real MATCHES "${_osp_re}")
      set(_osp_prefix "${CMAKE_MATCH_1}")
      if(_osp_prefix STREQUAL "")
        set(_osp_prefix "/")
      endif()
    endif()
  endif()
  set(${out} "${_osp_prefix}" PARENT_SCOPE)
endfunction()

# Which override applies, and from where.  WITH_OPENSSL_DIR wins over
# OPENSSL_ROOT_DIR (variable, then environment), as the more specific one.
function(_openssl_probe_override out_dir out_source)
  set(_osp_dir "")
  set(_osp_source "")
  if(NOT WITH_OPENSSL_DIR STREQUAL "")
    set(_osp_dir "${WITH_OPENSSL_DIR}")
    set(_osp_source "WITH_OPENSSL_DIR")
  endif()
  foreach(_osp_root IN ITEMS "${OPENSSL_ROOT_DIR}" "$ENV{OPENSSL_ROOT_DIR}")
    if(_osp_root STREQUAL "")
      continue()
    endif()
    if(_osp_source STREQUAL "")
      set(_osp_dir "${_osp_root}")
      if(_osp_root STREQUAL "${OPENSSL_ROOT_DIR}")
        set(_osp_source "OPENSSL_ROOT_DIR")
      else()
        set(_osp_source "ENV{OPENSSL_ROOT_DIR}")
      endif()
    elseif(NOT _osp_root STREQUAL _osp_dir)
      message(WARNING
        "${_osp_source} and OPENSSL_ROOT_DIR disagree; ${_osp_source} wins.\n"
        "  ${_osp_source}: ${_osp_dir}\n"
        "  OPENSSL_ROOT_DIR: ${_osp_root}\n")
      break()
    endif()
  endforeach()
  set(${out_dir} "${_osp_dir}" PARENT_SCOPE)
  set(${out_source} "${_osp_source}" PARENT_SCOPE)
endfunction()

# Forgets located paths when the override changed, so the new one is
# searched in this same configure.  Paths a user set by hand are kept.
function(_openssl_probe_forget_stale key)
  if(DEFINED CACHE{_OpenSSLProbe_LOCATED_FOR}
     AND NOT "$CACHE{_OpenSSLProbe_LOCATED_FOR}" STREQUAL "${key}")
    foreach(_osp_var IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
      set(_osp_entry "OpenSSLProbe_${_osp_var}")
      if("$CACHE{${_osp_entry}}" STREQUAL "$CACHE{_OpenSSLProbe_FOUND_${_osp_var}}"
         OR "$CACHE{${_osp_entry}}" MATCHES "-NOTFOUND$")
        unset(${_osp_entry} CACHE)
      endif()
    endforeach()
  endif()
  set(_OpenSSLProbe_LOCATED_FOR "${key}" CACHE INTERNAL "")
endfunction()

# Locates headers and libraries.  Sets, in the caller's scope:
#   <out>_INCLUDE_DIR, <out>_SSL_LIBRARY, <out>_CRYPTO_LIBRARY
#   <out>_PREFIX       the install they belong to
#   <out>_HOW          how they were found, in words
#   <out>_OVERRIDE     the override prefix, or empty
#   <out>_FATAL        JSON array of reasons nothing can be probed
#   <out>_PROBLEMS     JSON array of reasons the install fails anyway
function(_openssl_probe_locate out)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "" "QUIET" "")
  set(WITH_OPENSSL_DIR "" CACHE PATH
    "OpenSSL install prefix to use, like --with-openssl-dir")
  _openssl_probe_override(_osp_dir _osp_source)
  _openssl_probe_forget_stale("${_osp_source}=${_osp_dir}")

  set(_osp_fatal "[]")
  set(_osp_problems "[]")
  if(NOT _osp_QUIET)
    message(CHECK_START "Locating OpenSSL")
  endif()

  set(_osp_ssl_names ssl libssl)
  set(_osp_crypto_names crypto libcrypto)
  if(_osp_source)
    set(_osp_how "${_osp_source}=${_osp_dir}")
    if(NOT IS_DIRECTORY "${_osp_dir}")
      _openssl_probe_json_append(_osp_fatal
        "${_osp_source} is ${_osp_dir}, which is not an existing directory")
    else()
      # The override and nothing else: no default paths, no re-rooting.
      set(_osp_only PATHS "${_osp_dir}" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
      find_path(OpenSSLProbe_INCLUDE_DIR NAMES openssl/ssl.h
        ${_osp_only} PATH_SUFFIXES include
        DOC "OpenSSL include directory")
      find_library(OpenSSLProbe_SSL_LIBRARY NAMES ${_osp_ssl_names}
        ${_osp_only} PATH_SUFFIXES lib lib64
        DOC "OpenSSL libssl")
      find_library(OpenSSLProbe_CRYPTO_LIBRARY NAMES ${_osp_crypto_names}
        ${_osp_only} PATH_SUFFIXES lib lib64
        DOC "OpenSSL libcrypto")
    endif()
  else()
    set(_osp_how "the default search paths")
    set(_osp_hints "")
    if(NOT OpenSSLProbe_INCLUDE_DIR OR NOT OpenSSLProbe_SSL_LIBRARY)
      # pkg-config names the install the system's build tools would use.
      find_program(_osp_pkg_config NAMES pkg-config pkgconf NO_CACHE)
      if(_osp_pkg_config)
        execute_process(
          COMMAND "${_osp_pkg_config}" --cflags-only-I --libs-only-L libssl
          RESULT_VARIABLE _osp_pc_rc OUTPUT_VARIABLE _osp_pc_out
          ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(_osp_pc_rc EQUAL 0 AND _osp_pc_out)
          separate_arguments(_osp_pc_args UNIX_COMMAND "${_osp_pc_out}")
          foreach(_osp_arg IN LISTS _osp_pc_args)
            if(_osp_arg MATCHES "^-[IL](.+)$")
              list(APPEND _osp_hints "${CMAKE_MATCH_1}")
            endif()
          endforeach()
          set(_osp_how "pkg-config (libssl)")
        endif()
      endif()
    endif()
    find_path(OpenSSLProbe_INCLUDE_DIR NAMES openssl/ssl.h
      HINTS ${_osp_hints} DOC "OpenSSL include directory")
    find_library(OpenSSLProbe_SSL_LIBRARY NAMES ${_osp_ssl_names}
      HINTS ${_osp_hints} DOC "OpenSSL libssl")
    find_library(OpenSSLProbe_CRYPTO_LIBRARY NAMES ${_osp_crypto_names}
      HINTS ${_osp_hints} DOC "OpenSSL libcrypto")
  endif()
  foreach(_osp_var IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
    set(_OpenSSLProbe_FOUND_${_osp_var} "${OpenSSLProbe_${_osp_var}}"
      CACHE INTERNAL "")
  endforeach()

  set(_osp_where "")
  if(_osp_source)
    set(_osp_where " in ${_osp_dir}")
  endif()
  if(_osp_fatal STREQUAL "[]")
    if(NOT OpenSSLProbe_INCLUDE_DIR)
      _openssl_probe_json_append(_osp_fatal
        "no OpenSSL headers (openssl/ssl.h) found${_osp_where}")
    endif()
    if(NOT OpenSSLProbe_SSL_LIBRARY)
      _openssl_probe_json_append(_osp_fatal "no libssl found${_osp_where}")
    endif()
    if(NOT OpenSSLProbe_CRYPTO_LIBRARY)
      _openssl_probe_json_append(_osp_fatal "no libcrypto found${_osp_where}")
    endif()
  endif()

  # Everything must come from the override, and from one install.
  set(_osp_prefix "")
  if(_osp_fatal STREQUAL "[]")
    if(_osp_source)
      foreach(_osp_var IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
        cmake_path(IS_PREFIX _osp_dir "${OpenSSLProbe_${_osp_var}}" NORMALIZE
          _osp_inside)
        if(NOT _osp_inside)
          _openssl_probe_json_append(_osp_problems
            "OpenSSLProbe_${_osp_var} is ${OpenSSLProbe_${_osp_var}}, outside "
            "${_osp_source}=${_osp_dir}; it is not used in place of the override")
        endif()
      endforeach()
    endif()
    _openssl_probe_prefix_of(_osp_inc_prefix "${OpenSSLProbe_INCLUDE_DIR}" include)
    get_filename_component(_osp_ssl_dir "${OpenSSLProbe_SSL_LIBRARY}" DIRECTORY)
    get_filename_component(_osp_crypto_dir "${OpenSSLProbe_CRYPTO_LIBRARY}" DIRECTORY)
    _openssl_probe_prefix_of(_osp_ssl_prefix "${_osp_ssl_dir}" lib)
    _openssl_probe_prefix_of(_osp_crypto_prefix "${_osp_crypto_dir}" lib)
    set(_osp_prefix "${_osp_inc_prefix}")
    if(_osp_inc_prefix AND _osp_ssl_prefix
       AND NOT _osp_inc_prefix STREQUAL _osp_ssl_prefix)
      _openssl_probe_json_append(_osp_problems
        "the headers come from ${OpenSSLProbe_INCLUDE_DIR} but libssl from "
        "${OpenSSLProbe_SSL_LIBRARY}: these are two different installs "
        "(${_osp_inc_prefix} and ${_osp_ssl_prefix})")
    elseif(_osp_ssl_prefix AND _osp_crypto_prefix
           AND NOT _osp_ssl_prefix STREQUAL _osp_crypto_prefix)
      _openssl_probe_json_append(_osp_problems
        "libssl comes from ${OpenSSLProbe_SSL_LIBRARY} but libcrypto from "
        "${OpenSSLProbe_CRYPTO_LIBRARY}: these are two different installs")
    endif()
    if(NOT _osp_prefix)
      set(_osp_prefix "${OpenSSLProbe_INCLUDE_DIR}")
    endif()
  endif()

  if(NOT _osp_QUIET)
    if(_osp_fatal STREQUAL "[]")
      message(CHECK_PASS "${_osp_prefix} (${_osp_how})")
    else()
      message(CHECK_FAIL "not found (${_osp_how})")
    endif()
  endif()
  message(VERBOSE "OpenSSLProbe: headers   ${OpenSSLProbe_INCLUDE_DIR}")
  message(VERBOSE "OpenSSLProbe: libssl    ${OpenSSLProbe_SSL_LIBRARY}")
  message(VERBOSE "OpenSSLProbe: libcrypto ${OpenSSLProbe_CRYPTO_LIBRARY}")

  set(${out}_INCLUDE_DIR "${OpenSSLProbe_INCLUDE_DIR}" PARENT_SCOPE)
  set(${out}_SSL_LIBRARY "${OpenSSLProbe_SSL_LIBRARY}" PARENT_SCOPE)
  set(${out}_CRYPTO_LIBRARY "${OpenSSLProbe_CRYPTO_LIBRARY}" PARENT_SCOPE)
  set(${out}_PREFIX "${_osp_prefix}" PARENT_SCOPE)
  set(${out}_HOW "${_osp_how}" PARENT_SCOPE)
  set(${out}_OVERRIDE "${_osp_dir}" PARENT_SCOPE)
  set(${out}_OVERRIDE_SOURCE "${_osp_source}" PARENT_SCOPE)
  set(${out}_FATAL "${_osp_fatal}" PARENT_SCOPE)
  set(${out}_PROBLEMS "${_osp_problems}" PARENT_SCOPE)
endfunction()
