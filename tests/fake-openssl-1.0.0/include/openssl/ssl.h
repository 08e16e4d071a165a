/* FAKE: the part of the 1.0.0 libssl API the probe uses before 1.0.1.
 * Test fixture only; see README.md. */
#ifndef FAKE_SSL_H
#define FAKE_SSL_H
#include <openssl/crypto.h>
#ifdef __cplusplus
extern "C" {
#endif
/* Real 1.0.0 defines this too, without being able to negotiate it. */
#define TLS1_2_VERSION 0x0303
typedef struct ssl_method_st SSL_METHOD;
int SSL_library_init(void);
void SSL_load_error_strings(void);
const SSL_METHOD *SSLv23_method(void);
#ifdef __cplusplus
}
#endif
#endif
