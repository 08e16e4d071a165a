/* The requirements a caller can set, one row each: the one home of every
 * option's names, kind, default and words.  The probe and the command read
 * the rows through OSP_OPTIONS (an X-macro); the module reads the same
 * rows as text (cmake/OpenSSLProbe/Options.cmake), so each row and each
 * kind's form stays on one line, with no ';' in it.
 *
 *   X(KEYWORD, flag, KIND, field, report, default, required, needs_run, help)
 *
 *   KEYWORD   the keyword of openssl_probe(); the dependency provider's
 *             variable is OPENSSL_PROBE_<KEYWORD>
 *   flag      the option of the probe and of openssl-probe: --<flag>
 *   KIND      how the value is written and checked (OSP_KIND_<KIND>_FORM
 *             below, osp_option_read_<KIND>); a FLAG takes no value on the
 *             command line, and "1" or "0" on the probe's
 *   field     where osp_policy holds it
 *   report    its key in the report (openssl-probe.json)
 *   default   the value when none is given, or ""
 *   required  the requirement in words, {} standing for the value, or ""
 *             where the summary words it otherwise (MIN_VERSION, TLS)
 *   needs_run what cannot be judged when the probe cannot run, or ""
 *   help      one line for --help and the docs
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_OPTIONS_H
#define OSP_OPTIONS_H

#include <stdlib.h>
#include <string.h>

#include "osp_facts.h"
#include "osp_version.h"

/* clang-format off */
#define OSP_OPTIONS(X) \
  X(MIN_VERSION, "min-version", VERSION, min_version, "min_version", "1.0.1", "", "", "the oldest acceptable OpenSSL release (1.0.1 brought TLS 1.2)") \
  X(MIN_LIBRESSL_VERSION, "min-libressl-version", VERSION, min_libressl, "min_libressl_version", "", "LibreSSL {} or newer", "", "the oldest acceptable LibreSSL release") \
  X(MIN_AWSLC_VERSION, "min-awslc-version", VERSION, min_awslc, "min_awslc_version", "", "AWS-LC {} or newer", "", "the oldest acceptable AWS-LC release") \
  X(MIN_BORINGSSL_API, "min-boringssl-api", API, min_boringssl_api, "min_boringssl_api", "", "BoringSSL API {} or newer", "", "the oldest acceptable BORINGSSL_API_VERSION") \
  X(FLAVORS, "flavors", FLAVORS, flavors, "flavors", "", "only {}", "", "accept only these projects (default: any)") \
  X(TLS, "tls", PROTOCOL, tls_min, "tls_required", "1.2", "", "", "the protocol the client needs") \
  X(OWN_PROTOCOL_RANGE, "own-protocol-range", FLAG, own_protocol_range, "own_protocol_range", "", "", "", "the program sets its own protocol range: judge a client pinned to the protocol") \
  X(MIN_SECURITY_LEVEL, "min-security-level", LEVEL, min_security_level, "min_security_level", "", "a default client at security level {} or higher", "the security level", "the lowest acceptable security level of a default client (OpenSSL 1.1.0 and later)") \
  X(REQUIRE_SUPPORTED, "require-supported", FLAG, require_supported, "require_supported", "", "a release still supported upstream, in no known vulnerability's range", "upstream support", "fail a release past its upstream support, or in a known high or critical vulnerability's range") \
  X(REQUIRE_FIPS, "require-fips", FLAG, require_fips, "require_fips", "", "FIPS in force for a default program, with the handshake under it", "FIPS", "fail unless FIPS is in force for a default program") \
  X(TODAY, "today", DATE, today, "today", "", "", "", "the date to judge upstream support on (default: today)")
/* clang-format on */

/* The form each kind takes, for the messages that reject a value, and
 * the placeholder of its value in --help. */
#define OSP_KIND_FLAG_FORM "no value"
#define OSP_KIND_FLAG_VALUE ""
#define OSP_KIND_VERSION_FORM "a version in its project's numbering, such as 1.1.1w, 3.0 or 4.0.1"
#define OSP_KIND_VERSION_VALUE "V"
#define OSP_KIND_API_FORM "a BORINGSSL_API_VERSION number, such as 19"
#define OSP_KIND_API_VALUE "N"
#define OSP_KIND_FLAVORS_FORM "any of OpenSSL, LibreSSL, BoringSSL and AWS-LC"
#define OSP_KIND_FLAVORS_VALUE "F,F..."
#define OSP_KIND_PROTOCOL_FORM "1.2 or 1.3"
#define OSP_KIND_PROTOCOL_VALUE "1.2|1.3"
#define OSP_KIND_LEVEL_FORM "a security level from 0 to 5"
#define OSP_KIND_LEVEL_VALUE "N"
#define OSP_KIND_DATE_FORM "a date as YYYY-MM-DD"
#define OSP_KIND_DATE_VALUE "YYYY-MM-DD"

/* Each option's number: OSP_OPTION_<KEYWORD>, and how many there are. */
enum {
#define OSP_OPTION_ID(keyword, flag, kind, field, report, def, required, run, help) \
  OSP_OPTION_##keyword,
  OSP_OPTIONS(OSP_OPTION_ID)
#undef OSP_OPTION_ID
  OSP_OPTION_COUNT
};

