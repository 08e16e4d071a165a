# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 5 of 5, the outcome: the answer to every find_package(OpenSSL) of
# the build and the imported targets, for the verified install only; and
# the result variables every public function sets the same way, as
# find_package_handle_standard_args does for every find module.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_locate)
  include("${CMAKE_CURRENT_LIST_DIR}/Locate.cmake")
endif()

# Sets <out> to the version find_package(OpenSSL) reports for the install
# in <json>, FindOpenSSL's: for OpenSSL, <version>, the release of the
# library that loaded (the headers' without a run); for a fork, the
# OpenSSL release its OPENSSL_VERSION_NUMBER claims (LibreSSL 2.0.0,
# BoringSSL and AWS-LC 1.1.1g), which is what projects compare to tell
# APIs apart.
function(_openssl_probe_findopenssl_version out json flavor version)
  if(NOT flavor STREQUAL "OpenSSL")
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Version.cmake")
    string(JSON _osp_number GET "${json}" header_number)
    _openssl_probe_version_from_number(version "${_osp_number}")
  endif()
  set(${out} "${version}" PARENT_SCOPE)
endfunction()

# MSVC: appends to <out>_SSL and <out>_CRYPTO (the targets' import library
# properties) the Debug configuration, where the install located in <loc>
# holds Debug import libraries that name the verified DLLs
# (_openssl_probe_debug_implibs): Debug builds link those and load what
# was verified, as FindOpenSSL gives each configuration its library.
function(_openssl_probe_debug_properties out loc)
  include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Platforms.cmake")
  _openssl_probe_debug_implibs(_osp_debug "${${loc}_PREFIX}" "${${loc}_SSL_DLL}"
    "${${loc}_CRYPTO_DLL}")
  foreach(_osp_part IN ITEMS SSL CRYPTO)
    if(NOT "${_osp_debug_${_osp_part}}" STREQUAL "")
      string(APPEND ${out}_${_osp_part} " IMPORTED_CONFIGURATIONS \"RELEASE;DEBUG\""
        " IMPORTED_LOCATION_RELEASE [==[${${loc}_${_osp_part}_DLL}]==]"
        " IMPORTED_IMPLIB_RELEASE [==[${${loc}_USE_${_osp_part}_LIBRARY}]==]"
        " IMPORTED_LOCATION_DEBUG [==[${${loc}_${_osp_part}_DLL}]==]"
        " IMPORTED_IMPLIB_DEBUG [==[${_osp_debug_${_osp_part}}]==]")
      set(${out}_${_osp_part} "${${out}_${_osp_part}}" PARENT_SCOPE)
    endif()
  endforeach()
endfunction()

# The files of the answer _openssl_probe_publish writes, in its scope, from
# the install located in <loc> (<static>: its archives): _osp_use_<part>
# (include_dir, ssl_library, crypto_library: what is linked, and what
# components are judged by after a failure too), the targets' _osp_type
# and each part's _osp_location_<PART> and _osp_implib_<PART> (shared
# libraries are SHARED targets, so that $<TARGET_RUNTIME_DLLS> and
# install(RUNTIME_DEPENDENCY_SET) deploy them: on Windows the DLL is the
# location and the import library the IMPLIB), _osp_crypto_only (then no
# libssl is part of the answer, as FindOpenSSL has it on an install
# without one) and _osp_system_libs (what archives call into).
macro(_openssl_probe_answer_files loc static)
  set(_osp_use_include_dir "${${loc}_USE_INCLUDE_DIR}")
  set(_osp_use_ssl_library "${${loc}_USE_SSL_LIBRARY}")
  set(_osp_use_crypto_library "${${loc}_USE_CRYPTO_LIBRARY}")
  set(_osp_type SHARED)
  set(_osp_system_libs "")
  if(${static})
    set(_osp_type UNKNOWN)
    _openssl_probe_system_libs(_osp_system_libs "${${loc}_CRYPTO_LIBRARY}")
  endif()
  set(_osp_location_SSL "${_osp_use_ssl_library}")
  set(_osp_location_CRYPTO "${_osp_use_crypto_library}")
  set(_osp_implib_SSL "")
  set(_osp_implib_CRYPTO "")
  if(NOT "${${loc}_CRYPTO_DLL}" STREQUAL "")
    set(_osp_location_SSL "${${loc}_SSL_DLL}")
    set(_osp_location_CRYPTO "${${loc}_CRYPTO_DLL}")
    set(_osp_implib_SSL "IMPORTED_IMPLIB [==[${_osp_use_ssl_library}]==]")
    set(_osp_implib_CRYPTO "IMPORTED_IMPLIB [==[${_osp_use_crypto_library}]==]")
    if(MSVC)
      _openssl_probe_debug_properties(_osp_implib ${loc})
    endif()
  endif()
  set(_osp_crypto_only "${${loc}_CRYPTO_ONLY}")
  if(_osp_crypto_only)
    set(_osp_use_ssl_library OPENSSL_SSL_LIBRARY-NOTFOUND)
  else()
    set(_osp_crypto_only FALSE)
  endif()
