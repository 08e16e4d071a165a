/* The facts the probe establishes, and the verdict drawn from them.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_FACTS_H
#define OSP_FACTS_H

#include "osp_lang.h"

#define OSP_PATH_MAX 4096
#define OSP_TEXT_MAX 256
#define OSP_REASONS_MAX 8

/* Protocol version numbers as they travel on the wire, and so in OpenSSL's
 * TLS1_2_VERSION and friends; the judge needs them without OpenSSL. */
#define OSP_TLS1_2_WIRE 0x0303
#define OSP_TLS1_3_WIRE 0x0304

/* One TLS protocol version.  The verdict rests on the default client:
 * what a program gets from the version-flexible method with the library's
 * and the configuration's defaults, against a server pinned to exactly
 * this version.  The pinned and unconfigured clients run only when the
 * default one fails, to name the cause. */
typedef struct osp_tls_fact {
  int compiled;     /* 1: the headers enable it; 0: they do not */
  int disabled;     /* 1: a build option (OPENSSL_NO_...) took it out */
  int handshake;    /* default client: 1 completed; 0 failed; -1 not run */
  int pinned;       /* a client pinned to this version: 1, 0, or -1 not run */
  int unconfigured; /* the same with the configuration's settings undone */
  char compiled_note[OSP_TEXT_MAX]; /* why it is not compiled in */
  char protocol[32];                /* what the default client negotiated */
  char cipher[64];
  char error[OSP_TEXT_MAX]; /* the library's own error text on failure */
} osp_tls_fact;

/* OpenSSL's run-time configuration, as a default TLS client sees it. */
typedef struct osp_config_fact {
  char file[OSP_PATH_MAX]; /* the file a default program loads, or "" */
  char source[16];         /* "OPENSSL_CONF", "default", or "" for none */
  int exists;              /* whether that file exists; -1 unknown */
  int min_protocol;        /* a default client context: 0 none, -1 unknown */
  int max_protocol;
  int security_level; /* -1 unknown */
} osp_config_fact;

/* A known high or critical vulnerability whose range holds the release. */
#define OSP_VULNS_MAX 32
typedef struct osp_vulnerability {
  char id[24];       /* CVE-2014-0160 */
  char severity[12]; /* high, critical */
  char fixed_in[16]; /* the release that fixed it on that branch */
  char name[96];     /* Heartbleed, or a short title */
} osp_vulnerability;

/* The release's upstream support on a date (osp_support.h). */
typedef struct osp_support_fact {
  char status[20]; /* supported, end-of-life, known-vulnerable, unknown */
  char branch[16]; /* 3.0, 1.1.1 */
  char ends[12];   /* its end of upstream support, or "" */
  int ended;       /* 1: that day is before today */
  char today[12];  /* the date judged against */
  char lts[16];    /* the newest branch in long-term support that day */
  char newest[16]; /* the newest branch that day */
  int vulnerability_count; /* those kept, at most OSP_VULNS_MAX */
  int vulnerabilities_more; /* found past that */
  osp_vulnerability vulnerabilities[OSP_VULNS_MAX];
} osp_support_fact;

/* One provider a library context loaded (OpenSSL 3). */
#define OSP_PROVIDERS_MAX 8
typedef struct osp_provider {
  char name[32];
  char version[32]; /* its own, which a FIPS module may not share */
  int status;       /* running: 1; in an error state: 0; -1 not said */
} osp_provider;

/* OpenSSL 3's providers as a default program meets them (osp_providers.h). */
typedef struct osp_providers_fact {
  int supported;                  /* the library has providers (3.0 on); -1: not examined */
  char modules_dir[OSP_PATH_MAX]; /* where it loads them from */
  char modules_source[16];        /* "OPENSSL_MODULES", "default", "" */
  int loaded_count;               /* those the default context loaded */
  osp_provider loaded[OSP_PROVIDERS_MAX];
  int available_count; /* built in, or a module file in modules_dir */
  char available[OSP_PROVIDERS_MAX][32];
} osp_providers_fact;

