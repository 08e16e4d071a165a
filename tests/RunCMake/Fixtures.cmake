# Fixtures for the configure-level cases, made at test configure time from
# the real OpenSSL 3 build: copies under awkward names, installs with parts
# missing or broken, and a read-only copy of the module.  Sets _fix (their
# folder), _space, _semicolon, _unicode, _dollar, _quote and _ro.

set(_fix "${CMAKE_CURRENT_BINARY_DIR}/fixtures")

# openssl_probe_fixture(<dir> [NO_INCLUDE] [NO_SSL] [NO_CRYPTO] [LIBDIR <libdir>])
# Copies the OpenSSL 3 prefix's headers and shared libraries to <dir>, the
# libraries into <dir>/<libdir> (default lib64, as OpenSSL installs them).
function(openssl_probe_fixture dir)
  cmake_parse_arguments(PARSE_ARGV 1 _arg "NO_INCLUDE;NO_SSL;NO_CRYPTO" "LIBDIR" "")
  if(NOT EXISTS "${_p3}/include/openssl/ssl.h")
    return()
  endif()
  if(NOT _arg_LIBDIR)
    set(_arg_LIBDIR lib64)
  endif()
  file(MAKE_DIRECTORY "${dir}/${_arg_LIBDIR}")
  if(NOT _arg_NO_INCLUDE)
    file(COPY "${_p3}/include" DESTINATION "${dir}")
  endif()
  foreach(_lib IN ITEMS ssl crypto)
    string(TOUPPER "NO_${_lib}" _skip)
    if(NOT _arg_${_skip})
      file(GLOB _files "${_p3}/lib64/lib${_lib}.so*")
      file(COPY ${_files} DESTINATION "${dir}/${_arg_LIBDIR}")
    endif()
  endforeach()
endfunction()

set(_space "${_fix}/open ssl")
set(_semicolon "${_fix}/open;ssl")
set(_unicode "${_fix}/öpen-ßsl")
set(_dollar "${_fix}/open$ssl")
set(_quote "${_fix}/open\"ssl")
foreach(_dir IN ITEMS _space _semicolon _unicode _dollar _quote)
  openssl_probe_fixture("${${_dir}}")
endforeach()
openssl_probe_fixture("${_fix}/headers-only" NO_SSL NO_CRYPTO)
openssl_probe_fixture("${_fix}/libraries-only" NO_INCLUDE)
openssl_probe_fixture("${_fix}/crypto-only" NO_SSL)
openssl_probe_fixture("${_fix}/truncated-libssl" NO_SSL)
openssl_probe_fixture("${_fix}/not-elf-libssl" NO_SSL)
openssl_probe_fixture("${_fix}/empty-libssl" NO_SSL)
openssl_probe_fixture("${_fix}/touched")
# Valid and broken layouts: lib64/libssl.so as a GNU ld script naming the
# library, only the run-time libraries (no development links), and a
# development link to nothing.
openssl_probe_fixture("${_fix}/ld-script")
openssl_probe_fixture("${_fix}/runtime-only")
openssl_probe_fixture("${_fix}/broken-link")
# The other folders an install puts its libraries in, for CMAKE_PREFIX_PATH.
openssl_probe_fixture("${_fix}/prefix-lib" LIBDIR lib)
openssl_probe_fixture("${_fix}/prefix-multiarch" LIBDIR "lib/${CMAKE_LIBRARY_ARCHITECTURE}")
# OpenSSL 3.3 and later install their own OpenSSLConfig.cmake; this one is a
# stand-in that stops the configure if anything loads it.
openssl_probe_fixture("${_fix}/with-fake-openssl-config")
file(WRITE "${_fix}/with-fake-openssl-config/lib64/cmake/OpenSSL/OpenSSLConfig.cmake"
  "message(FATAL_ERROR \"OpenSSL's own package config was loaded\")\n")
# The usual "bin/openssl version" check: an install whose bin/openssl is
# the system's (another build, 3.0.19 against this 3.0.20 library).
openssl_probe_fixture("${_fix}/foreign-program")
if(EXISTS "${_p3}/include/openssl/ssl.h" AND EXISTS /usr/bin/openssl)
  file(COPY /usr/bin/openssl DESTINATION "${_fix}/foreign-program/bin")
