// The command-line report: the probe's facts about the library this
// program loaded, judged and written as text or JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "osp_facts.h"

namespace osp {

struct Options {
  std::string min_version = "1.0.1";
  int tls = 12;  // 12 or 13
  bool json = false;
  bool help = false;
  bool version = false;
  std::optional<std::string> ruby;  // check this Ruby's OpenSSL instead
};

// Parses the command line; on a usage error returns nothing and sets error.
std::optional<Options> parse_options(const std::vector<std::string>& args,
                                     std::string& error);

std::string usage();

// The facts about the OpenSSL this process runs with; the handshake is
// run for the protocol the client needs (12 or 13).
osp_facts gather_facts(int tls);

// Judges facts: the run-time library is what counts here, so headers from
// another patch release of the same flavor are reported, not failed.
osp_verdict judge(const osp_facts& facts, const Options& options);

std::string to_json(const osp_facts& facts, const osp_verdict& verdict);
std::string json_quote(const std::string& text);
std::string to_text(const osp_facts& facts, const osp_verdict& verdict,
                    const Options& options, const std::string& upgrade_label,
                    const std::string& upgrade_command);

}  // namespace osp
