#include "ruby.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#if !defined(_WIN32)
#  include <sys/wait.h>
#  include <unistd.h>
#endif

#include "guidance.hpp"
#include "osp_version.h"
#include "ruby_openssl_script.hpp"

namespace osp {

std::optional<std::map<std::string, std::string>> parse_flat_json(
  const std::string& text)
{
  std::map<std::string, std::string> fields;
  std::size_t i = 0;
  auto skip = [&] {
    while (i < text.size() && std::strchr(" \t\r\n", text[i]) != nullptr)
      ++i;
  };
  auto string_at = [&](std::string& out) {
    if (i >= text.size() || text[i] != '"')
      return false;
    for (++i; i < text.size() && text[i] != '"'; ++i) {
      char c = text[i];
      if (c == '\\' && i + 1 < text.size()) {
        c = text[++i];
        if (c == 'n')
          c = '\n';
        else if (c == 't')
          c = '\t';
        else if (c == 'u' && i + 4 < text.size()) {
          c = static_cast<char>(std::stoi(text.substr(i + 1, 4), nullptr, 16));
          i += 4;
        }
      }
      out += c;
    }
    return i++ < text.size();
  };
  skip();
  if (i >= text.size() || text[i++] != '{')
    return std::nullopt;
  for (;;) {
    skip();
    std::string key, value;
    if (!string_at(key))
      return std::nullopt;
    skip();
    if (i >= text.size() || text[i++] != ':')
      return std::nullopt;
    skip();
    if (text.compare(i, 4, "true") == 0) {
      value = "true";
      i += 4;
    } else if (text.compare(i, 5, "false") == 0) {
      value = "false";
      i += 5;
    } else if (text.compare(i, 4, "null") == 0) {
      i += 4;
    } else if (!string_at(value)) {
      return std::nullopt;
    }
    fields[key] = value;
    skip();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    if (i < text.size() && text[i] == '}')
      return fields;
    return std::nullopt;
  }
}

namespace {

void copy(char* out, std::size_t size, const std::string& text)
{
  std::snprintf(out, size, "%s", text.c_str());
}

std::string field(const std::map<std::string, std::string>& fields,
                  const char* key)
{
  auto it = fields.find(key);
  return it == fields.end() ? std::string() : it->second;
}

}  // namespace

RubyReport ruby_facts(const std::map<std::string, std::string>& fields)
{
  RubyReport report;
  report.fields = fields;
  if (!field(fields, "error").empty() && field(fields, "openssl_version").empty()) {
    report.error = field(fields, "error");
    return report;
  }
  osp_facts& f = report.facts;
  f.api_version = -1;
  f.have_library = 1;
  // Ruby's script does not examine OpenSSL's configuration, providers
  // or FIPS: they are reported as not examined, never as absent.
  f.config.exists = f.config.min_protocol = f.config.max_protocol = -1;
  f.config.security_level = -1;
  f.providers.supported = -1;
  f.fips.in_force = f.fips.module_found = f.fips.loaded = -1;
  f.fips.default_property = f.fips.installed = f.fips.self_test = f.fips.mode = -1;
  // The headers' OPENSSL_VERSION_NUMBER, as the extension was built.
  f.header_number = std::strtoul(field(fields, "openssl_version_number").c_str(), nullptr, 10);
  // Built with (Ruby's OPENSSL_VERSION) and running with (its
  // OPENSSL_LIBRARY_VERSION), each read from its text.
  copy(f.header_text, sizeof f.header_text, field(fields, "openssl_version"));
  osp_flavor_from_text(f.header_text, f.flavor, sizeof f.flavor,
                       f.header_version, sizeof f.header_version);
  copy(f.library_text, sizeof f.library_text,
       field(fields, "openssl_library_version"));
  osp_flavor_from_text(f.library_text, f.library_flavor, sizeof f.library_flavor,
                       f.library_version, sizeof f.library_version);
  copy(f.ssl_path, sizeof f.ssl_path, field(fields, "library_path"));
  copy(f.crypto_path, sizeof f.crypto_path, field(fields, "crypto_library_path"));
  copy(f.trust_file, sizeof f.trust_file, field(fields, "trust_file"));
  copy(f.trust_dir, sizeof f.trust_dir, field(fields, "trust_dir"));
  f.trust_file_exists = field(fields, "trust_file_exists") == "true";
  f.trust_dir_exists = field(fields, "trust_dir_exists") == "true";
  const bool tls13 = field(fields, "tls") == "1.3";
  for (osp_tls_fact* t : {&f.tls1_2, &f.tls1_3}) {
    const bool is13 = t == &f.tls1_3;
    t->compiled = field(fields, is13 ? "tls1_3_compiled" : "tls1_2_compiled") == "true";
    t->handshake = t->pinned = t->unconfigured = -1;
    if (!t->compiled)
      copy(t->compiled_note, sizeof t->compiled_note,
           field(fields, is13 ? "tls1_3_note" : "tls1_2_note"));
    if (is13 == tls13 && t->compiled) {
      t->handshake = field(fields, "handshake") == "true" ? 1 : 0;
      copy(t->protocol, sizeof t->protocol, field(fields, "protocol"));
      copy(t->cipher, sizeof t->cipher, field(fields, "cipher"));
      copy(t->error, sizeof t->error, field(fields, "error"));
    }
  }
  return report;
}

RubyReport probe_ruby(const std::string& ruby, int tls)
{
  RubyReport failed;
#if defined(_WIN32)
  (void)ruby;
  (void)tls;
  failed.error = "checking a Ruby is supported on POSIX systems only";
  return failed;
#else
  int out[2];
  if (pipe(out) != 0) {
    failed.error = "cannot create a pipe";
    return failed;
  }
  const std::string version = tls == 13 ? "1.3" : "1.2";
  const pid_t child = fork();
  if (child == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    // -e with the script and its argument: nothing is run through a shell.
    execlp(ruby.c_str(), ruby.c_str(), "-e", kRubyOpenSSLScript, "--",
           version.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = read(out[0], buffer, sizeof buffer)) > 0)
    text.append(buffer, static_cast<std::size_t>(n));
  close(out[0]);
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) < 0) {
    failed.error = "cannot start " + ruby;
    return failed;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    failed.error = "cannot run " + ruby + ": not found or not executable";
    return failed;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    failed.error = ruby + " failed while reporting its OpenSSL";
    return failed;
  }
  auto fields = parse_flat_json(text);
  if (!fields) {
    failed.error = ruby + " printed no report that could be read";
    return failed;
  }
  return ruby_facts(*fields);
#endif
}

std::string ruby_guidance(const RubyReport& report)
{
  const std::string dir = field(report.fields, "with_openssl_dir");
  std::string text = guidance_text("ruby-rebuild");
  if (!dir.empty())
    text += "\n" + guidance_text("ruby-built-with", {{"dir", dir}});
  return guidance_item(text, 2);
}

}  // namespace osp