endif()
# The layout Homebrew gives a formula (Cellar/<formula>/<version>), which
# names the package that owns the library.
openssl_probe_fixture("${_fix}/homebrew/Cellar/openssl@3/3.0.20")
file(MAKE_DIRECTORY "${_fix}/empty" "${_fix}/empty-sysroot")
if(EXISTS "${_p3}/lib64/libssl.so.3")
  execute_process(COMMAND head -c 4096 "${_p3}/lib64/libssl.so.3"
    OUTPUT_FILE "${_fix}/truncated-libssl/lib64/libssl.so")
  file(WRITE "${_fix}/not-elf-libssl/lib64/libssl.so" "this is not a library\n")
  file(TOUCH "${_fix}/empty-libssl/lib64/libssl.so")
  file(REMOVE "${_fix}/ld-script/lib64/libssl.so")
  file(WRITE "${_fix}/ld-script/lib64/libssl.so"
    "/* GNU ld script */\nINPUT(${_fix}/ld-script/lib64/libssl.so.3)\n")
  file(REMOVE "${_fix}/runtime-only/lib64/libssl.so" "${_fix}/runtime-only/lib64/libcrypto.so")
  file(REMOVE "${_fix}/broken-link/lib64/libssl.so")
  file(CREATE_LINK "libssl.so.9" "${_fix}/broken-link/lib64/libssl.so" SYMBOLIC)
endif()

# One build laid out in two prefixes, headers in one and libraries in the
# other, described by one pkg-config package (as Nix lays packages out).
set(_split "${_fix}/split")
if(EXISTS "${_p3}/lib64/pkgconfig/libssl.pc")
  file(STRINGS "${_p3}/lib64/pkgconfig/libssl.pc" _version REGEX "^Version:")
  file(COPY "${_p3}/include" DESTINATION "${_split}/dev")
  file(GLOB _files "${_p3}/lib64/libssl.so*" "${_p3}/lib64/libcrypto.so*")
  file(COPY ${_files} DESTINATION "${_split}/out/lib")
  foreach(_lib IN ITEMS ssl crypto)
    file(WRITE "${_split}/out/lib/pkgconfig/lib${_lib}.pc"
      "includedir=${_split}/dev/include\nlibdir=${_split}/out/lib\n\n"
      "Name: OpenSSL-lib${_lib}\nDescription: OpenSSL, split in two prefixes\n"
      "${_version}\nLibs: -L\${libdir} -l${_lib}\nCflags: -I\${includedir}\n")
  endforeach()
endif()