/* One row, as the code reads it. */
typedef struct osp_option {
  const char *keyword;
  const char *flag;
  const char *kind;
  const char *form;
  const char *value;
  const char *report;
  const char *default_value;
  const char *required;
  const char *needs_run;
  const char *help;
} osp_option;

static const osp_option osp_options[OSP_OPTION_COUNT] = {
#define OSP_OPTION_ROW(keyword, flag, kind, field, report, def, required, run, help) \
  {#keyword, flag, #kind, OSP_KIND_##kind##_FORM, OSP_KIND_##kind##_VALUE, report, def, \
   required, run, help},
  OSP_OPTIONS(OSP_OPTION_ROW)
#undef OSP_OPTION_ROW
};

/* The readers: each checks a value of its kind and stores it; 0 for a
 * value that is not of the kind.  "" is no value: the kind's "none". */
static inline int osp_option_read_FLAG(const char *value, int *out)
{
  *out = value[0] == '1' && value[1] == '\0';
  return value[0] == '\0' || ((value[0] == '0' || value[0] == '1') && value[1] == '\0');
}

static inline int osp_option_read_VERSION(const char *value, const char **out)
{
  osp_version parsed;
  *out = value[0] != '\0' ? value : OSP_NULL;
  return value[0] == '\0' || osp_version_parse(value, &parsed);
}

static inline int osp_option_read_digits(const char *value, size_t most, long *out)
{
  size_t n = strlen(value);
  *out = -1;
  if (n == 0)
    return 1;
  if (n > most || strspn(value, "0123456789") != n)
    return 0;
  *out = strtol(value, OSP_NULL, 10);
  return 1;
}

static inline int osp_option_read_API(const char *value, long *out)
{
  return osp_option_read_digits(value, 9, out);
}

/* A security level from 1 to 5; 0 is none (every level is at least 0). */
static inline int osp_option_read_LEVEL(const char *value, int *out)
{
  long level;
  int ok = osp_option_read_digits(value, 1, &level) && level <= 5;
  *out = ok && level > 0 ? OSP_CAST(int, level) : 0;
  return ok;
}

static inline int osp_option_read_FLAVORS(const char *value, const char **out)
{
  static const char *const flavors[] = {OSP_FLAVOR_OPENSSL, OSP_FLAVOR_LIBRESSL,
                                        OSP_FLAVOR_BORINGSSL, OSP_FLAVOR_AWSLC};
  const char *at = value;
  *out = value[0] != '\0' ? value : OSP_NULL;
  while (*at != '\0') {
    const size_t n = strcspn(at, ",");
    size_t i = 0;
    while (i < sizeof flavors / sizeof flavors[0] &&
           !(strlen(flavors[i]) == n && strncmp(at, flavors[i], n) == 0))
      ++i;
    if (i == sizeof flavors / sizeof flavors[0])
      return 0;
    at += n;
    if (*at == ',' && *++at == '\0')
      return 0;
  }
  return 1;
}

static inline int osp_option_read_PROTOCOL(const char *value, int *out)
{
  *out = strcmp(value, "1.3") == 0 ? 13 : 12;
  return value[0] == '\0' || strcmp(value, "1.2") == 0 || strcmp(value, "1.3") == 0;
}

/* A real day of the Gregorian calendar, as YYYY-MM-DD. */
static inline int osp_option_read_DATE(const char *value, const char **out)
{
  static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  long year, month, day;
  *out = value[0] != '\0' ? value : OSP_NULL;
  if (value[0] == '\0')
    return 1;
  if (strlen(value) != 10 || strspn(value, "0123456789-") != 10 || value[4] != '-' ||
      value[7] != '-' || strchr(value + 8, '-') != OSP_NULL || value[5] == '-')
    return 0;
  year = strtol(value, OSP_NULL, 10);
  month = strtol(value + 5, OSP_NULL, 10);
  day = strtol(value + 8, OSP_NULL, 10);
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
    return 0;
  return !(month == 2 && day == 29 &&
           (year % 4 != 0 || (year % 100 == 0 && year % 400 != 0)));
}

/* Sets option <id> of <policy> from <value> ("" for none); 0 if the
 * value is not of the option's kind. */
static inline int osp_option_set(osp_policy *policy, int id, const char *value)
{
  switch (id) {
#define OSP_OPTION_SET(keyword, flag, kind, field, report, def, required, run, help) \
  case OSP_OPTION_##keyword:                                                        \
    return osp_option_read_##kind(value, &policy->field);
    OSP_OPTIONS(OSP_OPTION_SET)
#undef OSP_OPTION_SET
  default:
    return 0;
  }
}

/* The option whose flag is <arg> ("--min-version"), or -1. */
static inline int osp_option_find(const char *arg)
{
  int id;
  if (strncmp(arg, "--", 2) != 0)
    return -1;
  for (id = 0; id < OSP_OPTION_COUNT; ++id)
    if (strcmp(arg + 2, osp_options[id].flag) == 0)
      return id;
  return -1;
}

/* Whether option <id> takes no value on the command line. */
static inline int osp_option_is_flag(int id)
{
  return strcmp(osp_options[id].kind, "FLAG") == 0;
}

/* A policy with every option at its default. */
static inline void osp_policy_defaults(osp_policy *policy)
{
  int id;
  memset(policy, 0, sizeof *policy);
  policy->headers_must_match = 1;
  for (id = 0; id < OSP_OPTION_COUNT; ++id)
    (void)osp_option_set(policy, id, osp_options[id].default_value);
}

#endif
