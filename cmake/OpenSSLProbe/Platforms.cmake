# Distributed under the OSI-approved BSD 3-Clause License.
#
# What only Windows and macOS installs have, for locating (Locate.cmake),
# read on first use there: the DLL a Windows import library names and where
# it lies, and the prefixes the platforms' own installers use where no
# default search looks.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_append)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()

# For MSVC, what the installers' folders and names are made of: sets
# <out_rt> to the C runtime (MD, or MT with OPENSSL_MSVC_STATIC_RT),
# <out_bits> to 32 or 64 and <out_arch> to x86, x64 or arm64.
function(_openssl_probe_msvc_variant out_rt out_bits out_arch)
  set(_osp_rt MD)
  if(OPENSSL_MSVC_STATIC_RT)
    set(_osp_rt MT)
  endif()
  set(_osp_bits 32)
  set(_osp_arch x86)
  if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(_osp_bits 64)
    set(_osp_arch x64)
  endif()
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(ARM64|arm64|aarch64)$")
    set(_osp_arch arm64)
  endif()
  set(${out_rt} ${_osp_rt} PARENT_SCOPE)
  set(${out_bits} ${_osp_bits} PARENT_SCOPE)
  set(${out_arch} ${_osp_arch} PARENT_SCOPE)
endfunction()

# Sets <out> to the DLL of OpenSSL's lib<part> (ssl or crypto) that the
# Windows import library <implib> names (the name is stored in it: GNU's
# lib*.dll.a and MSVC's .lib alike; libssl-3-x64.dll, libssl-1_1.dll,
# ssleay32.dll, ...), found where installs put it: <prefix>/bin, then
# beside the import library; <out_name> to the name alone.  Both are empty
# for a static archive, which names no DLL of its own; <out> alone is
# empty when the DLL is not there.
function(_openssl_probe_dll_of out out_name part implib prefix)
  set(_osp_dll "")
  set(_osp_name "")
  set(_osp_old "ssleay32")
  if(part STREQUAL "crypto")
    set(_osp_old "libeay32")
  endif()
  file(STRINGS "${implib}" _osp_names REGEX "^[^/\\:]+\\.[Dd][Ll][Ll]$")
  foreach(_osp_candidate IN LISTS _osp_names)
    string(TOLOWER "${_osp_candidate}" _osp_lower)
    if(_osp_lower MATCHES "^(lib${part}(-[0-9_]+)?(-x64|-arm64)?|${_osp_old})\\.dll$")
      set(_osp_name "${_osp_candidate}")
      break()
    endif()
  endforeach()
  if(_osp_name)
    get_filename_component(_osp_dir "${implib}" DIRECTORY)
    foreach(_osp_folder IN ITEMS "${prefix}/bin" "${_osp_dir}" "${_osp_dir}/../bin")
      if(EXISTS "${_osp_folder}/${_osp_name}")
        get_filename_component(_osp_dll "${_osp_folder}/${_osp_name}" ABSOLUTE)
        break()
      endif()
    endforeach()
  endif()
  set(${out} "${_osp_dll}" PARENT_SCOPE)
  set(${out_name} "${_osp_name}" PARENT_SCOPE)
endfunction()

# For a Windows target, sets <out>_SSL_DLL and <out>_CRYPTO_DLL to the DLLs
# the import libraries <ssl> and <crypto> of the install <prefix> name
# (empty for static archives, and when the JSON array in <fatal_var>
# holds a reason already), and appends to it a DLL that is not there.
function(_openssl_probe_locate_dlls out fatal_var prefix ssl crypto)
  set(_osp_fatal "${${fatal_var}}")
  set(${out}_SSL_DLL "" PARENT_SCOPE)
  set(${out}_CRYPTO_DLL "" PARENT_SCOPE)
  if(NOT _osp_fatal STREQUAL "[]")
    return()
  endif()
  foreach(_osp_part IN ITEMS SSL CRYPTO)
    string(TOLOWER "lib${_osp_part}" _osp_lib)
    string(TOLOWER "${_osp_part}" _osp_var)
    if("${${_osp_var}}" STREQUAL "")
      continue() # libcrypto alone was asked for
    endif()
    _openssl_probe_dll_of(_osp_dll _osp_name ${_osp_var} "${${_osp_var}}" "${prefix}")
    if(_osp_name AND NOT _osp_dll)
      _openssl_probe_json_append(_osp_fatal dll-missing
        "${_osp_lib} is the import library ${${_osp_var}}, which names ${_osp_name}: "
        "there is no ${_osp_name} in ${prefix}/bin, where an install puts its DLLs, "
        "nor beside the import library")
    endif()
    set(${out}_${_osp_part}_DLL "${_osp_dll}" PARENT_SCOPE)
  endforeach()
  set(${fatal_var} "${_osp_fatal}" PARENT_SCOPE)
endfunction()