# The module, copied and made read-only: configuring must not write to it.
set(_ro "${_fix}/read-only-module")
if(EXISTS "${_ro}")
  file(CHMOD_RECURSE "${_ro}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE
    DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  file(REMOVE_RECURSE "${_ro}")
endif()
file(COPY "${PROJECT_SOURCE_DIR}/cmake" "${PROJECT_SOURCE_DIR}/probe"
  "${_osp_cases_dir}/CMakeLists.txt" "${_osp_cases_dir}/ReadOnlyModule.cmake"
  DESTINATION "${_ro}"
  FILE_PERMISSIONS OWNER_READ GROUP_READ WORLD_READ
  DIRECTORY_PERMISSIONS OWNER_READ OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                        WORLD_READ WORLD_EXECUTE)

# What the copy holds, file by file with its time, for the case to compare.
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/manifest.cmake")
osp_manifest(_ro_manifest "${_ro}")
file(WRITE "${_fix}/read-only-module.manifest" "${_ro_manifest}")

# The Windows build's headers and import libraries without the DLLs they
# name (its bin/ left out).
if(EXISTS "${_win64}/lib/libssl.dll.a")
  file(MAKE_DIRECTORY "${_fix}/win64-no-dlls")
  file(COPY "${_win64}/include" "${_win64}/lib" DESTINATION "${_fix}/win64-no-dlls")
endif()

# The static build with a libcrypto.pc whose Libs.private also names zlib,
# as a build with zlib has it (made up: this archive needs no zlib).
if(EXISTS "${OSP_TEST_STATIC_PREFIX}/lib64/libcrypto.a")
  set(_dir "${_fix}/static-with-zlib")
  file(MAKE_DIRECTORY "${_dir}/lib64/pkgconfig")
  file(COPY "${OSP_TEST_STATIC_PREFIX}/include" DESTINATION "${_dir}")
  file(COPY "${OSP_TEST_STATIC_PREFIX}/lib64/libssl.a" "${OSP_TEST_STATIC_PREFIX}/lib64/libcrypto.a"
    DESTINATION "${_dir}/lib64")
  file(READ "${OSP_TEST_STATIC_PREFIX}/lib64/pkgconfig/libcrypto.pc" _pc)
  string(REGEX REPLACE "Libs\\.private:[^\n]*" "Libs.private: -ldl -pthread -lz" _pc "${_pc}")
  file(WRITE "${_dir}/lib64/pkgconfig/libcrypto.pc" "${_pc}")
endif()

# The other installs of a machine, for the search a failure starts: real
# builds placed (as links) where installs are kept: a folder of prefixes
# (/opt's shape), a Homebrew prefix with its keg opt/openssl@4, MacPorts'
# prefix (/opt/local: the place is the install itself), a compat
# package's split layout (include/openssl3 beside lib64/openssl3, RHEL's
# shape: a copy, as its files are one install's), a real install whose
# openssl program never answers (a shell script stands in for it), so that
# its probe hangs until it is stopped, and one whose folder mixes two
# builds (3.5's libssl beside 3.0's libcrypto.so.3, the development link
# to 3.5's), so that its probe links but cannot start.
set(_search "${_fix}/search")
if(EXISTS "${OSP_TEST_OPENSSL35_PREFIX}/include" AND EXISTS "${OSP_TEST_OPENSSL36_PREFIX}/include"
   AND EXISTS "${OSP_TEST_OPENSSL111_PREFIX}/include")
  file(REMOVE_RECURSE "${_search}")
  file(MAKE_DIRECTORY "${_search}/opt" "${_search}/brew/opt" "${_search}/macports/opt"
    "${_search}/compat/include"
    "${_search}/compat/lib64/openssl3" "${_search}/hangs/a-openssl-3.0/bin"
    "${_search}/hangs/c-openssl-mixed/lib64")
  foreach(_pair IN ITEMS "${OSP_TEST_OPENSSL111_PREFIX}|opt/openssl-1.1"
                         "${OSP_TEST_OPENSSL35_PREFIX}|opt/openssl-3.5"
                         "${_p3_no12}|opt/openssl-no-tls1_2"
                         "${OSP_TEST_OPENSSL36_PREFIX}|brew/opt/openssl@4"
                         "${_p3}|macports/opt/local"
                         "${_p3}/include|hangs/a-openssl-3.0/include"
                         "${_p3}/lib64|hangs/a-openssl-3.0/lib64"
                         "${OSP_TEST_OPENSSL35_PREFIX}|hangs/b-openssl-3.5"
                         "${OSP_TEST_OPENSSL35_PREFIX}/include|hangs/c-openssl-mixed/include"
                         "${OSP_TEST_OPENSSL35_PREFIX}/lib64/libssl.so.3|hangs/c-openssl-mixed/lib64/libssl.so.3"
                         "libssl.so.3|hangs/c-openssl-mixed/lib64/libssl.so"
                         "${OSP_TEST_OPENSSL35_PREFIX}/lib64/libcrypto.so.3|hangs/c-openssl-mixed/lib64/libcrypto-3.5.so"
                         "libcrypto-3.5.so|hangs/c-openssl-mixed/lib64/libcrypto.so"
                         "${_p3}/lib64/libcrypto.so.3|hangs/c-openssl-mixed/lib64/libcrypto.so.3")
    string(REPLACE "|" ";" _pair "${_pair}")
    list(GET _pair 0 _target)
    list(GET _pair 1 _link)
    file(CREATE_LINK "${_target}" "${_search}/${_link}" SYMBOLIC)
  endforeach()
  file(COPY "${OSP_TEST_OPENSSL35_PREFIX}/include/"
    DESTINATION "${_search}/compat/include/openssl3")
  foreach(_lib IN ITEMS libssl libcrypto)
    file(COPY "${OSP_TEST_OPENSSL35_PREFIX}/lib64/${_lib}.so.3"
      DESTINATION "${_search}/compat/lib64/openssl3" FOLLOW_SYMLINK_CHAIN)
    file(CREATE_LINK "${_lib}.so.3" "${_search}/compat/lib64/openssl3/${_lib}.so" SYMBOLIC)
  endforeach()
  # An install pkg-config knows as openssl3 (EPEL's compat name), its
  # prefix named in the .pc file as a package's is.
  file(MAKE_DIRECTORY "${_search}/pkg-config/lib/pkgconfig" "${_search}/nothing")
  file(CREATE_LINK "${OSP_TEST_OPENSSL35_PREFIX}" "${_search}/pkg-config/openssl-3.5" SYMBOLIC)
  file(WRITE "${_search}/pkg-config/lib/pkgconfig/openssl3.pc"
    "prefix=${_search}/pkg-config/openssl-3.5\nlibdir=\${prefix}/lib64\n"
    "includedir=\${prefix}/include\n\nName: OpenSSL\nDescription: OpenSSL 3\n"
    "Version: 3.5\nLibs: -L\${libdir} -lssl -lcrypto\nCflags: -I\${includedir}\n")
  file(WRITE "${_search}/hangs/a-openssl-3.0/bin/openssl" "#!/bin/sh\nexec sleep 60\n")
  file(CHMOD "${_search}/hangs/a-openssl-3.0/bin/openssl"
    PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                WORLD_READ WORLD_EXECUTE)
endif()
