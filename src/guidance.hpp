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
#include <vector>

namespace osp {

// Key/value pairs of an os-release file (ID, ID_LIKE, PRETTY_NAME, ...).
using OsRelease = std::map<std::string, std::string>;

OsRelease parse_os_release(const std::string& text);

// The records of <kind> in a table of guidance.tsv's form (one a line,
// fields separated by one tab; places.tsv too), each split into its
// fields (the kind itself dropped), "\n" turned into line breaks.
std::vector<std::vector<std::string>> table_records(const std::string& table,
                                                    const std::string& kind);

struct Platform {
  std::string system;  // "Linux", "Darwin", "Windows"
  OsRelease os_release;
  bool root = false;
  // Whether a program is on PATH.
  std::function<bool(const std::string&)> has_program;
  // What a command (its words split on spaces) prints within 5 s in the C
  // locale; empty when it fails or takes longer.
  std::function<std::string(const std::string&)> run;
};

struct Upgrade {
  std::string label;    // e.g. "Debian GNU/Linux 12 (bookworm), apt-get"
  std::string command;  // empty when no package manager is known
  std::string program;  // the package manager's program, e.g. "apt-get"
  // Its development package, the version installed and the version it
  // would install (guidance.tsv's candidate rows); empty when unknown.
  std::string package;
  std::string installed;
  std::string candidate;
};

// The upgrade command for <platform>, and what its package manager says
// it would install.
Upgrade upgrade_for(const Platform& platform);

// What the upgrade does for the reason <codes>, given MIN_VERSION
// <min_version>, the failed release's <branch> (where its support ended)
// and the versions of <upgrade>: "unknown", "too-old", "same-branch",
// "nothing-newer" or "to" (the module's _openssl_probe_upgrade_outcome;
// tests/guidance/upgrade-vectors.txt holds the two in step).
std::string upgrade_outcome(const std::vector<std::string>& codes,
                            const std::string& min_version,
                            const std::string& branch, const std::string& installed,
                            const std::string& candidate);

// The "What to do" item on upgrading, for the reason <codes> (its text
// upgrade-system or upgrade-system-<outcome>).
std::string upgrade_text(const Upgrade& upgrade, const std::vector<std::string>& codes,
                         const std::string& min_version, const std::string& branch);

// The platform this program runs on.
Platform this_platform();

// What a reason code means for the user.
struct CodeGuidance {
  bool known = false;
  bool upgrade_helps = true;  // an unknown code counts as curable
  bool searched = false;      // another install cures it: worth a search
  std::string advice;         // may be empty
};

// The guidance for <code>, for protocol <tls> (12 or 13).
CodeGuidance guidance_for_code(const std::string& code, int tls);

// "What to do" of <plan> (openssl, ruby) in order: each step's name and
// the condition it needs (guidance.tsv's step rows).
std::vector<std::pair<std::string, std::string>> guidance_steps(const std::string& plan);

// The text called <name> (<name>.command where there is one, else
// <name>.<system>), each {NAME} of <fill> filled in.
std::string guidance_text(
  const std::string& name,
  std::initializer_list<std::pair<const char*, std::string>> fill = {});

// <text> as one item of a list at <indent>: "- " and its first line, the
// others indented under it.
std::string guidance_item(const std::string& text, int indent);

}  // namespace osp
