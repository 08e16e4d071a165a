# Distributed under the OSI-approved BSD 3-Clause License.
#
# Read by the answer to find_package(OpenSSL) (the generated
# openssl-config.cmake), in its scope, only when the call asks for
# components or a version: judges them as FindOpenSSL does.  Takes
# _OpenSSLProbe_files (the headers' folder, libssl, libcrypto located) and,
# after a pass, OpenSSL_VERSION.  A component is found where the headers
# and its library are there, whatever the verdict.  A requested version is
# met by any release at least as new; EXACT compares as many parts as were
# asked for (3.0 is 3.0.19), and a range as CMake compares versions.  What
# the install does not meet sets OpenSSL_FOUND and OPENSSL_FOUND false,
# with the reason in find_package_handle_standard_args' words.  Judged
# here, not in openssl-config-version.cmake (a scope of its own), so that a
# miss sets the variables FindOpenSSL leaves after one (OPENSSL_FOUND too)
# and no other package file is searched for instead.

list(GET _OpenSSLProbe_files 0 _OpenSSLProbe_include)
set(_OpenSSLProbe_missing "")
foreach(_OpenSSLProbe_component IN LISTS OpenSSL_FIND_COMPONENTS)
  set(OpenSSL_${_OpenSSLProbe_component}_FOUND FALSE)
  if(_OpenSSLProbe_component MATCHES "^(SSL|Crypto)$" AND EXISTS "${_OpenSSLProbe_include}")
    if(_OpenSSLProbe_component STREQUAL "SSL")
      list(GET _OpenSSLProbe_files 1 _OpenSSLProbe_file)
    else()
      list(GET _OpenSSLProbe_files 2 _OpenSSLProbe_file)
    endif()
    if(EXISTS "${_OpenSSLProbe_file}")
      set(OpenSSL_${_OpenSSLProbe_component}_FOUND TRUE)
    endif()
  endif()
  if(NOT OpenSSL_${_OpenSSLProbe_component}_FOUND
     AND OpenSSL_FIND_REQUIRED_${_OpenSSLProbe_component})
    list(APPEND _OpenSSLProbe_missing ${_OpenSSLProbe_component})
  endif()
endforeach()

set(_OpenSSLProbe_unsuitable "")
if(NOT OpenSSL_FOUND)
  # A failed probe: its reason stands.
elseif(OpenSSL_FIND_VERSION_RANGE)
  if(OpenSSL_VERSION VERSION_LESS OpenSSL_FIND_VERSION_MIN
     OR (OpenSSL_FIND_VERSION_RANGE_MAX STREQUAL "INCLUDE"
         AND OpenSSL_VERSION VERSION_GREATER OpenSSL_FIND_VERSION_MAX)
     OR (OpenSSL_FIND_VERSION_RANGE_MAX STREQUAL "EXCLUDE"
         AND OpenSSL_VERSION VERSION_GREATER_EQUAL OpenSSL_FIND_VERSION_MAX))
    set(_OpenSSLProbe_unsuitable "range \"${OpenSSL_FIND_VERSION_RANGE}\"")
  endif()
elseif(DEFINED OpenSSL_FIND_VERSION AND NOT OpenSSL_FIND_VERSION STREQUAL "")
  if(OpenSSL_FIND_VERSION_EXACT)
    string(REPLACE "." ";" _OpenSSLProbe_parts "${OpenSSL_VERSION}")
    list(SUBLIST _OpenSSLProbe_parts 0 ${OpenSSL_FIND_VERSION_COUNT} _OpenSSLProbe_parts)
    list(JOIN _OpenSSLProbe_parts "." _OpenSSLProbe_parts)
    if(NOT _OpenSSLProbe_parts VERSION_EQUAL OpenSSL_FIND_VERSION)
      set(_OpenSSLProbe_unsuitable "exact version \"${OpenSSL_FIND_VERSION}\"")
    endif()
    unset(_OpenSSLProbe_parts)
  elseif(OpenSSL_VERSION VERSION_LESS OpenSSL_FIND_VERSION)
    set(_OpenSSLProbe_unsuitable "at least \"${OpenSSL_FIND_VERSION}\"")
  endif()
endif()
if(_OpenSSLProbe_unsuitable)
  set(OpenSSL_FOUND FALSE)
  set(OPENSSL_FOUND FALSE)
  set(OpenSSL_NOT_FOUND_MESSAGE
    "Found unsuitable version \"${OpenSSL_VERSION}\", but required is ${_OpenSSLProbe_unsuitable}.")
elseif(_OpenSSLProbe_missing AND OpenSSL_FOUND)
  set(OpenSSL_FOUND FALSE)
  set(OPENSSL_FOUND FALSE)
  set(OpenSSL_NOT_FOUND_MESSAGE
    "OpenSSL has no component ${_OpenSSLProbe_missing}; it has SSL and Crypto.")
endif()
unset(_OpenSSLProbe_files)
unset(_OpenSSLProbe_include)
unset(_OpenSSLProbe_file)
unset(_OpenSSLProbe_component)
unset(_OpenSSLProbe_missing)
unset(_OpenSSLProbe_unsuitable)
