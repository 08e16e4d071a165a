#include "program.hpp"

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>

#include "osp_version.h"
#include "report.hpp"

namespace osp {

namespace {

std::string find_on_path(const std::string& name)
{
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
    struct stat info;
    if (stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
        (info.st_mode & S_IXUSR))
      return candidate;
  }
  return "";
}

// The path as one word for /bin/sh.
std::string shell_quote(const std::string& text)
{
  std::string quoted = "'";
  for (char c : text)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

ProgramFact openssl_program(const osp_facts& facts)
{
  ProgramFact program;
  program.path = find_on_path("openssl");
  if (program.path.empty())
    return program;
  program.found = true;
  const std::string command = shell_quote(program.path) + " version 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    program.error = "it could not be started";
    return program;
  }
  char line[512];
  if (std::fgets(line, sizeof line, pipe))
    program.text = line;
  while (std::fgets(line, sizeof line, pipe)) {
  }
  const int status = pclose(pipe);
  while (!program.text.empty() &&
         (program.text.back() == '\n' || program.text.back() == '\r'))
    program.text.pop_back();
  if (status != 0) {
    program.error = "it did not run (" + program.text + ")";
    return program;
  }
  // The build it is of; " (Library: ...)" follows when the library differs
  // (as Report.cmake's _openssl_probe_program_fact reads it).
  const std::string built = program.text.substr(0, program.text.find(" (Library: "));
  char flavor[32];
  char version[64];
  osp_flavor_from_text(built.c_str(), flavor, sizeof flavor, version, sizeof version);
  program.flavor = flavor;
  program.version = version;
  program.matches_library = facts.have_library &&
                            program.flavor == facts.library_flavor &&
                            program.version == facts.library_version;
  return program;
}

std::string program_json(const ProgramFact& program)
{
  if (!program.found)
    return "null";
  return "{\"path\": " + json_quote(program.path) + ", \"text\": " +
         json_quote(program.text) + ", \"flavor\": " + json_quote(program.flavor) +
         ", \"version\": " + json_quote(program.version) + ", \"matches_library\": " +
         (program.matches_library ? "true" : "false") + ", \"error\": " +
         json_quote(program.error) + "}";
}

}  // namespace osp
