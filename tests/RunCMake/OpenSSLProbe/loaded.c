/* Exits 0 when the libssl and libcrypto that loaded are files below
 * OSP_EXPECT (a folder, ending in '/', links resolved) and the library's
 * version is the headers' own: proof of which install a check command's
 * targets brought.  Prints the libssl it found. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/ssl.h>
#include <openssl/opensslv.h>

static int from_expected(const char *what, void (*symbol)(void)) {
  Dl_info info;
  char real[PATH_MAX];
  void *address;
  memcpy(&address, &symbol, sizeof address);
  if (!dladdr(address, &info) || !info.dli_fname || !realpath(info.dli_fname, real)) return 0;
  printf("%s %s\n", what, real);
  return strncmp(real, OSP_EXPECT, strlen(OSP_EXPECT)) == 0;
}

int main(void) {
  int ok = OpenSSL_version_num() == (unsigned long)OPENSSL_VERSION_NUMBER;
  ok = from_expected("libssl", (void (*)(void))SSL_CTX_new) && ok;
  ok = from_expected("libcrypto", (void (*)(void))OpenSSL_version_num) && ok;
  return ok ? 0 : 1;
}
