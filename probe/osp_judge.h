/* The verdict: pass only if the flavor is one the caller allows, its
 * version meets MIN_VERSION (OpenSSL) or the fork's own floor, a default
 * client of the library really completes a handshake of the TLS version
 * asked for, and headers and library belong together.
 * Every reason carries a code (probe/osp_codes.h).
 * Pure functions over osp_facts; builds as C99 and as C++14 or later. */
#ifndef OSP_JUDGE_H
#define OSP_JUDGE_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "osp_codes.h"
#include "osp_facts.h"
#include "osp_options.h"
#if defined(_WIN32)
#  include "osp_path.h"
#endif
#include "osp_version.h"

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static inline void osp_judge_reason(osp_verdict *verdict, const char *code,
                                    const char *format, ...)
{
  va_list args;
  osp_reason *reason;
  verdict->pass = 0;
  if (verdict->count >= OSP_REASONS_MAX)
    return;
  reason = &verdict->reasons[verdict->count++];
  snprintf(reason->code, sizeof reason->code, "%s", code);
  va_start(args, format);
  vsnprintf(reason->text, sizeof reason->text, format, args);
  va_end(args);
}

static inline const char *osp_judge_tls_name(int tls)
{
  return tls == 13 ? "TLS 1.3" : "TLS 1.2";
}

/* A file that did load must be the file that was chosen.  Both paths have
 * their links resolved by the caller; on Windows they compare as Windows
 * compares them, and a DLL from elsewhere is named with the rule of the
 * DLL search order that chose it (<found_by>). */
static inline void osp_judge_loaded(osp_verdict *verdict, const char *name,
                                    const char *expected, const char *loaded,
                                    const char *found_by)
{
#if defined(_WIN32)
  const char *path = getenv("PATH");
  char where[48] = "is not on PATH";
  const int chosen = osp_path_list_position(path, ';', expected ? expected : "", 1);
  if (expected == OSP_NULL || expected[0] == '\0' || osp_path_same(expected, loaded, 1))
    return;
  if (chosen > 0)
    snprintf(where, sizeof where, "is PATH entry %d", chosen);
  if (loaded[0] != '\0') {
    osp_judge_reason(verdict, OSP_CODE_DLL_SHADOWED,
                     "%s loaded from %s, not from the chosen %s: Windows takes the first "
                     "file of that name in its DLL search order, and found it in %s; "
                     "the chosen install's folder %s",
                     name, loaded, expected, found_by[0] ? found_by : "a folder it searches",
                     where);
    return;
  }
#else
  const char *override_path = getenv("LD_LIBRARY_PATH");
  (void)found_by;
  if (expected == OSP_NULL || expected[0] == '\0' || strcmp(expected, loaded) == 0)
    return;
  if (override_path != OSP_NULL && override_path[0] != '\0') {
    osp_judge_reason(verdict, OSP_CODE_LIBRARY_PATH,
                     "%s loaded from %s, not from the chosen %s "
                     "(LD_LIBRARY_PATH=%s takes precedence over the run path)",
                     name, loaded[0] ? loaded : "an unknown file", expected,
                     override_path);
    return;
  }
#endif
  osp_judge_reason(verdict, OSP_CODE_WRONG_LIBRARY,
                   "%s loaded from %s, not from the chosen %s", name,
                   loaded[0] ? loaded : "an unknown file", expected);
}

/* Writes to out how the configuration narrows a default client's range so
 * that it excludes wire version <version>, or "" if it does not. */
static inline void osp_judge_config_bounds(const osp_config_fact *config,
                                           int version, char *out, size_t size)
{
  out[0] = '\0';
  if (config->min_protocol > version)
    snprintf(out, size, "sets MinProtocol to %s",
             osp_protocol_name(config->min_protocol));
  else if (config->max_protocol > 0 && config->max_protocol < version)
    snprintf(out, size, "sets MaxProtocol to %s",
             osp_protocol_name(config->max_protocol));
}

/* The configuration in words: "the OpenSSL configuration F (OPENSSL_CONF)". */
static inline void osp_judge_config_name(const osp_config_fact *config,
                                         char *out, size_t size)
{
  snprintf(out, size, "the OpenSSL configuration %s (%s)",
           config->file[0] ? config->file : "in effect",
           strcmp(config->source, "OPENSSL_CONF") == 0
             ? "chosen by OPENSSL_CONF"
             : "the library's default file");
}

