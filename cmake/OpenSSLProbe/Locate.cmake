# Distributed under the OSI-approved BSD 3-Clause License.
#
# Locating the OpenSSL install: the override if there is one (and nothing
# else), otherwise pkg-config and the default search paths.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()

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
# OPENSSL_ROOT_DIR, which wins over the package roots FindOpenSSL users
# set, OpenSSL_ROOT (CMP0074) and OPENSSL_ROOT (CMP0144): each a variable,
# then the environment variable of that name.  (CMake calls a dependency
# provider before it adds a package root to the search, so the probe reads
# them itself; it takes them whatever the project's policies, as a user
# who sets one means it.)  A relative root is taken relative to the top
# build directory; <out_note> says so.  (CMake itself makes a relative
# -DWITH_OPENSSL_DIR absolute against the directory cmake was started in.)
function(_openssl_probe_override out_dir out_source out_note)
  set(_osp_dir "")
  set(_osp_source "")
  set(_osp_note "")
  if(NOT WITH_OPENSSL_DIR STREQUAL "")
    set(_osp_dir "${WITH_OPENSSL_DIR}")
    set(_osp_source "WITH_OPENSSL_DIR")
  endif()
  foreach(_osp_name IN ITEMS OPENSSL_ROOT_DIR OpenSSL_ROOT OPENSSL_ROOT)
    foreach(_osp_root_source IN ITEMS ${_osp_name} ENV{${_osp_name}})
      if(_osp_root_source MATCHES "^ENV")
        set(_osp_root "$ENV{${_osp_name}}")
      else()
        set(_osp_root "${${_osp_name}}")
      endif()
      if(_osp_root STREQUAL "")
        continue()
      endif()
      if(_osp_source STREQUAL "")
        set(_osp_dir "${_osp_root}")
        set(_osp_source "${_osp_root_source}")
      elseif(NOT _osp_root STREQUAL _osp_dir)
        message(WARNING
          "${_osp_source} and ${_osp_name} disagree; ${_osp_source} wins.\n"
          "  ${_osp_source}: ${_osp_dir}\n"
          "  ${_osp_name}: ${_osp_root}\n")
        break()
      endif()
    endforeach()
  endforeach()
  if(_osp_source AND NOT IS_ABSOLUTE "${_osp_dir}")
    set(_osp_note "the relative path ${_osp_dir}, taken relative to ${CMAKE_BINARY_DIR}")
    get_filename_component(_osp_dir "${_osp_dir}" ABSOLUTE BASE_DIR "${CMAKE_BINARY_DIR}")
  endif()
  set(${out_dir} "${_osp_dir}" PARENT_SCOPE)
  set(${out_source} "${_osp_source}" PARENT_SCOPE)
  set(${out_note} "${_osp_note}" PARENT_SCOPE)
endfunction()

# Sets <out> to the install prefix a wrong override most likely meant: the
# nearest of the path and its parents that holds include/openssl/ssl.h.
function(_openssl_probe_meant out path)
  set(_osp_meant "")
  set(_osp_dir "${path}")
  if(NOT IS_DIRECTORY "${_osp_dir}")
    get_filename_component(_osp_dir "${_osp_dir}" DIRECTORY)
  endif()
  foreach(_osp_level RANGE 3)
    if(EXISTS "${_osp_dir}/include/openssl/ssl.h")
      set(_osp_meant "${_osp_dir}")
      break()
    endif()
    get_filename_component(_osp_parent "${_osp_dir}" DIRECTORY)
    if(_osp_parent STREQUAL _osp_dir)
      break()
    endif()
    set(_osp_dir "${_osp_parent}")
  endforeach()
  set(${out} "${_osp_meant}" PARENT_SCOPE)
endfunction()

# Sets <out> to why <dir> is no install prefix, or to empty if it may be one.
function(_openssl_probe_check_prefix out source dir note)
  string(REPLACE "\n" "\\n" _osp_shown "${dir}")
  set(_osp_what "${source} is ${_osp_shown}")
  if(note)
    set(_osp_what "${source} is ${note} (${dir})")
  endif()
  set(_osp_why "")
  if(dir MATCHES "\n")
    set(_osp_why "${_osp_what}, which contains a line break; no install path has one, and CMake's cache cannot keep it")
  elseif(NOT EXISTS "${dir}")
    set(_osp_why "${_osp_what}, which does not exist")
  elseif(NOT IS_DIRECTORY "${dir}")
    get_filename_component(_osp_name "${dir}" NAME)
    if(_osp_name MATCHES "^openssl(\\.exe)?$")
      set(_osp_why "${_osp_what}, which is the openssl program, not an install prefix")
    else()
      set(_osp_why "${_osp_what}, which is a file, not an install prefix")
    endif()
  elseif(NOT EXISTS "${dir}/include/openssl/ssl.h")
    file(GLOB _osp_entries "${dir}/*")
    if(NOT _osp_entries)
      set(_osp_why "${_osp_what}, which is an empty directory")
    else()
      set(_osp_why "${_osp_what}, which holds no OpenSSL headers (include/openssl/ssl.h)")
    endif()
  endif()
  if(_osp_why)
    _openssl_probe_meant(_osp_meant "${dir}")
    if(_osp_meant AND NOT _osp_meant STREQUAL dir)
      string(APPEND _osp_why "; the install prefix is probably ${_osp_meant}")
    endif()
  endif()
  set(${out} "${_osp_why}" PARENT_SCOPE)
endfunction()

# The ELF machine number a library for this build must carry, or empty
# where it is not known.
function(_openssl_probe_elf_machine out)
  set(_osp_cpu "${CMAKE_SYSTEM_PROCESSOR}")
  set(_osp_machine "")
  if(_osp_cpu MATCHES "^(x86_64|amd64|AMD64|i[3-6]86|x86)$")
    if(CMAKE_SIZEOF_VOID_P EQUAL 4)
      set(_osp_machine "3;x86")
    else()
      set(_osp_machine "62;x86_64")
    endif()
  elseif(_osp_cpu MATCHES "^(aarch64|arm64|ARM64)$")
    set(_osp_machine "183;AArch64")
  elseif(_osp_cpu MATCHES "^arm")
    set(_osp_machine "40;ARM")
  elseif(_osp_cpu MATCHES "^riscv")
    set(_osp_machine "243;RISC-V")
  elseif(_osp_cpu MATCHES "^(ppc64|ppc64le|powerpc64|powerpc64le)$")
    set(_osp_machine "21;PowerPC64")
  elseif(_osp_cpu STREQUAL "s390x")
    set(_osp_machine "22;S/390")
  endif()
  set(${out} "${_osp_machine}" PARENT_SCOPE)
