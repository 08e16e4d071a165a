/* Facts in words, one line each, for the places that show them: the
 * report carries them ("text"), so the module's messages and the command
 * print the same line.
 * Pure functions over osp_facts; builds as C99 and as C++14 or later. */
#ifndef OSP_DESCRIBE_H
#define OSP_DESCRIBE_H

#include <stdio.h>
#include <string.h>

#include "osp_facts.h"

/* Appends text to out (of size bytes, holding *used of them). */
static inline void osp_describe_add(char *out, size_t size, size_t *used,
                                    const char *text)
{
  int n;
  if (*used + 1 >= size)
    return;
  n = snprintf(out + *used, size - *used, "%s", text);
  if (n > 0)
    *used += OSP_CAST(size_t, n) < size - *used ? OSP_CAST(size_t, n) : size - *used - 1;
}

/* A protocol's facts: "handshake completed (TLSv1.2, <cipher>)",
 * "handshake failed: <error>", "compiled in; handshake not run (not
 * required)" or "not compiled in: <why>". */
static inline void osp_describe_tls(const osp_tls_fact *fact, char *out, size_t size)
{
  if (!fact->compiled)
    snprintf(out, size, "not compiled in: %s", fact->compiled_note);
  else if (fact->handshake < 0)
    snprintf(out, size, "compiled in; handshake not run (not required)");
  else if (fact->handshake == 0)
    snprintf(out, size, "handshake failed: %s", fact->error);
  else
    snprintf(out, size, "handshake completed (%s, %s)", fact->protocol, fact->cipher);
}

/* The run-time configuration: "/etc/ssl/openssl.cnf (OPENSSL_CONF),
 * MinProtocol TLSv1.3, security level 2"; "not examined" where it was not
 * looked at, "none (...)" for a library that loads none. */
static inline void osp_describe_config(const osp_config_fact *config, char *out, size_t size)
{
  size_t used = 0;
  char part[64];
  out[0] = '\0';
  if (config->source[0] == '\0') {
    osp_describe_add(out, size, &used,
                     config->exists < 0 ? "not examined"
                                        : "none (this library loads none by default)");
    return;
  }
  osp_describe_add(out, size, &used, config->file);
  if (config->exists <= 0)
    osp_describe_add(out, size, &used, " (missing)");
  osp_describe_add(out, size, &used,
                   strcmp(config->source, "OPENSSL_CONF") == 0 ? " (OPENSSL_CONF)" : " (default)");
  if (config->min_protocol > 0) {
    snprintf(part, sizeof part, ", MinProtocol %s", osp_protocol_name(config->min_protocol));
    osp_describe_add(out, size, &used, part);
  }
  if (config->max_protocol > 0) {
    snprintf(part, sizeof part, ", MaxProtocol %s", osp_protocol_name(config->max_protocol));
    osp_describe_add(out, size, &used, part);
  }
  if (config->security_level >= 0) {
    snprintf(part, sizeof part, ", security level %d", config->security_level);
    osp_describe_add(out, size, &used, part);
  }
}

/* "known-vulnerable: branch 3.0, upstream support until 2026-09-07;
 * supported now: 3.5 (LTS), 4.0" (the status alone where the table does
 * not know the branch). */
static inline void osp_describe_support(const osp_facts *facts, char *out,
                                        size_t size)
{
  const osp_support_fact *support = &facts->support;
  size_t used = 0;
  out[0] = '\0';
  osp_describe_add(out, size, &used, support->status);
  if (support->branch[0] == '\0' || support->ends[0] == '\0')
    return;
  osp_describe_add(out, size, &used, ": branch ");
  osp_describe_add(out, size, &used, support->branch);
  osp_describe_add(out, size, &used, ", upstream support until ");
  osp_describe_add(out, size, &used, support->ends);
  osp_describe_add(out, size, &used, "; supported now:");
  if (support->lts[0] != '\0') {
    osp_describe_add(out, size, &used, " ");
    osp_describe_add(out, size, &used, support->lts);
    osp_describe_add(out, size, &used, " (LTS),");
  }
  osp_describe_add(out, size, &used, " ");
  osp_describe_add(out, size, &used, support->newest);
}

/* What the openssl program said, as messages show it: why it did not run,
 * else its first line. */
static inline const char *osp_describe_program(const osp_program_fact *program)
{
  return program->error[0] != '\0' ? program->error : program->text;
}

