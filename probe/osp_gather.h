/* The one gathering sequence: every fact about the OpenSSL this process
 * runs with, in the order they depend on each other.  The configure-time
 * probe and the command both call it.  A new fact is gathered here.
 * Builds as C99 and as C++14 or later; on POSIX the including file must
 * define _GNU_SOURCE before any system header (see osp_library.h). */
#ifndef OSP_GATHER_H
#define OSP_GATHER_H

#include "osp_config.h"
#include "osp_handshake.h"
#include "osp_header.h"
#include "osp_library.h"
#include "osp_providers.h"
#include "osp_trust.h"

/* Fills *facts as <policy> asks for them: the handshakes run for the
 * protocol the client needs, and where FIPS is required the FIPS
 * provider's self-test runs.  Built with OSP_CRYPTO_ONLY (libcrypto alone
 * linked), no TLS fact is gathered.  One TLS context serves the configuration
 * facts and the handshakes: it is the costliest thing the probe makes. */
static inline void osp_gather(osp_facts *facts, const osp_policy *policy)
{
  const int tls = policy->tls_min;
  osp_header_facts(facts);
  osp_library_facts(facts);
  osp_trust_facts(facts);
  osp_config_facts(facts);
#if defined(OSP_CRYPTO_ONLY)
  (void)tls; /* built without libssl: no TLS context, no handshake */
#elif defined(OSP_HAVE_HANDSHAKE)
  {
    SSL_CTX *ctx = osp_handshake_context();
#  if defined(OSP_API_CONFIG)
    osp_config_context_facts(facts, ctx);
#  endif
    osp_handshake_facts(facts, tls, ctx);
    SSL_CTX_free(ctx);
  }
#else
  (void)tls; /* before 1.0.1: no TLS 1.2 to shake hands with */
#endif
  /* After the first context, which loaded the configuration's providers. */
  osp_providers_facts(facts, policy->require_fips);
}

#endif
