// The OpenSSL a Ruby uses, checked the way the configure step checks a
// library: the Ruby runs probe/ruby_openssl.rb, which reports the versions,
// the libssl that loaded and an in-process handshake.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "osp_facts.h"

namespace osp {

// Reads a flat JSON object of strings and booleans (what the Ruby script
// prints) into key -> text, with booleans as "true"/"false".  Returns
// nothing if the text is not such an object.
std::optional<std::map<std::string, std::string>> parse_flat_json(
  const std::string& text);

struct RubyReport {
  std::string error;  // why nothing could be learned, or empty
  std::map<std::string, std::string> fields;
  osp_facts facts{};
};

// Turns the script's fields into probe facts.
RubyReport ruby_facts(const std::map<std::string, std::string>& fields);

// Runs <ruby> on the embedded script for TLS <tls> (12 or 13).
RubyReport probe_ruby(const std::string& ruby, int tls);

// The advice for rebuilding Ruby against another OpenSSL: the ruby plan's
// step ruby-rebuild, with the --with-openssl-dir the Ruby names.
std::string ruby_guidance(const RubyReport& report);

}  // namespace osp