/* A default client that did not get the protocol: why, and whose fault. */
static inline void osp_judge_default_client(osp_verdict *verdict,
                                            const osp_facts *facts,
                                            const osp_tls_fact *fact, int tls,
                                            int own_protocol_range)
{
  const char *name = osp_judge_tls_name(tls);
  const int wire = tls == 13 ? OSP_TLS1_3_WIRE : OSP_TLS1_2_WIRE;
  char outcome[OSP_TEXT_MAX + 64];
  char bounds[64];
  char config[OSP_PATH_MAX + 64];
  char level[32] = "";
  if (fact->protocol[0] != '\0')
    snprintf(outcome, sizeof outcome, "it negotiated %s", fact->protocol);
  else
    snprintf(outcome, sizeof outcome, "%s", fact->error);
  osp_judge_config_bounds(&facts->config, wire, bounds, sizeof bounds);
  osp_judge_config_name(&facts->config, config, sizeof config);
  if (facts->config.security_level >= 0)
    snprintf(level, sizeof level, ", security level %d",
             facts->config.security_level);
  if (fact->pinned > 0 && own_protocol_range) {
    /* The program pins the protocol itself, and a pinned client works. */
  } else if (fact->pinned > 0 && bounds[0] != '\0') {
    osp_judge_reason(verdict, OSP_CODE_CONFIGURATION,
                     "a default client of this library does not get %s: %s "
                     "%s (%s; a client pinned to %s completes the handshake)",
                     name, config, bounds, outcome, name);
  } else if (fact->pinned > 0) {
    osp_judge_reason(verdict, OSP_CODE_CLIENT_DISABLED,
                     "a default client of this library does not offer %s (%s), "
                     "although a client pinned to %s completes the handshake: "
                     "the library was built with its default %s client "
                     "switched off (a flag such as -DOPENSSL_NO_TLS1_%c_CLIENT)",
                     name, outcome, name, name, tls == 13 ? '3' : '2');
  } else if (fact->unconfigured > 0) {
    osp_judge_reason(verdict, OSP_CODE_CONFIGURATION,
                     "a %s handshake in memory failed under %s%s: %s; with "
                     "that configuration's settings undone it completes",
                     name, config, level, outcome);
  } else if (fact->protocol[0] != '\0') {
    osp_judge_reason(verdict, OSP_CODE_HANDSHAKE_FAILED,
                     "a %s handshake in memory failed: the server allowed only "
                     "%s and the client negotiated %s",
                     name, name, fact->protocol);
  } else {
    osp_judge_reason(verdict, OSP_CODE_HANDSHAKE_FAILED,
                     "a %s handshake in memory failed: %s", name, fact->error);
  }
}

static inline void osp_judge_tls(osp_verdict *verdict, const osp_facts *facts,
                                 const osp_tls_fact *fact, int tls,
                                 int own_protocol_range)
{
  const char *name = osp_judge_tls_name(tls);
  if (!fact->compiled) {
    osp_judge_reason(verdict,
                     fact->disabled ? OSP_CODE_TLS_DISABLED
                                    : OSP_CODE_TLS_UNSUPPORTED,
                     "%s is not available: %s", name, fact->compiled_note);
    return;
  }
  if (!facts->have_library)
    return; /* judged from headers only; the caller says so */
  if (fact->handshake == 0)
    osp_judge_default_client(verdict, facts, fact, tls, own_protocol_range);
  else if (fact->handshake < 0)
    osp_judge_reason(verdict, OSP_CODE_NO_HANDSHAKE,
                     "no %s handshake could be attempted", name);
}

/* Whether flavor is one FLAVORS allows; a reason if not. */
static inline int osp_judge_flavor_allowed(osp_verdict *verdict,
                                           const char *flavor,
                                           const char *version,
                                           const osp_policy *policy)
{
  const char *at;
  size_t n = strlen(flavor);
  if (policy->flavors == OSP_NULL || policy->flavors[0] == '\0')
    return 1;
  for (at = strstr(policy->flavors, flavor); at != OSP_NULL;
       at = strstr(at + 1, flavor))
    if ((at == policy->flavors || at[-1] == ',') &&
        (at[n] == '\0' || at[n] == ','))
      return 1;
  osp_judge_reason(verdict, OSP_CODE_FLAVOR_EXCLUDED,
                   "found %s%s%s, but FLAVORS allows only %s", flavor,
                   version[0] ? " " : "", version, policy->flavors);
  return 0;
}

