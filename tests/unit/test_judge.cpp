#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "guidance.hpp"
#include "osp_describe.h"
#include "osp_judge.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// Facts of a healthy OpenSSL 3.0.19 with both TLS versions working.
osp_facts healthy()
{
  osp_facts f{};
  std::snprintf(f.flavor, sizeof f.flavor, "OpenSSL");
  std::snprintf(f.header_version, sizeof f.header_version, "3.0.19");
  f.api_version = -1;
  f.have_library = 1;
  std::snprintf(f.library_flavor, sizeof f.library_flavor, "OpenSSL");
  std::snprintf(f.library_version, sizeof f.library_version, "3.0.19");
  std::snprintf(f.ssl_path, sizeof f.ssl_path, "/usr/lib/libssl.so.3");
  std::snprintf(f.crypto_path, sizeof f.crypto_path, "/usr/lib/libcrypto.so.3");
  for (osp_tls_fact* t : {&f.tls1_2, &f.tls1_3}) {
    t->compiled = 1;
    t->handshake = 1;
  }
  return f;
}

osp_policy policy(const char* min = "1.0.1", int tls = 12)
{
  osp_policy p{};
  p.min_version = min;
  p.tls_min = tls;
  p.headers_must_match = 1;
  return p;
}

std::string reasons(const osp_verdict& v)
{
  std::string all;
  for (int i = 0; i < v.count; ++i)
    all += std::string(v.reasons[i].code) + ": " + v.reasons[i].text + "\n";
  return all;
}

}  // namespace

TEST_CASE("A healthy install passes", "[judge]")
{
  osp_verdict v;
  auto f = healthy();
  auto p = policy();
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 1);
  CHECK(v.count == 0);
}

TEST_CASE("The minimum version is applied in the flavor's numbering", "[judge]")
{
  auto [found, minimum, pass] = GENERATE(table<const char*, const char*, int>({
    {"1.0.0t", "1.0.1", 0},
    {"1.0.1", "1.0.1", 1},
    {"1.0.1u", "1.0.1g", 1},
    {"1.0.1f", "1.0.1g", 0},
    {"3.0.19", "9.0", 0},
    {"4.0.1", "1.0.1", 1},
  }));
  auto f = healthy();
  std::snprintf(f.library_version, sizeof f.library_version, "%s", found);
  std::snprintf(f.header_version, sizeof f.header_version, "%s", found);
  auto p = policy(minimum);
  osp_verdict v;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == pass);
  if (!pass)
    CHECK_THAT(reasons(v), Contains(std::string("found OpenSSL ") + found +
                                    ", need " + minimum + " or newer"));
}

TEST_CASE("BoringSSL has no releases, so only TLS decides", "[judge][flavor]")
{
  auto f = healthy();
  for (char* flavor : {f.flavor, f.library_flavor})
    std::snprintf(flavor, 16, "BoringSSL");
  f.header_version[0] = f.library_version[0] = '\0';
  f.api_version = 17;
  auto p = policy("3.0");
  osp_verdict v;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 1);
  f.tls1_2.handshake = 0;
  std::snprintf(f.tls1_2.error, sizeof f.tls1_2.error, "NO_SHARED_CIPHER");
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 0);
  CHECK_THAT(reasons(v), Contains("TLS 1.2 handshake in memory failed: NO_SHARED_CIPHER"));
}

TEST_CASE("TLS failures carry the library's own reason", "[judge][tls]")
{
  auto f = healthy();
  auto p = policy();
  osp_verdict v;
  SECTION("compiled out")
  {
    f.tls1_2.compiled = 0;
    std::snprintf(f.tls1_2.compiled_note, sizeof f.tls1_2.compiled_note,
                  "TLS 1.2 is disabled in this build (OPENSSL_NO_TLS1_2)");
    osp_judge(&f, &p, &v);
    CHECK_THAT(reasons(v), Contains("OPENSSL_NO_TLS1_2"));
  }
  SECTION("handshake refused")
  {
    f.tls1_2.handshake = 0;
    std::snprintf(f.tls1_2.error, sizeof f.tls1_2.error, "ee key too small");
    osp_judge(&f, &p, &v);
    CHECK_THAT(reasons(v), Contains("ee key too small"));
  }
  SECTION("TLS 1.3 asked for: 1.2 does not matter, 1.3 does")
  {
    f.tls1_2.compiled = 0;
    p.tls_min = 13;
    osp_judge(&f, &p, &v);
    CHECK(v.pass == 1);
    f.tls1_3.handshake = 0;
    osp_judge(&f, &p, &v);
    CHECK(v.pass == 0);
    CHECK_THAT(reasons(v), Contains("TLS 1.3 handshake"));
  }
  CHECK(v.pass == (v.count == 0));
}

