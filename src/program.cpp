#include "program.hpp"

#include <cstdlib>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include "osp_path.h"

namespace osp {

namespace {

// The first <name> on PATH that is a program, as a shell (or Windows, with
// ".exe" added) would start it.
std::string find_on_path(const std::string& name)
{
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string dir;
#if defined(_WIN32)
  const std::string file = name + ".exe";
#else
  const std::string& file = name;
#endif
  while (std::getline(dirs, dir, OSP_PATH_LIST_SEPARATOR)) {
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + file;
    struct stat info;
    if (stat(candidate.c_str(), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG &&
        (info.st_mode & S_IEXEC))
      return candidate;
  }
  return "";
}

}  // namespace

ProgramRun start_openssl_program()
{
  ProgramRun started;
  const std::string path = find_on_path("openssl");
  if (!path.empty())
    osp_program_start(&started.run, &started.fact, path.c_str(), nullptr);
  return started;
}

osp_program_fact finish_openssl_program(ProgramRun run, const osp_facts& facts)
{
  osp_program_finish(&run.run, &run.fact, &facts);
  return run.fact;
}

}  // namespace osp
