// The command line of openssl-probe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "osp_facts.h"

namespace osp {

struct Options {
  std::string min_version = OSP_MIN_VERSION_DEFAULT;
  // Each fork's own floor, empty (or -1) for none, and the flavors allowed
  // (comma-separated, empty for any).
  std::string min_libressl_version;
  std::string min_awslc_version;
  long min_boringssl_api = -1;
  std::string flavors;
  bool own_protocol_range = false;  // the program pins its own protocols
  bool require_supported = false;   // end-of-life and known-vulnerable fail
  bool require_fips = false;        // FIPS must be in force
  std::string today;                // YYYY-MM-DD to judge support on; empty: now
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