TEST_CASE("Headers and library from different installs fail", "[judge]")
{
  auto f = healthy();
  std::snprintf(f.header_version, sizeof f.header_version, "3.6.3");
  auto p = policy();
  p.include_dir = "/opt/openssl-3.6/include";
  osp_verdict v;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 0);
  CHECK_THAT(reasons(v), Contains("/opt/openssl-3.6/include") &&
                           Contains("/usr/lib/libssl.so.3") &&
                           Contains("different installs"));
  SECTION("unless only the run-time library counts (the command line)")
  {
    p.headers_must_match = 0;
    osp_judge(&f, &p, &v);
    CHECK(v.pass == 1);
  }
}

TEST_CASE("The library must load from the chosen file", "[judge]")
{
  auto f = healthy();
  auto p = policy();
  p.expect_ssl = "/opt/openssl/lib64/libssl.so.3";
  osp_verdict v;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 0);
  CHECK_THAT(reasons(v), Contains("libssl loaded from /usr/lib/libssl.so.3, "
                                  "not from the chosen /opt/openssl/lib64/libssl.so.3"));
}

TEST_CASE("A malformed minimum version is a reason, not a pass", "[judge]")
{
  auto f = healthy();
  auto p = policy("one");
  osp_verdict v;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 0);
  CHECK_THAT(reasons(v), Contains("\"one\" is not a version"));
}

TEST_CASE("The verdict rests on the client a program gets by default", "[judge][tls]")
{
  auto f = healthy();
  auto p = policy("1.0.1");
  osp_verdict v;
  f.tls1_2.handshake = 0;
  SECTION("fixed method ok, default client negotiated TLSv1.1: a build flag")
  {
    // A 1.0.1 built with -DOPENSSL_NO_TLS1_2_CLIENT: TLSv1_2_client_method
    // still works, SSLv23_client_method offers 1.1 at most.
    std::snprintf(f.library_version, sizeof f.library_version, "1.0.1u");
    std::snprintf(f.header_version, sizeof f.header_version, "1.0.1u");
    std::snprintf(f.tls1_2.protocol, sizeof f.tls1_2.protocol, "TLSv1.1");
    f.tls1_2.pinned = 1;
    f.config.min_protocol = f.config.max_protocol = -1;
    osp_judge(&f, &p, &v);
    CHECK(v.pass == 0);
    REQUIRE(v.count == 1);
    CHECK(std::string(v.reasons[0].code) == OSP_CODE_CLIENT_DISABLED);
    CHECK(std::string(v.reasons[0].text) ==
          "a default client of this library does not offer TLS 1.2 (it negotiated "
          "TLSv1.1), although a client pinned to TLS 1.2 completes the handshake: "
          "the library was built with its default TLS 1.2 client switched off (a "
          "flag such as -DOPENSSL_NO_TLS1_2_CLIENT)");
    CHECK(osp::guidance_for_code(v.reasons[0].code, 12).upgrade_helps);
  }
  SECTION("a configuration's MinProtocol: the configuration, not OpenSSL")
  {
    std::snprintf(f.tls1_2.error, sizeof f.tls1_2.error,
                  "the handshake failed: unsupported protocol");
    std::snprintf(f.config.file, sizeof f.config.file, "/etc/ssl/strict.cnf");
    std::snprintf(f.config.source, sizeof f.config.source, "OPENSSL_CONF");
    f.config.min_protocol = OSP_TLS1_3_WIRE;
    f.tls1_2.pinned = 1;
    osp_judge(&f, &p, &v);
    REQUIRE(v.count == 1);
    CHECK(std::string(v.reasons[0].code) == OSP_CODE_CONFIGURATION);
    CHECK_THAT(reasons(v), Contains("/etc/ssl/strict.cnf (chosen by OPENSSL_CONF) "
                                    "sets MinProtocol to TLSv1.3"));
    CHECK(!osp::guidance_for_code(v.reasons[0].code, 12).upgrade_helps);
  }
  SECTION("a configuration's MaxProtocol below the version asked for")
  {
    std::snprintf(f.config.source, sizeof f.config.source, "default");
    f.config.max_protocol = 0x0302;
    f.tls1_2.pinned = 1;
    osp_judge(&f, &p, &v);
    CHECK_THAT(reasons(v), Contains("tls-refused-by-configuration: ") &&
                             Contains("sets MaxProtocol to TLSv1.1"));
  }
  SECTION("both clients fail, and pass with the configuration undone")
  {
    std::snprintf(f.tls1_2.error, sizeof f.tls1_2.error, "ee key too small");
    std::snprintf(f.config.file, sizeof f.config.file, "/usr/lib/ssl/openssl.cnf");
    std::snprintf(f.config.source, sizeof f.config.source, "default");
    f.config.security_level = 5;
    f.tls1_2.pinned = 0;
    f.tls1_2.unconfigured = 1;
    osp_judge(&f, &p, &v);
    CHECK_THAT(reasons(v),
               Contains("tls-refused-by-configuration: a TLS 1.2 handshake in memory "
                        "failed under the OpenSSL configuration /usr/lib/ssl/openssl.cnf "
                        "(the library's default file), security level 5: ee key too small"));
  }
  SECTION("every client fails: OpenSSL itself")
  {
    std::snprintf(f.tls1_2.error, sizeof f.tls1_2.error, "NO_SHARED_CIPHER");
    f.tls1_2.pinned = 0;
    f.tls1_2.unconfigured = 0;
    osp_judge(&f, &p, &v);
    CHECK_THAT(reasons(v), Contains("handshake-failed: a TLS 1.2 handshake in memory "
                                    "failed: NO_SHARED_CIPHER"));
  }
  CHECK(v.pass == 0);
}

