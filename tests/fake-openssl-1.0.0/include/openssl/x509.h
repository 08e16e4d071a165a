/* FAKE: the default trust store functions.  Test fixture only; see README.md. */
#ifndef FAKE_X509_H
#define FAKE_X509_H
#ifdef __cplusplus
extern "C" {
#endif
const char *X509_get_default_cert_file(void);
const char *X509_get_default_cert_dir(void);
const char *X509_get_default_cert_file_env(void);
const char *X509_get_default_cert_dir_env(void);
#ifdef __cplusplus
}
#endif
#endif
