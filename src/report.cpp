#include "report.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "guidance.hpp"
#include "osp_describe.h"
#include "osp_judge.h"
#include "osp_json.h"

namespace osp {

namespace {

// What <write> writes to a stream, as a string: the probe's writers take a
// FILE*.  Windows has no memory streams; a temporary file stands in.
template <class Write>
std::string written(Write write)
{
  std::string text;
#if defined(_WIN32)
  if (FILE* out = std::tmpfile()) {
    write(out);
    const long size = std::ftell(out);
    std::rewind(out);
    if (size > 0) {
      text.resize(static_cast<std::size_t>(size));
      text.resize(std::fread(&text[0], 1, text.size(), out));
    }
    std::fclose(out);
  }
#else
  char* buffer = nullptr;
  std::size_t size = 0;
  if (FILE* out = open_memstream(&buffer, &size)) {
    write(out);
    std::fclose(out);
    text.assign(buffer, size);
    std::free(buffer);
  }
#endif
  return text;
}

}  // namespace

osp_verdict judge(const osp_facts& facts, const osp_policy& policy)
{
  osp_verdict verdict;
  osp_judge(&facts, &policy, &verdict);
  return verdict;
}

std::string to_json(const osp_facts& facts, const osp_verdict& verdict)
{
  return written([&](FILE* out) { osp_json_write(out, &facts, &verdict); });
}

bool upgrade_helps(const osp_verdict& verdict)
{
  for (int i = 0; i < verdict.count; ++i)
    if (guidance_for_code(verdict.reasons[i].code, verdict.tls).upgrade_helps)
      return true;
  return false;
}

std::string json_quote(const std::string& text)
{
  return written([&](FILE* out) { osp_json_string(out, text.c_str()); });
}

namespace {

std::string describe_tls(const osp_tls_fact& fact)
{
  char text[OSP_TEXT_MAX + 160];
  osp_describe_tls(&fact, text, sizeof text);
  return text;
}

std::string describe_config(const osp_config_fact& config)
{
  char text[OSP_PATH_MAX + 128];
  osp_describe_config(&config, text, sizeof text);
  return text;
}

// A fact in words, as osp_describe.h gives it to the report too.
std::string describe(void (*describe_fact)(const osp_facts*, char*, std::size_t),
                     const osp_facts& facts)
{
  char text[2 * OSP_PATH_MAX];
  describe_fact(&facts, text, sizeof text);
  return text;
}

// Upstream support in one line, as the report has it, with the
// vulnerabilities that make it known-vulnerable.
std::string describe_support(const osp_facts& facts)
{
  const osp_support_fact& support = facts.support;
  std::string text = describe(osp_describe_support, facts);
  for (int i = 0; i < support.vulnerability_count; ++i)
    text += std::string(i ? ", " : "; affected by ") + support.vulnerabilities[i].id +
            " (" + support.vulnerabilities[i].name + ", fixed in " +
            support.vulnerabilities[i].fixed_in + ")";
  if (support.vulnerabilities_more > 0)
    text += " and " + std::to_string(support.vulnerabilities_more) + " more";
  return text;
}

// The requirements in one line: "1.0.1 or newer, LibreSSL 3.9 or newer,
// TLS 1.2", each in its words of osp_options.h.
std::string describe_required(const Options& options)
{
  const osp_policy policy = options.policy();
  std::string text = std::string(policy.min_version) + " or newer";
  for (std::size_t id = 0; id < options.given.size(); ++id) {
    std::string words = osp_options[id].required;
    const auto& value = options.given[id];
    if (words.empty() || !value || *value == "0")
      continue;
    if (const auto at = words.find("{}"); at != std::string::npos)
      words.replace(at, 2, *value);
    text += ", " + words;
  }
  return text + ", TLS " + (policy.tls_min == 13 ? "1.3" : "1.2");
}

std::string describe_version(const char* flavor, const char* version,
                             long api_version)
{
  std::string text = flavor;
  if (api_version >= 0)
    return text + " (API " + std::to_string(api_version) + ")";
  if (*version)
    text += std::string(" ") + version;
  return text;
}

}  // namespace

namespace {

// The requirements of <options> as the command's arguments, for --scan.
std::string scan_arguments(const Options& options)
{
  std::string args;
  for (int id = 0; id < OSP_OPTION_COUNT; ++id)
    if (const auto& value = options.given[static_cast<std::size_t>(id)]) {
      args += std::string(" --") + osp_options[id].flag;
      if (!osp_option_is_flag(id))
        args += " " + *value;
    }
  return args;
}

// "What to do": the steps of guidance.tsv, each whose condition holds
// (the command has no override: those never do).
std::string what_to_do(const osp_facts& facts, const osp_verdict& verdict,
                       const Options& options, const Upgrade& upgrade,
                       const std::string& plan,
                       const std::map<std::string, std::string>& rendered)
{
  std::vector<std::string> codes;
  bool searchable = false;
  for (int i = 0; i < verdict.count; ++i) {
    codes.push_back(verdict.reasons[i].code);
    searchable = searchable || guidance_for_code(codes.back(), verdict.tls).searched;
  }
  std::vector<std::string> when = {"always"};
  if (searchable)
    when.push_back("searchable");
  if (upgrade_helps(verdict))
    when.push_back("helps");
  std::ostringstream out;
  for (const auto& step : guidance_steps(plan)) {
    if (std::find(when.begin(), when.end(), step.second) == when.end())
      continue;
    if (rendered.count(step.first)) {
      out << rendered.at(step.first);
    } else if (step.first == "search") {
      out << guidance_item(guidance_text("scan-hint", {{"requirements", scan_arguments(options)}}), 2);
    } else if (step.first == "codes") {
      // Each reason's own advice, once.
      std::vector<std::string> given;
      for (const auto& code : codes) {
        const CodeGuidance guidance = guidance_for_code(code, verdict.tls);
        if (guidance.advice.empty() ||
            std::find(given.begin(), given.end(), guidance.advice) != given.end())
          continue;
        given.push_back(guidance.advice);
        out << guidance_item(guidance.advice, 2);
      }
    } else if (step.first == "upgrade") {
      if (!upgrade.command.empty())
        out << guidance_item(upgrade_text(upgrade, codes, options.policy().min_version,
                                          facts.support.branch),
                             2);
    } else {
      out << guidance_item(guidance_text(step.first), 2);
    }
  }
  return out.str();
}

}  // namespace

std::string to_text(const osp_facts& facts, const osp_verdict& verdict,
                    const Options& options, const Upgrade& upgrade,
                    const osp_program_fact* program, const std::string& plan,
                    const std::map<std::string, std::string>& rendered)
{
  std::ostringstream out;
  out << describe_version(facts.library_flavor, facts.library_version,
                          facts.api_version)
      << "\n"
      << "  libssl      " << facts.ssl_path << "\n"
      << "  libcrypto   " << facts.crypto_path << "\n";
  // On Windows: which rule of the DLL search order chose each, and the
  // copies it hides.
  if (facts.ssl_found_by[0] != '\0')
    out << "  found in    libssl: " << facts.ssl_found_by
        << "; libcrypto: " << facts.crypto_found_by << "\n";
  for (const char* hidden : {facts.ssl_hidden, facts.crypto_hidden})
    if (hidden[0] != '\0')
      out << "  hidden      " << hidden << "\n";
  out
      << "  version     " << facts.library_text << "\n"
      << "  built with  "
      << describe_version(facts.flavor, facts.header_version, facts.api_version)
      << " headers\n"
      << "  TLS 1.2     " << describe_tls(facts.tls1_2) << "\n"
      << "  TLS 1.3     " << describe_tls(facts.tls1_3) << "\n"
      << "  config      " << describe_config(facts.config) << "\n"
      << "  providers   " << describe(osp_describe_providers, facts) << "\n"
      << "  FIPS        " << describe(osp_describe_fips, facts) << "\n"
      << "  CA file     " << facts.trust_file
      << (facts.trust_file_exists ? "" : " (missing)") << "\n"
      << "  CA folder   " << facts.trust_dir
      << (facts.trust_dir_exists ? "" : " (missing)") << "\n"
      << "  required    " << describe_required(options) << "\n";
  out << "  support     " << describe_support(facts) << "\n";
  if (program != nullptr)
    out << "  program     "
        << (!program->found ? std::string("no openssl on PATH")
                            : std::string(program->path) + ": " +
                                osp_describe_program(program))
        << "\n";
  if (program != nullptr && program->found && !program->matches_library)
    out << "warning: "
        << guidance_text("program-mismatch",
                         {{"who", "the programs run here"},
                          {"path", program->path},
                          {"program", osp_describe_program(program)},
                          {"library", describe_version(facts.library_flavor,
                                                       facts.library_version,
                                                       facts.api_version)},
                          {"library_path", facts.ssl_path}})
        << "\n";
  if (facts.have_library && !facts.trust_file_exists && !facts.trust_dir_exists)
    out << "warning: " << guidance_text("trust-store-missing") << "\n  "
        << guidance_text("trust-store-advice") << "\n";
  if (verdict.pass) {
    out << "verdict: pass\n";
    return out.str();
  }
  out << "verdict: fail\n";
  for (int i = 0; i < verdict.count; ++i)
    out << "  - " << verdict.reasons[i].text << "\n";
  out << "What to do:\n" << what_to_do(facts, verdict, options, upgrade, plan, rendered);
  return out.str();
}

}  // namespace osp
