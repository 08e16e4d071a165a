# Unit test of the upgrade command the configure step suggests, with
# sample os-release files and the package managers each has.
#   cmake -DMODULE_DIR=<cmake/> -P Guidance.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Guidance.cmake")

set(_failed "")
# os-release file | programs present (,) | root | expected command | expected label
set(_rows
  "debian-12|apt-get|1|sudo apt-get update && sudo apt-get install --only-upgrade openssl libssl-dev|Debian GNU/Linux 12 (bookworm), apt-get"
  "debian-12|apt-get|0|apt-get update && apt-get install --only-upgrade openssl libssl-dev|Debian GNU/Linux 12 (bookworm), apt-get"
  "ubuntu-22.04|apt-get|1|sudo apt-get update && sudo apt-get install --only-upgrade openssl libssl-dev|Ubuntu 22.04.4 LTS, apt-get"
  "fedora-40|dnf,apt-get|1|sudo dnf upgrade openssl openssl-devel|Fedora Linux 40 (Workstation Edition), dnf"
  "rocky-9|dnf,yum|1|sudo dnf upgrade openssl openssl-devel|Rocky Linux 9.4 (Blue Onyx), dnf"
  "opensuse-leap-15|zypper|1|sudo zypper update openssl libopenssl-devel|openSUSE Leap 15.6, zypper"
  "arch|pacman|1|sudo pacman -Syu openssl|Arch Linux, pacman"
  "alpine-3.20|apk|0|apk upgrade openssl openssl-dev|Alpine Linux v3.20, apk"
  "debian-12||1||")
foreach(_row IN LISTS _rows)
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _file)
  list(GET _row 1 _programs)
  list(GET _row 2 _sudo)
  list(GET _row 3 _want_command)
  list(GET _row 4 _want_label)
  set(_OpenSSLProbe_HOST Linux)
  set(_OpenSSLProbe_OS_RELEASE "${CMAKE_CURRENT_LIST_DIR}/os-release/${_file}")
  string(REPLACE "," ";" _OpenSSLProbe_PROGRAMS "${_programs}")
  if(_sudo)
    set(_OpenSSLProbe_ROOT 1000)
  else()
    set(_OpenSSLProbe_ROOT 0)
  endif()
  _openssl_probe_upgrade_command(_command _label)
  if(NOT _command STREQUAL _want_command OR NOT _label STREQUAL _want_label)
    string(APPEND _failed "${_file} [${_programs}]: got [${_command}] [${_label}]\n"
                          "  expected [${_want_command}] [${_want_label}]\n")
  endif()
endforeach()

set(_OpenSSLProbe_HOST Darwin)
set(_OpenSSLProbe_PROGRAMS brew)
_openssl_probe_upgrade_command(_command _label)
if(NOT _command STREQUAL "brew install openssl@3" OR NOT _label MATCHES "brew --prefix openssl@3")
  string(APPEND _failed "macOS with Homebrew: got [${_command}] [${_label}]\n")
endif()
set(_OpenSSLProbe_HOST Windows)
set(_OpenSSLProbe_PROGRAMS vcpkg)
_openssl_probe_upgrade_command(_command _label)
if(NOT _command STREQUAL "vcpkg install openssl")
  string(APPEND _failed "Windows with vcpkg: got [${_command}]\n")
endif()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
message(STATUS "every platform gets its own upgrade command")
