// The openssl program a user runs to check their OpenSSL ("openssl
// version", the usual way to check OpenSSL), set against the library this
// command gets: the one on PATH, run as the user runs it.
#pragma once

#include "osp_facts.h"
#include "osp_program.h"

namespace osp {

struct ProgramRun {
  osp_program_run run{-1, -1};
  osp_program_fact fact{};
};

// The openssl on PATH, started first so that it runs while the facts are
// gathered; not found, it is reported as such.
ProgramRun start_openssl_program();
// Waits for it (at most 10 s) and sets it against the library in <facts>.
osp_program_fact finish_openssl_program(ProgramRun run, const osp_facts& facts);

}  // namespace osp
