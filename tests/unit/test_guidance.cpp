#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "guidance.hpp"

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
