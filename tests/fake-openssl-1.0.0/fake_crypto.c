/* FAKE libcrypto claiming 1.0.0t.  Test fixture only; see README.md. */
#include <openssl/crypto.h>
#include <openssl/x509.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

unsigned long SSLeay(void)
{
  return OPENSSL_VERSION_NUMBER;
}

/* OSP_FAKE_OPENSSL_MISBEHAVE=crash or =hang makes the probe crash or hang
 * here, for the tests of how a misbehaving library is reported. */
const char *SSLeay_version(int type)
{
  const char *mode = getenv("OSP_FAKE_OPENSSL_MISBEHAVE");
  (void)type;
  if (mode != NULL && strcmp(mode, "crash") == 0)
    raise(SIGSEGV);
  if (mode != NULL && strcmp(mode, "hang") == 0)
    for (;;)
      pause();
  return OPENSSL_VERSION_TEXT;
}

const char *X509_get_default_cert_file(void)
{
  return "/nonexistent/fake-openssl/cert.pem";
}

const char *X509_get_default_cert_dir(void)
{
  return "/nonexistent/fake-openssl/certs";
}

const char *X509_get_default_cert_file_env(void)
{
  return "SSL_CERT_FILE";
}

const char *X509_get_default_cert_dir_env(void)
{
  return "SSL_CERT_DIR";
}
