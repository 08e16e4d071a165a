// Gathering the facts, the one part of the command that needs OpenSSL.
#pragma once

#include "osp_facts.h"

namespace osp {

// The facts about the OpenSSL this process runs with; the handshake is
// run for the protocol the client needs (12 or 13).
osp_facts gather_facts(int tls);

}  // namespace osp
