// The probe's fact gathering, compiled into the command-line tool: the same
// code that runs at configure time, here against the library this process
// loaded.
#include "facts.hpp"

#include <ctime>
#include <string>

#include "osp_gather.h"
#include "osp_support.h"
#include "support_table.hpp"

namespace osp {

osp_facts gather_facts(const osp_policy& policy)
{
  osp_facts facts{};
  osp_gather(&facts, &policy);
  assess_support(facts, policy);
  return facts;
}

void assess_support(osp_facts& facts, const osp_policy& policy)
{
  std::string date = policy.today != nullptr ? policy.today : "";
  if (date.empty()) {
    char text[16];
    const std::time_t now = std::time(nullptr);
    std::strftime(text, sizeof text, "%Y-%m-%d", std::gmtime(&now));
    date = text;
  }
  osp_support_assess(&facts.support, kSupportTable,
                     facts.have_library ? facts.library_flavor : facts.flavor,
                     facts.have_library ? facts.library_version : facts.header_version,
                     date.c_str());
}

}  // namespace osp