endmacro()

# Answers every later find_package(OpenSSL) of this configure with the
# outcome of the probe: on a pass (<pass>), the install located in <loc>
# and judged in <json>, whose imported targets it also creates in the
# calling directory; on a failure, "not found" with <reason>, so that no
# search finds another install instead.  The answer is the package file
# openssl-config.cmake in CMAKE_FIND_PACKAGE_REDIRECTS_DIR, which
# find_package reads first, whatever its mode.  <key> names the answer
# (see _openssl_probe_remember); <flavor> and <version> are the report's
# (_openssl_probe_json_outline).
function(_openssl_probe_publish key loc static pass reason json flavor version)
  set(_osp_dir "${CMAKE_FIND_PACKAGE_REDIRECTS_DIR}")
  # Written again only when another call's answer is there.
  get_property(_osp_published GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED)
  if(NOT _osp_published STREQUAL key)
    set(_osp_pass FALSE)
    set(_osp_static FALSE)
    set(_osp_version_major "")
    set(_osp_version_minor "")
    set(_osp_version_fix "")
    set(_osp_deps_property "")
    set(_osp_version "")
    set(_osp_deps "")
    _openssl_probe_answer_files(${loc} "${static}")
    if(pass)
      set(_osp_pass TRUE)
      _openssl_probe_findopenssl_version(_osp_version "${json}" "${flavor}" "${version}")
      # Its parts, as FindOpenSSL gives them (the 1.x release letter left out).
      string(REGEX MATCH "^([0-9]+)\\.([0-9]+)\\.([0-9]+)" _osp_parts "${_osp_version}")
      set(_osp_version_major "${CMAKE_MATCH_1}")
      set(_osp_version_minor "${CMAKE_MATCH_2}")
      set(_osp_version_fix "${CMAKE_MATCH_3}")
      # Only archives need more (as FindOpenSSL has it): dl and threads,
      # and what the install's libcrypto.pc says they call into.
      if(static)
        set(_osp_static TRUE)
        _openssl_probe_link_deps(_osp_deps TRUE "${${loc}_CRYPTO_LIBRARY}")
        # Set only where there is something to link, as FindOpenSSL has it.
        set(_osp_deps_property "INTERFACE_LINK_LIBRARIES [==[${_osp_deps}]==]")
      endif()
    endif()
    set(_osp_reason "${reason}")
    set(_osp_module_dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}")
    # (string(CONFIGURE), not configure_file: no configure dependency to
    # record, and faster.)  Every find_package(OpenSSL) reads them: the
    # templates' comments stay in the templates.
    foreach(_osp_file IN ITEMS openssl-config-version openssl-config)
      set(_osp_template "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${_osp_file}.cmake.in")
      file(READ "${_osp_template}" _osp_text)
      string(REGEX REPLACE "(^|\n)([ ]*#[^\n]*\n|[ ]*\n)+" "\\1" _osp_text "${_osp_text}")
      string(CONFIGURE "${_osp_text}" _osp_text @ONLY)
      file(WRITE "${_osp_dir}/${_osp_file}.cmake"
        "# Written by openssl_probe() from ${_osp_template}, which explains it.\n${_osp_text}")
    endforeach()
    # The answer once more, as a macro: what the provider runs for a
    # repeated plain find_package(OpenSSL) (the last text is the config's).
    cmake_language(EVAL CODE "macro(_openssl_probe_answer)\n${_osp_text}\nendmacro()")
    set_property(GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED "${key}")
  endif()
  if(pass)
    _openssl_probe_answer()
    # Once per configure: the targets still name these files at its end.
    get_property(_osp_kept GLOBAL PROPERTY _OpenSSLProbe_VERIFIED SET)
    if(NOT _osp_kept)
      cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _openssl_probe_check_kept)
    endif()
    set(_osp_verified "${${loc}_USE_SSL_LIBRARY}" "${${loc}_USE_CRYPTO_LIBRARY}")
    if(NOT "${${loc}_SSL_DLL}" STREQUAL "")
      set(_osp_verified "${${loc}_SSL_DLL}" "${${loc}_CRYPTO_DLL}")
    endif()
    set_property(GLOBAL PROPERTY _OpenSSLProbe_VERIFIED "${_osp_verified}")
    set_property(GLOBAL PROPERTY _OpenSSLProbe_VERIFIED_LIBRARIES
      "${${loc}_USE_SSL_LIBRARY};${${loc}_USE_CRYPTO_LIBRARY}")
    set_property(GLOBAL PROPERTY _OpenSSLProbe_VERIFIED_OVERRIDE "${${loc}_OVERRIDE}")
  endif()
