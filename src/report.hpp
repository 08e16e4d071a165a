// The command's report: facts judged and written as text or JSON.
#pragma once

#include <map>
#include <string>

#include "guidance.hpp"
#include "options.hpp"
#include "osp_facts.h"

namespace osp {

// Judges facts: the run-time library is what counts here, so headers from
// another patch release of the same flavor are reported, not failed.
osp_verdict judge(const osp_facts& facts, const osp_policy& policy);

// Whether another OpenSSL cures any reason of <verdict> (guidance.tsv):
// only then is an upgrade, or rebuilding against one, advised.
bool upgrade_helps(const osp_verdict& verdict);

std::string to_json(const osp_facts& facts, const osp_verdict& verdict);
std::string json_quote(const std::string& text);
// The report as text; "What to do" follows the steps of <plan> (openssl,
// ruby: guidance.tsv), a step named in <rendered> given as it is there.
std::string to_text(const osp_facts& facts, const osp_verdict& verdict,
                    const Options& options, const Upgrade& upgrade,
                    const osp_program_fact* program = nullptr,
                    const std::string& plan = "openssl",
                    const std::map<std::string, std::string>& rendered = {});

}  // namespace osp
