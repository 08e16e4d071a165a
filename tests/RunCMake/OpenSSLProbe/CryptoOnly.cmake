# An install with libcrypto and no libssl, and a program that only hashes:
# openssl_probe(COMPONENTS Crypto) judges libcrypto (version, the file that
# loads, headers) and makes no TLS claim; the program links OpenSSL::Crypto.
include(OpenSSLProbe)
openssl_probe(COMPONENTS Crypto)
file(WRITE "${CMAKE_BINARY_DIR}/hash.c" [=[
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdio.h>
int main(void)
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!EVP_Digest("abc", 3, digest, &size, EVP_sha256(), NULL))
    return 1;
  printf("%s: %u bytes\n", OpenSSL_version(OPENSSL_VERSION), size);
  return 0;
}
]=])
add_executable(hash "${CMAKE_BINARY_DIR}/hash.c")
target_link_libraries(hash PRIVATE OpenSSL::Crypto)
foreach(_target IN ITEMS OpenSSL::SSL OpenSSL::Crypto)
  if(TARGET ${_target})
    message(STATUS "${_target}: made")
  else()
    message(STATUS "${_target}: none")
  endif()
endforeach()
