// Gathering the facts, the one part of the command that needs OpenSSL.
#pragma once

#include "osp_facts.h"

namespace osp {

// The facts about the OpenSSL this process runs with, gathered as <policy>
// asks (osp_gather); upstream support is judged on its day (none: the
// current date, UTC) from the support table the command embeds.
osp_facts gather_facts(const osp_policy& policy);

// Judges the upstream support of the library in <facts> on <policy>'s day
// (none: the current date, UTC), from the support table the command
// embeds.
void assess_support(osp_facts& facts, const osp_policy& policy);

}  // namespace osp
