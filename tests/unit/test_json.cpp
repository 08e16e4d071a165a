#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "osp_codes.h"
#include "osp_judge.h"
#include "report.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

TEST_CASE("The JSON report has every documented field", "[json]")
{
  osp_facts f{};
  std::snprintf(f.flavor, sizeof f.flavor, "OpenSSL");
  std::snprintf(f.library_flavor, sizeof f.library_flavor, "OpenSSL");
  f.api_version = -1;
  f.have_library = 1;
  f.tls1_2.compiled = 1;
  f.tls1_2.handshake = 1;
  f.tls1_3.handshake = -1;
  osp_verdict v{};
  v.pass = 1;
  const std::string json = osp::to_json(f, v);
  for (const char* key :
       {"verdict", "flavor", "header_flavor", "header_version", "header_number",
        "header_text", "api_version", "library_loaded", "library_version",
        "library_number", "library_text", "library_path", "crypto_library_path",
        "tls1_2", "tls1_3", "providers", "fips", "reasons"})
    CHECK_THAT(json, Contains(std::string("\"") + key + "\": "));
  CHECK_THAT(json, StartsWith("{") && EndsWith("}\n"));
  CHECK_THAT(json, Contains("\"verdict\": \"pass\""));
  CHECK_THAT(json, Contains("\"api_version\": null"));
  CHECK_THAT(json, Contains("\"compiled\": true, \"handshake\": true"));
  CHECK_THAT(json, Contains("\"handshake\": null"));
  CHECK_THAT(json, Contains("\"reasons\": []"));
  CHECK_THAT(json, Contains("\"fips\": {\"in_force\": false"));
}

TEST_CASE("Providers and FIPS come with their words", "[json][fips]")
{
  osp_facts f{};
  f.have_library = 1;
  f.providers.supported = 1;
  std::snprintf(f.providers.modules_dir, sizeof f.providers.modules_dir, "/opt/m");
  std::snprintf(f.providers.modules_source, sizeof f.providers.modules_source, "default");
  f.providers.loaded_count = 2;
  std::snprintf(f.providers.loaded[0].name, sizeof f.providers.loaded[0].name, "fips");
  std::snprintf(f.providers.loaded[0].version, sizeof f.providers.loaded[0].version, "3.0.9");
  f.providers.loaded[0].status = 1;
  std::snprintf(f.providers.loaded[1].name, sizeof f.providers.loaded[1].name, "base");
  f.providers.loaded[1].status = -1;
  f.providers.available_count = 1;
  std::snprintf(f.providers.available[0], sizeof f.providers.available[0], "fips");
  std::snprintf(f.fips.module, sizeof f.fips.module, "/opt/m/fips.so");
  f.fips.module_found = f.fips.loaded = f.fips.installed = f.fips.self_test = 1;
  f.fips.default_property = f.fips.in_force = 1;
  f.fips.mode = -1;
  osp_verdict v{};
  v.pass = 1;
  const std::string json = osp::to_json(f, v);
  CHECK_THAT(json, Contains("\"loaded\": [{\"name\": \"fips\", \"version\": \"3.0.9\", "
                            "\"status\": true}, {\"name\": \"base\", \"version\": \"\", "
                            "\"status\": null}], \"available\": [\"fips\"]"));
  CHECK_THAT(json, Contains("\"text\": \"fips 3.0.9, base loaded; available: fips (modules in /opt/m)\""));
  CHECK_THAT(json, Contains("\"text\": \"in force: the FIPS provider 3.0.9 loaded from "
                            "/opt/m/fips.so, self-test passed, fips=yes the default property\""));
  f.have_library = 0;
  CHECK_THAT(osp::to_json(f, v), Contains("\"providers\": null,\n  \"fips\": null,"));
}

TEST_CASE("JSON strings are escaped", "[json]")
{
  osp_facts f{};
  std::snprintf(f.ssl_path, sizeof f.ssl_path, "/opt/a \"b\"\\c\n;d");
  osp_verdict v{};
  osp_judge_reason(&v, "version-too-old", "tab\there");
  osp_judge_reason(&v, "tls-disabled", "second");
  const std::string json = osp::to_json(f, v);
  CHECK_THAT(json, Contains(R"("library_path": "/opt/a \"b\"\\c\u000a;d")"));
  CHECK_THAT(json, Contains(R"("verdict": "fail")"));
  CHECK_THAT(json, Contains("{\"code\": \"version-too-old\", \"text\": \"tab\\u0009here\""));
  CHECK_THAT(json, Contains("{\"code\": \"tls-disabled\", \"text\": \"second\""));
}

namespace {

// A failed verdict on OpenSSL <version> with one reason, as text.
std::string text_report(osp_facts f, const char* version, const char* code,
                        const char* reason)
{
  std::snprintf(f.flavor, sizeof f.flavor, "OpenSSL");
  std::snprintf(f.library_flavor, sizeof f.library_flavor, "OpenSSL");
  std::snprintf(f.library_version, sizeof f.library_version, "%s", version);
  f.api_version = -1;
  osp_verdict v{};
  v.tls = 12;
  osp_judge_reason(&v, code, "%s", reason);
  osp::Upgrade upgrade;
  upgrade.label = "Debian, apt-get";
  upgrade.command = "apt-get install openssl";
  return osp::to_text(f, v, osp::Options{}, upgrade);
}

}  // namespace

TEST_CASE("The text report names facts, verdict and guidance", "[report]")
{
  osp_facts f{};
  std::snprintf(f.ssl_path, sizeof f.ssl_path, "/opt/old/lib/libssl.so.1.0.0");
  const std::string text = text_report(f, "1.0.0t", "version-too-old",
                                       "found OpenSSL 1.0.0t, need 1.0.1 or newer");
  CHECK_THAT(text, StartsWith("OpenSSL 1.0.0t\n"));
  CHECK_THAT(text, Contains("/opt/old/lib/libssl.so.1.0.0"));
  CHECK_THAT(text, Contains("verdict: fail\n  - found OpenSSL 1.0.0t, need 1.0.1 or newer"));
  CHECK_THAT(text, Contains("  - Upgrade the system OpenSSL (Debian, apt-get):\n      apt-get install openssl"));
  CHECK_THAT(text, Contains("-DWITH_OPENSSL_DIR="));
}

TEST_CASE("A configuration that refuses TLS 1.2 gets no upgrade advice", "[report]")
{
  osp_facts f{};
  std::snprintf(f.config.file, sizeof f.config.file, "/etc/ssl/strict.cnf");
  std::snprintf(f.config.source, sizeof f.config.source, "OPENSSL_CONF");
  f.config.exists = 1;
  f.config.min_protocol = OSP_TLS1_3_WIRE;
  f.config.security_level = 2;
  const std::string text = text_report(f, "3.0.19", OSP_CODE_CONFIGURATION, "refused");
  CHECK_THAT(text, Contains("  config      /etc/ssl/strict.cnf (OPENSSL_CONF), "
                            "MinProtocol TLSv1.3, security level 2\n"));
  CHECK_THAT(text, Contains("  - Change the OpenSSL configuration named above (MinProtocol,\n"
                            "    MaxProtocol"));
  CHECK_THAT(text, !Contains("Upgrade the system OpenSSL") && !Contains("-DWITH_OPENSSL_DIR="));
}