endfunction()

# Sets <out> to the library files the imported <target> names, each after
# the property that names it: IMPORTED_LOCATION, then
# IMPORTED_LOCATION_<CONFIG> for each of its configurations; unset ones
# are left out.
function(_openssl_probe_target_locations out target)
  set(_osp_locations "")
  get_target_property(_osp_file ${target} IMPORTED_LOCATION)
  if(_osp_file)
    set(_osp_locations IMPORTED_LOCATION "${_osp_file}")
  endif()
  get_target_property(_osp_configs ${target} IMPORTED_CONFIGURATIONS)
  if(_osp_configs)
    foreach(_osp_config IN LISTS _osp_configs)
      string(TOUPPER "${_osp_config}" _osp_config)
      get_target_property(_osp_file ${target} IMPORTED_LOCATION_${_osp_config})
      if(_osp_file)
        list(APPEND _osp_locations IMPORTED_LOCATION_${_osp_config} "${_osp_file}")
      endif()
    endforeach()
  endif()
  set(${out} "${_osp_locations}" PARENT_SCOPE)
endfunction()

# Fails the configure, at its end, when OpenSSL::SSL, OpenSSL::Crypto or
# the OpenSSLProbe:: targets (whoever made them) no longer name the files
# the probe verified: a project or dependency set another library in
# their place (IMPORTED_LOCATION, or that of a configuration), which every
# target that links them would get unverified.  Link libraries and other
# properties a project adds are its own.
function(_openssl_probe_check_kept)
  get_property(_osp_verified GLOBAL PROPERTY _OpenSSLProbe_VERIFIED)
  list(GET _osp_verified 0 _osp_verified_SSL)
  list(GET _osp_verified 1 _osp_verified_Crypto)
  set(_osp_changed "")
  foreach(_osp_target IN ITEMS OpenSSL::SSL OpenSSL::Crypto OpenSSLProbe::SSL OpenSSLProbe::Crypto)
    if(NOT TARGET ${_osp_target})
      continue()
    endif()
    string(REGEX REPLACE "^.*::" "" _osp_part "${_osp_target}")
    if("${_osp_verified_${_osp_part}}" STREQUAL "")
      continue() # libcrypto alone was verified
    endif()
    # As made: the verified file, no configurations (the one look each
    # configure pays).
    get_target_property(_osp_file ${_osp_target} IMPORTED_LOCATION)
    get_target_property(_osp_configs ${_osp_target} IMPORTED_CONFIGURATIONS)
    if(_osp_file STREQUAL _osp_verified_${_osp_part} AND NOT _osp_configs)
      continue()
    endif()
    _openssl_probe_target_locations(_osp_locations ${_osp_target})
    while(_osp_locations)
      list(POP_FRONT _osp_locations _osp_property _osp_file)
      # The same path needs no look at the disk; another may be a link.
      if(_osp_file STREQUAL _osp_verified_${_osp_part})
        continue()
      endif()
      file(REAL_PATH "${_osp_file}" _osp_real)
      file(REAL_PATH "${_osp_verified_${_osp_part}}" _osp_want)
      if(NOT _osp_real STREQUAL _osp_want)
        if(NOT COMMAND _openssl_probe_guidance_text)
          include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
        endif()
        _openssl_probe_guidance_text(_osp_text targets-changed target "${_osp_target}"
          property "${_osp_property}" file "${_osp_file}"
          verified "${_osp_verified_${_osp_part}}")
        string(APPEND _osp_changed "${_osp_text}\n")
      endif()
    endwhile()
  endforeach()
  if(_osp_changed)
    message(FATAL_ERROR "${_osp_changed}")
  endif()
  # Another OpenSSL that pkg-config or a bare name would bring in.
  if(DEFINED CACHE{PKG_CONFIG_EXECUTABLE})
    _openssl_probe_check_pkg_config()
  endif()
  get_property(_osp_override GLOBAL PROPERTY _OpenSSLProbe_VERIFIED_OVERRIDE)
  if(NOT _osp_override STREQUAL "")
    _openssl_probe_check_bare_links("${_osp_override}")
  endif()