# For MSVC: sets <out>_SSL and <out>_CRYPTO to the import libraries for
# Debug builds that the install <prefix> holds beside the release ones
# (the installers' lib/VC/<arch>/MDd folder, or MTd with
# OPENSSL_MSVC_STATIC_RT; names ending in "d" in the flat folders), where
# each names the very DLL that was verified (<ssl_dll>, <crypto_dll>): a
# Debug build then loads what the probe judged.  Empty where there is
# none, or it names another DLL.
function(_openssl_probe_debug_implibs out prefix ssl_dll crypto_dll)
  set(${out}_SSL "" PARENT_SCOPE)
  set(${out}_CRYPTO "" PARENT_SCOPE)
  if(NOT MSVC OR "${crypto_dll}" STREQUAL "")
    return()
  endif()
  _openssl_probe_msvc_variant(_osp_rt _osp_bits _osp_arch)
  foreach(_osp_part IN ITEMS ssl crypto)
    string(TOUPPER "${_osp_part}" _osp_upper)
    string(TOLOWER "${_osp_upper}" _osp_lower)
    set(_osp_dll "${${_osp_lower}_dll}")
    if(_osp_dll STREQUAL "")
      continue()
    endif()
    set(_osp_old ssleay32)
    if(_osp_part STREQUAL "crypto")
      set(_osp_old libeay32)
    endif()
    unset(_osp_found)
    # The Debug runtime's folder holds the release names; the flat folders
    # hold the Debug ones under names of their own.
    find_library(_osp_found NAMES lib${_osp_part}${_osp_bits}${_osp_rt}d lib${_osp_part}${_osp_rt}d
      lib${_osp_part} ${_osp_old}${_osp_rt}d ${_osp_old} NAMES_PER_DIR
      PATHS "${prefix}/lib/VC/${_osp_arch}/${_osp_rt}d" "${prefix}/lib/VC/${_osp_rt}d"
      NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH NO_CACHE)
    if(NOT _osp_found)
      find_library(_osp_found NAMES lib${_osp_part}${_osp_bits}${_osp_rt}d lib${_osp_part}${_osp_rt}d
        lib${_osp_part}d ${_osp_old}${_osp_rt}d ${_osp_old}d NAMES_PER_DIR
        PATHS "${prefix}" PATH_SUFFIXES lib/VC VC lib
        NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH NO_CACHE)
    endif()
    if(_osp_found)
      _openssl_probe_dll_of(_osp_names _osp_name ${_osp_part} "${_osp_found}" "${prefix}")
      get_filename_component(_osp_verified "${_osp_dll}" NAME)
      string(TOLOWER "${_osp_name}" _osp_name)
      string(TOLOWER "${_osp_verified}" _osp_verified)
      if(_osp_name STREQUAL _osp_verified)
        set(${out}_${_osp_upper} "${_osp_found}" PARENT_SCOPE)
      endif()
    endif()
  endforeach()
endfunction()

# Sets <out> to the install prefixes that a platform's own installers put
# where no default search looks, for a build on that platform for itself
# (<system>, CMake's system name; empty: this build's target where it is
# the host): on Windows the folder the installers' registry key names, then
# their default folders; on macOS Homebrew's keg-only openssl@3 and
# openssl@1.1 (Apple silicon, then Intel).  Only existing folders; their
# absolute paths below _OpenSSLProbe_FS_ROOT, where the tests set it.
function(_openssl_probe_platform_roots out system)
  set(_osp_system "${system}")
  if(_osp_system STREQUAL "" AND CMAKE_SYSTEM_NAME STREQUAL CMAKE_HOST_SYSTEM_NAME)
    set(_osp_system "${CMAKE_SYSTEM_NAME}")
  endif()
  set(_osp_candidates "")
  if(_osp_system STREQUAL "Windows")
    set(_osp_bits 64)
    if(CMAKE_SIZEOF_VOID_P EQUAL 4)
      set(_osp_bits 32)
    endif()
    if(CMAKE_HOST_WIN32)
      cmake_host_system_information(RESULT _osp_path QUERY WINDOWS_REGISTRY
        "HKLM/SOFTWARE/Microsoft/Windows/CurrentVersion/Uninstall/OpenSSL (${_osp_bits}-bit)_is1"
        VALUE "Inno Setup: App Path" ERROR_VARIABLE _osp_none)
      file(TO_CMAKE_PATH "${_osp_path}" _osp_path)
      list(APPEND _osp_candidates "${_osp_path}")
    endif()
    set(_osp_program_files "$ENV{ProgramW6432}")
    if(_osp_bits EQUAL 32 OR NOT _osp_program_files)
      set(_osp_program_files "$ENV{ProgramFiles}")
    endif()
    if(NOT _osp_program_files)
      set(_osp_program_files "C:/Program Files")
    endif()
    list(APPEND _osp_candidates "${_osp_program_files}/OpenSSL-Win${_osp_bits}"
      "${_osp_program_files}/OpenSSL" "C:/OpenSSL-Win${_osp_bits}" "C:/OpenSSL")
  elseif(_osp_system STREQUAL "Darwin")
    foreach(_osp_brew IN ITEMS "$ENV{HOMEBREW_PREFIX}" /opt/homebrew /usr/local)
      if(NOT _osp_brew STREQUAL "")
        list(APPEND _osp_candidates "${_osp_brew}/opt/openssl@3" "${_osp_brew}/opt/openssl@1.1")
      endif()
    endforeach()
  endif()
  set(_osp_roots "")
  foreach(_osp_root IN LISTS _osp_candidates)
    if(_osp_root STREQUAL "")
      continue()
    endif()
    string(REPLACE "\\" "/" _osp_root "${_osp_root}")
    if(DEFINED _OpenSSLProbe_FS_ROOT)
      string(REGEX REPLACE "^([A-Za-z]:)?/" "${_OpenSSLProbe_FS_ROOT}/" _osp_root "${_osp_root}")
    endif()
    if(IS_DIRECTORY "${_osp_root}/include/openssl")
      list(APPEND _osp_roots "${_osp_root}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES _osp_roots)
  set(${out} "${_osp_roots}" PARENT_SCOPE)
endfunction()
