#include <catch2/catch.hpp>

#include <string>

#include "osp_version.h"

namespace {

std::string openssl_text(unsigned long number)
{
  char text[32];
  osp_version_from_openssl_number(number, text, sizeof text);
  return text;
}

std::string libressl_text(unsigned long number)
{
  char text[32];
  osp_version_from_libressl_number(number, text, sizeof text);
  return text;
}

int compare(const char* a, const char* b)
{
  osp_version va, vb;
  REQUIRE(osp_version_parse(a, &va));
  REQUIRE(osp_version_parse(b, &vb));
  return osp_version_compare(&va, &vb);
}

}  // namespace

TEST_CASE("OpenSSL numbers up to 1.1.1 carry the release letter", "[version]")
{
  auto [number, text] = GENERATE(table<unsigned long, std::string>({
    {0x1000115fUL, "1.0.1u"},
    {0x1000014fUL, "1.0.0t"},
    {0x1000100fUL, "1.0.1"},
    {0x1000107fUL, "1.0.1g"},
    {0x1000215fUL, "1.0.2u"},
    {0x1010117fUL, "1.1.1w"},
    {0x1010100fUL, "1.1.1"},
    {0x009081afUL, "0.9.8z"},
    {0x009081bfUL, "0.9.8za"},
  }));
  CHECK(openssl_text(number) == text);
}

TEST_CASE("OpenSSL numbers from 3.0 are major.minor.patch", "[version]")
{
  auto [number, text] = GENERATE(table<unsigned long, std::string>({
    {0x30000150UL, "3.0.21"},
    {0x30000130UL, "3.0.19"},
    {0x30600030UL, "3.6.3"},
    {0x30000000UL, "3.0.0"},
    {0x40000010UL, "4.0.1"},
    {0x31000000UL, "3.16.0"},
  }));
  CHECK(openssl_text(number) == text);
}

TEST_CASE("LibreSSL's own number gives its version", "[version]")
{
  CHECK(libressl_text(0x4030200fUL) == "4.3.2");
  CHECK(libressl_text(0x2060000fUL) == "2.6.0");
  CHECK(libressl_text(0x3080200fUL) == "3.8.2");
}

TEST_CASE("Version text parses into comparable parts", "[version]")
{
  osp_version v;
  SECTION("letters count as the patch part")
  {
    REQUIRE(osp_version_parse("1.0.1u", &v));
    CHECK(v.part[0] == 1);
    CHECK(v.part[2] == 1);
    CHECK(v.part[3] == 21);
  }
  SECTION("short forms are padded with zeros")
  {
    REQUIRE(osp_version_parse("3.0", &v));
    CHECK(v.part[0] == 3);
    CHECK(v.part[1] == 0);
    CHECK(v.part[2] == 0);
  }
  SECTION("trailing text after a version is ignored")
  {
    REQUIRE(osp_version_parse("3.0.19 27 Jan 2026", &v));
    CHECK(v.part[2] == 19);
    REQUIRE(osp_version_parse("1.0.2k-fips", &v));
    CHECK(v.part[3] == 11);
  }
  SECTION("what is not a version is refused")
  {
    auto text = GENERATE("", "x", "1.x", "1.0.1.2", "3.0a", "1..2", ".1");
    CHECK_FALSE(osp_version_parse(text, &v));
  }
  SECTION("null is refused")
  {
    CHECK_FALSE(osp_version_parse(nullptr, &v));
  }
}

TEST_CASE("Versions compare across numbering schemes", "[version]")
{
  CHECK(compare("1.0.0t", "1.0.1") < 0);
  CHECK(compare("1.0.1", "1.0.1") == 0);
  CHECK(compare("1.0.1a", "1.0.1") > 0);
  CHECK(compare("1.0.1f", "1.0.1g") < 0);
  CHECK(compare("1.0.2", "1.0.1u") > 0);
  CHECK(compare("3.0.0", "1.1.1w") > 0);
  CHECK(compare("3.0.19", "3.0.2") > 0);
  CHECK(compare("3.10.0", "3.9.9") > 0);
  CHECK(compare("4.0.1", "3.6.3") > 0);
  CHECK(compare("3.0", "3.0.0") == 0);
}

TEST_CASE("The flavor is read from the library's version text", "[flavor]")
{
  char flavor[16];
  char version[32];
  auto [text, want_flavor, want_version] =
    GENERATE(table<const char*, std::string, std::string>({
      {"OpenSSL 3.0.19 27 Jan 2026", "OpenSSL", "3.0.19"},
      {"OpenSSL 1.0.2k-fips  26 Jan 2017", "OpenSSL", "1.0.2k-fips"},
      {"LibreSSL 4.3.2", "LibreSSL", "4.3.2"},
      {"BoringSSL", "BoringSSL", ""},
      {"OpenSSL 1.1.1 (compatible; BoringSSL)", "BoringSSL", ""},
      {"OpenSSL 1.1.1 (compatible; AWS-LC 1.18.0)", "AWS-LC", "1.18.0"},
      {"AWS-LC 1.18.0", "AWS-LC", "1.18.0"},
    }));
  osp_flavor_from_text(text, flavor, sizeof flavor, version, sizeof version);
  CHECK(std::string(flavor) == want_flavor);
  CHECK(std::string(version) == want_version);
}
