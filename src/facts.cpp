// The probe's fact gathering, compiled into the command-line tool: the same
// code that runs at configure time, here against the library this process
// loaded.
#include "facts.hpp"

#include "osp_gather.h"

namespace osp {

osp_facts gather_facts(int tls)
{
  osp_facts facts{};
  osp_gather(&facts, tls);
  return facts;
}

}  // namespace osp
