#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "data_rows.hpp"
#include "guidance.hpp"
#include "scan.hpp"

#ifndef OSP_GUIDANCE_DIR
#  error "OSP_GUIDANCE_DIR names tests/guidance"
#endif

namespace {

osp::Platform linux_with(const std::string& os_release,
                         std::set<std::string> programs, bool root = false)
{
  osp::Platform p;
  p.system = "Linux";
  p.os_release = osp::parse_os_release(os_release);
  p.root = root;
  p.has_program = [programs](const std::string& name) {
    return programs.count(name) > 0;
  };
  return p;
}

}  // namespace

TEST_CASE("os-release files are parsed with and without quotes", "[guidance]")
{
  auto fields = osp::parse_os_release(
    "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
    "# a comment\n"
    "ID=debian\n"
    "ID_LIKE='rhel fedora'\n"
    "\n");
  CHECK(fields["PRETTY_NAME"] == "Debian GNU/Linux 12 (bookworm)");
  CHECK(fields["ID"] == "debian");
  CHECK(fields["ID_LIKE"] == "rhel fedora");
}

TEST_CASE("The distribution's package manager is chosen", "[guidance]")
{
  auto [os_release, programs, command] =
    GENERATE(table<std::string, std::set<std::string>, std::string>({
      {"ID=debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"", {"apt-get"},
       "sudo apt-get update && sudo apt-get install --only-upgrade openssl libssl-dev"},
      {"ID=ubuntu\nID_LIKE=debian", {"apt-get"},
       "sudo apt-get update && sudo apt-get install --only-upgrade openssl libssl-dev"},
      {"ID=fedora", {"dnf"}, "sudo dnf upgrade openssl openssl-devel"},
      {"ID=rocky\nID_LIKE=\"rhel centos fedora\"", {"dnf", "yum"},
       "sudo dnf upgrade openssl openssl-devel"},
      {"ID=centos", {"yum"}, "sudo yum update openssl openssl-devel"},
      {"ID=opensuse-leap\nID_LIKE=\"suse opensuse\"", {"zypper"},
       "sudo zypper update openssl libopenssl-devel"},
      {"ID=arch", {"pacman"}, "sudo pacman -Syu openssl"},
      {"ID=alpine", {"apk"}, "sudo apk upgrade openssl openssl-dev"},
      // A distribution's own manager wins over another one that is present.
      {"ID=fedora", {"apt-get", "dnf"}, "sudo dnf upgrade openssl openssl-devel"},
      // Unknown distribution: whichever known manager is installed.
      {"ID=somethingelse", {"zypper"}, "sudo zypper update openssl libopenssl-devel"},
    }));
  CHECK(osp::upgrade_for(linux_with(os_release, programs)).command == command);
}

TEST_CASE("Root gets no sudo", "[guidance]")
{
  auto upgrade = osp::upgrade_for(linux_with("ID=debian", {"apt-get"}, true));
  CHECK(upgrade.command ==
        "apt-get update && apt-get install --only-upgrade openssl libssl-dev");
}