/* FIPS as a default program gets it: OpenSSL 3's FIPS provider, or the
 * FIPS mode of a BoringSSL or AWS-LC build. */
typedef struct osp_fips_fact {
  int in_force;             /* every algorithm comes from validated code */
  char module[OSP_PATH_MAX]; /* the FIPS provider's file, or "" */
  int module_found;          /* whether that file is there */
  int loaded;           /* the default context loaded it: 1, 0, -1 n/a */
  int default_property; /* the default properties ask fips=yes */
  int installed;        /* it finds its fipsinstall data: 1, 0, -1 unknown */
  int self_test;        /* 1 passed, 0 failed, -1 not run */
  int mode;             /* FIPS_mode() of BoringSSL and AWS-LC, or -1 */
  char error[OSP_TEXT_MAX]; /* the library's words where it did not load
                               or its self-test failed, else "" */
} osp_fips_fact;

/* The install's own openssl program, run as "openssl version"
 * (osp_program.h). */
typedef struct osp_program_fact {
  int found;                /* one was run, or tried */
  char path[OSP_PATH_MAX];
  char text[OSP_TEXT_MAX];  /* the first line it printed */
  char flavor[16];          /* the build it is of */
  char version[32];
  int matches_library;      /* that build is the library's */
  char error[OSP_TEXT_MAX]; /* why it did not run, or "" */
} osp_program_fact;

typedef struct osp_facts {
  /* From the headers, evaluated by the compiler. */
  char flavor[16];
  unsigned long header_number; /* OPENSSL_VERSION_NUMBER as compiled */
  char header_version[32];     /* in the flavor's own numbering */
  char header_text[OSP_TEXT_MAX];
  long api_version; /* BORINGSSL_API_VERSION, or -1 */
  /* From the library that loaded at run time. */
  int have_library; /* 0 when only headers were probed */
  char library_flavor[16];
  unsigned long library_number;
  char library_version[32];
  char library_text[OSP_TEXT_MAX];
  char ssl_path[OSP_PATH_MAX];    /* the libssl file that loaded */
  char crypto_path[OSP_PATH_MAX]; /* the libcrypto file that loaded */
  /* On Windows, where in the DLL search order the loaded files' folders
   * are ("PATH entry 2 (C:\\Tools)"), or "". */
  char ssl_found_by[OSP_PATH_MAX + 64];
  char crypto_found_by[OSP_PATH_MAX + 64];
  /* On Windows, the other files of the loaded DLLs' names in the folders
   * searched after theirs, each with its place: "C:\\Tools\\libssl-3-x64.dll
   * (PATH entry 4)", comma-separated; or "". */
  char ssl_hidden[2 * OSP_PATH_MAX];
  char crypto_hidden[2 * OSP_PATH_MAX];
  osp_tls_fact tls1_2;
  osp_tls_fact tls1_3;
  osp_config_fact config;
  /* The default trust store of the library that loaded. */
  char trust_file[OSP_PATH_MAX];
  int trust_file_exists;
  char trust_dir[OSP_PATH_MAX];
  int trust_dir_exists;
  /* Upstream support of the release that loaded (of the headers' without
   * a library), judged by the caller against its table and date. */
  osp_support_fact support;
  osp_providers_fact providers;
  osp_fips_fact fips;
  osp_program_fact program;
} osp_facts;


/* What the caller requires: the options of osp_options.h (which sets
 * them, and says what each means), and what the configure step adds.
 * MIN_VERSION counts OpenSSL's releases; each fork has a floor of its own,
 * in its own numbering. */