/* "default 3.0.19 loaded; available: base, default, null, legacy (in DIR)". */
static inline void osp_describe_providers(const osp_facts *facts, char *out,
                                          size_t size)
{
  const osp_providers_fact *providers = &facts->providers;
  size_t used = 0;
  int i;
  out[0] = '\0';
  if (providers->supported < 0) {
    osp_describe_add(out, size, &used, "not examined (the report these facts come from lists none)");
    return;
  }
  if (!providers->supported) {
    osp_describe_add(out, size, &used, "none: this library has no providers (OpenSSL 3.0 brought them)");
    return;
  }
  for (i = 0; i < providers->loaded_count; ++i) {
    const osp_provider *p = &providers->loaded[i];
    osp_describe_add(out, size, &used, i ? ", " : "");
    osp_describe_add(out, size, &used, p->name);
    osp_describe_add(out, size, &used, p->version[0] ? " " : "");
    osp_describe_add(out, size, &used, p->version);
    osp_describe_add(out, size, &used, p->status == 0 ? " (in an error state)" : "");
  }
  osp_describe_add(out, size, &used, providers->loaded_count ? " loaded" : "none loaded");
  osp_describe_add(out, size, &used, "; available: ");
  for (i = 0; i < providers->available_count; ++i) {
    osp_describe_add(out, size, &used, i ? ", " : "");
    osp_describe_add(out, size, &used, providers->available[i]);
  }
  osp_describe_add(out, size, &used, " (modules in ");
  osp_describe_add(out, size, &used, providers->modules_dir);
  osp_describe_add(out, size, &used,
                   strcmp(providers->modules_source, "OPENSSL_MODULES") == 0
                     ? ", from OPENSSL_MODULES)"
                     : ")");
}

/* "in force: the FIPS provider 3.0.20 loaded from FILE, self-test passed,
 * fips=yes the default property", or what is missing (osp_fips_gap). */
static inline void osp_describe_fips(const osp_facts *facts, char *out,
                                     size_t size)
{
  const osp_fips_fact *fips = &facts->fips;
  const char *version = "";
  size_t used = 0;
  int i;
  out[0] = '\0';
  switch (osp_fips_gap(facts)) {
  case OSP_FIPS_NOT_FIPS_BUILD:
    osp_describe_add(out, size, &used, "not in force: not a FIPS build (FIPS_mode() is 0)");
    return;
  case OSP_FIPS_NO_PROVIDERS:
    osp_describe_add(out, size, &used, "not available: this library has no FIPS provider");
    return;
  case OSP_FIPS_NOT_EXAMINED:
    osp_describe_add(out, size, &used, "not examined (no providers in the report)");
    return;
  case OSP_FIPS_NO_MODULE:
    osp_describe_add(out, size, &used, "not available: no FIPS provider (");
    osp_describe_add(out, size, &used, fips->module);
    osp_describe_add(out, size, &used, " is missing)");
    return;
  case OSP_FIPS_NOT_LOADABLE:
    osp_describe_add(out, size, &used, "not available: the FIPS provider ");
    osp_describe_add(out, size, &used, fips->module);
    osp_describe_add(out, size, &used, " does not load");
    return;
  case OSP_FIPS_IN_FORCE:
    if (fips->mode >= 0) {
      osp_describe_add(out, size, &used, "in force: FIPS_mode() is 1");
      return;
    }
    osp_describe_add(out, size, &used, "in force: ");
    break;
  default:
    osp_describe_add(out, size, &used, "not in force: ");
    break;
  }
  for (i = 0; i < facts->providers.loaded_count; ++i)
    if (strcmp(facts->providers.loaded[i].name, "fips") == 0)
      version = facts->providers.loaded[i].version;
  osp_describe_add(out, size, &used, "the FIPS provider ");
  if (fips->loaded == 1) {
    osp_describe_add(out, size, &used, version);
    osp_describe_add(out, size, &used, " loaded from ");
    osp_describe_add(out, size, &used, fips->module);
  } else {
    osp_describe_add(out, size, &used, fips->module);
    osp_describe_add(out, size, &used, " not loaded");
  }
  if (fips->installed == 0)
    osp_describe_add(out, size, &used, ", without fipsinstall data");
  if (fips->self_test >= 0)
    osp_describe_add(out, size, &used, fips->self_test ? ", self-test passed" : ", self-test failed");
  osp_describe_add(out, size, &used, fips->default_property == 1
                                       ? ", fips=yes the default property"
                                       : ", fips=yes not the default property");
}

#endif
