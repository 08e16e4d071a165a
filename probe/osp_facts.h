/* The facts the probe establishes, and the verdict drawn from them.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_FACTS_H
#define OSP_FACTS_H

#define OSP_PATH_MAX 4096
#define OSP_TEXT_MAX 256
#define OSP_REASONS_MAX 8

/* One TLS protocol version. */
typedef struct osp_tls_fact {
  int compiled;  /* 1: the headers enable it; 0: they do not */
  int handshake; /* 1: completed; 0: failed; -1: not attempted */
  char compiled_note[OSP_TEXT_MAX]; /* why it is not compiled in */
  char protocol[32];                /* as the library names it */
  char cipher[64];
  char error[OSP_TEXT_MAX]; /* the library's own error text on failure */
} osp_tls_fact;

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
  osp_tls_fact tls1_2;
  osp_tls_fact tls1_3;
  /* The default trust store of the library that loaded. */
  char trust_file[OSP_PATH_MAX];
  int trust_file_exists;
  char trust_dir[OSP_PATH_MAX];
  int trust_dir_exists;
} osp_facts;

/* What the caller requires. */
typedef struct osp_policy {
  const char *min_version; /* e.g. "1.0.1" */
  int tls_min;             /* 12 or 13 */
  const char *expect_ssl;    /* the chosen libssl file, or NULL */
  const char *expect_crypto; /* the chosen libcrypto file, or NULL */
  const char *include_dir;   /* where the headers came from, or NULL */
  int headers_must_match;    /* header and library versions must agree */
} osp_policy;

typedef struct osp_verdict {
  int pass;
  int count;
  char reasons[OSP_REASONS_MAX][2 * OSP_PATH_MAX];
} osp_verdict;

#endif
