/* FAKE: the 1.0.0 version functions.  Test fixture only; see README.md. */
#ifndef FAKE_CRYPTO_H
#define FAKE_CRYPTO_H
#include <openssl/opensslv.h>
#ifdef __cplusplus
extern "C" {
#endif
#define SSLEAY_VERSION 0
unsigned long SSLeay(void);
const char *SSLeay_version(int type);
#ifdef __cplusplus
}
#endif
#endif