/* The version against the minimum in the flavor's terms: MIN_VERSION for
 * OpenSSL, the fork's own floor for a fork.  A fork meets a raised
 * MIN_VERSION only through a floor of its own: OpenSSL's release numbers
 * say nothing about what a fork's release can do. */
static inline void osp_judge_version(osp_verdict *verdict, const char *flavor,
                                     const char *version, long api,
                                     const osp_policy *policy)
{
  const int openssl = strcmp(flavor, OSP_FLAVOR_OPENSSL) == 0;
  const int boringssl = strcmp(flavor, OSP_FLAVOR_BORINGSSL) == 0;
  const char *floor = policy->min_version;
  const char *option = "";
  osp_version minimum;
  osp_version baseline;
  osp_version found;
  int has_floor = 1;
  if (!osp_version_parse(policy->min_version, &minimum)) {
    osp_judge_reason(verdict, OSP_CODE_MIN_INVALID,
                     "the minimum version \"%s\" is not a version",
                     policy->min_version);
    return;
  }
  if (boringssl) {
    option = "MIN_BORINGSSL_API";
    has_floor = policy->min_boringssl_api >= 0;
  } else if (!openssl) {
    const int libressl = strcmp(flavor, OSP_FLAVOR_LIBRESSL) == 0;
    option = libressl ? "MIN_LIBRESSL_VERSION" : "MIN_AWSLC_VERSION";
    floor = libressl ? policy->min_libressl : policy->min_awslc;
    has_floor = floor != OSP_NULL && floor[0] != '\0';
  }
  if (!has_floor) {
    /* A fork without a floor of its own passes on capability, unless the
     * caller raised MIN_VERSION: then it must not pass unseen. */
    osp_version_parse(osp_options[OSP_OPTION_MIN_VERSION].default_value, &baseline);
    if (osp_version_compare(&minimum, &baseline) > 0)
      osp_judge_reason(verdict, OSP_CODE_FORK_FLOOR,
                       "found %s%s%s, but MIN_VERSION %s counts OpenSSL's "
                       "releases, not %s's: accept %s with a floor of its own "
                       "(%s), or exclude it with FLAVORS",
                       flavor, version[0] ? " " : "", version,
                       policy->min_version, flavor, flavor, option);
  } else if (boringssl) {
    /* No releases: its floor is the API version. */
    if (api < 0)
      osp_judge_reason(verdict, OSP_CODE_VERSION_UNREADABLE,
                       "cannot read the API version of BoringSSL, and %s is "
                       "%ld", option, policy->min_boringssl_api);
    else if (api < policy->min_boringssl_api)
      osp_judge_reason(verdict, OSP_CODE_TOO_OLD,
                       "found BoringSSL API %ld, need API %ld or newer (%s)",
                       api, policy->min_boringssl_api, option);
  } else if (!osp_version_parse(floor, &minimum)) {
    osp_judge_reason(verdict, OSP_CODE_MIN_INVALID,
                     "the minimum version \"%s\" (%s) is not a version", floor,
                     option);
  } else if (!osp_version_parse(version, &found)) {
    osp_judge_reason(verdict, OSP_CODE_VERSION_UNREADABLE,
                     "cannot read the version of %s from \"%s\"", flavor,
                     version);
  } else if (osp_version_compare(&found, &minimum) < 0) {
    osp_judge_reason(verdict, OSP_CODE_TOO_OLD,
                     "found %s %s, need %s or newer%s%s%s", flavor, version,
                     floor, openssl ? "" : " (", option, openssl ? "" : ")");
  }
}

/* REQUIRE_SUPPORTED: a release in a known vulnerability's range, or on a
 * branch past its end of upstream support, fails (for each, its reason). */