endfunction()

# Sets <out> to why the library file <path> (named by <name>) cannot be
# linked, or to empty.  Reads the first bytes only.
function(_openssl_probe_check_library out name path)
  set(_osp_why "")
  if(NOT EXISTS "${path}")
    set(_osp_why "${name} is ${path}, which does not exist")
  elseif(IS_DIRECTORY "${path}")
    set(_osp_why "${name} is ${path}, which is a directory, not a library")
  elseif(CMAKE_EXECUTABLE_FORMAT STREQUAL "ELF")
    file(REAL_PATH "${path}" _osp_real)
    file(SIZE "${_osp_real}" _osp_size)
    file(READ "${_osp_real}" _osp_head LIMIT 20 HEX)
    if(_osp_size EQUAL 0)
      set(_osp_why "${name} is ${path}, which is an empty file")
    elseif(_osp_head MATCHES "^7f454c46")
      _openssl_probe_elf_machine(_osp_expected)
      if(_osp_size LESS 64)
        set(_osp_why "${name} is ${path}, which is truncated (${_osp_size} bytes)")
      elseif(_osp_expected)
        string(SUBSTRING "${_osp_head}" 36 2 _osp_lo)
        string(SUBSTRING "${_osp_head}" 38 2 _osp_hi)
        math(EXPR _osp_machine "0x${_osp_hi}${_osp_lo}")
        list(GET _osp_expected 0 _osp_want)
        list(GET _osp_expected 1 _osp_want_name)
        if(NOT _osp_machine EQUAL _osp_want)
          set(_osp_names "3=x86;62=x86_64;183=AArch64;40=ARM;243=RISC-V;21=PowerPC64;22=S/390;8=MIPS")
          set(_osp_machine_name "ELF machine ${_osp_machine}")
          foreach(_osp_pair IN LISTS _osp_names)
            if(_osp_pair MATCHES "^${_osp_machine}=(.*)$")
              set(_osp_machine_name "${CMAKE_MATCH_1}")
            endif()
          endforeach()
          set(_osp_why "${name} is ${path}, which is built for ${_osp_machine_name}, not for ${_osp_want_name} as this build is")
        endif()
      endif()
    elseif(NOT _osp_head MATCHES "^213c617263683e0a")
      # Not an archive either; a GNU ld script is text that links onwards.
      file(READ "${_osp_real}" _osp_text LIMIT 64)
      if(NOT _osp_text MATCHES "^[ \t\r\n]*(/\\*|INPUT|GROUP|OUTPUT_FORMAT)")
        set(_osp_why "${name} is ${path}, which is not a library: it has no ELF header")
      endif()
    endif()
  endif()
  set(${out} "${_osp_why}" PARENT_SCOPE)
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

# With --log-level=VERBOSE, lists the installs a build on this machine
# could pick up, and why each was taken or not.
function(_openssl_probe_list_candidates source chosen fatal)
  cmake_language(GET_MESSAGE_LOG_LEVEL _osp_level)
  if(NOT _osp_level MATCHES "^(VERBOSE|DEBUG|TRACE)$")
    return() # nobody would see the list: skip looking
  endif()
  set(_osp_places ${CMAKE_PREFIX_PATH} $ENV{CMAKE_PREFIX_PATH} /usr/local /usr
    /opt/homebrew/opt/openssl@3 /usr/local/opt/openssl@3 /opt/local)
  file(GLOB _osp_opt LIST_DIRECTORIES true "/opt/openssl*" "/usr/local/openssl*"
    "/usr/local/ssl")
  list(APPEND _osp_places ${_osp_opt})
  if(chosen)
    list(PREPEND _osp_places "${chosen}")
  endif()
  list(REMOVE_DUPLICATES _osp_places)
  foreach(_osp_place IN LISTS _osp_places)
    if(NOT EXISTS "${_osp_place}/include/openssl/ssl.h")
      continue()
    endif()
    file(REAL_PATH "${_osp_place}" _osp_real)
    if(chosen AND _osp_real STREQUAL chosen AND fatal STREQUAL "[]")
      set(_osp_why "taken")
    elseif(source)
      set(_osp_why "not used: ${source} names the install to use")
    else()
      set(_osp_why "not used: the search found another install first")
    endif()
    message(VERBOSE "OpenSSLProbe: candidate ${_osp_place}: ${_osp_why}")
  endforeach()
endfunction()

# The override in force, and the key that tells whether it changed since
# the last configure: sets <out_dir>, <out_source> (WITH_OPENSSL_DIR,
# OPENSSL_ROOT_DIR, ENV{OPENSSL_ROOT_DIR} or empty), <out_note> and
# <out_key>.
function(_openssl_probe_locate_override out_dir out_source out_note out_key static)
  # A relative -DWITH_OPENSSL_DIR=... is made absolute by the set() below,
  # against the directory cmake was started in; remember to say so.
  get_property(_osp_type CACHE WITH_OPENSSL_DIR PROPERTY TYPE)
  set(_osp_given "$CACHE{WITH_OPENSSL_DIR}")
  if(_osp_type STREQUAL "UNINITIALIZED" AND _osp_given MATCHES ";")
    # set() would take a path with ';' for a list and make each part
    # absolute; typing the entry first keeps the value whole.
    set_property(CACHE WITH_OPENSSL_DIR PROPERTY TYPE PATH)
  endif()
  set(WITH_OPENSSL_DIR "" CACHE PATH
    "OpenSSL install prefix to use, like --with-openssl-dir")
  _openssl_probe_override(_osp_dir _osp_source _osp_note)
  if(_osp_source STREQUAL "WITH_OPENSSL_DIR" AND _osp_type STREQUAL "UNINITIALIZED"
     AND NOT IS_ABSOLUTE "${_osp_given}")
    set(_osp_note "the relative path ${_osp_given}, taken relative to the directory cmake was started in")
  endif()
  string(REPLACE "\n" "\\n" _osp_key "${_osp_source}=${_osp_dir}")
  if(static)
    string(APPEND _osp_key " (static)")
  endif()
  set(${out_dir} "${_osp_dir}" PARENT_SCOPE)
  set(${out_source} "${_osp_source}" PARENT_SCOPE)
  set(${out_note} "${_osp_note}" PARENT_SCOPE)
  set(${out_key} "${_osp_key}" PARENT_SCOPE)
