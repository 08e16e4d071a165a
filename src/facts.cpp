// The probe's fact gathering, compiled into the command-line tool: the same
// code that runs at configure time, here against the library this process
// loaded.
#include "report.hpp"

#include "osp_handshake.h"
#include "osp_library.h"
#include "osp_trust.h"

namespace osp {

osp_facts gather_facts(int tls)
{
  osp_facts facts{};
  osp_header_facts(&facts);
  osp_library_facts(&facts);
  osp_trust_facts(&facts);
  osp_handshake_facts(&facts, tls);
  return facts;
}

}  // namespace osp