endfunction()

# After a pass of the install that an override chose (<loc>, Locate's
# record): its OpenSSL modules for pkg-config (libssl.pc, libcrypto.pc,
# openssl.pc, from the lib*/pkgconfig folder beside its libcrypto) first
# on PKG_CONFIG_PATH for the rest of the configure, so that what the
# project asks pkg-config for OpenSSL gets the verified install too.  They
# come from a folder of their own in the build directory, so that no
# other module of that install's folder takes the place of the user's;
# ${pcfiledir} is written out, as the copies lie elsewhere.  Without an
# override, pkg-config gives the default install already.
function(_openssl_probe_pkg_config_first loc)
  if("${${loc}_OVERRIDE_SOURCE}" STREQUAL "" OR "${${loc}_PREFIX}" STREQUAL "")
    return()
  endif()
  get_filename_component(_osp_libdir "${${loc}_CRYPTO_LIBRARY}" DIRECTORY)
  set(_osp_from "")
  foreach(_osp_dir IN ITEMS "${_osp_libdir}/pkgconfig" "${${loc}_PREFIX}/lib64/pkgconfig"
                            "${${loc}_PREFIX}/lib/pkgconfig")
    if(EXISTS "${_osp_dir}/libcrypto.pc")
      set(_osp_from "${_osp_dir}")
      break()
    endif()
  endforeach()
  if(_osp_from STREQUAL "")
    return()
  endif()
  set(_osp_own "${CMAKE_BINARY_DIR}/CMakeFiles/OpenSSLProbe/pkgconfig")
  file(REMOVE_RECURSE "${_osp_own}")
  foreach(_osp_pc IN ITEMS libssl.pc libcrypto.pc openssl.pc)
    if(EXISTS "${_osp_from}/${_osp_pc}" AND NOT (${loc}_CRYPTO_ONLY AND _osp_pc STREQUAL "libssl.pc"))
      file(READ "${_osp_from}/${_osp_pc}" _osp_text)
      string(REPLACE "\${pcfiledir}" "${_osp_from}" _osp_text "${_osp_text}")
      file(WRITE "${_osp_own}/${_osp_pc}" "${_osp_text}")
    endif()
  endforeach()
  set(_osp_sep ":")
  if(CMAKE_HOST_WIN32)
    set(_osp_sep ";")
  endif()
  set(_osp_path "$ENV{PKG_CONFIG_PATH}")
  string(FIND "${_osp_path}${_osp_sep}" "${_osp_own}${_osp_sep}" _osp_at)
  if(_osp_path STREQUAL "")
    set(ENV{PKG_CONFIG_PATH} "${_osp_own}")
  elseif(NOT _osp_at EQUAL 0)
    set(ENV{PKG_CONFIG_PATH} "${_osp_own}${_osp_sep}${_osp_path}")
  endif()
