/* The probe's two halves.  openssl_probe_facts.c is the only one that
 * includes OpenSSL's headers: it gathers the facts.  openssl_probe.c
 * reads the options, judges and writes the report.  They are two
 * translation units so that a build tool compiles them side by side.
 * Builds as C99 and as C++14 or later. */
#ifndef OPENSSL_PROBE_H
#define OPENSSL_PROBE_H

#include "osp_facts.h"

/* Keeps the header facts in the binary, where a probe that cannot run is
 * read (osp_header.h); <index> is 0, known only at run time so that the
 * compiler keeps them.  Returns 0 if it cannot. */
int osp_probe_keep_header_info(int index);

/* Fills *facts as <policy> asks (osp_gather.h); built with
 * OSP_HEADERS_ONLY, the headers' facts alone. */
void osp_probe_gather(osp_facts *facts, const osp_policy *policy);

#endif
