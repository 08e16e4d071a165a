/* The configure-time probe: establishes the facts about one OpenSSL install
 * and prints them, with the verdict, as JSON on stdout.
 *
 *   openssl_probe [--<option> VALUE]... [--include-dir DIR]
 *                 [--expect-ssl FILE] [--expect-crypto FILE]
 *                 [--support-table FILE]
 *                 [--program FILE [--program-libdir DIR]]
 *
 * The options are the requirements of osp_options.h (a FLAG as 1 or 0).
 *
 * Each fact has its own header beside this file; they are compiled into one
 * program because a compile-link-run costs far more than the facts do.
 * This file does not include OpenSSL's headers: openssl_probe_facts.c,
 * built beside it, gathers the facts (openssl_probe.h).  Built with
 * OSP_HEADERS_ONLY it needs no library: the fallback that still reports
 * the header version when the full probe cannot be linked.
 *
 * Exit status 0 means the report was written, whatever the verdict.
 * Builds as C99 and as C++14 or later. */
#if !defined(_WIN32) && !defined(_GNU_SOURCE)
#  define _GNU_SOURCE 1 /* posix_spawn, clock_gettime */
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "openssl_probe.h"
#include "osp_judge.h"
#include "osp_json.h"
#include "osp_options.h"
#include "osp_support.h"
#if !defined(OSP_HEADERS_ONLY)
#  include "osp_program.h"
#endif

static int osp_probe_usage(const char *what)
{
  fprintf(stderr, "openssl_probe: %s\n", what);
  return 2;
}

/* Reads the support table <path> into <table>; returns 0 if it cannot,
 * or if it does not fit. */
static int osp_probe_read_table(const char *path, char *table, size_t size)
{
  size_t n;
  FILE *in = fopen(path, "rb");
  if (in == OSP_NULL)
    return 0;
  n = fread(table, 1, size - 1, in);
  table[n] = '\0';
  /* A table that does not fit would lose its newest rows: refuse it. */
  if (n == size - 1 && fgetc(in) != EOF) {
    fclose(in);
    return 0;
  }
  fclose(in);
  return 1;
}

int main(int argc, char **argv)
{
  static osp_facts facts;
  static osp_verdict verdict;
  static char table[65536];
  const char *table_path = OSP_NULL;
  const char *program = OSP_NULL;
  const char *program_libdir = OSP_NULL;
  osp_policy policy;
  int i;

  osp_policy_defaults(&policy);
  /* Options come in pairs: a name and its value; the requirements are
   * those of osp_options.h, checked as their kinds are. */
  if ((argc - 1) % 2 != 0)
    return osp_probe_usage("an option lacks its value");
  for (i = 1; i + 1 < argc; i += 2) {
    const char *value = argv[i + 1];
    const int id = osp_option_find(argv[i]);
    if (id >= 0) {
      if (!osp_option_set(&policy, id, value))
        return osp_probe_usage(osp_options[id].form);
    } else if (strcmp(argv[i], "--include-dir") == 0)
      policy.include_dir = value;
    else if (strcmp(argv[i], "--expect-ssl") == 0)
      policy.expect_ssl = value;
    else if (strcmp(argv[i], "--expect-crypto") == 0)
      policy.expect_crypto = value;
    else if (strcmp(argv[i], "--components") == 0)
      policy.crypto_only = strcmp(value, "Crypto") == 0;
    else if (strcmp(argv[i], "--support-table") == 0)
      table_path = value;
    else if (strcmp(argv[i], "--program") == 0)
      program = value;
    else if (strcmp(argv[i], "--program-libdir") == 0)
      program_libdir = value;
    else
      return osp_probe_usage("unknown option");
  }

  /* argc is at least 1 here, and every info string is longer. */
  if (osp_probe_keep_header_info(argc > 0 ? 0 : 1) == 0)
    return 3;
#if defined(OSP_HEADERS_ONLY)
  (void)program;
  (void)program_libdir;
  osp_probe_gather(&facts, &policy);
#else
  {
    /* The install's openssl program runs while the facts are gathered. */
    osp_program_run run;
    run.pid = -1;
    if (program != OSP_NULL)
      osp_program_start(&run, &facts.program, program, program_libdir);
    osp_probe_gather(&facts, &policy);
    osp_program_finish(&run, &facts.program, &facts);
  }
#endif
  if (table_path != OSP_NULL && !osp_probe_read_table(table_path, table, sizeof table))
    return osp_probe_usage("cannot read the support table");
  osp_support_assess(&facts.support, table_path != OSP_NULL ? table : OSP_NULL,
                     facts.have_library ? facts.library_flavor : facts.flavor,
                     facts.have_library ? facts.library_version : facts.header_version,
                     policy.today != OSP_NULL ? policy.today : "");
  osp_judge(&facts, &policy, &verdict);
  osp_json_write(stdout, &facts, &verdict);
  return fflush(stdout) == 0 ? 0 : 1;
}