static inline void osp_judge_support(osp_verdict *verdict, const char *flavor,
                                     const char *version,
                                     const osp_support_fact *support)
{
  int i;
  if (support->vulnerability_count > 0) {
    char list[OSP_PATH_MAX];
    size_t used = 0;
    list[0] = '\0';
    for (i = 0; i < support->vulnerability_count && used < sizeof list; ++i) {
      const osp_vulnerability *v = &support->vulnerabilities[i];
      int n = snprintf(list + used, sizeof list - used, "%s%s (%s, fixed in %s)",
                       i ? ", " : "", v->id, v->severity, v->fixed_in);
      if (n > 0)
        used += OSP_CAST(size_t, n);
    }
    if (support->vulnerabilities_more > 0 && used < sizeof list)
      snprintf(list + used, sizeof list - used, " and %d more",
               support->vulnerabilities_more);
    osp_judge_reason(verdict, OSP_CODE_KNOWN_VULNERABLE,
                     "%s %s is affected by %s (REQUIRE_SUPPORTED)", flavor, version,
                     list);
  }
  if (support->ended)
    osp_judge_reason(verdict, OSP_CODE_END_OF_LIFE,
                     "%s %s: its branch %s left upstream support on %s "
                     "(REQUIRE_SUPPORTED)",
                     flavor, version, support->branch, support->ends);
}

/* REQUIRE_FIPS: FIPS must be in force for a default program (the
 * handshake, judged apart, then ran under it).  If it is not, the first
 * part missing (osp_fips_gap): the module, its fipsinstall data, its
 * self-test, then the configuration that loads it and makes fips=yes the
 * default. */
static inline void osp_judge_fips(osp_verdict *verdict, const osp_facts *facts,
                                  const char *flavor, const char *version)
{
  const osp_fips_fact *fips = &facts->fips;
  char config[OSP_PATH_MAX + 64];
  osp_judge_config_name(&facts->config, config, sizeof config);
  switch (osp_fips_gap(facts)) {
  case OSP_FIPS_IN_FORCE:
    break;
  case OSP_FIPS_NOT_FIPS_BUILD:
    osp_judge_reason(verdict, OSP_CODE_FIPS_UNAVAILABLE,
                     "%s %s is not a FIPS build: FIPS_mode() is 0 (REQUIRE_FIPS)",
                     flavor, version);
    break;
  case OSP_FIPS_NOT_EXAMINED:
    osp_judge_reason(verdict, OSP_CODE_FIPS_NOT_EXAMINED,
                     "FIPS is required (REQUIRE_FIPS) but these facts of %s %s do not "
                     "say whether it is in force: they list no providers",
                     flavor, version);
    break;
  case OSP_FIPS_NO_PROVIDERS:
    osp_judge_reason(verdict, OSP_CODE_FIPS_UNAVAILABLE,
                     "%s %s has no FIPS provider: that takes OpenSSL 3.0 or later, "
                     "built with enable-fips (REQUIRE_FIPS)",
                     flavor, version);
    break;
  case OSP_FIPS_NO_MODULE:
    osp_judge_reason(verdict, OSP_CODE_FIPS_UNAVAILABLE,
                     "%s %s has no FIPS provider: there is no %s (the modules "
                     "folder of a build with enable-fips) (REQUIRE_FIPS)",
                     flavor, version, fips->module);
    break;
  case OSP_FIPS_NOT_LOADABLE:
    osp_judge_reason(verdict, OSP_CODE_FIPS_UNAVAILABLE,
                     "the FIPS provider %s cannot be loaded: %s (REQUIRE_FIPS)",
                     fips->module, fips->error);
    break;
  case OSP_FIPS_NO_DATA:
    osp_judge_reason(verdict, OSP_CODE_FIPS_NOT_INSTALLED,
                     "the FIPS provider %s finds no data of openssl fipsinstall "
                     "in %s, so it does not load: %s (REQUIRE_FIPS)",
                     fips->module, config, fips->error);
    break;
  case OSP_FIPS_SELF_TEST:
    osp_judge_reason(verdict, OSP_CODE_FIPS_SELF_TEST,
                     "the FIPS provider %s fails its self-test: %s (REQUIRE_FIPS)",
                     fips->module, fips->error[0] ? fips->error : "it reports an error state");
    break;
  case OSP_FIPS_NOT_LOADED:
    osp_judge_reason(verdict, OSP_CODE_FIPS_NOT_ENABLED,
                     "%s does not load the FIPS provider %s, which loads and passes "
                     "its self-test when asked (REQUIRE_FIPS)",
                     config, fips->module);
    break;
  default: /* OSP_FIPS_NOT_DEFAULT */
    osp_judge_reason(verdict, OSP_CODE_FIPS_NOT_ENABLED,
                     "%s loads the FIPS provider but does not make fips=yes the "
                     "default property, so a program may get algorithms from "
                     "other providers (REQUIRE_FIPS)",
                     config);
    break;
  }
}