TEST_CASE("The label names the distribution and the tool", "[guidance]")
{
  auto upgrade = osp::upgrade_for(
    linux_with("ID=debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"", {"apt-get"}));
  CHECK(upgrade.label == "Debian GNU/Linux 12 (bookworm), apt-get");
}

TEST_CASE("No known package manager gives no command", "[guidance]")
{
  CHECK(osp::upgrade_for(linux_with("ID=debian", {})).command.empty());
}

TEST_CASE("macOS and Windows have their own managers", "[guidance]")
{
  osp::Platform mac;
  mac.system = "Darwin";
  mac.has_program = [](const std::string& p) { return p == "brew"; };
  auto brew = osp::upgrade_for(mac);
  CHECK(brew.command == "brew install openssl@3");
  CHECK_THAT(brew.label, Catch::Matchers::Contains("brew --prefix openssl@3"));
  mac.has_program = [](const std::string& p) { return p == "port"; };
  CHECK(osp::upgrade_for(mac).command == "sudo port install openssl3");

  osp::Platform windows;
  windows.system = "Windows";
  windows.has_program = [](const std::string& p) { return p == "vcpkg"; };
  CHECK(osp::upgrade_for(windows).command == "vcpkg install openssl");
}

namespace {

std::string recorded(const std::string& name)
{
  std::ifstream file(std::string(OSP_GUIDANCE_DIR) + "/" + name);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string trimmed(const std::string& text)
{
  const auto first = text.find_first_not_of(' ');
  const auto last = text.find_last_not_of(' ');
  return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

}  // namespace

TEST_CASE("apt's answer says what an upgrade would install", "[guidance]")
{
  auto debian = linux_with("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian",
                           {"apt-get"}, true);
  std::string asked;
  std::string answer = recorded("apt-cache-policy-upgradable.txt");
  debian.run = [&](const std::string& command) {
    asked = command;
    return answer;
  };
  auto upgrade = osp::upgrade_for(debian);
  CHECK(asked == "apt-cache policy libssl-dev");
  CHECK(upgrade.program == "apt-get");
  CHECK(upgrade.package == "libssl-dev");
  CHECK(upgrade.installed == "3.0.19-1~deb12u2");
  CHECK(upgrade.candidate == "3.0.22-1~deb12u2");
  CHECK(osp::upgrade_text(upgrade, {"version-too-old"}, "3.5", "3.0") ==
        "Upgrading the system OpenSSL does not help: the newest libssl-dev that\n"
        "apt-get knows of is 3.0.22-1~deb12u2 (Debian GNU/Linux 12 (bookworm), apt-get), "
        "older than 3.5.");
  CHECK(osp::upgrade_text(upgrade, {"version-too-old"}, "3.0.20", "3.0") ==
        "Upgrade the system OpenSSL to libssl-dev 3.0.22-1~deb12u2 (Debian GNU/Linux 12 "
        "(bookworm), apt-get):\n  apt-get update && apt-get install --only-upgrade openssl "
        "libssl-dev");

  answer = recorded("apt-cache-policy-not-installed.txt");
  upgrade = osp::upgrade_for(debian);
  CHECK(upgrade.installed.empty());
  CHECK(upgrade.candidate == "3.0.22-1~deb12u2");

  // No answer (a package the lists do not hold, no lists, no apt-cache):
  // the upgrade is advised as it is, with no version.
  answer = recorded("apt-cache-policy-unknown.txt");
  upgrade = osp::upgrade_for(debian);
  CHECK(upgrade.candidate.empty());
  CHECK(upgrade.package.empty());
  CHECK(osp::upgrade_text(upgrade, {"version-too-old"}, "3.5", "3.0").rfind(
          "Upgrade the system OpenSSL (Debian", 0) == 0);
}

TEST_CASE("what an upgrade does for a failure: tests/guidance/upgrade-vectors.txt",
          "[guidance]")
{
  const auto rows = osp_test::data_rows(OSP_GUIDANCE_DIR "/upgrade-vectors.txt");
  REQUIRE(rows.size() >= 10);
  for (const auto& [line, raw] : rows) {
    INFO(line);
    REQUIRE(raw.size() == 6);
    std::vector<std::string> f;
    for (const auto& field : raw)
      f.push_back(trimmed(field) == "-" ? "" : trimmed(field));
    const auto codes = osp_test::split(f[0], ',');
    CHECK(osp::upgrade_outcome(codes, f[1], f[2], f[3], f[4]) == f[5]);
  }
}

TEST_CASE("a command line names a path as a shell takes it: tests/guidance/command-vectors.txt",
          "[guidance]")
{
  std::ifstream file(OSP_GUIDANCE_DIR "/command-vectors.txt");
  int count = 0;
  for (std::string line; std::getline(file, line);) {
    if (line.empty() || line[0] == '#')
      continue;
    INFO(line);
    // name | value | argument: the value may hold anything but " | ".
    const auto first = line.find(" | ");
    const auto second = line.find(" | ", first + 3);
    REQUIRE(second != std::string::npos);
    CHECK(osp::shell_arg(line.substr(0, first), line.substr(first + 3, second - first - 3)) ==
          line.substr(second + 3));
    ++count;
  }
  CHECK(count >= 10);
}
