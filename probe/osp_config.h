/* OpenSSL's run-time configuration as a default TLS client meets it: the
 * file a program loads by default (OPENSSL_CONF, else the one under
 * OPENSSLDIR), and the protocol range and security level it leaves on a
 * fresh context.  A MinProtocol or CipherString there binds every program
 * on the machine, whatever its library can do.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_CONFIG_H
#define OSP_CONFIG_H

#include <stdlib.h>
#include <sys/stat.h>

#include "osp_header.h"

#if defined(OSP_API_CONFIG)
#  include <openssl/conf.h>
#endif

/* Fills the file facts of facts->config: which configuration a default
 * program loads, if any. */
static inline void osp_config_facts(osp_facts *facts)
{
  osp_config_fact *config = &facts->config;
#if defined(OSP_API_CONFIG)
  const char *env = getenv("OPENSSL_CONF");
  char *file = CONF_get1_default_config_file();
  struct stat info;
  snprintf(config->source, sizeof config->source, "%s",
           env != OSP_NULL && env[0] != '\0' ? "OPENSSL_CONF" : "default");
  snprintf(config->file, sizeof config->file, "%s", file ? file : "");
  OPENSSL_free(file);
  config->exists = config->file[0] != '\0' && stat(config->file, &info) == 0;
#else
  /* No configuration reaches a default program: nothing narrows it. */
  config->exists = 0;
#endif
}

#if defined(OSP_API_CONFIG)
/* Fills what the configuration left on ctx, a context made as a program
 * makes one: the protocol range and the security level. */
static inline void osp_config_context_facts(osp_facts *facts, SSL_CTX *ctx)
{
  if (ctx == OSP_NULL)
    return;
  facts->config.min_protocol = OSP_CAST(int, SSL_CTX_get_min_proto_version(ctx));
  facts->config.max_protocol = OSP_CAST(int, SSL_CTX_get_max_proto_version(ctx));
  facts->config.security_level = SSL_CTX_get_security_level(ctx);
}
#endif

#endif
