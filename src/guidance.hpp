// The command that upgrades OpenSSL on a given platform.
#pragma once

#include <functional>
#include <map>
#include <string>

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

}  // namespace osp
