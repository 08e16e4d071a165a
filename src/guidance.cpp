#include "guidance.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#if !defined(_WIN32)
#  include <unistd.h>
#endif

namespace osp {

OsRelease parse_os_release(const std::string& text)
{
  OsRelease fields;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || eq == std::string::npos)
      continue;
    std::string value = line.substr(eq + 1);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    fields[line.substr(0, eq)] = value;
  }
  return fields;
}

namespace {

struct Manager {
  const char* program;
  const char* command;  // without sudo
  bool needs_root;
};

// Distribution IDs whose own package manager is known, best first.
const std::vector<std::pair<std::string, Manager>>& linux_managers()
{
  static const std::vector<std::pair<std::string, Manager>> table = {
    {"debian", {"apt-get", "apt-get update && {sudo}apt-get install --only-upgrade openssl libssl-dev", true}},
    {"ubuntu", {"apt-get", "apt-get update && {sudo}apt-get install --only-upgrade openssl libssl-dev", true}},
    {"fedora", {"dnf", "dnf upgrade openssl openssl-devel", true}},
    {"rhel", {"dnf", "dnf upgrade openssl openssl-devel", true}},
    {"centos", {"yum", "yum update openssl openssl-devel", true}},
    {"suse", {"zypper", "zypper update openssl libopenssl-devel", true}},
    {"arch", {"pacman", "pacman -Syu openssl", true}},
    {"alpine", {"apk", "apk upgrade openssl openssl-dev", true}},
  };
  return table;
}

bool has_word(const std::string& words, const std::string& word)
{
  std::istringstream in(words);
  std::string w;
  while (in >> w)
    if (w == word)
      return true;
  return false;
}

std::string with_sudo(std::string command, bool needs_root, bool root)
{
  const std::string sudo = needs_root && !root ? "sudo " : "";
  const std::string mark = "{sudo}";
  for (auto at = command.find(mark); at != std::string::npos;
       at = command.find(mark))
    command.replace(at, mark.size(), sudo);
  return sudo + command;
}

}  // namespace

Upgrade upgrade_for(const Platform& platform)
{
  auto has = [&](const std::string& p) {
    return platform.has_program && platform.has_program(p);
  };
  if (platform.system == "Darwin") {
    if (has("brew"))
      return {"macOS, Homebrew; openssl@3 is keg-only: configure with "
              "-DWITH_OPENSSL_DIR=$(brew --prefix openssl@3)",
              "brew install openssl@3"};
    if (has("port"))
      return {"macOS, MacPorts", with_sudo("port install openssl3", true,
                                           platform.root)};
    return {};
  }
  if (platform.system == "Windows") {
    if (has("vcpkg"))
      return {"Windows, vcpkg", "vcpkg install openssl"};
    if (has("choco"))
      return {"Windows, Chocolatey", "choco upgrade openssl"};
    return {};
  }
  std::string ids;
  for (const char* key : {"ID", "ID_LIKE"}) {
    auto it = platform.os_release.find(key);
    if (it != platform.os_release.end())
      ids += " " + it->second;
  }
  std::vector<Manager> order;
  for (const auto& [id, manager] : linux_managers())
    if (has_word(ids, id))
      order.push_back(manager);
  for (const auto& entry : linux_managers())
    order.push_back(entry.second);
  for (const auto& manager : order) {
    if (!has(manager.program))
      continue;
    std::string label = manager.program;
    auto name = platform.os_release.find("PRETTY_NAME");
    if (name != platform.os_release.end())
      label = name->second + ", " + label;
    return {label, with_sudo(manager.command, manager.needs_root, platform.root)};
  }
  return {};
}

Platform this_platform()
{
  Platform platform;
#if defined(_WIN32)
  platform.system = "Windows";
#elif defined(__APPLE__)
  platform.system = "Darwin";
#else
  platform.system = "Linux";
  std::ifstream file("/etc/os-release");
  std::stringstream text;
  text << file.rdbuf();
  platform.os_release = parse_os_release(text.str());
#endif
#if !defined(_WIN32)
  platform.root = geteuid() == 0;
#endif
  platform.has_program = [](const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
#if defined(_WIN32)
      std::ifstream exe(dir + "\\" + program + ".exe");
      if (exe.good())
        return true;
#else
      if (!dir.empty() && access((dir + "/" + program).c_str(), X_OK) == 0)
        return true;
#endif
    }
    return false;
  };
  return platform;
}

}  // namespace osp
