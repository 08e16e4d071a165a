// The command line of openssl-probe: the requirements of probe/osp_options.h
// (each as --<flag>), and the command's own switches.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "osp_options.h"

namespace osp {

struct Options {
  // Each requirement as given, by its number in osp_options.h; the others
  // keep their defaults.
  std::array<std::optional<std::string>, OSP_OPTION_COUNT> given;
  bool json = false;
  bool help = false;
  bool version = false;
  std::optional<std::string> ruby;  // check this Ruby's OpenSSL instead
  bool scan = false;                // judge every install of the machine
  std::vector<std::string> scan_roots;  // where to look instead of places.tsv's

  // The requirements as the judge takes them; it points into this object.
  osp_policy policy() const;
};

// Parses the command line; on a usage error returns nothing and sets error.
std::optional<Options> parse_options(const std::vector<std::string>& args,
                                     std::string& error);

std::string usage();

}  // namespace osp
