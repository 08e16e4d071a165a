// openssl-probe --scan: every OpenSSL install of this machine, each judged
// against the requirements by the probe itself, built against it with the
// C compiler at hand ($CC, else cc) and run, two at a time.  The places
// are the table the module's search reads (cmake/OpenSSLProbe/places.tsv,
// embedded), the probe's sources are embedded too.  POSIX only.
#pragma once

#include <string>
#include <vector>

#include "options.hpp"

namespace osp {

// An install found: its place, the headers' folder, its libraries, and
// the options that point a build at it.
struct ScanInstall {
  std::string place;
  std::string include_dir;
  std::string ssl;
  std::string crypto;
  std::string command;  // -DWITH_OPENSSL_DIR=... or FindOpenSSL's hints
};

// An install's verdict: "pass", "fail" or "not-judged" (with why).
struct ScanResult {
  ScanInstall install;
  std::string verdict;
  std::string flavor;
  std::string version;
  std::string library;  // the file that loaded
  std::string reason;   // the first reason, or why it was not judged
};

// The roots to look in: CMAKE_PREFIX_PATH first, the prefixes of the
// OpenSSL modules pkg-config knows, then <given> (or, where none is given,
// places.tsv's roots for this system), the existing ones, each once.
// -D<name>=<value> as a shell takes it: quoted where the value holds a
// space or a character the shell reads.  The module's search words its
// commands by the same rule (_openssl_probe_search_arg), held in step by
// tests/guidance/command-vectors.txt.
std::string shell_arg(const std::string& name, const std::string& value);

std::vector<std::string> scan_roots(const std::vector<std::string>& given);

// The installs below <roots>: each root, each folder in it, its kegs, in
// each layout of places.tsv; at most <limit>.
std::vector<ScanInstall> scan_installs(const std::vector<std::string>& roots,
                                       std::size_t limit);

// Judges each install against the requirements of <options>.
std::vector<ScanResult> scan_judge(const std::vector<ScanInstall>& installs,
                                   const Options& options);

// The scan as a table, or as JSON; those that pass first, the newest first.
std::string scan_text(const std::vector<ScanResult>& results,
                      const std::vector<std::string>& roots, double seconds);
std::string scan_json(const std::vector<ScanResult>& results, double seconds);

// The results in the order they are shown: those that pass, the newest
// first, then the others as found.
std::vector<ScanResult> scan_order(std::vector<ScanResult> results);

}  // namespace osp
