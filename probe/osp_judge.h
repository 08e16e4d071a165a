/* The verdict: pass only if the version is new enough in the flavor's own
 * numbering, the TLS version asked for is compiled in and really
 * completes a handshake, and headers and library belong together.
 * Pure functions over osp_facts; builds as C99 and as C++14 or later. */
#ifndef OSP_JUDGE_H
#define OSP_JUDGE_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "osp_facts.h"
#include "osp_version.h"

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static inline void osp_judge_reason(osp_verdict *verdict, const char *format,
                                    ...)
{
  va_list args;
  verdict->pass = 0;
  if (verdict->count >= OSP_REASONS_MAX)
    return;
  va_start(args, format);
  vsnprintf(verdict->reasons[verdict->count],
            sizeof verdict->reasons[verdict->count], format, args);
  va_end(args);
  ++verdict->count;
}

static inline const char *osp_judge_tls_name(int tls)
{
  return tls == 13 ? "TLS 1.3" : "TLS 1.2";
}

/* A file that did load must be the file that was chosen.  Both paths have
 * their links resolved by the caller. */
static inline void osp_judge_loaded(osp_verdict *verdict, const char *name,
                                    const char *expected, const char *loaded)
{
  const char *override_path;
  if (expected == NULL || expected[0] == '\0' || strcmp(expected, loaded) == 0)
    return;
  override_path = getenv("LD_LIBRARY_PATH");
  if (override_path != NULL && override_path[0] != '\0')
    osp_judge_reason(verdict,
                     "%s loaded from %s, not from the chosen %s "
                     "(LD_LIBRARY_PATH=%s takes precedence over the run path)",
                     name, loaded[0] ? loaded : "an unknown file", expected,
                     override_path);
  else
    osp_judge_reason(verdict, "%s loaded from %s, not from the chosen %s", name,
                     loaded[0] ? loaded : "an unknown file", expected);
}

static inline void osp_judge_tls(osp_verdict *verdict, const osp_facts *facts,
                                 const osp_tls_fact *fact, int tls)
{
  const char *name = osp_judge_tls_name(tls);
  if (!fact->compiled) {
    osp_judge_reason(verdict, "%s is not available: %s", name,
                     fact->compiled_note);
    return;
  }
  if (!facts->have_library)
    return; /* judged from headers only; the caller says so */
  if (fact->handshake == 0)
    osp_judge_reason(verdict, "a %s handshake in memory failed: %s", name,
                     fact->error);
  else if (fact->handshake < 0)
    osp_judge_reason(verdict, "no %s handshake could be attempted", name);
}

/* Judges facts against policy. */
static inline void osp_judge(const osp_facts *facts, const osp_policy *policy,
                             osp_verdict *verdict)
{
  osp_version minimum;
  osp_version found;
  const char *version;
  const char *flavor;

  memset(verdict, 0, sizeof *verdict);
  verdict->pass = 1;

  /* The library that runs decides; the headers stand in without one. */
  flavor = facts->have_library ? facts->library_flavor : facts->flavor;
  version = facts->have_library ? facts->library_version : facts->header_version;

  if (facts->have_library) {
    /* The file that loaded first: a wrong one explains what follows. */
    osp_judge_loaded(verdict, "libssl", policy->expect_ssl, facts->ssl_path);
    osp_judge_loaded(verdict, "libcrypto", policy->expect_crypto,
                     facts->crypto_path);
    if (strcmp(facts->flavor, facts->library_flavor) != 0 ||
        (policy->headers_must_match &&
         strcmp(facts->header_version, facts->library_version) != 0))
      osp_judge_reason(
        verdict,
        "the headers are %s %s (%s) but the library that loaded is %s %s (%s): "
        "headers and library come from different installs",
        facts->flavor, facts->header_version,
        policy->include_dir ? policy->include_dir : "as compiled",
        facts->library_flavor, facts->library_version, facts->ssl_path);
  }

  if (!osp_version_parse(policy->min_version, &minimum)) {
    osp_judge_reason(verdict, "the minimum version \"%s\" is not a version",
                     policy->min_version);
  } else if (strcmp(flavor, OSP_FLAVOR_BORINGSSL) == 0) {
    /* No releases, hence no minimum: the TLS checks below decide. */
  } else if (!osp_version_parse(version, &found)) {
    osp_judge_reason(verdict, "cannot read the version of %s from \"%s\"",
                     flavor, version);
  } else if (osp_version_compare(&found, &minimum) < 0) {
    osp_judge_reason(verdict, "found %s %s, need %s or newer", flavor, version,
                     policy->min_version);
  }

  /* The protocol asked for is the one the client needs: a TLS 1.3 client
   * does not need TLS 1.2. */
  if (policy->tls_min >= 13)
    osp_judge_tls(verdict, facts, &facts->tls1_3, 13);
  else
    osp_judge_tls(verdict, facts, &facts->tls1_2, 12);
}

#endif
