# Distributed under the OSI-approved BSD 3-Clause License.
#
# Read by the answer to find_package(OpenSSL <version>) (the generated
# openssl-config.cmake, which has set OpenSSL_VERSION), in its scope, only
# when a version is asked for.  A requested version is met by any release
# at least as new, as FindOpenSSL meets it; EXACT compares as many parts as
# were asked for (3.0 is 3.0.19), and a range as CMake compares versions.
# Sets _OpenSSLProbe_unsuitable to what the version does not meet, in
# find_package_handle_standard_args' words, or leaves it empty.  Judged
# here, not in openssl-config-version.cmake (a scope of its own), so that a
# miss sets the variables FindOpenSSL leaves after one (OPENSSL_FOUND too)
# and no other package file is searched for instead.

if(OpenSSL_FIND_VERSION_RANGE)
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