/* MIN_SECURITY_LEVEL: the security level of a default client, which the
 * run-time configuration sets (CipherString = DEFAULT@SECLEVEL=n) over
 * the library's built-in default.  Libraries without security levels
 * (before OpenSSL 1.1.0, LibreSSL, BoringSSL) cannot meet it. */
static inline void osp_judge_security_level(osp_verdict *verdict, const osp_facts *facts,
                                            const char *flavor, const char *version,
                                            int minimum)
{
  char config[OSP_PATH_MAX + 64];
  const int level = facts->config.security_level;
  if (level < 0) {
    osp_judge_reason(verdict, OSP_CODE_NO_SECURITY_LEVELS,
                     "%s%s%s has no security levels (OpenSSL 1.1.0 brought them), "
                     "so it cannot meet MIN_SECURITY_LEVEL %d",
                     flavor, version[0] ? " " : "", version, minimum);
  } else if (level < minimum) {
    if (facts->config.exists > 0)
      osp_judge_config_name(&facts->config, config, sizeof config);
    else
      snprintf(config, sizeof config, "the library's built-in default (no "
               "configuration file is loaded)");
    osp_judge_reason(verdict, OSP_CODE_SECURITY_LEVEL,
                     "a default client of this library runs at security level "
                     "%d under %s, below MIN_SECURITY_LEVEL %d",
                     level, config, minimum);
  }
}

/* Judges facts against policy. */
static inline void osp_judge(const osp_facts *facts, const osp_policy *policy,
                             osp_verdict *verdict)
{
  const char *version;
  const char *flavor;

  memset(verdict, 0, sizeof *verdict);
  verdict->pass = 1;

  /* The library that runs decides; the headers stand in without one. */
  flavor = facts->have_library ? facts->library_flavor : facts->flavor;
  version = facts->have_library ? facts->library_version : facts->header_version;

  if (facts->have_library) {
    /* The file that loaded first: a wrong one explains what follows. */
    if (!policy->crypto_only)
      osp_judge_loaded(verdict, "libssl", policy->expect_ssl, facts->ssl_path,
                       facts->ssl_found_by);
    osp_judge_loaded(verdict, "libcrypto", policy->expect_crypto, facts->crypto_path,
                     facts->crypto_found_by);
    if (strcmp(facts->flavor, facts->library_flavor) != 0 ||
        (policy->headers_must_match &&
         strcmp(facts->header_version, facts->library_version) != 0))
      osp_judge_reason(
        verdict, OSP_CODE_MISMATCH,
        "the headers are %s %s (%s) but the library that loaded is %s %s (%s): "
        "headers and library come from different installs",
        facts->flavor, facts->header_version,
        policy->include_dir ? policy->include_dir : "as compiled",
        facts->library_flavor, facts->library_version, facts->ssl_path);
  }

  if (osp_judge_flavor_allowed(verdict, flavor, version, policy))
    osp_judge_version(verdict, flavor, version, facts->api_version, policy);

  /* FIPS, where it is required and the library ran: first, because a
   * FIPS setup that fails also fails the handshake under it. */
  if (policy->require_fips && facts->have_library)
    osp_judge_fips(verdict, facts, flavor, version);

  /* The protocol asked for is the one the client needs: a TLS 1.3 client
   * does not need TLS 1.2. */
  verdict->tls = policy->tls_min >= 13 ? 13 : 12;
  if (policy->crypto_only) {
    /* libcrypto alone was asked for: no TLS claim is made. */
  } else if (verdict->tls == 13)
    osp_judge_tls(verdict, facts, &facts->tls1_3, 13, policy->own_protocol_range);
  else
    osp_judge_tls(verdict, facts, &facts->tls1_2, 12, policy->own_protocol_range);

  if (policy->min_security_level > 0 && facts->have_library && !policy->crypto_only)
    osp_judge_security_level(verdict, facts, flavor, version,
                             policy->min_security_level);

  /* Upstream support, where it is required and known (osp_support.h). */
  if (policy->require_supported)
    osp_judge_support(verdict, flavor, version, &facts->support);
}

#endif
