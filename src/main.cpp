// openssl-probe: reports whether the OpenSSL this machine loads can serve a
// TLS 1.2 client, with the same facts and verdict as the CMake module.
#include <iostream>
#include <string>
#include <vector>

#include "guidance.hpp"
#include "report.hpp"

#ifndef OPENSSL_PROBE_VERSION
#  define OPENSSL_PROBE_VERSION "unknown"
#endif

int main(int argc, char** argv)
{
  std::string error;
  auto options =
    osp::parse_options(std::vector<std::string>(argv + 1, argv + argc), error);
  if (!options) {
    std::cerr << "openssl-probe: " << error << "\n\n" << osp::usage();
    return 2;
  }
  if (options->help) {
    std::cout << osp::usage();
    return 0;
  }
  if (options->version) {
    std::cout << "openssl-probe " OPENSSL_PROBE_VERSION "\n";
    return 0;
  }
  const osp_facts facts = osp::gather_facts(options->tls);
  const osp_verdict verdict = osp::judge(facts, *options);
  if (options->json) {
    std::cout << osp::to_json(facts, verdict);
  } else {
    osp::Upgrade upgrade;
    if (!verdict.pass)
      upgrade = osp::upgrade_for(osp::this_platform());
    std::cout << osp::to_text(facts, verdict, *options, upgrade.label,
                              upgrade.command);
  }
  return verdict.pass ? 0 : 1;
}
