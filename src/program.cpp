#include "program.hpp"

#include <cstdlib>
#include <sstream>
#include <string>
#include <sys/stat.h>

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
