/* The reason codes, with what each means for the user: whether upgrading
 * OpenSSL can cure it, and the advice that does.  The probe's JSON report
 * carries both with every reason, so the configure step and the command
 * choose guidance by code from this one table.  Codes are stable and
 * documented in docs/reference.md; reasons the configure step finds
 * without the probe (locating, building, running it) have codes of their
 * own there.
 * Pure data; builds as C99 and as C++14 or later. */
#ifndef OSP_CODES_H
#define OSP_CODES_H

#include <stdio.h>
#include <string.h>

#define OSP_CODE_WRONG_LIBRARY "wrong-library-loaded"
#define OSP_CODE_LIBRARY_PATH "library-path-override"
#define OSP_CODE_MISMATCH "headers-library-mismatch"
#define OSP_CODE_MIN_INVALID "min-version-invalid"
#define OSP_CODE_VERSION_UNREADABLE "version-unreadable"
#define OSP_CODE_TOO_OLD "version-too-old"
#define OSP_CODE_TLS_DISABLED "tls-disabled"
#define OSP_CODE_TLS_UNSUPPORTED "tls-unsupported"
#define OSP_CODE_CLIENT_DISABLED "tls-client-disabled"
#define OSP_CODE_CONFIGURATION "tls-refused-by-configuration"
#define OSP_CODE_HANDSHAKE_FAILED "handshake-failed"
#define OSP_CODE_NO_HANDSHAKE "handshake-not-attempted"

typedef struct osp_code_info {
  const char *code;
  int upgrade; /* 1: a newer or other OpenSSL cures it */
  /* What to do, lines broken for a message; {tls} stands for tls1_2 or
   * tls1_3.  NULL: the general advice (upgrade, another install) is all. */
  const char *advice;
} osp_code_info;

static const osp_code_info osp_code_table[] = {
  {OSP_CODE_WRONG_LIBRARY, 1, NULL},
  {OSP_CODE_LIBRARY_PATH, 0,
   "Unset LD_LIBRARY_PATH for the configure (and the program), or make\n"
   "it name the chosen install's library folder."},
  {OSP_CODE_MISMATCH, 1, NULL},
  {OSP_CODE_MIN_INVALID, 0, NULL},
  {OSP_CODE_VERSION_UNREADABLE, 1, NULL},
  {OSP_CODE_TOO_OLD, 1, NULL},
  {OSP_CODE_TLS_DISABLED, 1,
   "Rebuild that OpenSSL without the no-{tls} option, or use another\n"
   "install."},
  {OSP_CODE_TLS_UNSUPPORTED, 1, NULL},
  {OSP_CODE_CLIENT_DISABLED, 1,
   "Rebuild that OpenSSL without the flag that disables its default\n"
   "client (such as -DOPENSSL_NO_{TLS}_CLIENT), or use another install."},
  {OSP_CODE_CONFIGURATION, 0,
   "Change the OpenSSL configuration named above (MinProtocol,\n"
   "MaxProtocol, CipherString or the security level of its system_default\n"
   "section), or run the configure and the program with OPENSSL_CONF\n"
   "naming a configuration that allows it. Upgrading OpenSSL does not\n"
   "help: the configuration binds every version."},
  {OSP_CODE_HANDSHAKE_FAILED, 1, NULL},
  {OSP_CODE_NO_HANDSHAKE, 1, NULL},
};

/* The entry for code; an unknown code counts as curable by an upgrade. */
static inline const osp_code_info *osp_code_find(const char *code)
{
  static const osp_code_info unknown = {"", 1, NULL};
  size_t i;
  for (i = 0; i < sizeof osp_code_table / sizeof osp_code_table[0]; ++i)
    if (strcmp(osp_code_table[i].code, code) == 0)
      return &osp_code_table[i];
  return &unknown;
}

/* Writes code's advice for protocol tls (12 or 13) to out, or "". */
static inline void osp_code_advice(const char *code, int tls, char *out,
                                   size_t size)
{
  const char *from = osp_code_find(code)->advice;
  size_t n = 0;
  if (size == 0)
    return;
  while (from != NULL && *from != '\0' && n + 1 < size) {
    if (strncmp(from, "{tls}", 5) == 0 || strncmp(from, "{TLS}", 5) == 0) {
      const char *name = from[1] == 't' ? (tls >= 13 ? "tls1_3" : "tls1_2")
                                        : (tls >= 13 ? "TLS1_3" : "TLS1_2");
      while (*name != '\0' && n + 1 < size)
        out[n++] = *name++;
      from += 5;
    } else {
      out[n++] = *from++;
    }
  }
  out[n] = '\0';
}

#endif
