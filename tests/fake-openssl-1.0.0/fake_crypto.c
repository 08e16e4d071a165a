/* FAKE libcrypto claiming 1.0.0t.  Test fixture only; see README.md. */
#include <openssl/crypto.h>

unsigned long SSLeay(void)
{
  return OPENSSL_VERSION_NUMBER;
}

const char *SSLeay_version(int type)
{
  (void)type;
  return OPENSSL_VERSION_TEXT;
}
