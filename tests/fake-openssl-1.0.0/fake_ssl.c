/* FAKE libssl claiming 1.0.0t.  Test fixture only; see README.md. */
#include <openssl/ssl.h>

struct ssl_method_st {
  int version;
};

static const SSL_METHOD fake_method = {0x0301};

int SSL_library_init(void)
{
  return SSLeay() != 0;
}

void SSL_load_error_strings(void)
{
}

const SSL_METHOD *SSLv23_method(void)
{
  return &fake_method;
}
