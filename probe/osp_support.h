/* Whether a release is still supported upstream, and whether it lies in
 * the affected range of a known high or critical vulnerability: the
 * release table osp_support.tsv (its one home: the probe reads the file,
 * the command embeds it), judged against a date, so the answer ages.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_SUPPORT_H
#define OSP_SUPPORT_H

#include <stdio.h>
#include <string.h>

#include "osp_facts.h"
#include "osp_version.h"

#define OSP_SUPPORT_FIELDS 10

/* Reads the next row of <*text> into <buffer> and points <field> at its
 * tab-separated fields; skips comments and blank lines.  Returns the
 * number of fields, 0 at the end. */
static inline int osp_support_row(const char **text, char *buffer, size_t size,
                                  const char **field)
{
  while (**text != '\0') {
    const char *end = strchr(*text, '\n');
    size_t n = end != OSP_NULL ? OSP_CAST(size_t, end - *text) : strlen(*text);
    int count = 0;
    char *p;
    if (n >= size)
      n = size - 1;
    memcpy(buffer, *text, n);
    buffer[n] = '\0';
    *text = end != OSP_NULL ? end + 1 : *text + strlen(*text);
    if (buffer[0] == '#' || buffer[0] == '\0')
      continue;
    for (p = buffer; count < OSP_SUPPORT_FIELDS;) {
      field[count++] = p;
      p = strchr(p, '\t');
      if (p == OSP_NULL)
        break;
      *p++ = '\0';
    }
    return count;
  }
  return 0;
}

/* The branch a release belongs to, as the table names branches: "3.0"
 * for OpenSSL 3.0.19, "1.1.1" for 1.1.1w, "3.9" for LibreSSL 3.9.2. */
static inline void osp_support_branch(const char *flavor, const osp_version *v,
                                      char *out, size_t size)
{
  if (strcmp(flavor, OSP_FLAVOR_OPENSSL) == 0 && v->part[0] < 3)
    snprintf(out, size, "%u.%u.%u", v->part[0], v->part[1], v->part[2]);
  else
    snprintf(out, size, "%u.%u", v->part[0], v->part[1]);
}

/* Fills <out> for <flavor> <version> from <table> on <today> (YYYY-MM-DD;
 * empty: whatever the day): known-vulnerable where a vuln row published by
 * then holds the release in its range, else
 * end-of-life where its branch's support ended before today, supported
 * where it did not, unknown where the table has no row for the branch
 * (BoringSSL has no releases at all). */
static inline void osp_support_assess(osp_support_fact *out, const char *table,
                                      const char *flavor, const char *version,
                                      const char *today)
{
  char row[512];
  const char *field[OSP_SUPPORT_FIELDS];
  const char *text = table != OSP_NULL ? table : "";
  osp_version v, first, last, best_lts, best;
  int n;
  memset(out, 0, sizeof *out);
  snprintf(out->status, sizeof out->status, "%s", "unknown");
  snprintf(out->today, sizeof out->today, "%s", today != OSP_NULL ? today : "");
  if (table == OSP_NULL || !osp_version_parse(version, &v))
    return;
  osp_support_branch(flavor, &v, out->branch, sizeof out->branch);
  memset(&best_lts, 0, sizeof best_lts);
  memset(&best, 0, sizeof best);
  while ((n = osp_support_row(&text, row, sizeof row, field)) > 0) {
    if (n < 6 || strcmp(field[1], flavor) != 0)
      continue;
    if (strcmp(field[0], "branch") == 0) {
      /* branch <flavor> <branch> <released> <ends> <lts|-> */
      if (strcmp(field[2], out->branch) == 0)
        snprintf(out->ends, sizeof out->ends, "%s", field[4]);
      /* What to move to: the branches out and still supported today. */
      if (strcmp(field[3], out->today) <= 0 && strcmp(field[4], out->today) >= 0 &&
          osp_version_parse(field[2], &first)) {
        if (osp_version_compare(&first, &best) > 0) {
          best = first;
          snprintf(out->newest, sizeof out->newest, "%s", field[2]);
        }
        if (strcmp(field[5], "lts") == 0 && osp_version_compare(&first, &best_lts) > 0) {
          best_lts = first;
          snprintf(out->lts, sizeof out->lts, "%s", field[2]);
        }
      }
    } else if (strcmp(field[0], "vuln") == 0 && n >= 9 &&
               (out->today[0] == '\0' || strcmp(field[4], out->today) <= 0) &&
               osp_version_parse(field[5], &first) && osp_version_parse(field[6], &last) &&
               osp_version_compare(&v, &first) >= 0 && osp_version_compare(&v, &last) <= 0) {
      /* vuln <flavor> <id> <severity> <published> <first> <last> <fixed> <name> */
      osp_vulnerability *hit;
      if (out->vulnerability_count >= OSP_VULNS_MAX) {
        ++out->vulnerabilities_more;
        continue;
      }
      hit = &out->vulnerabilities[out->vulnerability_count++];
      snprintf(hit->id, sizeof hit->id, "%s", field[2]);
      snprintf(hit->severity, sizeof hit->severity, "%s", field[3]);
      snprintf(hit->fixed_in, sizeof hit->fixed_in, "%s", field[7]);
      snprintf(hit->name, sizeof hit->name, "%s", field[8]);
    }
  }
  out->ended = out->ends[0] != '\0' && strcmp(out->ends, out->today) < 0;
  if (out->vulnerability_count > 0)
    snprintf(out->status, sizeof out->status, "%s", "known-vulnerable");
  else if (out->ends[0] != '\0')
    snprintf(out->status, sizeof out->status, "%s",
             out->ended ? "end-of-life" : "supported");
}

#endif
