/* The probe's half that includes OpenSSL's headers: the facts about the
 * install it is built against (see openssl_probe.h).  Built with
 * OSP_HEADERS_ONLY it needs no library and gives the headers' facts.
 * Builds as C99 and as C++14 or later. */
#if !defined(_WIN32) && !defined(_GNU_SOURCE)
#  define _GNU_SOURCE 1 /* dladdr, realpath */
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "openssl_probe.h"
#include "osp_header.h"
#if !defined(OSP_HEADERS_ONLY)
#  include "osp_gather.h"
#endif

int osp_probe_keep_header_info(int index)
{
  return osp_header_info_keep(index);
}

void osp_probe_gather(osp_facts *facts, const osp_policy *policy)
{
#if defined(OSP_HEADERS_ONLY)
  (void)policy;
  osp_header_facts(facts);
#else
  osp_gather(facts, policy);
#endif
}
