/* FAKE: claims to be OpenSSL 1.0.0t.  Test fixture only; see README.md. */
#ifndef FAKE_OPENSSLV_H
#define FAKE_OPENSSLV_H
#define OPENSSL_VERSION_NUMBER 0x1000014fL
#define OPENSSL_VERSION_TEXT "OpenSSL 1.0.0t  3 Dec 2015"
#define SHLIB_VERSION_NUMBER "1.0.0"
#endif