endfunction()

# Warns, at the end of the configure (after FindPkgConfig ran), where
# pkg_check_modules() of the build found libssl or libcrypto (FindPkgConfig's pkgcfg_lib_<prefix>_ssl
# and _crypto entries) in another folder than the verified libraries: what
# links those gets another OpenSSL, maybe beside the verified one.
# Warns, at the end of the configure, where a target of the build links
# libssl or libcrypto by name (ssl, crypto, -lssl, -lcrypto): the linker
# takes the first it finds on its own search path, the system's, not the
# install the override <override> chose (without one, both are the
# system's).
function(_openssl_probe_check_bare_links override)
  set(_osp_override "${override}")
  set(_osp_found "")
  set(_osp_dirs "${CMAKE_SOURCE_DIR}")
  while(_osp_dirs)
    list(POP_FRONT _osp_dirs _osp_dir)
    get_property(_osp_subdirs DIRECTORY "${_osp_dir}" PROPERTY SUBDIRECTORIES)
    get_property(_osp_targets DIRECTORY "${_osp_dir}" PROPERTY BUILDSYSTEM_TARGETS)
    list(APPEND _osp_dirs ${_osp_subdirs})
    foreach(_osp_target IN LISTS _osp_targets)
      foreach(_osp_property IN ITEMS LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(_osp_links ${_osp_target} ${_osp_property})
        list(FILTER _osp_links INCLUDE REGEX "^(-l)?(ssl|crypto)$")
        foreach(_osp_link IN LISTS _osp_links)
          list(APPEND _osp_found "${_osp_target} links ${_osp_link}")
        endforeach()
      endforeach()
    endforeach()
  endwhile()
  if(_osp_found)
    list(REMOVE_DUPLICATES _osp_found)
    list(JOIN _osp_found "\n    " _osp_found)
    if(NOT COMMAND _openssl_probe_guidance_text)
      include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
    endif()
    _openssl_probe_guidance_text(_osp_text bare-links found "${_osp_found}"
      override "${_osp_override}")
    message(WARNING "${_osp_text}")
  endif()
endfunction()

function(_openssl_probe_check_pkg_config)
  # The libraries linked (on Windows the import libraries, not the DLLs).
  get_property(_osp_libraries GLOBAL PROPERTY _OpenSSLProbe_VERIFIED_LIBRARIES)
  list(GET _osp_libraries 0 ssl)
  list(GET _osp_libraries 1 crypto)
  get_cmake_property(_osp_entries CACHE_VARIABLES)
  list(FILTER _osp_entries INCLUDE REGEX "^pkgcfg_lib_.+_(ssl|crypto)$")
  set(_osp_found "")
  foreach(_osp_entry IN LISTS _osp_entries)
    string(REGEX MATCH "(ssl|crypto)$" _osp_part "${_osp_entry}")
    set(_osp_verified "${${_osp_part}}")
    if(_osp_verified STREQUAL "" OR NOT EXISTS "$CACHE{${_osp_entry}}")
      continue()
    endif()
    get_filename_component(_osp_dir "$CACHE{${_osp_entry}}" DIRECTORY)
    get_filename_component(_osp_verified_dir "${_osp_verified}" DIRECTORY)
    file(REAL_PATH "${_osp_dir}" _osp_dir)
    file(REAL_PATH "${_osp_verified_dir}" _osp_real_dir)
    if(NOT _osp_dir STREQUAL _osp_real_dir)
      if(_osp_found)
        string(APPEND _osp_found "\n              ")
      endif()
      string(APPEND _osp_found "$CACHE{${_osp_entry}} (${_osp_entry})")
    endif()
  endforeach()
  if(_osp_found)
    if(NOT COMMAND _openssl_probe_guidance_text)
      include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
    endif()
    get_filename_component(_osp_verified_dir "${crypto}" DIRECTORY)
    _openssl_probe_guidance_text(_osp_text pkg-config-elsewhere found "${_osp_found}"
      verified "${_osp_verified_dir}" pcdir "${_osp_verified_dir}/pkgconfig")
    message(WARNING "${_osp_text}")
  endif()
endfunction()

# The fields of an outcome a repeated call needs: the report and its
# outline (_openssl_probe_json_outline), the failure message, the linkage,
# and the located files (Locate.cmake's record).
function(_openssl_probe_answer_fields out)
  set(${out} json out_VERDICT out_FLAVOR out_VERSION out_CODES message why STATIC
    loc_INCLUDE_DIR loc_SSL_LIBRARY loc_CRYPTO_LIBRARY loc_SSL_DLL loc_CRYPTO_DLL
    loc_CRYPTO_ONLY loc_OVERRIDE
    loc_USE_INCLUDE_DIR loc_USE_SSL_LIBRARY loc_USE_CRYPTO_LIBRARY PARENT_SCOPE)
endfunction()

# Keeps the outcome held in the caller's _osp_<field> variables under
# <key> for the rest of the configure (a global property does not outlive
# it), so that a call with the same key repeats it without a probe.
function(_openssl_probe_remember key)
  _openssl_probe_answer_fields(_osp_fields)
  foreach(_osp_field IN LISTS _osp_fields)
    set_property(GLOBAL PROPERTY _OpenSSLProbe_${key}_${_osp_field} "${_osp_${_osp_field}}")
  endforeach()
  set_property(GLOBAL PROPERTY _OpenSSLProbe_${key} TRUE)
endfunction()

# Sets <out_hit> to true and the caller's _osp_<field> variables to the
# outcome kept under <key>, if there is one and the directory has no
# OpenSSL targets of its own to check against it.
function(_openssl_probe_recall out_hit key)
  get_property(_osp_hit GLOBAL PROPERTY _OpenSSLProbe_${key})
  get_property(_osp_ours GLOBAL PROPERTY _OpenSSLProbe_TARGETS)
  foreach(_osp_name IN ITEMS SSL Crypto)
    if(TARGET OpenSSL::${_osp_name} AND NOT "OpenSSL::${_osp_name}" IN_LIST _osp_ours)
      set(_osp_hit FALSE)
    endif()
  endforeach()
  set(${out_hit} "${_osp_hit}" PARENT_SCOPE)
  if(_osp_hit)
    _openssl_probe_answer_fields(_osp_fields)
    foreach(_osp_field IN LISTS _osp_fields)
      get_property(_osp_value GLOBAL PROPERTY _OpenSSLProbe_${key}_${_osp_field})
      set(_osp_${_osp_field} "${_osp_value}" PARENT_SCOPE)
    endforeach()
  endif()
endfunction()

# Adds to the report held in <json_var> the reason the install located in
# <loc> cannot be the build's: OpenSSL::SSL or OpenSSL::Crypto exist
# already (an earlier find_package(OpenSSL), or a target of the project's)
# and link other files, which the project would link unverified.  Targets
# that link the same files, or whose files CMake cannot tell, pass.
function(_openssl_probe_check_targets json_var loc)
  set(_osp_found "")
  foreach(_osp_name IN ITEMS SSL Crypto)
    string(TOUPPER "${_osp_name}" _osp_upper)
    # (No libssl was verified where libcrypto alone was asked for.)
    if(NOT TARGET OpenSSL::${_osp_name} OR "${${loc}_${_osp_upper}_LIBRARY}" STREQUAL "")
      continue()
    endif()
    string(TOLOWER "${_osp_name}" _osp_lower)
    file(REAL_PATH "${${loc}_${_osp_upper}_LIBRARY}" _osp_verified)
    set(_osp_target OpenSSL::${_osp_name})
    # The files it links: its own, or those it names for its users.
    set(_osp_files "")
    _openssl_probe_target_locations(_osp_locations ${_osp_target})
    while(_osp_locations)
      list(POP_FRONT _osp_locations _osp_property _osp_file)
      list(APPEND _osp_files "${_osp_file}")
    endwhile()
    get_target_property(_osp_links ${_osp_target} INTERFACE_LINK_LIBRARIES)
    list(APPEND _osp_files ${_osp_links})
    list(FILTER _osp_files INCLUDE REGEX "^/|^[A-Za-z]:")
    foreach(_osp_file IN LISTS _osp_files)
      file(REAL_PATH "${_osp_file}" _osp_real)
      get_filename_component(_osp_real_name "${_osp_real}" NAME)
      if(_osp_real_name MATCHES "${_osp_lower}" AND NOT _osp_real STREQUAL _osp_verified)
        list(APPEND _osp_found "OpenSSL::${_osp_name} links ${_osp_file}")
        break()
      endif()
    endforeach()
  endforeach()
  # Targets made in another directory are out of sight; FindOpenSSL's
  # cache entries are not.  Any find_package(OpenSSL) of this configure
  # before the probe first answered was another search's.
  get_property(_osp_answered GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED SET)
  get_property(_osp_packages GLOBAL PROPERTY PACKAGES_FOUND)
  set(_osp_elsewhere FALSE)
  if(NOT _osp_found AND NOT _osp_answered AND "OpenSSL" IN_LIST _osp_packages
     AND "$CACHE{OPENSSL_SSL_LIBRARY}" MATCHES "^/|^[A-Za-z]:"
     AND NOT "${${loc}_SSL_LIBRARY}" STREQUAL "")
    file(REAL_PATH "$CACHE{OPENSSL_SSL_LIBRARY}" _osp_real)
    file(REAL_PATH "${${loc}_SSL_LIBRARY}" _osp_verified)
    if(NOT _osp_real STREQUAL _osp_verified)
      set(_osp_found "FindOpenSSL found $CACHE{OPENSSL_SSL_LIBRARY} (OPENSSL_SSL_LIBRARY)")
      set(_osp_elsewhere TRUE)
    endif()
  endif()
  if(NOT _osp_found)
    return()
  endif()
  list(JOIN _osp_found "; " _osp_found)
  # Where they came from, where CMake can tell.
  get_property(_osp_ours GLOBAL PROPERTY _OpenSSLProbe_TARGETS)
  if(_osp_elsewhere)
    set(_osp_origin "an earlier find_package(OpenSSL) in another directory (CMake's FindOpenSSL)")
  elseif("OpenSSL::SSL" IN_LIST _osp_ours)
    set(_osp_origin "an earlier openssl_probe() of this configure, for another install")
  elseif(DEFINED OpenSSL_DIR AND NOT OpenSSL_DIR STREQUAL CMAKE_FIND_PACKAGE_REDIRECTS_DIR
     AND OpenSSL_DIR)
    set(_osp_origin "the package configuration in ${OpenSSL_DIR}")
  elseif(DEFINED OPENSSL_FOUND)
    set(_osp_origin "an earlier find_package(OpenSSL) (CMake's FindOpenSSL)")
  else()
    set(_osp_origin "the project, before openssl_probe()")
  endif()
  set(_osp_json "${${json_var}}")
  _openssl_probe_json_fail(_osp_json openssl-targets-elsewhere
    "OpenSSL::SSL and OpenSSL::Crypto, made by ${_osp_origin}, link another "
    "install than the one verified (${${loc}_SSL_LIBRARY}): ${_osp_found}; "
    "every target that links them would get an unverified OpenSSL")
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Warns when programs built here will not find the verified shared
# libraries at run time: a prefix the loader does not search by itself,
# and a run path that will not name it (CMAKE_SKIP_RPATH, or an install
# run path without it).  The probe found them; the application would not.
function(_openssl_probe_run_path_warning loc static)
  get_filename_component(_osp_dir "${${loc}_SSL_LIBRARY}" DIRECTORY)
  if(static OR CMAKE_CROSSCOMPILING OR NOT CMAKE_EXECUTABLE_FORMAT STREQUAL "ELF"
     OR _osp_dir IN_LIST CMAKE_PLATFORM_IMPLICIT_LINK_DIRECTORIES
     OR _osp_dir IN_LIST CMAKE_C_IMPLICIT_LINK_DIRECTORIES
     OR _osp_dir IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
    return()
  endif()
  set(_osp_why "")
  if(CMAKE_SKIP_RPATH)
    set(_osp_why "CMAKE_SKIP_RPATH is ON")
  elseif(CMAKE_SKIP_BUILD_RPATH)
    set(_osp_why "CMAKE_SKIP_BUILD_RPATH is ON")
  elseif(CMAKE_BUILD_WITH_INSTALL_RPATH AND NOT CMAKE_INSTALL_RPATH_USE_LINK_PATH
         AND NOT _osp_dir IN_LIST CMAKE_INSTALL_RPATH)
    set(_osp_why "CMAKE_BUILD_WITH_INSTALL_RPATH is ON and CMAKE_INSTALL_RPATH (${CMAKE_INSTALL_RPATH}) does not name it")
  endif()
  if(_osp_why)
    if(NOT COMMAND _openssl_probe_guidance_text)
      include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Guidance.cmake")
    endif()
    _openssl_probe_guidance_text(_osp_text run-path why "${_osp_why}" dir "${_osp_dir}")
    message(WARNING "${_osp_text}")
  endif()
endfunction()

# Sets, in the caller's scope, <found_var> to <pass> and, when named, the
# caller's RESULT_VARIABLE to <pass> and its REASON_VARIABLE to <message>
# on a failure and to empty on a pass.  Returns true in <out_stop> when the
# caller must stop the configure with <message> (it was given no
# RESULT_VARIABLE), so the error points at the caller's own call.  The
# caller passes the variables on with return(PROPAGATE ...).
function(_openssl_probe_outcome out_stop found_var pass message)
  cmake_parse_arguments(PARSE_ARGV 4 _osp "" "RESULT_VARIABLE;REASON_VARIABLE" "")
  if(pass)
    set(_osp_reason "")
    set(_osp_pass TRUE)
  else()
    set(_osp_reason "${message}")
    set(_osp_pass FALSE)
  endif()
  set(${found_var} ${_osp_pass} PARENT_SCOPE)
  set(${out_stop} FALSE PARENT_SCOPE)
  if(_osp_RESULT_VARIABLE)
    set(${_osp_RESULT_VARIABLE} ${_osp_pass} PARENT_SCOPE)
    if(_osp_REASON_VARIABLE)
      set(${_osp_REASON_VARIABLE} "${_osp_reason}" PARENT_SCOPE)
    endif()
  elseif(NOT _osp_pass)
    set(${out_stop} TRUE PARENT_SCOPE)
  endif()
endfunction()
