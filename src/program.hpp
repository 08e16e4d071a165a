// The openssl program a user runs to check their OpenSSL ("openssl
// version", as the seed page advises), set against the library the build
// or this command gets.
#pragma once

#include <string>

#include "osp_facts.h"

namespace osp {

struct ProgramFact {
  bool found = false;     // an openssl program on PATH
  std::string path;
  std::string text;       // what "openssl version" printed
  std::string flavor;     // the build it is of: the text before " (Library: "
  std::string version;
  std::string error;      // why it did not run, or empty
  bool matches_library = false;
};

// "openssl version" for the openssl on PATH, as the user would run it:
// started first, so that it runs while the facts are gathered, then read
// and compared with the library in <facts>.
struct ProgramRun {
  std::string path;
  int pid = -1;
  int output = -1;
};
ProgramRun start_openssl_program();
ProgramFact finish_openssl_program(ProgramRun run, const osp_facts& facts);

// The fact as the report's openssl_program field: an object, or null.
std::string program_json(const ProgramFact& program);

}  // namespace osp
