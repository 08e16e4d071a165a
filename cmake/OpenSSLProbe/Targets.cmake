# Distributed under the OSI-approved BSD 3-Clause License.
#
# Step 5 of 5, the outcome: imported targets for a verified install, and
# the result variables every public function sets the same way, as
# find_package_handle_standard_args does for every find module.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_locate)
  include("${CMAKE_CURRENT_LIST_DIR}/Locate.cmake")
endif()

# Creates OpenSSLProbe::SSL and OpenSSLProbe::Crypto for the verified
# install, and OpenSSL::SSL and OpenSSL::Crypto as aliases unless a target
# of that name exists already.
function(_openssl_probe_import_targets loc static)
  if(NOT TARGET OpenSSLProbe::Crypto)
    _openssl_probe_link_deps(_osp_deps "${static}")
    add_library(OpenSSLProbe::Crypto UNKNOWN IMPORTED)
    set_target_properties(OpenSSLProbe::Crypto PROPERTIES
      IMPORTED_LOCATION "${${loc}_USE_CRYPTO_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${${loc}_USE_INCLUDE_DIR}"
      INTERFACE_LINK_LIBRARIES "${_osp_deps}")
  endif()
  if(NOT TARGET OpenSSLProbe::SSL)
    add_library(OpenSSLProbe::SSL UNKNOWN IMPORTED)
    set_target_properties(OpenSSLProbe::SSL PROPERTIES
      IMPORTED_LOCATION "${${loc}_USE_SSL_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${${loc}_USE_INCLUDE_DIR}"
      INTERFACE_LINK_LIBRARIES OpenSSLProbe::Crypto)
  endif()
  foreach(_osp_name IN ITEMS SSL Crypto)
    if(NOT TARGET OpenSSL::${_osp_name})
      add_library(OpenSSL::${_osp_name} ALIAS OpenSSLProbe::${_osp_name})
    endif()
  endforeach()
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