TEST_CASE("Every code the judge gives is in the guidance table", "[judge][codes]")
{
  auto f = healthy();
  auto p = policy("9.0");
  p.expect_ssl = "/elsewhere/libssl.so.3";
  std::snprintf(f.header_version, sizeof f.header_version, "3.6.0");
  f.tls1_2.compiled = 0;
  f.tls1_2.disabled = 1;
  osp_verdict v;
  osp_judge(&f, &p, &v);
  REQUIRE(v.count >= 4);
  for (int i = 0; i < v.count; ++i) {
    INFO(v.reasons[i].code);
    CHECK(osp::guidance_for_code(v.reasons[i].code, 12).known);
  }
}

TEST_CASE("A code's advice may name a shared text", "[guidance]")
{
  const auto mixed = osp::guidance_for_code("mixed-installs", 12);
  const auto outside = osp::guidance_for_code("outside-override", 12);
  CHECK(mixed.advice == osp::guidance_text("one-install", {}));
  CHECK_THAT(outside.advice, Contains("drop the hand-set"));
  CHECK(!outside.upgrade_helps);
}

TEST_CASE("A program that sets its own protocol range is judged by a pinned client", "[judge][tls]")
{
  auto f = healthy();
  auto p = policy();
  osp_verdict v;
  f.tls1_2.handshake = 0;
  f.tls1_2.pinned = 1;
  std::snprintf(f.config.source, sizeof f.config.source, "OPENSSL_CONF");
  f.config.min_protocol = OSP_TLS1_3_WIRE;
  p.own_protocol_range = 1;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 1);
  SECTION("but not when even a pinned client fails")
  {
    f.tls1_2.pinned = 0;
    f.tls1_2.unconfigured = 1;
    osp_judge(&f, &p, &v);
    CHECK(v.pass == 0);
    CHECK(std::string(v.reasons[0].code) == OSP_CODE_CONFIGURATION);
  }
}

namespace {

// Facts of an OpenSSL 3.0.20 FIPS build with FIPS in force, as a default
// program gets it.
osp_facts fips_in_force()
{
  osp_facts f = healthy();
  f.providers.supported = 1;
  std::snprintf(f.fips.module, sizeof f.fips.module, "/opt/ssl/lib64/ossl-modules/fips.so");
  f.fips.module_found = 1;
  f.fips.loaded = 1;
  f.fips.installed = 1;
  f.fips.self_test = 1;
  f.fips.default_property = 1;
  f.fips.mode = -1;
  f.fips.in_force = 1;
  return f;
}

}  // namespace

