/* Version numbers of OpenSSL and its forks: decoding and comparison.
 *
 * Pure functions with no OpenSSL dependency, so the configure-time probe,
 * the command-line tool and the unit tests share one implementation.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_VERSION_H
#define OSP_VERSION_H

#include <stdio.h>
#include <string.h>

#include "osp_lang.h"

#define OSP_VERSION_PARTS 4

/* A comparable version: major, minor, fix, patch.  The patch part is the
 * release letter of 1.x (a = 1 ... z = 26, za = 27 ...), or the patch
 * number of 3.x and later. */
typedef struct osp_version {
  unsigned part[OSP_VERSION_PARTS];
} osp_version;

/* Letters of a 1.x release: 1 -> "a", 21 -> "u", 27 -> "za". */
static inline void osp_version_letters(unsigned patch, char *out, size_t size)
{
  size_t n = 0;
  while (patch > 26 && n + 1 < size) {
    out[n++] = 'z';
    patch -= 26;
  }
  if (patch > 0 && n + 1 < size)
    out[n++] = OSP_CAST(char, 'a' + patch - 1);
  if (size > 0)
    out[n < size ? n : size - 1] = '\0';
}

/* OPENSSL_VERSION_NUMBER to text: 0x1000115f -> "1.0.1u" (0xMNNFFPPS up to
 * 1.1.1), 0x30000130 -> "3.0.19" (0xMNN00PP0 from 3.0 on). */
static inline void osp_version_from_openssl_number(unsigned long number,
                                                    char *out, size_t size)
{
  unsigned major = OSP_CAST(unsigned, (number >> 28) & 0xfu);
  unsigned minor = OSP_CAST(unsigned, (number >> 20) & 0xffu);
  unsigned fix = OSP_CAST(unsigned, (number >> 12) & 0xffu);
  unsigned patch = OSP_CAST(unsigned, (number >> 4) & 0xffu);
  if (major >= 3) {
    snprintf(out, size, "%u.%u.%u", major, minor, patch);
  } else {
    char letters[8];
    osp_version_letters(patch, letters, sizeof letters);
    snprintf(out, size, "%u.%u.%u%s", major, minor, fix, letters);
  }
}

/* LIBRESSL_VERSION_NUMBER (0xMNNFF00f) to text: 0x4030200f -> "4.3.2". */
static inline void osp_version_from_libressl_number(unsigned long number,
                                                     char *out, size_t size)
{
  snprintf(out, size, "%u.%u.%u", OSP_CAST(unsigned, (number >> 28) & 0xfu),
           OSP_CAST(unsigned, (number >> 20) & 0xffu),
           OSP_CAST(unsigned, (number >> 12) & 0xffu));
}

/* Parses "1.0.1u", "3.0", "4.0.1" or "1.1.1-dev" into *out.  Missing parts
 * are zero; anything after the version (a suffix, a date) is ignored.
 * Returns 1 on success, 0 if the text does not start with a version. */
static inline int osp_version_parse(const char *text, osp_version *out)
{
  unsigned i;
  const char *p = text;
  memset(out, 0, sizeof *out);
  if (p == OSP_NULL || *p < '0' || *p > '9')
    return 0;
  for (i = 0; i < 3; ++i) {
    unsigned value = 0;
    if (*p < '0' || *p > '9')
      return 0;
    while (*p >= '0' && *p <= '9') {
      value = value * 10u + OSP_CAST(unsigned, *p - '0');
      if (value > 100000u)
        return 0;
      ++p;
    }
    out->part[i] = value;
    if (*p != '.')
      break;
    ++p;
    if (i == 2)
      return 0; /* a fourth numeric part is not a version of this family */
  }
  if (i == 2 || *p == '\0' || *p == '-' || *p == ' ') {
    /* 1.x release letters follow the third part directly. */
    while (*p >= 'a' && *p <= 'z') {
      out->part[3] += OSP_CAST(unsigned, *p - 'a' + 1);
      ++p;
    }
  }
  if (i < 2 && *p == '.')
    return 0;
  return *p == '\0' || *p == '-' || *p == ' ' || *p == '+';
}

/* Returns <0, 0 or >0 as a is older than, equal to or newer than b. */
static inline int osp_version_compare(const osp_version *a, const osp_version *b)
{
  unsigned i;
  for (i = 0; i < OSP_VERSION_PARTS; ++i) {
    if (a->part[i] != b->part[i])
      return a->part[i] < b->part[i] ? -1 : 1;
  }
  return 0;
}

/* Names of the flavors, as the report spells them. */
#define OSP_FLAVOR_OPENSSL "OpenSSL"
#define OSP_FLAVOR_LIBRESSL "LibreSSL"
#define OSP_FLAVOR_BORINGSSL "BoringSSL"
#define OSP_FLAVOR_AWSLC "AWS-LC"

/* Reads the flavor and its own version from a library's version text, e.g.
 * "OpenSSL 3.0.19 27 Jan 2026", "LibreSSL 4.3.2", "BoringSSL",
 * "OpenSSL 1.1.1 (compatible; AWS-LC 1.18.0)".  The version is left empty
 * where the text carries none (BoringSSL).  AWS-LC is tested before
 * BoringSSL because its text may mention both. */
static inline void osp_flavor_from_text(const char *text, char *flavor,
                                        size_t flavor_size, char *version,
                                        size_t version_size)
{
  const char *start = OSP_NULL;
  const char *found;
  size_t n = 0;
  if ((found = strstr(text, "AWS-LC")) != OSP_NULL) {
    snprintf(flavor, flavor_size, "%s", OSP_FLAVOR_AWSLC);
    start = found + 6;
  } else if (strstr(text, "BoringSSL") != OSP_NULL) {
    snprintf(flavor, flavor_size, "%s", OSP_FLAVOR_BORINGSSL);
  } else if ((found = strstr(text, "LibreSSL")) != OSP_NULL) {
    snprintf(flavor, flavor_size, "%s", OSP_FLAVOR_LIBRESSL);
    start = found + 8;
  } else {
    snprintf(flavor, flavor_size, "%s", OSP_FLAVOR_OPENSSL);
    start = strstr(text, "OpenSSL");
    start = start ? start + 7 : text;
  }
  if (version_size == 0)
    return;
  version[0] = '\0';
  if (start == OSP_NULL)
    return;
  while (*start == ' ')
    ++start;
  while (start[n] != '\0' && start[n] != ' ' && start[n] != ')' &&
         n + 1 < version_size) {
    version[n] = start[n];
    ++n;
  }
  version[n] = '\0';
}

#endif
