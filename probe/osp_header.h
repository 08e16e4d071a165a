/* Facts from the OpenSSL headers, evaluated by the compiler rather than
 * read out of opensslv.h with a pattern: from 3.0 on OPENSSL_VERSION_NUMBER
 * is an expression, and forks redefine it.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_HEADER_H
#define OSP_HEADER_H

#include <openssl/opensslv.h>
#include <openssl/ssl.h>

#include "osp_facts.h"
#include "osp_version.h"

/* Which fork the headers belong to.  AWS-LC may define OPENSSL_IS_BORINGSSL
 * too, so it is tested first; LibreSSL's OPENSSL_VERSION_NUMBER is always
 * 0x20000000 and BoringSSL's always claims 1.1.1. */
#if defined(OPENSSL_IS_AWSLC)
#  define OSP_HEADER_FLAVOR OSP_FLAVOR_AWSLC
#elif defined(OPENSSL_IS_BORINGSSL)
#  define OSP_HEADER_FLAVOR OSP_FLAVOR_BORINGSSL
#elif defined(LIBRESSL_VERSION_NUMBER)
#  define OSP_HEADER_FLAVOR OSP_FLAVOR_LIBRESSL
#else
#  define OSP_HEADER_FLAVOR OSP_FLAVOR_OPENSSL
#  define OSP_IS_OPENSSL 1
#endif

/* Which API generation to program against. */
#if defined(OPENSSL_IS_BORINGSSL) || defined(OPENSSL_IS_AWSLC)
#  define OSP_API_MODERN 1
#elif defined(LIBRESSL_VERSION_NUMBER)
#  if LIBRESSL_VERSION_NUMBER >= 0x2070000fL
#    define OSP_API_MODERN 1
#  endif
#elif OPENSSL_VERSION_NUMBER >= 0x10100000L
#  define OSP_API_MODERN 1
#endif

/* TLS_method with SSL_CTX_set_min/max_proto_version (1.1.0, LibreSSL 2.6,
 * BoringSSL), else the fixed TLSv1_2_*_method functions (1.0.1 to 1.0.2;
 * removed in 4.0), else no TLS 1.2 at all. */
#if defined(OSP_API_MODERN) ||                                                 \
  (defined(LIBRESSL_VERSION_NUMBER) && LIBRESSL_VERSION_NUMBER >= 0x2060000fL)
#  define OSP_API_PROTO_BOUNDS 1
#elif OPENSSL_VERSION_NUMBER >= 0x10001000L && !defined(OPENSSL_NO_TLS1_2)
#  define OSP_API_FIXED_TLS1_2 1
#endif

/* OpenSSL itself from 1.1.1 on loads its configuration file into every
 * program by default (OPENSSL_INIT_LOAD_CONFIG), and SSL_CTX_new applies
 * its system_default section.  Before that, and in the forks, a program
 * gets no configuration unless it loads one itself. */
#if defined(OSP_IS_OPENSSL) && OPENSSL_VERSION_NUMBER >= 0x10101000L
#  define OSP_API_CONFIG 1
#  if defined(OPENSSL_TLS_SECURITY_LEVEL)
#    define OSP_DEFAULT_SECURITY_LEVEL OPENSSL_TLS_SECURITY_LEVEL
#  else
#    define OSP_DEFAULT_SECURITY_LEVEL 1
#  endif
#endif

/* Whether the headers enable each protocol, and why not: constants, so the
 * same answer is both run-time data and text in the binary (below). */
#if defined(OPENSSL_NO_TLS1_2)
#  define OSP_TLS1_2_COMPILED 0
#  define OSP_TLS1_2_DISABLED 1
#  define OSP_TLS1_2_NOTE "TLS 1.2 is disabled in this build (OPENSSL_NO_TLS1_2)"
#elif defined(OPENSSL_NO_TLS1_2_CLIENT)
#  define OSP_TLS1_2_COMPILED 0
#  define OSP_TLS1_2_DISABLED 1
#  define OSP_TLS1_2_NOTE "the TLS 1.2 client is disabled (OPENSSL_NO_TLS1_2_CLIENT)"
#elif !defined(TLS1_2_VERSION)
#  define OSP_TLS1_2_COMPILED 0
#  define OSP_TLS1_2_NOTE "the headers do not define TLS1_2_VERSION"
#elif defined(OSP_IS_OPENSSL) && OPENSSL_VERSION_NUMBER < 0x10001000L
/* 1.0.0 defines TLS1_2_VERSION but cannot negotiate TLS 1.2. */
#  define OSP_TLS1_2_COMPILED 0
#  define OSP_TLS1_2_NOTE "OpenSSL before 1.0.1 cannot speak TLS 1.2"
#else
#  define OSP_TLS1_2_COMPILED 1
#  define OSP_TLS1_2_NOTE ""
#endif

