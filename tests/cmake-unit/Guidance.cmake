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

# What apt says it would install, from its answers recorded in
# tests/guidance, and what that upgrade does for a failure: the rule of
# tests/guidance/upgrade-vectors.txt, which the command follows too.
include("${MODULE_DIR}/OpenSSLProbe/Version.cmake")
set(_recorded "${CMAKE_CURRENT_LIST_DIR}/../guidance")
foreach(_case IN ITEMS "upgradable|3.0.19-1~deb12u2|3.0.22-1~deb12u2|libssl-dev"
                       "not-installed||3.0.22-1~deb12u2|libssl-dev" "unknown|||")
  string(REPLACE "|" ";" _case "${_case}")
  list(GET _case 0 _name)
  list(GET _case 1 _want_installed)
  list(GET _case 2 _want_candidate)
  list(GET _case 3 _want_package)
  set(_OpenSSLProbe_CANDIDATE_OUTPUT "${_recorded}/apt-cache-policy-${_name}.txt")
  _openssl_probe_package_candidate(_installed _candidate _package apt-get)
  if(NOT "${_installed}|${_candidate}|${_package}" STREQUAL
         "${_want_installed}|${_want_candidate}|${_want_package}")
    string(APPEND _failed "apt's answer ${_name}: got [${_installed}|${_candidate}|${_package}]\n")
  endif()
endforeach()

# Sets <out> to the vectors of tests/guidance/<name>, one a line; a file
# that holds fewer than 10 is a failure.
macro(_read_vectors out name)
  file(STRINGS "${_recorded}/${name}" ${out} REGEX "^[^#]")
  list(LENGTH ${out} _n)
  if(_n LESS 10)
    string(APPEND _failed "${name} holds ${_n} vectors\n")
  endif()
endmacro()
_read_vectors(_vectors upgrade-vectors.txt)
foreach(_vector IN LISTS _vectors)
  string(REPLACE " | " ";" _fields "${_vector}")
  list(TRANSFORM _fields REPLACE "^-$" "")
  list(GET _fields 0 _codes)
  string(REPLACE "," ";" _codes "${_codes}")
  set(_i 0)
  foreach(_name IN ITEMS _min _branch _installed _candidate _want)
    math(EXPR _i "${_i} + 1")
    list(GET _fields ${_i} ${_name})
  endforeach()
  _openssl_probe_upgrade_outcome(_outcome "${_codes}" "${_min}" "${_branch}" "${_installed}"
    "${_candidate}")
  if(NOT _outcome STREQUAL _want)
    string(APPEND _failed "vector [${_vector}]: got ${_outcome}\n")
  endif()
endforeach()

# The search's command line, by the rule of
# tests/guidance/command-vectors.txt, which --scan follows too.
include("${MODULE_DIR}/OpenSSLProbe/Search.cmake")
_read_vectors(_vectors command-vectors.txt)
foreach(_vector IN LISTS _vectors)
  string(FIND "${_vector}" " | " _at)
  string(SUBSTRING "${_vector}" 0 ${_at} _name)
  math(EXPR _at "${_at} + 3")
  string(SUBSTRING "${_vector}" ${_at} -1 _rest)
  string(FIND "${_rest}" " | " _at)
  string(SUBSTRING "${_rest}" 0 ${_at} _value)
  math(EXPR _at "${_at} + 3")
  string(SUBSTRING "${_rest}" ${_at} -1 _want)
  _openssl_probe_search_arg(_arg ${_name} "${_value}")
  if(NOT _arg STREQUAL _want)
    string(APPEND _failed "command vector [${_vector}]: got ${_arg}\n")
  endif()
endforeach()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
message(STATUS "every platform gets its own upgrade command, judged by what it would install")
