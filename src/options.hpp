// The command line of openssl-probe.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

}  // namespace osp