#if defined(OPENSSL_NO_TLS1_3)
#  define OSP_TLS1_3_COMPILED 0
#  define OSP_TLS1_3_DISABLED 1
#  define OSP_TLS1_3_NOTE "TLS 1.3 is disabled in this build (OPENSSL_NO_TLS1_3)"
#elif defined(OSP_IS_OPENSSL) && OPENSSL_VERSION_NUMBER < 0x10101000L
#  define OSP_TLS1_3_COMPILED 0
#  define OSP_TLS1_3_NOTE                                                       \
    "TLS 1.3 arrived in OpenSSL 1.1.1; these headers do not have it"
#elif !defined(TLS1_3_VERSION) || !defined(OSP_API_PROTO_BOUNDS)
/* LibreSSL 3.1 to 3.3 define TLS1_3_VERSION only with LIBRESSL_HAS_TLS1_3. */
#  define OSP_TLS1_3_COMPILED 0
#  define OSP_TLS1_3_NOTE "these headers do not define TLS1_3_VERSION"
#else
#  define OSP_TLS1_3_COMPILED 1
#  define OSP_TLS1_3_NOTE ""
#endif

#if !defined(OSP_TLS1_2_DISABLED)
#  define OSP_TLS1_2_DISABLED 0
#endif
#if !defined(OSP_TLS1_3_DISABLED)
#  define OSP_TLS1_3_DISABLED 0
#endif

/* The version number in the flavor's own scheme, and the BoringSSL API. */
#if defined(LIBRESSL_VERSION_NUMBER)
#  define OSP_INFO_NUMBER LIBRESSL_VERSION_NUMBER
#else
#  define OSP_INFO_NUMBER OPENSSL_VERSION_NUMBER
#endif
#if defined(BORINGSSL_API_VERSION)
#  define OSP_INFO_API BORINGSSL_API_VERSION
#else
#  define OSP_INFO_API 0
#endif

/* The header facts as text in the probe binary, for when it cannot run
 * (cross-compiling without an emulator): the configure step reads them
 * from the file.  Numbers are spelled out digit by digit by the compiler,
 * as OPENSSL_VERSION_NUMBER is an expression from 3.0 on. */
#define OSP_DIGIT(n, p)                                                        \
  OSP_CAST(char, '0' + OSP_CAST(int, (OSP_CAST(unsigned long, n) / (p)) % 10UL))
#define OSP_DECIMAL(n)                                                         \
  OSP_DIGIT(n, 1000000000UL), OSP_DIGIT(n, 100000000UL),                       \
    OSP_DIGIT(n, 10000000UL), OSP_DIGIT(n, 1000000UL), OSP_DIGIT(n, 100000UL),  \
    OSP_DIGIT(n, 10000UL), OSP_DIGIT(n, 1000UL), OSP_DIGIT(n, 100UL),           \
    OSP_DIGIT(n, 10UL), OSP_DIGIT(n, 1UL)
static const char osp_info_number[] = {'O', 'S', 'P', '_', 'N', 'U', 'M', 'B',
                                       'E', 'R', '[', OSP_DECIMAL(OSP_INFO_NUMBER),
                                       ']', '\0'};
static const char osp_info_api[] = {'O', 'S', 'P', '_', 'A', 'P', 'I', '[',
                                    OSP_DECIMAL(OSP_INFO_API), ']', '\0'};
