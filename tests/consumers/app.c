/* A consumer program: links OpenSSL::SSL and makes a TLS client context. */
#include <stdio.h>

#include <openssl/crypto.h>
#include <openssl/ssl.h>

int main(void)
{
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return 1;
  SSL_CTX_free(ctx);
  printf("%s\n", OpenSSL_version(OPENSSL_VERSION));
  return 0;
}
