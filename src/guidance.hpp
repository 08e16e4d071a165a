// What to tell the user: the upgrade command for a platform, the advice
// per reason code and the general advice, all read from the table the
// module reads too (cmake/OpenSSLProbe/guidance.tsv, embedded at build
// time).
#pragma once

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>

namespace osp {

// Key/value pairs of an os-release file (ID, ID_LIKE, PRETTY_NAME, ...).
using OsRelease = std::map<std::string, std::string>;

OsRelease parse_os_release(const std::string& text);

struct Platform {
  std::string system;  // "Linux", "Darwin", "Windows"
  OsRelease os_release;
  bool root = false;
  // Whether a program is on PATH.
  std::function<bool(const std::string&)> has_program;
};

struct Upgrade {
  std::string label;    // e.g. "Debian GNU/Linux 12 (bookworm), apt-get"
  std::string command;  // empty when no package manager is known
};

Upgrade upgrade_for(const Platform& platform);

// The platform this program runs on.
Platform this_platform();

// What a reason code means for the user.
struct CodeGuidance {
  bool known = false;
  bool upgrade_helps = true;  // an unknown code counts as curable
  std::string advice;         // may be empty
};

// The guidance for <code>, for protocol <tls> (12 or 13).
CodeGuidance guidance_for_code(const std::string& code, int tls);

// The text called <name>, each {NAME} of <fill> filled in.
std::string guidance_text(
  const std::string& name,
  std::initializer_list<std::pair<const char*, std::string>> fill = {});

// <text> as one item of a list at <indent>: "- " and its first line, the
// others indented under it.
std::string guidance_item(const std::string& text, int indent);

}  // namespace osp