static const char osp_info_flavor[] = "OSP_FLAVOR[" OSP_HEADER_FLAVOR "]";
static const char osp_info_text[] = "OSP_TEXT[" OPENSSL_VERSION_TEXT "]";
/* '1' compiled in, '0' not, 'd' disabled by a build option. */
#define OSP_TLS_INFO(compiled, disabled)                                       \
  ((disabled) ? 'd' : OSP_CAST(char, '0' + (compiled)))
static const char osp_info_tls1_2[] = {
  'O', 'S', 'P', '_', 'T', 'L', 'S', '1', '2', '[',
  OSP_TLS_INFO(OSP_TLS1_2_COMPILED, OSP_TLS1_2_DISABLED), ']', '\0'};
static const char osp_info_tls1_2_note[] = "OSP_TLS12_NOTE[" OSP_TLS1_2_NOTE "]";
static const char osp_info_tls1_3[] = {
  'O', 'S', 'P', '_', 'T', 'L', 'S', '1', '3', '[',
  OSP_TLS_INFO(OSP_TLS1_3_COMPILED, OSP_TLS1_3_DISABLED), ']', '\0'};
static const char osp_info_tls1_3_note[] = "OSP_TLS13_NOTE[" OSP_TLS1_3_NOTE "]";

/* Keeps the info strings in the binary: the linker may drop data that
 * nothing reads.  Returns a value that depends on all of them. */
static inline int osp_header_info_keep(int index)
{
  return osp_info_number[index] + osp_info_api[index] +
         osp_info_flavor[index] + osp_info_text[index] +
         osp_info_tls1_2[index] + osp_info_tls1_2_note[index] +
         osp_info_tls1_3[index] + osp_info_tls1_3_note[index];
}

static inline void osp_header_tls(osp_tls_fact *fact, int compiled,
                                  int disabled, const char *note)
{
  fact->compiled = compiled;
  fact->disabled = disabled;
  fact->pinned = -1;
  fact->unconfigured = -1;
  snprintf(fact->compiled_note, sizeof fact->compiled_note, "%s", note);
  fact->handshake = -1;
}

/* Fills the header facts of *facts. */
static inline void osp_header_facts(osp_facts *facts)
{
  snprintf(facts->flavor, sizeof facts->flavor, "%s", OSP_HEADER_FLAVOR);
  facts->header_number = OSP_CAST(unsigned long, OPENSSL_VERSION_NUMBER);
  snprintf(facts->header_text, sizeof facts->header_text, "%s",
           OPENSSL_VERSION_TEXT);
  facts->api_version = -1;
#if defined(OPENSSL_IS_AWSLC) && defined(AWSLC_VERSION_NUMBER_STRING)
  snprintf(facts->header_version, sizeof facts->header_version, "%s",
           AWSLC_VERSION_NUMBER_STRING);
#elif defined(OPENSSL_IS_AWSLC) || defined(OPENSSL_IS_BORINGSSL)
  {
    char flavor[16];
    osp_flavor_from_text(OPENSSL_VERSION_TEXT, flavor, sizeof flavor,
                         facts->header_version, sizeof facts->header_version);
  }
#elif defined(LIBRESSL_VERSION_NUMBER)
  /* The text: LIBRESSL_VERSION_NUMBER has its 0xMNNFF00f layout only from
   * LibreSSL 2.3.2 on. */
  {
    char flavor[16];
    osp_flavor_from_text(OPENSSL_VERSION_TEXT, flavor, sizeof flavor,
                         facts->header_version, sizeof facts->header_version);
  }
#else
  osp_version_from_openssl_number(facts->header_number, facts->header_version,
                                  sizeof facts->header_version);
#endif
#if defined(BORINGSSL_API_VERSION)
  facts->api_version = OSP_CAST(long, BORINGSSL_API_VERSION);
#endif
  osp_header_tls(&facts->tls1_2, OSP_TLS1_2_COMPILED, OSP_TLS1_2_DISABLED,
                 OSP_TLS1_2_NOTE);
  osp_header_tls(&facts->tls1_3, OSP_TLS1_3_COMPILED, OSP_TLS1_3_DISABLED,
                 OSP_TLS1_3_NOTE);
  facts->config.exists = -1;
  facts->config.min_protocol = -1;
  facts->config.max_protocol = -1;
  facts->config.security_level = -1;
}

#endif
