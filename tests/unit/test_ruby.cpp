#include <catch2/catch.hpp>

#include <string>

#include "report.hpp"
#include "ruby.hpp"

using Catch::Matchers::Contains;

TEST_CASE("The Ruby script's flat JSON is read", "[ruby]")
{
  auto fields = osp::parse_flat_json(
    R"({"ruby":"ruby 3.1.2","a\"b":"x\\y\nz","t":true,"f":false,"n":null})");
  REQUIRE(fields);
  CHECK((*fields)["ruby"] == "ruby 3.1.2");
  CHECK((*fields)["a\"b"] == "x\\y\nz");
  CHECK((*fields)["t"] == "true");
  CHECK((*fields)["f"] == "false");
  CHECK((*fields)["n"].empty());
  SECTION("anything else is refused")
  {
    auto text = GENERATE("", "[]", "{\"a\":1}", "{\"a\":\"b\"", "{\"a\" \"b\"}");
    CHECK_FALSE(osp::parse_flat_json(text));
  }
}

TEST_CASE("A Ruby's report becomes facts and a verdict", "[ruby]")
{
  std::map<std::string, std::string> fields = {
    {"ruby", "ruby 3.1.2"},
    {"ruby_path", "/usr/bin/ruby"},
    {"openssl_version", "OpenSSL 3.0.22 25 Aug 2026"},
    {"openssl_library_version", "OpenSSL 1.0.0t  3 Dec 2015"},
    {"library_path", "/opt/old/lib/libssl.so.1.0.0"},
    {"tls", "1.2"},
    {"tls1_2_compiled", "false"},
    {"tls1_3_compiled", "false"},
    {"tls1_2_note", "this Ruby's OpenSSL has no TLS 1.2"},
    {"handshake", "false"},
    {"with_openssl_dir", "/opt/old"},
  };
  auto report = osp::ruby_facts(fields);
  REQUIRE(report.error.empty());
  CHECK(std::string(report.facts.library_version) == "1.0.0t");
  CHECK(std::string(report.facts.header_version) == "3.0.22");
  osp::Options options;
  auto verdict = osp::judge(report.facts, options.policy());
  CHECK(verdict.pass == 0);
  std::string reasons;
  for (int i = 0; i < verdict.count; ++i)
    reasons += verdict.reasons[i].text;
  CHECK_THAT(reasons, Contains("found OpenSSL 1.0.0t, need 1.0.1 or newer"));
  CHECK_THAT(reasons, Contains("no TLS 1.2"));
  CHECK_THAT(osp::ruby_guidance(report), Contains("--with-openssl-dir=/opt/old"));
}

TEST_CASE("A Ruby without the openssl extension is an error", "[ruby]")
{
  auto report = osp::ruby_facts({{"error", "this Ruby has no openssl extension: x"}});
  CHECK_THAT(report.error, Contains("no openssl extension"));
}
