#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "data_rows.hpp"
#include "options.hpp"

using Catch::Matchers::Contains;

TEST_CASE("Command-line options", "[cli]")
{
  std::string error;
  SECTION("defaults")
  {
    auto o = osp::parse_options({}, error);
    REQUIRE(o);
    CHECK(std::string(o->policy().min_version) == "1.0.1");
    CHECK(o->policy().tls_min == 12);
    CHECK(o->policy().min_security_level == 0);
    CHECK_FALSE(o->json);
  }
  SECTION("all given")
  {
    auto o = osp::parse_options({"--json", "--min-version", "1.1.1w", "--tls", "1.3",
                                 "--min-security-level", "2", "--require-fips"},
                                error);
    REQUIRE(o);
    CHECK(o->json);
    CHECK(std::string(o->policy().min_version) == "1.1.1w");
    CHECK(o->policy().tls_min == 13);
    CHECK(o->policy().min_security_level == 2);
    CHECK(o->policy().require_fips == 1);
  }
  SECTION("usage errors say what is wrong")
  {
    auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
      {{"--bogus"}, "unknown argument \"--bogus\""},
      {{"--min-version"}, "--min-version needs a value"},
      {{"--min-version", "abc"}, "--min-version takes a version in its project's numbering"},
      {{"--min-version", ""}, "--min-version takes a version"},
      {{"--tls", "1.1"}, "--tls takes 1.2 or 1.3"},
      {{"--min-security-level", "6"}, "--min-security-level takes a security level from 0 to 5, not \"6\""},
      {{"--today", "2026-13-45"}, "--today takes a date as YYYY-MM-DD, not \"2026-13-45\""},
      {{"--today", "2026-02-29"}, "--today takes a date as YYYY-MM-DD"},
      {{"--min-boringssl-api", "1x"}, "--min-boringssl-api takes a BORINGSSL_API_VERSION number"},
      {{"--flavors", "OpenSSL,"}, "--flavors takes any of OpenSSL, LibreSSL, BoringSSL and AWS-LC"},
    }));
    CHECK_FALSE(osp::parse_options(args, error));
    CHECK_THAT(error, Contains(message));
  }
}

TEST_CASE("--help lists every requirement of the option table", "[cli]")
{
  const std::string text = osp::usage();
  for (const osp_option& row : osp_options) {
    CHECK_THAT(text, Contains(std::string("--") + row.flag));
    CHECK_THAT(text, Contains(row.help));
  }
}

TEST_CASE("Each kind accepts its form and rejects the rest", "[options]")
{
  osp_policy p;
  osp_policy_defaults(&p);
  CHECK(osp_option_set(&p, OSP_OPTION_TODAY, "2024-02-29"));
  CHECK_FALSE(osp_option_set(&p, OSP_OPTION_TODAY, "2023-02-29"));
  CHECK_FALSE(osp_option_set(&p, OSP_OPTION_TODAY, "2026-04-31"));
  CHECK_FALSE(osp_option_set(&p, OSP_OPTION_TODAY, "2026-1-015"));
  CHECK(osp_option_set(&p, OSP_OPTION_FLAVORS, "OpenSSL,AWS-LC"));
  CHECK_FALSE(osp_option_set(&p, OSP_OPTION_FLAVORS, "OpenSSL,,AWS-LC"));
  CHECK(osp_option_set(&p, OSP_OPTION_MIN_SECURITY_LEVEL, "5"));
  CHECK(p.min_security_level == 5);
  CHECK_FALSE(osp_option_set(&p, OSP_OPTION_MIN_SECURITY_LEVEL, "12"));
  CHECK(osp_option_set(&p, OSP_OPTION_MIN_BORINGSSL_API, "19"));
  CHECK(p.min_boringssl_api == 19);
  CHECK_FALSE(osp_option_set(&p, OSP_OPTION_REQUIRE_FIPS, "yes"));
}

TEST_CASE("The readers take each value as the module's check does", "[options]")
{
  // tests/options/values.txt, which cmake-unit.options runs through the
  // module's check too.
  const auto data = osp_test::data_rows(OSP_OPTION_VALUES);
  REQUIRE(!data.empty());
  int rows = 0;
  for (const auto& [line, fields] : data) {
    REQUIRE(fields.size() == 3);
    const std::string& keyword = fields[0];
    const std::string& value = fields[1];
    const bool taken = fields[2] == "1";
    int id = -1;
    for (int i = 0; i < OSP_OPTION_COUNT; ++i)
      if (keyword == osp_options[i].keyword)
        id = i;
    REQUIRE(id >= 0);
    osp_policy p;
    osp_policy_defaults(&p);
    INFO(line);
    CHECK((osp_option_set(&p, id, value.c_str()) != 0) == taken);
    ++rows;
  }
  CHECK(rows > 30);
}