endfunction()

# Sets <out> to FindOpenSSL's three cache entries in one string, as
# _OpenSSLProbe_WROTE keeps what this module wrote there.
function(_openssl_probe_entries out)
  set(${out} "$CACHE{OPENSSL_INCLUDE_DIR}|$CACHE{OPENSSL_SSL_LIBRARY}|$CACHE{OPENSSL_CRYPTO_LIBRARY}"
    PARENT_SCOPE)
endfunction()

# FindOpenSSL's hints: the cache entries OPENSSL_INCLUDE_DIR,
# OPENSSL_SSL_LIBRARY and OPENSSL_CRYPTO_LIBRARY set by hand (-D..., or in
# cmake-gui) to the exact files, the documented way to point FindOpenSSL
# at them.  Not hints: what this module wrote there itself
# (_OpenSSLProbe_WROTE_<NAME>), and the entries of a find_package(OpenSSL)
# that another search answered earlier in this configure (Targets.cmake
# judges those).  Sets <out_names> to the entries taken and <out_key> to
# them with their values.
function(_openssl_probe_hints out_names out_key)
  set(_osp_names "")
  set(_osp_key "")
  get_property(_osp_answered GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED SET)
  get_property(_osp_packages GLOBAL PROPERTY PACKAGES_FOUND)
  # The entries as this module last wrote them (the warm configure's case).
  _openssl_probe_entries(_osp_entries)
  if(_osp_entries STREQUAL "$CACHE{_OpenSSLProbe_WROTE}")
    # None is a hint.
  elseif(_osp_answered OR NOT "OpenSSL" IN_LIST _osp_packages)
    foreach(_osp_part IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
      set(_osp_value "$CACHE{OPENSSL_${_osp_part}}")
      set(_osp_wrote "$CACHE{_OpenSSLProbe_WROTE_${_osp_part}}")
      if(NOT _osp_value STREQUAL "" AND NOT _osp_value MATCHES "-NOTFOUND$"
         AND NOT _osp_value IN_LIST _osp_wrote)
        list(APPEND _osp_names OPENSSL_${_osp_part})
        string(APPEND _osp_key " OPENSSL_${_osp_part}=${_osp_value}")
      endif()
    endforeach()
  endif()
  set(${out_names} "${_osp_names}" PARENT_SCOPE)
  set(${out_key} "${_osp_key}" PARENT_SCOPE)
endfunction()

# Takes FindOpenSSL's hints (_openssl_probe_hints) as the files to use, as
# FindOpenSSL takes them, without a search; forgets what was located for
# another override or other hints (<key>: the override's).  Sets <out> to
# the names of the entries taken.
function(_openssl_probe_take_hints out key)
  _openssl_probe_hints(_osp_hints _osp_hints_key)
  _openssl_probe_forget_stale("${key}${_osp_hints_key}")
  foreach(_osp_hint IN LISTS _osp_hints)
    string(REGEX REPLACE "^OPENSSL_" "" _osp_part "${_osp_hint}")
    set(OpenSSLProbe_${_osp_part} "$CACHE{${_osp_hint}}" CACHE FILEPATH
      "OpenSSL ${_osp_part}, from ${_osp_hint}" FORCE)
  endforeach()
  set(${out} "${_osp_hints}" PARENT_SCOPE)
endfunction()

# Adds to how the files were found, in the caller's <how_var>, the hints
# taken (<hints>); with all three and no override (<source>) they alone.
function(_openssl_probe_hints_how how_var hints source)
  if(hints)
    string(REPLACE ";" ", " _osp_list "${hints}")
    list(LENGTH hints _osp_n)
    if(_osp_n EQUAL 3 AND NOT source)
      set(${how_var} "${_osp_list} as set" PARENT_SCOPE) # no search took part
    else()
      set(${how_var} "${${how_var}}; ${_osp_list} as set" PARENT_SCOPE)
    endif()
  endif()
endfunction()

# Writes the cache entries FindOpenSSL leaves, OPENSSL_INCLUDE_DIR,
# OPENSSL_SSL_LIBRARY and OPENSSL_CRYPTO_LIBRARY, for the verified files
# located in <loc>; an entry the user set (a hint taken: <loc>_HINTS) is
# left as it is.  What is written is remembered, so that it is never taken
# for a hint.
function(_openssl_probe_write_entries loc)
  set(_osp_entries "${${loc}_USE_INCLUDE_DIR}|${${loc}_USE_SSL_LIBRARY}|${${loc}_USE_CRYPTO_LIBRARY}")
  if(_osp_entries STREQUAL "$CACHE{_OpenSSLProbe_WROTE}")
    return() # written before, and unchanged
  endif()
  foreach(_osp_part IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
    set(_osp_entry OPENSSL_${_osp_part})
    if(_osp_entry IN_LIST ${loc}_HINTS)
      continue()
    endif()
    set(_osp_value "${${loc}_USE_${_osp_part}}")
    if(_osp_value STREQUAL "")
      continue() # no libssl where libcrypto alone was verified
    endif()
    set(_osp_type FILEPATH)
    if(_osp_part STREQUAL "INCLUDE_DIR")
      set(_osp_type PATH)
    endif()
    if(NOT "$CACHE{${_osp_entry}}" STREQUAL _osp_value)
      set(${_osp_entry} "${_osp_value}" CACHE ${_osp_type}
        "OpenSSL ${_osp_part}, verified by OpenSSLProbe" FORCE)
      mark_as_advanced(${_osp_entry})
    endif()
    set(_osp_wrote "$CACHE{_OpenSSLProbe_WROTE_${_osp_part}}")
    if(NOT _osp_value IN_LIST _osp_wrote)
      list(APPEND _osp_wrote "${_osp_value}")
      set(_OpenSSLProbe_WROTE_${_osp_part} "${_osp_wrote}" CACHE INTERNAL "")
    endif()
  endforeach()
  # All three as written (no hint among them): the next configure sees so
  # in one step.
  _openssl_probe_entries(_osp_now)
  if(NOT ${loc}_HINTS AND _osp_now STREQUAL _osp_entries)
    set(_OpenSSLProbe_WROTE "${_osp_entries}" CACHE INTERNAL "")
  endif()
endfunction()

# The library layouts of the platforms, one table: sets <out_ssl> and
# <out_crypto> to the names libssl and libcrypto go by (find_library's
# NAMES, in order), and <out_dirs> to the folders of a prefix that hold
# them.  <static>: only the archives (a shared library found would be
# linked).
#   Unix, MinGW, MSYS2, vcpkg: lib<name> in lib/<multiarch>, lib, lib64.
#   MSVC, the Windows installers' layout (lib/VC/<arch>/<MD|MT>/, one folder
#   per C runtime, OPENSSL_MSVC_STATIC_RT choosing MT) and the names of
#   each era: libssl64MD, libssl, ssleay32MD, ssleay32 (1.0.x); static
#   archives with "_static" first, as OpenSSL's own build names them.
function(_openssl_probe_library_layout out_ssl out_crypto out_dirs static)
  if(NOT MSVC AND NOT static)
    # The common case first, in as few steps as it takes.
    set(${out_ssl} ssl libssl PARENT_SCOPE)
    set(${out_crypto} crypto libcrypto PARENT_SCOPE)
    set(${out_dirs} "lib/${CMAKE_LIBRARY_ARCHITECTURE}" lib lib64 PARENT_SCOPE)
    return()
  endif()
  set(_osp_dirs lib lib64)
  if(CMAKE_LIBRARY_ARCHITECTURE)
    list(PREPEND _osp_dirs "lib/${CMAKE_LIBRARY_ARCHITECTURE}")
  endif()
  if(MSVC)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Platforms.cmake")
    _openssl_probe_msvc_variant(_osp_rt _osp_bits _osp_arch)
    # The archives' names first where they are asked for ("-": none).
    set(_osp_kinds -)
    set(_osp_dirs "lib/VC/${_osp_arch}/${_osp_rt}" lib/VC VC lib)
    if(static)
      set(_osp_kinds _static -)
      list(INSERT _osp_dirs 1 lib/VC/static VC/static)
    endif()
    foreach(_osp_part IN ITEMS ssl crypto)
      set(_osp_old ssleay32)
      if(_osp_part STREQUAL "crypto")
        set(_osp_old libeay32)
      endif()
      set(_osp_${_osp_part} "")
      foreach(_osp_kind IN LISTS _osp_kinds)
        string(REPLACE "-" "" _osp_kind "${_osp_kind}")
        list(APPEND _osp_${_osp_part} lib${_osp_part}${_osp_kind}${_osp_bits}${_osp_rt}
          lib${_osp_part}${_osp_kind}${_osp_rt} lib${_osp_part}${_osp_kind}
          ${_osp_old}${_osp_kind}${_osp_rt} ${_osp_old}${_osp_kind})
      endforeach()
      list(APPEND _osp_${_osp_part} ${_osp_part})
    endforeach()
  else()
    set(_osp_ssl "${CMAKE_STATIC_LIBRARY_PREFIX}ssl${CMAKE_STATIC_LIBRARY_SUFFIX}")
    set(_osp_crypto "${CMAKE_STATIC_LIBRARY_PREFIX}crypto${CMAKE_STATIC_LIBRARY_SUFFIX}")
  endif()
  set(${out_ssl} "${_osp_ssl}" PARENT_SCOPE)
  set(${out_crypto} "${_osp_crypto}" PARENT_SCOPE)
  set(${out_dirs} "${_osp_dirs}" PARENT_SCOPE)
endfunction()

# Searches the libraries of the install prefix <dir> and nothing else: the
# folders <lib_dirs> of its layout (_openssl_probe_library_layout); no
# default paths, no re-rooting.
# (The path is passed quoted each time: it may hold a ';'.)
function(_openssl_probe_search_prefix dir ssl_names crypto_names lib_dirs)
  find_library(OpenSSLProbe_SSL_LIBRARY NAMES ${ssl_names} NAMES_PER_DIR
    PATHS "${dir}" PATH_SUFFIXES ${lib_dirs}
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
    DOC "OpenSSL libssl")
  find_library(OpenSSLProbe_CRYPTO_LIBRARY NAMES ${crypto_names} NAMES_PER_DIR
    PATHS "${dir}" PATH_SUFFIXES ${lib_dirs}
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
    DOC "OpenSSL libcrypto")
endfunction()

# Searches the override <dir> and nothing else: its include folder and the
# library folders of _openssl_probe_search_prefix.
function(_openssl_probe_search_override dir ssl_names crypto_names lib_dirs)
  find_path(OpenSSLProbe_INCLUDE_DIR NAMES openssl/ssl.h
    PATHS "${dir}" PATH_SUFFIXES include
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
    DOC "OpenSSL include directory")
  _openssl_probe_search_prefix("${dir}" "${ssl_names}" "${crypto_names}" "${lib_dirs}")
endfunction()

# Searches where the system's build tools would look: pkg-config's libssl
# as hints, then the default paths.  Sets <out_how> to how, in words.
function(_openssl_probe_search_default out_how ssl_names crypto_names lib_dirs)
  set(_osp_how "the default search paths")
  set(_osp_hints "")
  if(NOT OpenSSLProbe_INCLUDE_DIR OR NOT OpenSSLProbe_SSL_LIBRARY)
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
  if(CMAKE_SYSTEM_NAME MATCHES "^(Windows|Darwin)$")
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Platforms.cmake")
    _openssl_probe_platform_roots(_osp_installers "")
    list(TRANSFORM _osp_installers APPEND "/include")
    list(APPEND _osp_hints ${_osp_installers})
  endif()
  set(_osp_searched_headers FALSE)
  if(NOT OpenSSLProbe_INCLUDE_DIR)
    set(_osp_searched_headers TRUE)
  endif()
  find_path(OpenSSLProbe_INCLUDE_DIR NAMES openssl/ssl.h
    HINTS ${_osp_hints} DOC "OpenSSL include directory")
  # The libraries of the install whose headers the search found, in the
  # folders an install puts them (CMAKE_PREFIX_PATH alone would miss its
  # lib64/ where the platform does not search lib64, as on Debian), then
  # wherever the search finds them.  Headers set by hand do not choose.
  if(_osp_searched_headers AND OpenSSLProbe_INCLUDE_DIR MATCHES "^(.*)/include(/.*)?$")
    set(_osp_prefix "${CMAKE_MATCH_1}")
    _openssl_probe_search_prefix("${_osp_prefix}" "${ssl_names}" "${crypto_names}" "${lib_dirs}")
    # Named where the search found it: a prefix of CMAKE_PREFIX_PATH (the
    # environment's is a list in the platform's form, ':'-separated here).
    cmake_path(CONVERT "$ENV{CMAKE_PREFIX_PATH}" TO_CMAKE_PATH_LIST _osp_env_roots)
    foreach(_osp_root IN LISTS CMAKE_PREFIX_PATH _osp_env_roots)
      if(_osp_root STREQUAL _osp_prefix)
        set(_osp_how "CMAKE_PREFIX_PATH (${_osp_prefix})")
        break()
      endif()
    endforeach()
  endif()
  find_library(OpenSSLProbe_SSL_LIBRARY NAMES ${ssl_names}
    HINTS ${_osp_hints} DOC "OpenSSL libssl")
  find_library(OpenSSLProbe_CRYPTO_LIBRARY NAMES ${crypto_names}
    HINTS ${_osp_hints} DOC "OpenSSL libcrypto")
  set(${out_how} "${_osp_how}" PARENT_SCOPE)
endfunction()

# Where lib<name> was not found in the install <dir>, sets <out_code> and
# <out_why> to what is there instead, or both to empty: a link to nothing,
# or only the run-time library (libssl.so.3) without the development link
# (libssl.so) that a build links against.
function(_openssl_probe_describe_missing out_code out_why dir name)
  set(_osp_code "")
  set(_osp_why "")
  file(GLOB _osp_found LIST_DIRECTORIES false
    "${dir}/lib*/lib${name}${CMAKE_SHARED_LIBRARY_SUFFIX}*"
    "${dir}/lib/*/lib${name}${CMAKE_SHARED_LIBRARY_SUFFIX}*")
  foreach(_osp_file IN LISTS _osp_found)
    get_filename_component(_osp_name "${_osp_file}" NAME)
    if(_osp_name STREQUAL "lib${name}${CMAKE_SHARED_LIBRARY_SUFFIX}"
       AND IS_SYMLINK "${_osp_file}" AND NOT EXISTS "${_osp_file}")
      file(READ_SYMLINK "${_osp_file}" _osp_target)
      set(_osp_code library-broken-link)
      set(_osp_why "${_osp_file} is a broken link: it points to ${_osp_target}, which does not exist")
      break()
    elseif(_osp_name MATCHES "\\.[0-9]" AND EXISTS "${_osp_file}")
      get_filename_component(_osp_folder "${_osp_file}" DIRECTORY)
      set(_osp_code library-runtime-only)
      set(_osp_why "${_osp_folder} holds ${_osp_name}, the run-time library, but no lib${name}${CMAKE_SHARED_LIBRARY_SUFFIX} to link against: the development files are missing")
    endif()
  endforeach()
  set(${out_code} "${_osp_code}" PARENT_SCOPE)
  set(${out_why} "${_osp_why}" PARENT_SCOPE)
endfunction()

# Sets <out> to the library file that <path> stands for: <path> itself, or,
# for a GNU ld script (lib/libssl.so as "INPUT(libssl.so.3)", as some
# distributions ship it), the first file the script names, links resolved.
function(_openssl_probe_follow_script out path)
  file(REAL_PATH "${path}" _osp_real)
  set(_osp_file "${_osp_real}")
  file(READ "${_osp_real}" _osp_head LIMIT 4 HEX)
  if(NOT _osp_head STREQUAL "7f454c46")
    file(READ "${_osp_real}" _osp_text LIMIT 4096)
    string(REGEX REPLACE "/\\*.*\\*/" "" _osp_text "${_osp_text}")
    if(_osp_text MATCHES "(INPUT|GROUP)[ \t\r\n]*\\(([^)]*)")
      string(REGEX REPLACE "AS_NEEDED|[(,]" " " _osp_names "${CMAKE_MATCH_2}")
      separate_arguments(_osp_names UNIX_COMMAND "${_osp_names}")
      list(GET _osp_names 0 _osp_first)
      get_filename_component(_osp_dir "${_osp_real}" DIRECTORY)
      get_filename_component(_osp_first "${_osp_first}" ABSOLUTE BASE_DIR "${_osp_dir}")
      if(EXISTS "${_osp_first}")
        file(REAL_PATH "${_osp_first}" _osp_file)
      endif()
    endif()
  endif()
  set(${out} "${_osp_file}" PARENT_SCOPE)
endfunction()

# Appends to the JSON array in <fatal_var> why the located files cannot be
# probed: missing headers or libraries, unusable library files, hand-set
# paths outside the override.  <where> says where they were looked for
# (" in <dir>", or empty); <kind> is "static " or empty; <in_root> is true
# when a toolchain's find root was all that was searched; <hints> names
# the FindOpenSSL entries taken as hints; <parts> the libraries needed
# (ssl and crypto, or crypto alone).
function(_openssl_probe_check_located fatal_var source dir where kind in_root hints parts)
  set(_osp_fatal "${${fatal_var}}")
  set(_osp_no_headers headers-not-found)
  set(_osp_no_library library-not-found)
  if(in_root)
    set(_osp_no_headers not-found-in-root)
    set(_osp_no_library not-found-in-root)
  endif()
  set(_osp_inc "${OpenSSLProbe_INCLUDE_DIR}")
  if(NOT _osp_inc)
    _openssl_probe_json_append(_osp_fatal ${_osp_no_headers}
      "no OpenSSL headers (openssl/ssl.h) found${where}")
  elseif(NOT EXISTS "${_osp_inc}/openssl/ssl.h")
    _openssl_probe_json_append(_osp_fatal headers-not-found
      "OpenSSLProbe_INCLUDE_DIR is ${_osp_inc}, which has no openssl/ssl.h")
  endif()
  foreach(_osp_lib IN LISTS parts)
    string(TOUPPER "${_osp_lib}" _osp_var)
    set(_osp_path "${OpenSSLProbe_${_osp_var}_LIBRARY}")
    if(NOT _osp_path)
      set(_osp_code "")
      if(source AND kind STREQUAL "")
        _openssl_probe_describe_missing(_osp_code _osp_why "${dir}" ${_osp_lib})
      endif()
      if(_osp_code)
        _openssl_probe_json_append(_osp_fatal ${_osp_code} "${_osp_why}")
      else()
        _openssl_probe_json_append(_osp_fatal ${_osp_no_library}
          "no ${kind}lib${_osp_lib} found${where}")
      endif()
      continue()
    endif()
    _openssl_probe_check_library(_osp_bad OpenSSLProbe_${_osp_var}_LIBRARY "${_osp_path}")
    if(_osp_bad)
      _openssl_probe_json_append(_osp_fatal library-unusable "${_osp_bad}")
    endif()
  endforeach()
  # Everything must come from the override.
  if(_osp_fatal STREQUAL "[]" AND source)
    set(_osp_vars INCLUDE_DIR)
    foreach(_osp_lib IN LISTS parts)
      string(TOUPPER "${_osp_lib}_LIBRARY" _osp_var)
      list(APPEND _osp_vars ${_osp_var})
    endforeach()
    foreach(_osp_var IN LISTS _osp_vars)
      cmake_path(IS_PREFIX dir "${OpenSSLProbe_${_osp_var}}" NORMALIZE _osp_inside)
      if(NOT _osp_inside AND "OPENSSL_${_osp_var}" IN_LIST hints)
        # FindOpenSSL's hint and the override name two installs.
        _openssl_probe_json_append(_osp_fatal outside-override
          "OPENSSL_${_osp_var} is ${OpenSSLProbe_${_osp_var}}, outside "
          "${source}=${dir}: the two name different installs, and neither "
          "is chosen over the other (clear the one not meant: "
          "-UOPENSSL_${_osp_var} or -U${source})")
      elseif(NOT _osp_inside)
        _openssl_probe_json_append(_osp_fatal outside-override
          "OpenSSLProbe_${_osp_var} is ${OpenSSLProbe_${_osp_var}}, outside "
          "${source}=${dir}; it is not used in place of the override")
      endif()
    endforeach()
  endif()
  set(${fatal_var} "${_osp_fatal}" PARENT_SCOPE)
endfunction()

# Sets <out> to what vouches that headers <inc> and libraries in <libdir>
# are one build though they lie in two prefixes (as Nix lays a package
# out): the pkg-config package libssl, when its includedir and libdir are
# exactly those; or to empty.
function(_openssl_probe_pkg_config_vouches out inc libdir)
  set(${out} "" PARENT_SCOPE)
  find_program(_osp_pkg_config NAMES pkg-config pkgconf NO_CACHE)
  if(NOT _osp_pkg_config)
    return()
  endif()
  set(_osp_values "")
  foreach(_osp_query IN ITEMS --variable=includedir --variable=libdir --modversion --variable=pcfiledir)
    execute_process(COMMAND "${_osp_pkg_config}" ${_osp_query} libssl
      RESULT_VARIABLE _osp_rc OUTPUT_VARIABLE _osp_value
      ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT _osp_rc EQUAL 0 OR _osp_value STREQUAL "")
      return()
    endif()
    list(APPEND _osp_values "${_osp_value}")
  endforeach()
  list(GET _osp_values 0 _osp_includedir)
  list(GET _osp_values 1 _osp_libdir)
  list(GET _osp_values 2 _osp_version)
  list(GET _osp_values 3 _osp_pcdir)
  foreach(_osp_pair IN ITEMS "_osp_includedir|inc" "_osp_libdir|libdir")
    string(REPLACE "|" ";" _osp_pair "${_osp_pair}")
    list(GET _osp_pair 0 _osp_said)
    list(GET _osp_pair 1 _osp_found)
    if(NOT EXISTS "${${_osp_said}}")
      return()
    endif()
    file(REAL_PATH "${${_osp_said}}" _osp_said_real)
    file(REAL_PATH "${${_osp_found}}" _osp_found_real)
    if(NOT _osp_said_real STREQUAL _osp_found_real)
      return()
    endif()
  endforeach()
  set(${out} "pkg-config package libssl ${_osp_version} (${_osp_pcdir}/libssl.pc)" PARENT_SCOPE)
endfunction()

# Sets <out_prefix> to the install the located files belong to, and appends
# to the JSON array in <problems_var> if they belong to more than one
# (unless one pkg-config package vouches for them: <out_vouched> says so).
function(_openssl_probe_check_one_install out_prefix out_vouched problems_var inc ssl crypto)
  set(_osp_problems "${${problems_var}}")
  # Without libssl (libcrypto alone asked for), libcrypto stands for it.
  set(_osp_lib libssl)
  if(ssl STREQUAL "")
    set(ssl "${crypto}")
    set(_osp_lib libcrypto)
  endif()
  set(_osp_vouched "")
  _openssl_probe_prefix_of(_osp_inc_prefix "${inc}" include)
  get_filename_component(_osp_ssl_dir "${ssl}" DIRECTORY)
  get_filename_component(_osp_crypto_dir "${crypto}" DIRECTORY)
  _openssl_probe_prefix_of(_osp_ssl_prefix "${_osp_ssl_dir}" lib)
  _openssl_probe_prefix_of(_osp_crypto_prefix "${_osp_crypto_dir}" lib)
  if(_osp_inc_prefix AND _osp_ssl_prefix
     AND NOT _osp_inc_prefix STREQUAL _osp_ssl_prefix
     AND _osp_ssl_dir STREQUAL _osp_crypto_dir)
    _openssl_probe_pkg_config_vouches(_osp_vouched "${inc}" "${_osp_ssl_dir}")
  endif()
  if(_osp_vouched)
    set(_osp_inc_prefix "${_osp_ssl_prefix}")
  elseif(_osp_inc_prefix AND _osp_ssl_prefix
     AND NOT _osp_inc_prefix STREQUAL _osp_ssl_prefix)
    _openssl_probe_json_append(_osp_problems mixed-installs
      "the headers come from ${inc} but ${_osp_lib} from ${ssl}: these "
      "are two different installs (${_osp_inc_prefix} and ${_osp_ssl_prefix})")
  elseif(_osp_ssl_prefix AND _osp_crypto_prefix
         AND NOT _osp_ssl_prefix STREQUAL _osp_crypto_prefix)
    _openssl_probe_json_append(_osp_problems mixed-installs
      "libssl comes from ${ssl} but libcrypto from ${crypto}: these "
      "are two different installs")
  endif()
  if(NOT _osp_inc_prefix)
    set(_osp_inc_prefix "${inc}")
  endif()
  set(${out_prefix} "${_osp_inc_prefix}" PARENT_SCOPE)
  set(${out_vouched} "${_osp_vouched}" PARENT_SCOPE)
  set(${problems_var} "${_osp_problems}" PARENT_SCOPE)
endfunction()

# Sets <out> to whether the install located in <loc> (Locate's record)
# holds only archives: a static library where a shared one is searched
# first; on Windows, where .lib names import libraries too, one that names
# no DLL (vcpkg's static triplets).
macro(_openssl_probe_archives_only out loc)
  set(${out} FALSE)
  if("${${loc}_FATAL}" STREQUAL "[]"
     AND ((WIN32 AND "${${loc}_CRYPTO_DLL}" STREQUAL "")
          OR (NOT WIN32 AND "${${loc}_CRYPTO_LIBRARY}" MATCHES "${CMAKE_STATIC_LIBRARY_SUFFIX}$")))
    set(${out} TRUE)
  endif()
endmacro()

# Sets <out> to the libraries OpenSSL's static archive <crypto> calls into
# besides the loader's and the thread library (_openssl_probe_link_deps
# adds those): what its own build says, the Libs.private of the
# libcrypto.pc beside it (zlib for a build with zlib, Windows' system
# libraries for a MinGW build, ...), else, on Windows, Winsock and CryptoAPI
# (with the user and registry APIs that releases before 1.1.0 also use).
function(_openssl_probe_system_libs out crypto)
  set(_osp_libs "")
  get_filename_component(_osp_dir "${crypto}" DIRECTORY)
  set(_osp_pc "${_osp_dir}/pkgconfig/libcrypto.pc")
  if(NOT "${crypto}" STREQUAL "" AND EXISTS "${_osp_pc}")
    file(STRINGS "${_osp_pc}" _osp_private REGEX "^Libs\\.private:")
    string(REGEX MATCHALL "(^| )-l[^ ]+" _osp_flags "${_osp_private}")
    foreach(_osp_flag IN LISTS _osp_flags)
      string(REGEX REPLACE "^ ?-l" "" _osp_lib "${_osp_flag}")
      if(NOT _osp_lib IN_LIST CMAKE_DL_LIBS AND NOT _osp_lib MATCHES "^(pthread|ssl|crypto)$")
        list(APPEND _osp_libs "${_osp_lib}")
      endif()
    endforeach()
  elseif(WIN32)
    set(_osp_libs ws2_32 crypt32 user32 advapi32)
  endif()
  list(REMOVE_DUPLICATES _osp_libs)
  set(${out} "${_osp_libs}" PARENT_SCOPE)
endfunction()

# Sets <out> to what linking OpenSSL needs besides its two libraries: the
# dynamic loader library, and for static archives (<static>; <crypto> is
# the libcrypto one) the thread library and what they call into
# (_openssl_probe_system_libs).
function(_openssl_probe_link_deps out static crypto)
  set(_osp_deps ${CMAKE_DL_LIBS})
  if(static)
    set(THREADS_PREFER_PTHREAD_FLAG TRUE)
    find_package(Threads QUIET)
    if(TARGET Threads::Threads)
      list(APPEND _osp_deps Threads::Threads)
    endif()
    _openssl_probe_system_libs(_osp_system "${crypto}")
    list(APPEND _osp_deps ${_osp_system})
  endif()
  set(${out} "${_osp_deps}" PARENT_SCOPE)
endfunction()

# Sets <out> to the names of the variables locating reads besides the
# files on disk (see _openssl_probe_snapshot): the override variables,
# the entries it fills in and what it filled in, the search roots.
# FindOpenSSL's entries are not among them: a hint lands in the
# OpenSSLProbe_ entries, and the module writes them itself after a pass.
function(_openssl_probe_locate_inputs out)
  set(${out} WITH_OPENSSL_DIR OPENSSL_ROOT_DIR ENV{OPENSSL_ROOT_DIR}
    OpenSSL_ROOT ENV{OpenSSL_ROOT} OPENSSL_ROOT ENV{OPENSSL_ROOT}
    CACHE{OpenSSLProbe_INCLUDE_DIR} CACHE{_OpenSSLProbe_FOUND_INCLUDE_DIR}
    CACHE{OpenSSLProbe_SSL_LIBRARY} CACHE{_OpenSSLProbe_FOUND_SSL_LIBRARY}
    CACHE{OpenSSLProbe_CRYPTO_LIBRARY} CACHE{_OpenSSLProbe_FOUND_CRYPTO_LIBRARY}
    OPENSSL_USE_STATIC_LIBS OPENSSL_MSVC_STATIC_RT CMAKE_PREFIX_PATH ENV{CMAKE_PREFIX_PATH} CMAKE_SYSROOT
    CMAKE_FIND_ROOT_PATH CMAKE_FIND_ROOT_PATH_MODE_INCLUDE
    CMAKE_FIND_ROOT_PATH_MODE_LIBRARY CMAKE_LIBRARY_ARCHITECTURE
    ENV{PKG_CONFIG_PATH} ENV{PKG_CONFIG_LIBDIR} PARENT_SCOPE)
endfunction()

# Ends the "Locating" check with the install found in <prefix> (how: <how>)
# or the failure (<fatal>, a JSON array), and with --log-level=VERBOSE
# lists the candidates and the files.
function(_openssl_probe_locate_said quiet fatal prefix how source inc ssl crypto)
  if(NOT quiet)
    if(fatal STREQUAL "[]")
      message(CHECK_PASS "${prefix} (${how})")
    else()
      message(CHECK_FAIL "not usable (${how})")
    endif()
  endif()
  _openssl_probe_list_candidates("${source}" "${prefix}" "${fatal}")
  message(VERBOSE "OpenSSLProbe: headers   ${inc}")
  message(VERBOSE "OpenSSLProbe: libssl    ${ssl}")
  message(VERBOSE "OpenSSLProbe: libcrypto ${crypto}")
endfunction()

# The search of _openssl_probe_locate, in its scope: in the override
# (_osp_source, _osp_dir, _osp_note) or where the default search looks, for
# the library names and folders of the platform's layout.  Sets _osp_how
# (in words), _osp_where (" in <dir>", or where a toolchain searches),
# _osp_in_root, _osp_kind ("static " or empty), and adds to _osp_fatal an
# override that is not an install prefix.
macro(_openssl_probe_locate_search)
  _openssl_probe_library_layout(_osp_ssl_names _osp_crypto_names _osp_dirs "${_osp_STATIC}")
  set(_osp_kind "")
  if(_osp_STATIC)
    set(_osp_kind "static ")
  endif()
  set(_osp_where "")
  set(_osp_in_root FALSE)
  if(_osp_source)
    set(_osp_how "${_osp_source}=${_osp_dir}")
    set(_osp_where " in ${_osp_dir}")
    if(_osp_note)
      message(STATUS "${_osp_source} is ${_osp_note}: ${_osp_dir}")
    endif()
    _openssl_probe_check_prefix(_osp_bad "${_osp_source}" "${_osp_dir}" "${_osp_note}")
    if(_osp_bad)
      _openssl_probe_json_append(_osp_fatal override-invalid "${_osp_bad}")
    else()
      _openssl_probe_search_override("${_osp_dir}" "${_osp_ssl_names}" "${_osp_crypto_names}"
        "${_osp_dirs}")
    endif()
  else()
    _openssl_probe_search_default(_osp_how "${_osp_ssl_names}" "${_osp_crypto_names}"
      "${_osp_dirs}")
    # A toolchain that searches only below its roots (a sysroot) names them.
    if(CMAKE_FIND_ROOT_PATH AND (CMAKE_FIND_ROOT_PATH_MODE_INCLUDE STREQUAL "ONLY"
                                 OR CMAKE_FIND_ROOT_PATH_MODE_LIBRARY STREQUAL "ONLY"))
      set(_osp_where " below CMAKE_FIND_ROOT_PATH (${CMAKE_FIND_ROOT_PATH}), where the toolchain searches alone")
      set(_osp_in_root TRUE)
    endif()
  endif()
endmacro()

# Locates headers and libraries.  Sets, in the caller's scope, the record
# of the located install:
#   <out>_INCLUDE_DIR, <out>_SSL_LIBRARY, <out>_CRYPTO_LIBRARY
#   <out>_SSL_DLL, <out>_CRYPTO_DLL  on Windows, the DLLs the import
#                         libraries name (empty for static archives)
#   <out>_CRYPTO_ONLY     libcrypto alone was asked for (CRYPTO_ONLY): then
#                         <out>_SSL_LIBRARY is empty
#   <out>_PREFIX          the install they belong to
#   <out>_HOW             how they were found, in words
#   <out>_OVERRIDE        the override prefix, or empty
#   <out>_OVERRIDE_SOURCE the variable that set it, or empty
#   <out>_KEY             the override and linkage, as the probe's
#                         fingerprint takes them
#   <out>_VOUCHED_BY      what vouches that headers and libraries in two
#                         prefixes are one build (pkg-config), or empty
#   <out>_HINTS           FindOpenSSL's entries taken as hints (OPENSSL_...)
#   <out>_FATAL           JSON array of reasons nothing can be probed
#   <out>_PROBLEMS        JSON array of reasons the install fails anyway
function(_openssl_probe_locate out)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "" "QUIET;STATIC;CRYPTO_ONLY" "")
  _openssl_probe_locate_override(_osp_dir _osp_source _osp_note _osp_key "${_osp_STATIC}")
  if(_osp_CRYPTO_ONLY)
    string(APPEND _osp_key " (libcrypto)")
  endif()
  _openssl_probe_take_hints(_osp_hints "${_osp_key}")

  set(_osp_fatal "[]")
  set(_osp_problems "[]")
  if(NOT _osp_QUIET)
    message(CHECK_START "Locating OpenSSL")
  endif()
  _openssl_probe_locate_search()
  _openssl_probe_hints_how(_osp_how "${_osp_hints}" "${_osp_source}")
  foreach(_osp_var IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
    set(_OpenSSLProbe_FOUND_${_osp_var} "${OpenSSLProbe_${_osp_var}}"
      CACHE INTERNAL "")
  endforeach()
  set(_osp_inc "${OpenSSLProbe_INCLUDE_DIR}")
  set(_osp_ssl "${OpenSSLProbe_SSL_LIBRARY}")
  # libcrypto alone: libssl, found or not, is not this call's.
  set(_osp_parts ssl crypto)
  if(_osp_CRYPTO_ONLY)
    set(_osp_parts crypto)
    set(_osp_ssl "")
  endif()
  set(_osp_crypto "${OpenSSLProbe_CRYPTO_LIBRARY}")
  if(_osp_fatal STREQUAL "[]")
    _openssl_probe_check_located(_osp_fatal "${_osp_source}" "${_osp_dir}"
      "${_osp_where}" "${_osp_kind}" ${_osp_in_root} "${_osp_hints}" "${_osp_parts}")
  endif()
  set(_osp_prefix "")
  set(_osp_vouched "")
  if(_osp_fatal STREQUAL "[]")
    _openssl_probe_check_one_install(_osp_prefix _osp_vouched _osp_problems
      "${_osp_inc}" "${_osp_ssl}" "${_osp_crypto}")
  endif()
  set(_osp_loc_SSL_DLL "")
  set(_osp_loc_CRYPTO_DLL "")
  if(WIN32)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Platforms.cmake")
    _openssl_probe_locate_dlls(_osp_loc _osp_fatal "${_osp_prefix}" "${_osp_ssl}" "${_osp_crypto}")
  endif()

  _openssl_probe_locate_said("${_osp_QUIET}" "${_osp_fatal}" "${_osp_prefix}" "${_osp_how}"
    "${_osp_source}" "${_osp_inc}" "${_osp_ssl}" "${_osp_crypto}")

  set(${out}_INCLUDE_DIR "${_osp_inc}" PARENT_SCOPE)
  set(${out}_SSL_LIBRARY "${_osp_ssl}" PARENT_SCOPE)
  set(${out}_CRYPTO_LIBRARY "${_osp_crypto}" PARENT_SCOPE)
  set(${out}_SSL_DLL "${_osp_loc_SSL_DLL}" PARENT_SCOPE)
  set(${out}_CRYPTO_ONLY "${_osp_CRYPTO_ONLY}" PARENT_SCOPE)
  set(${out}_CRYPTO_DLL "${_osp_loc_CRYPTO_DLL}" PARENT_SCOPE)
  set(${out}_PREFIX "${_osp_prefix}" PARENT_SCOPE)
  set(${out}_HOW "${_osp_how}" PARENT_SCOPE)
  set(${out}_OVERRIDE "${_osp_dir}" PARENT_SCOPE)
  set(${out}_OVERRIDE_SOURCE "${_osp_source}" PARENT_SCOPE)
  set(${out}_KEY "${_osp_key}" PARENT_SCOPE)
  set(${out}_VOUCHED_BY "${_osp_vouched}" PARENT_SCOPE)
  set(${out}_HINTS "${_osp_hints}" PARENT_SCOPE)
  set(${out}_FATAL "${_osp_fatal}" PARENT_SCOPE)
  set(${out}_PROBLEMS "${_osp_problems}" PARENT_SCOPE)
endfunction()