typedef struct osp_policy {
  const char *min_version;  /* e.g. "1.0.1" */
  const char *min_libressl; /* MIN_LIBRESSL_VERSION, or NULL */
  const char *min_awslc;    /* MIN_AWSLC_VERSION, or NULL */
  long min_boringssl_api;   /* MIN_BORINGSSL_API, or -1 */
  const char *flavors;      /* FLAVORS, comma-separated, or NULL for any */
  int tls_min;              /* 12 or 13 */
  int own_protocol_range;   /* the program sets its own range: a client
                               pinned to the protocol is what counts */
  const char *expect_ssl;    /* the chosen libssl file, or NULL */
  const char *expect_crypto; /* the chosen libcrypto file, or NULL */
  const char *include_dir;   /* where the headers came from, or NULL */
  int headers_must_match;    /* header and library versions must agree */
  int require_supported;     /* end-of-life and known-vulnerable fail */
  int require_fips;          /* FIPS must be in force */
  int min_security_level;    /* MIN_SECURITY_LEVEL, or 0 for none */
  const char *today;         /* YYYY-MM-DD to judge support on, or NULL */
  int crypto_only;           /* libcrypto alone was asked for: no TLS claim
                                (the probe is then built without libssl) */
} osp_policy;

/* One reason for a failure: a stable code (documented in
 * docs/reference.md; guidance is chosen by it), and the words. */
typedef struct osp_reason {
  char code[40];
  char text[2 * OSP_PATH_MAX];
} osp_reason;

typedef struct osp_verdict {
  int pass;
  int tls; /* the protocol judged: 12 or 13 */
  int count;
  osp_reason reasons[OSP_REASONS_MAX];
} osp_verdict;

/* What keeps FIPS from being in force for a default program, the first
 * part missing: the one classification the judge's reasons and the
 * report's words both follow. */
#define OSP_FIPS_IN_FORCE 0
#define OSP_FIPS_NOT_FIPS_BUILD 1 /* BoringSSL, AWS-LC: FIPS_mode() is 0 */
#define OSP_FIPS_NO_PROVIDERS 2   /* OpenSSL before 3.0, LibreSSL */
#define OSP_FIPS_NO_MODULE 3      /* no FIPS provider's file */
#define OSP_FIPS_NOT_LOADABLE 4   /* the file does not load at all */
#define OSP_FIPS_NO_DATA 5        /* no fipsinstall data reaches it */
#define OSP_FIPS_SELF_TEST 6      /* its self-test fails */
#define OSP_FIPS_NOT_LOADED 7     /* the configuration does not load it */
#define OSP_FIPS_NOT_DEFAULT 8    /* fips=yes is not the default property */
#define OSP_FIPS_NOT_EXAMINED 9   /* the facts come from a report without providers */

static inline int osp_fips_gap(const osp_facts *facts)
{
  const osp_fips_fact *fips = &facts->fips;
  if (fips->mode >= 0)
    return fips->mode ? OSP_FIPS_IN_FORCE : OSP_FIPS_NOT_FIPS_BUILD;
  if (facts->providers.supported < 0)
    return OSP_FIPS_NOT_EXAMINED;
  if (!facts->providers.supported)
    return OSP_FIPS_NO_PROVIDERS;
  if (fips->loaded == 1)
    return fips->self_test == 0          ? OSP_FIPS_SELF_TEST
           : fips->default_property != 1 ? OSP_FIPS_NOT_DEFAULT
                                         : OSP_FIPS_IN_FORCE;
  if (!fips->module_found)
    return OSP_FIPS_NO_MODULE;
  if (fips->installed == 0)
    return OSP_FIPS_NO_DATA;
  if (fips->self_test == 0)
    return OSP_FIPS_SELF_TEST;
  if (fips->installed < 0 && fips->error[0] != '\0')
    return OSP_FIPS_NOT_LOADABLE;
  return OSP_FIPS_NOT_LOADED;
}

/* A protocol version as OpenSSL's configuration spells it (MinProtocol),
 * or "" for none. */
static inline const char *osp_protocol_name(int version)
{
  switch (version) {
  case 0x0300: return "SSLv3";
  case 0x0301: return "TLSv1";
  case 0x0302: return "TLSv1.1";
  case OSP_TLS1_2_WIRE: return "TLSv1.2";
  case OSP_TLS1_3_WIRE: return "TLSv1.3";
  default: return "";
  }
}

#endif
