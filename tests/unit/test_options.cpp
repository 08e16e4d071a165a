#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "options.hpp"

using Catch::Matchers::Contains;

TEST_CASE("Command-line options", "[cli]")
{
  std::string error;
  SECTION("defaults")
  {
    auto o = osp::parse_options({}, error);
    REQUIRE(o);
    CHECK(o->min_version == "1.0.1");
    CHECK(o->tls == 12);
    CHECK_FALSE(o->json);
  }
  SECTION("all given")
  {
    auto o = osp::parse_options({"--json", "--min-version", "1.1.1w", "--tls", "1.3"}, error);
    REQUIRE(o);
    CHECK(o->json);
    CHECK(o->min_version == "1.1.1w");
    CHECK(o->tls == 13);
  }
  SECTION("usage errors say what is wrong")
  {
    auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
      {{"--bogus"}, "unknown argument \"--bogus\""},
      {{"--min-version"}, "--min-version needs a value"},
      {{"--min-version", "abc"}, "\"abc\" is not a version"},
      {{"--tls", "1.1"}, "--tls takes 1.2 or 1.3"},
    }));
    CHECK_FALSE(osp::parse_options(args, error));
    CHECK_THAT(error, Contains(message));
  }
}
