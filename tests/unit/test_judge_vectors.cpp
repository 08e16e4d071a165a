// The C judge on tests/judge/vectors.txt: the rows the module's CMake judge
// runs too (cmake-unit.judge), so both give the same verdict, codes and
// texts for the same facts.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "data_rows.hpp"
#include "osp_judge.h"
#include "osp_options.h"

#ifndef OSP_JUDGE_VECTORS
#  error "OSP_JUDGE_VECTORS names tests/judge/vectors.txt"
#endif

namespace {

using osp_test::split;

// The row's facts, as osp_gather would have found them.
osp_facts facts_of(const std::vector<std::string>& f)
{
  osp_facts facts{};
  std::snprintf(facts.flavor, sizeof facts.flavor, "%s", f[0].c_str());
  std::snprintf(facts.header_version, sizeof facts.header_version, "%s", f[1].c_str());
  facts.api_version = -1;
  if (f[2] != "-") {
    const auto space = f[2].find(' ');
    facts.have_library = 1;
    std::snprintf(facts.library_flavor, sizeof facts.library_flavor, "%s",
                  f[2].substr(0, space).c_str());
    std::snprintf(facts.library_version, sizeof facts.library_version, "%s",
                  f[2].substr(space + 1).c_str());
    std::snprintf(facts.ssl_path, sizeof facts.ssl_path, "/lib/libssl.so");
  }
  for (osp_tls_fact* t : {&facts.tls1_2, &facts.tls1_3}) {
    t->compiled = 1;
    t->handshake = t->pinned = t->unconfigured = -1;
  }
  osp_tls_fact& t = f[4] == "1.3" ? facts.tls1_3 : facts.tls1_2;
  t.compiled = f[5] == "1";
  t.disabled = f[5] == "d";
  t.handshake = f[6] == "1" ? 1 : f[6] == "0" ? 0 : -1;
  std::snprintf(t.compiled ? t.error : t.compiled_note, sizeof t.error, "%s",
                f[7].c_str());
  facts.config.min_protocol = facts.config.max_protocol = -1;
  facts.config.security_level = facts.config.exists = -1;
  for (const auto& word : split(f[11], ' '))
    if (word.compare(0, 4, "api=") == 0)
      facts.api_version = std::stol(word.substr(4));
  return facts;
}

// The row's requirements: MIN_VERSION, TLS, and the probe's own arguments
// in the last field.  <words> keeps the strings the policy points to.
osp_policy policy_of(const std::vector<std::string>& f,
                     std::vector<std::string>& words)
{
  osp_policy policy;
  osp_policy_defaults(&policy);
  policy.min_version = f[3].c_str();
  policy.tls_min = f[4] == "1.3" ? 13 : 12;
  policy.headers_must_match = 0;
  words = split(f[11], ' ');
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const int id = osp_option_find(words[i].c_str());
    if (id >= 0)
      (void)osp_option_set(&policy, id, words[i + 1].c_str());
    else if (words[i] == "--components")
      policy.crypto_only = words[i + 1] == "Crypto";
  }
  return policy;
}

}  // namespace

TEST_CASE("The C judge gives each vector's verdict, codes and texts", "[judge][vectors]")
{
  const auto data = osp_test::data_rows(OSP_JUDGE_VECTORS);
  REQUIRE(!data.empty());
  int rows = 0;
  for (const auto& [line, f] : data) {
    REQUIRE(f.size() == 12);
    ++rows;
    const osp_facts facts = facts_of(f);
    std::vector<std::string> words;
    const osp_policy policy = policy_of(f, words);
    osp_verdict verdict;
    osp_judge(&facts, &policy, &verdict);
    std::string codes;
    std::string texts;
    for (int i = 0; i < verdict.count; ++i) {
      codes += std::string(i ? "," : "") + verdict.reasons[i].code;
      texts += std::string(i ? " // " : "") + verdict.reasons[i].text;
    }
    INFO(line);
    CHECK((verdict.pass ? "pass" : "fail") == f[8]);
    CHECK(codes == f[9]);
    CHECK(texts == f[10]);
  }
  CHECK(rows >= 20);
}
