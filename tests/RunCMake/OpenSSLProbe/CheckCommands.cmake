# A project that tests for OpenSSL's functions the usual way, with the
# targets in CMAKE_REQUIRED_LIBRARIES, and a try_compile and try_run that
# link them: each check gives what it gives with CMake's FindOpenSSL
# (the -check.cmake runs that too), on every CMake (3.25's try_compile
# copies imported targets into its project, but not aliases).  The run
# checks load the libraries of the install the build was pointed at (or
# the system's), so the copied targets name the verified files.
include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock()
find_package(OpenSSL REQUIRED)

include(CheckSymbolExists)
include(CheckLibraryExists)
include(CheckIncludeFile)
include(CheckCSourceCompiles)
include(CheckSourceRuns)
set(_expect "${WITH_OPENSSL_DIR}${OPENSSL_ROOT_DIR}")
if(NOT _expect)
  set(_expect "/usr/lib")
endif()
file(REAL_PATH "${_expect}" _expect)
set(_define "-DOSP_EXPECT=\"${_expect}/\"")
file(READ "${CMAKE_CURRENT_LIST_DIR}/loaded.c" _loaded)

set(CMAKE_REQUIRED_LIBRARIES OpenSSL::SSL OpenSSL::Crypto)
check_symbol_exists(SSL_CTX_new "openssl/ssl.h" HAVE_SSL_CTX_NEW)
check_symbol_exists(SSL_CTX_no_such_function "openssl/ssl.h" HAVE_NO_SUCH_FUNCTION)
check_library_exists(OpenSSL::Crypto EVP_sha256 "" HAVE_EVP_SHA256)
check_include_file(openssl/ssl.h HAVE_OPENSSL_SSL_H)
check_c_source_compiles([[
#include <openssl/ssl.h>
int main(void) { return SSL_CTX_new(TLS_client_method()) == 0; }
]] HAVE_TLS_CLIENT_METHOD)
list(APPEND CMAKE_REQUIRED_LIBRARIES ${CMAKE_DL_LIBS})
set(CMAKE_REQUIRED_DEFINITIONS "${_define}")
check_source_runs(C "${_loaded}" RUNS_WITH_VERIFIED_LIBRARIES)
unset(CMAKE_REQUIRED_DEFINITIONS)
unset(CMAKE_REQUIRED_LIBRARIES)

try_compile(TRY_COMPILE_LINKS "${CMAKE_BINARY_DIR}/try-compile"
  "${CMAKE_CURRENT_LIST_DIR}/loaded.c"
  COMPILE_DEFINITIONS "${_define}" LINK_LIBRARIES OpenSSL::SSL ${CMAKE_DL_LIBS})
try_run(_run_rc TRY_RUN_COMPILES "${CMAKE_BINARY_DIR}/try-run"
  "${CMAKE_CURRENT_LIST_DIR}/loaded.c"
  COMPILE_DEFINITIONS "${_define}" LINK_LIBRARIES OpenSSL::SSL ${CMAKE_DL_LIBS})
set(TRY_RUN_VERIFIED FALSE)
if(_run_rc STREQUAL "0")
  set(TRY_RUN_VERIFIED TRUE)
endif()
osp_result(checks HAVE_SSL_CTX_NEW HAVE_NO_SUCH_FUNCTION HAVE_EVP_SHA256
  HAVE_OPENSSL_SSL_H HAVE_TLS_CLIENT_METHOD RUNS_WITH_VERIFIED_LIBRARIES)
osp_result(try TRY_COMPILE_LINKS TRY_RUN_COMPILES TRY_RUN_VERIFIED)
