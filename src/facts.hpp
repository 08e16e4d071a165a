// Gathering the facts, the one part of the command that needs OpenSSL.
#pragma once

#include <string>

#include "osp_facts.h"

namespace osp {

// The facts about the OpenSSL this process runs with; the handshake is
// run for the protocol the client needs (12 or 13), the FIPS provider's
// self-test when FIPS is required, and upstream support
// is judged on <today> (YYYY-MM-DD; empty: the current date, UTC) from
// the support table the command embeds.
osp_facts gather_facts(int tls, bool require_fips, const std::string& today);

}  // namespace osp