TEST_CASE("REQUIRE_FIPS names what is missing, from the module to the configuration",
          "[judge][fips]")
{
  auto p = policy();
  p.require_fips = 1;
  osp_verdict v;
  auto f = fips_in_force();
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 1);

  struct Case {
    const char* what;
    void (*change)(osp_facts&);
    const char* code;
    const char* words;
  };
  const Case cases[] = {
    {"no providers (1.1.1, LibreSSL)",
     [](osp_facts& x) { x.providers.supported = 0; },
     OSP_CODE_FIPS_UNAVAILABLE, "has no FIPS provider: that takes OpenSSL 3.0"},
    {"BoringSSL without FIPS",
     [](osp_facts& x) { x.providers.supported = 0; x.fips.mode = 0; },
     OSP_CODE_FIPS_UNAVAILABLE, "is not a FIPS build: FIPS_mode() is 0"},
    {"no module file",
     [](osp_facts& x) { x.fips.module_found = 0; x.fips.loaded = 0; },
     OSP_CODE_FIPS_UNAVAILABLE, "there is no /opt/ssl/lib64/ossl-modules/fips.so"},
    {"a module that does not load",
     [](osp_facts& x) {
       x.fips.loaded = 0;
       x.fips.installed = -1;
       x.fips.self_test = -1;
       std::snprintf(x.fips.error, sizeof x.fips.error, "error:12800067:DSO support routines::could not load the shared library");
     },
     OSP_CODE_FIPS_UNAVAILABLE, "cannot be loaded: error:12800067"},
    {"no fipsinstall data",
     [](osp_facts& x) { x.fips.loaded = 0; x.fips.installed = 0; x.fips.self_test = -1; },
     OSP_CODE_FIPS_NOT_INSTALLED, "finds no data of openssl fipsinstall"},
    {"self-test fails",
     [](osp_facts& x) { x.fips.loaded = 0; x.fips.self_test = 0; },
     OSP_CODE_FIPS_SELF_TEST, "fails its self-test"},
    {"loaded, then in an error state",
     [](osp_facts& x) { x.fips.self_test = 0; },
     OSP_CODE_FIPS_SELF_TEST, "fails its self-test"},
    {"not activated",
     [](osp_facts& x) { x.fips.loaded = 0; },
     OSP_CODE_FIPS_NOT_ENABLED, "does not load the FIPS provider"},
    {"no fips=yes",
     [](osp_facts& x) { x.fips.default_property = 0; },
     OSP_CODE_FIPS_NOT_ENABLED, "does not make fips=yes the default property"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    f = fips_in_force();
    c.change(f);
    f.fips.in_force = 0;
    osp_judge(&f, &p, &v);
    CHECK(v.pass == 0);
    REQUIRE(v.count == 1);
    CHECK(std::string(v.reasons[0].code) == c.code);
    CHECK_THAT(v.reasons[0].text, Contains(c.words) && Contains("(REQUIRE_FIPS)"));
    CHECK(osp::guidance_for_code(v.reasons[0].code, 12).known);
    CHECK_FALSE(osp::guidance_for_code(v.reasons[0].code, 12).upgrade_helps);
    // The report's words follow the same classification.
    char text[2 * OSP_PATH_MAX];
    osp_describe_fips(&f, text, sizeof text);
    CHECK_THAT(text, StartsWith(c.code == std::string(OSP_CODE_FIPS_UNAVAILABLE) &&
                                    std::string(c.what) != "BoringSSL without FIPS"
                                  ? "not available: "
                                  : "not in force: "));
  }
}

TEST_CASE("FIPS counts only where it is required, and only for a library that ran",
          "[judge][fips]")
{
  auto f = healthy();  // no FIPS provider at all
  auto p = policy();
  osp_verdict v;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 1);
  p.require_fips = 1;
  f.have_library = 0;
  osp_judge(&f, &p, &v);
  CHECK(v.pass == 1);
}

TEST_CASE("A failed FIPS setup is named before the handshake it also fails", "[judge][fips]")
{
  auto f = fips_in_force();
  f.fips.loaded = 0;
  f.fips.self_test = 0;
  f.fips.in_force = 0;
  f.tls1_2.handshake = 0;
  f.tls1_2.unconfigured = 1;
  std::snprintf(f.tls1_2.error, sizeof f.tls1_2.error, "cannot create a TLS context");
  auto p = policy();
  p.require_fips = 1;
  osp_verdict v;
  osp_judge(&f, &p, &v);
  REQUIRE(v.count == 2);
  CHECK(std::string(v.reasons[0].code) == OSP_CODE_FIPS_SELF_TEST);
  CHECK(std::string(v.reasons[1].code) == OSP_CODE_CONFIGURATION);
}
