/* The trust store the library uses by default: the CA file and folder a
 * client that verifies servers reads, after SSL_CERT_FILE/SSL_CERT_DIR.
 * Missing both is no reason to fail the probe (a client may bring its
 * own), but a TLS client without trust anchors fails at run time.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_TRUST_H
#define OSP_TRUST_H

#include <openssl/x509.h>

#include <stdlib.h>
#include <sys/stat.h>

#include "osp_facts.h"

/* 1 if path names an existing file (want_dir 0) or folder (want_dir 1). */
static inline int osp_trust_exists(const char *path, int want_dir)
{
  struct stat info;
  if (path == OSP_NULL || path[0] == '\0' || stat(path, &info) != 0)
    return 0;
#if defined(_WIN32)
  return want_dir ? (info.st_mode & _S_IFDIR) != 0 : (info.st_mode & _S_IFREG) != 0;
#else
  return want_dir ? S_ISDIR(info.st_mode) : S_ISREG(info.st_mode);
#endif
}

static inline void osp_trust_facts(osp_facts *facts)
{
  const char *file = getenv(X509_get_default_cert_file_env());
  const char *dir = getenv(X509_get_default_cert_dir_env());
  if (file == OSP_NULL || file[0] == '\0')
    file = X509_get_default_cert_file();
  if (dir == OSP_NULL || dir[0] == '\0')
    dir = X509_get_default_cert_dir();
  snprintf(facts->trust_file, sizeof facts->trust_file, "%s", file ? file : "");
  snprintf(facts->trust_dir, sizeof facts->trust_dir, "%s", dir ? dir : "");
  facts->trust_file_exists = osp_trust_exists(facts->trust_file, 0);
  /* SSL_CERT_DIR may list several folders; the first is enough here. */
  {
    char first[OSP_PATH_MAX];
    size_t n = 0;
    while (facts->trust_dir[n] != '\0' && facts->trust_dir[n] != ':' &&
           n + 1 < sizeof first) {
      first[n] = facts->trust_dir[n];
      ++n;
    }
    first[n] = '\0';
    facts->trust_dir_exists = osp_trust_exists(first, 1);
  }
}

#endif
