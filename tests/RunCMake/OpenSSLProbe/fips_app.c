/* A consumer of OpenSSL::SSL that needs FIPS: prints whether its default
 * library context has fips=yes as the default property and the FIPS
 * provider loaded, after making a TLS client context. */
#include <stdio.h>

#include <openssl/evp.h>
#include <openssl/provider.h>
#include <openssl/ssl.h>

int main(void)
{
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return 1;
  SSL_CTX_free(ctx);
  printf("fips=yes %d, fips provider %d\n",
         EVP_default_properties_is_fips_enabled(NULL),
         OSSL_PROVIDER_available(NULL, "fips"));
  return 0;
}
