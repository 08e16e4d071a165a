# Unit test of the library layouts locating searches
# (_openssl_probe_library_layout): made-up folder trees, with empty files
# under the real names, for the installs that cannot be built here: the
# Windows installers' MSVC layout of each era, its static-runtime variant
# (OPENSSL_MSVC_STATIC_RT), static archives, vcpkg; and MinGW's names.
#   cmake -DMODULE_DIR=<cmake/> -DWORK_DIR=<dir> -P Layouts.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Json.cmake")
include("${MODULE_DIR}/OpenSSLProbe/Locate.cmake")
include("${MODULE_DIR}/OpenSSLProbe/Platforms.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")

set(_failed "")
# Sets up the platform <platform> (msvc or mingw), makes the files <files>
# (relative to a fresh prefix; the first two are the libssl and libcrypto
# expected, the rest decoys), searches that prefix and checks the result.
function(check_layout name platform static static_rt)
  set(_files ${ARGN})
  set(_prefix "${WORK_DIR}/${name}")
  foreach(_file IN LISTS _files)
    get_filename_component(_dir "${_prefix}/${_file}" DIRECTORY)
    file(MAKE_DIRECTORY "${_dir}")
    file(TOUCH "${_prefix}/${_file}")
  endforeach()
  set(WIN32 TRUE)
  set(CMAKE_SIZEOF_VOID_P 8)
  set(OPENSSL_MSVC_STATIC_RT ${static_rt})
  if(platform STREQUAL "msvc")
    set(MSVC TRUE)
    set(CMAKE_FIND_LIBRARY_PREFIXES "")
    set(CMAKE_FIND_LIBRARY_SUFFIXES .lib)
    set(CMAKE_STATIC_LIBRARY_SUFFIX .lib)
  else()
    set(MSVC FALSE)
    set(CMAKE_FIND_LIBRARY_PREFIXES lib "")
    set(CMAKE_FIND_LIBRARY_SUFFIXES .dll.a .a .lib)
    set(CMAKE_STATIC_LIBRARY_PREFIX lib)
    set(CMAKE_STATIC_LIBRARY_SUFFIX .a)
  endif()
  unset(OpenSSLProbe_SSL_LIBRARY CACHE)
  unset(OpenSSLProbe_CRYPTO_LIBRARY CACHE)
  _openssl_probe_library_layout(_ssl _crypto _dirs ${static})
  _openssl_probe_search_prefix("${_prefix}" "${_ssl}" "${_crypto}" "${_dirs}")
  list(GET _files 0 _want_ssl)
  list(GET _files 1 _want_crypto)
  if(NOT OpenSSLProbe_SSL_LIBRARY STREQUAL "${_prefix}/${_want_ssl}"
     OR NOT OpenSSLProbe_CRYPTO_LIBRARY STREQUAL "${_prefix}/${_want_crypto}")
    string(APPEND _failed "${name}: found [${OpenSSLProbe_SSL_LIBRARY}] and "
      "[${OpenSSLProbe_CRYPTO_LIBRARY}], expected ${_want_ssl} and ${_want_crypto}\n")
    set(_failed "${_failed}" PARENT_SCOPE)
  endif()
endfunction()

# The Windows installers for 3.x: one folder per architecture and runtime.
check_layout(installer-3 msvc FALSE FALSE
  lib/VC/x64/MD/libssl.lib lib/VC/x64/MD/libcrypto.lib
  lib/VC/x64/MT/libssl.lib lib/VC/x64/MDd/libssl.lib lib/VC/x86/MD/libssl.lib)
check_layout(installer-3-static-runtime msvc FALSE TRUE
  lib/VC/x64/MT/libssl.lib lib/VC/x64/MT/libcrypto.lib
  lib/VC/x64/MD/libssl.lib lib/VC/x64/MD/libcrypto.lib)
check_layout(installer-3-static msvc TRUE FALSE
  lib/VC/x64/MD/libssl_static.lib lib/VC/x64/MD/libcrypto_static.lib
  lib/VC/x64/MD/libssl.lib lib/VC/x64/MD/libcrypto.lib)
# Older installers (1.1.x): runtime and bits in the name.
check_layout(installer-1.1 msvc FALSE FALSE
  lib/VC/libssl64MD.lib lib/VC/libcrypto64MD.lib lib/VC/libssl64MT.lib lib/libssl.lib)
# 1.0.x: ssleay32 and libeay32.
check_layout(installer-1.0 msvc FALSE FALSE
  lib/VC/ssleay32MD.lib lib/VC/libeay32MD.lib lib/ssleay32.lib lib/libeay32.lib)
# vcpkg's installed/<triplet>: lib/ holds the import libraries.
check_layout(vcpkg msvc FALSE FALSE lib/libssl.lib lib/libcrypto.lib)
# MinGW and MSYS2: the import libraries, or the archives when static.
check_layout(mingw mingw FALSE FALSE lib/libssl.dll.a lib/libcrypto.dll.a)
check_layout(mingw-static mingw TRUE FALSE
  lib/libssl.a lib/libcrypto.a lib/libssl.dll.a lib/libcrypto.dll.a)

# The prefixes a platform's installers put where no default search looks,
# below a test root standing for "/": Homebrew's keg-only kegs on macOS, the
# Windows installers' folders.  Made-up folders; a folder without
# include/openssl is not one.
set(_OpenSSLProbe_FS_ROOT "${WORK_DIR}/root")
foreach(_dir IN ITEMS opt/homebrew/opt/openssl@3 usr/local/opt/openssl@1.1
                      "Program Files/OpenSSL-Win64" OpenSSL-Win64)
  file(MAKE_DIRECTORY "${_OpenSSLProbe_FS_ROOT}/${_dir}/include/openssl")
endforeach()
file(MAKE_DIRECTORY "${_OpenSSLProbe_FS_ROOT}/usr/local/opt/openssl@3")
set(ENV{HOMEBREW_PREFIX} "")
set(ENV{ProgramW6432} "")
set(ENV{ProgramFiles} "")
set(CMAKE_SIZEOF_VOID_P 8)
foreach(_row IN ITEMS
    "Darwin|opt/homebrew/opt/openssl@3;usr/local/opt/openssl@1.1"
    "Windows|Program Files/OpenSSL-Win64;OpenSSL-Win64"
    "Linux|")
  string(REPLACE "|" ";" _row "${_row}")
  list(POP_FRONT _row _system)
  list(TRANSFORM _row PREPEND "${_OpenSSLProbe_FS_ROOT}/")
  _openssl_probe_platform_roots(_roots ${_system})
  if(NOT "${_roots}" STREQUAL "${_row}")
    string(APPEND _failed "${_system}: roots [${_roots}], expected [${_row}]\n")
  endif()
endforeach()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
