# Unit test of how a Windows import library names its DLL: the name is read
# from the library itself, in GNU's format (lib*.dll.a) and MSVC's (.lib),
# for the DLL names of each era; a static archive names none.  The import
# libraries are made here by dlltool (GNU's and LLVM's) for made-up layouts:
# they stand in for installs that cannot be built here (MSVC's, 1.0.x,
# ARM64), not for the real MinGW build the configure cases use.
#   cmake -DMODULE_DIR=<cmake/> -DWORK_DIR=<dir> -P ImportLibraries.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Json.cmake")
include("${MODULE_DIR}/OpenSSLProbe/Locate.cmake")
include("${MODULE_DIR}/OpenSSLProbe/Platforms.cmake")

find_program(_gnu x86_64-w64-mingw32-dlltool)
find_program(_llvm NAMES llvm-dlltool llvm-dlltool-14 llvm-dlltool-15 llvm-dlltool-16)
if(NOT _gnu OR NOT _llvm)
  message(FATAL_ERROR "needs x86_64-w64-mingw32-dlltool and llvm-dlltool")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(WRITE "${WORK_DIR}/exports.def" "EXPORTS\nSSL_new\nSSL_free\n")

set(_failed "")
# tool | part | import library | DLL it names | DLL present in bin/
set(_rows
  "gnu|ssl|lib/libssl.dll.a|libssl-3-x64.dll|yes"
  "gnu|crypto|lib/libcrypto.dll.a|libcrypto-1_1-x64.dll|yes"
  "llvm|ssl|lib/libssl.lib|libssl-3-arm64.dll|yes"
  "llvm|ssl|lib/VC/x64/MD/libssl.lib|libssl-1_1.dll|yes"
  "llvm|ssl|lib/ssleay32.lib|ssleay32.dll|yes"
  "llvm|crypto|lib/libeay32.lib|LIBEAY32.dll|yes"
  "gnu|ssl|lib/libssl.dll.a|libssl-3-x64.dll|no")
set(_n 0)
foreach(_row IN LISTS _rows)
  math(EXPR _n "${_n} + 1")
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _tool)
  list(GET _row 1 _part)
  list(GET _row 2 _implib)
  list(GET _row 3 _dll)
  list(GET _row 4 _present)
  set(_prefix "${WORK_DIR}/layout-${_n}")
  get_filename_component(_dir "${_prefix}/${_implib}" DIRECTORY)
  file(MAKE_DIRECTORY "${_dir}" "${_prefix}/bin")
  if(_tool STREQUAL "gnu")
    set(_command "${_gnu}" -d "${WORK_DIR}/exports.def" -l "${_prefix}/${_implib}" -D "${_dll}")
  else()
    set(_command "${_llvm}" -m i386:x86-64 -d "${WORK_DIR}/exports.def"
      -l "${_prefix}/${_implib}" -D "${_dll}")
  endif()
  execute_process(COMMAND ${_command} RESULT_VARIABLE _rc)
  if(_present)
    file(TOUCH "${_prefix}/bin/${_dll}")
    set(_want "${_prefix}/bin/${_dll}")
  else()
    set(_want "")
  endif()
  _openssl_probe_dll_of(_got _name ${_part} "${_prefix}/${_implib}" "${_prefix}")
  if(NOT _rc EQUAL 0 OR NOT _name STREQUAL _dll OR NOT _got STREQUAL _want)
    string(APPEND _failed "${_implib} (${_tool}): got [${_name}] [${_got}], "
      "expected [${_dll}] [${_want}]\n")
  endif()
endforeach()

# A static archive: MinGW's own libmingwex.a names system DLLs, none of
# OpenSSL's.
foreach(_archive IN ITEMS /usr/x86_64-w64-mingw32/lib/libmingwex.a)
  _openssl_probe_dll_of(_got _name ssl "${_archive}" /usr/x86_64-w64-mingw32)
  if(NOT _name STREQUAL "" OR NOT _got STREQUAL "")
    string(APPEND _failed "${_archive}: named [${_name}], expected no DLL\n")
  endif()
endforeach()

# MSVC's Debug import libraries, beside the release ones: taken where each
# names the verified DLL (the installers' MDd folder; a flat folder's
# "d" names), not where it names another DLL, nor without MSVC.
set(MSVC TRUE)
set(CMAKE_SIZEOF_VOID_P 8)
set(CMAKE_FIND_LIBRARY_PREFIXES "")
set(CMAKE_FIND_LIBRARY_SUFFIXES .lib)
# layout | Debug import library | DLL it names | expected (yes, no)
set(_rows
  "installer|lib/VC/x64/MDd/libssl.lib|libssl-3-x64.dll|yes"
  "flat|lib/libssld.lib|libssl-3-x64.dll|yes"
  "other-dll|lib/VC/x64/MDd/libssl.lib|libssl-3-x64d.dll|no")
foreach(_row IN LISTS _rows)
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _name)
  list(GET _row 1 _implib)
  list(GET _row 2 _dll)
  list(GET _row 3 _expected)
  set(_prefix "${WORK_DIR}/debug-${_name}")
  get_filename_component(_dir "${_prefix}/${_implib}" DIRECTORY)
  file(MAKE_DIRECTORY "${_dir}" "${_prefix}/bin")
  file(TOUCH "${_prefix}/bin/libssl-3-x64.dll" "${_prefix}/bin/${_dll}")
  execute_process(COMMAND "${_llvm}" -m i386:x86-64 -d "${WORK_DIR}/exports.def"
    -l "${_prefix}/${_implib}" -D "${_dll}")
  _openssl_probe_debug_implibs(_debug "${_prefix}" "${_prefix}/bin/libssl-3-x64.dll" "")
  if(NOT _debug_SSL STREQUAL "")
    message(FATAL_ERROR "no libcrypto DLL named: nothing to look for")
  endif()
  _openssl_probe_debug_implibs(_debug "${_prefix}" "${_prefix}/bin/libssl-3-x64.dll"
    "${_prefix}/bin/libcrypto-3-x64.dll")
  set(_want "")
  if(_expected)
    set(_want "${_prefix}/${_implib}")
  endif()
  if(NOT _debug_SSL STREQUAL _want)
    string(APPEND _failed "Debug import library (${_name}): got [${_debug_SSL}], expected [${_want}]\n")
  endif()
endforeach()
set(MSVC FALSE)
_openssl_probe_debug_implibs(_debug "${WORK_DIR}/debug-installer" "x/libssl-3-x64.dll"
  "x/libcrypto-3-x64.dll")
if(NOT _debug_SSL STREQUAL "")
  string(APPEND _failed "without MSVC, a Debug import library was taken: ${_debug_SSL}\n")
endif()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
