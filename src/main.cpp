// openssl-probe: reports whether the OpenSSL this machine loads can serve a
// TLS 1.2 client, with the same facts and verdict as the CMake module.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "facts.hpp"
#include "guidance.hpp"
#include "options.hpp"
#include "program.hpp"
#include "report.hpp"
#include "ruby.hpp"
#include "scan.hpp"

#ifndef OPENSSL_PROBE_VERSION
#  define OPENSSL_PROBE_VERSION "unknown"
#endif

namespace {

// --ruby: the same facts, verdict and guidance for the OpenSSL a Ruby uses.
int check_ruby(const osp::Options& options)
{
  const osp_policy policy = options.policy();
  const osp::RubyReport report = osp::probe_ruby(*options.ruby, policy.tls_min);
  if (!report.error.empty()) {
    std::cerr << "openssl-probe: " << report.error << "\n";
    return 1;
  }
  osp_facts facts = report.facts;
  osp::assess_support(facts, policy);
  const osp_verdict verdict = osp::judge(facts, policy);
  const auto& f = report.fields;
  if (options.json) {
    std::cout << "{\"ruby\": " << osp::json_quote(f.at("ruby"))
              << ", \"ruby_path\": " << osp::json_quote(f.at("ruby_path"))
              << ", \"with_openssl_dir\": "
              << osp::json_quote(f.count("with_openssl_dir") ? f.at("with_openssl_dir") : "")
              << ",\n\"openssl\": " << osp::to_json(facts, verdict) << "}\n";
  } else {
    std::cout << f.at("ruby") << " (" << f.at("ruby_path") << ") uses\n";
    osp::Upgrade upgrade;
    if (!verdict.pass)
      upgrade = osp::upgrade_for(osp::this_platform());
    // The ruby plan: rebuilding Ruby against another OpenSSL, where
    // another OpenSSL helps.
    std::cout << osp::to_text(facts, verdict, options, upgrade, nullptr, "ruby",
                              {{"ruby-rebuild", osp::ruby_guidance(report)}});
  }
  return verdict.pass ? 0 : 1;
}

// --scan: every install of the machine, judged; 0 if one passes.
int scan(const osp::Options& options)
{
  const auto started = std::chrono::steady_clock::now();
  const auto roots = osp::scan_roots(options.scan_roots);
  const auto results = osp::scan_order(osp::scan_judge(osp::scan_installs(roots, 12), options));
  const double seconds =
    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << (options.json ? osp::scan_json(results, seconds)
                             : osp::scan_text(results, roots, seconds));
  const bool any = std::any_of(results.begin(), results.end(),
                               [](const osp::ScanResult& r) { return r.verdict == "pass"; });
  return any ? 0 : 1;
}

}  // namespace

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
  if (options->ruby)
    return check_ruby(*options);
  if (options->scan)
    return scan(*options);
  // What the user's own "openssl version" says, next to the library: it
  // runs while the facts are gathered.
  const osp::ProgramRun run = osp::start_openssl_program();
  const osp_policy policy = options->policy();
  osp_facts facts = osp::gather_facts(policy);
  facts.program = osp::finish_openssl_program(run, facts);
  const osp_verdict verdict = osp::judge(facts, policy);
  if (options->json) {
    std::cout << osp::to_json(facts, verdict);
  } else {
    osp::Upgrade upgrade;
    if (!verdict.pass)
      upgrade = osp::upgrade_for(osp::this_platform());
    std::cout << osp::to_text(facts, verdict, *options, upgrade, &facts.program);
  }
  return verdict.pass ? 0 : 1;
}
