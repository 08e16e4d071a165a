#include "program.hpp"

#include <cstdlib>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

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

}  // namespace

ProgramRun start_openssl_program()
{
  ProgramRun run;
  run.path = find_on_path("openssl");
  int pipe_fds[2];
  if (run.path.empty() || pipe(pipe_fds) != 0)
    return run;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  char* argv[] = {const_cast<char*>(run.path.c_str()), const_cast<char*>("version"),
                  nullptr};
  pid_t pid;
  if (posix_spawn(&pid, run.path.c_str(), &actions, nullptr, argv, environ) == 0) {
    run.pid = pid;
    run.output = pipe_fds[0];
  } else {
    close(pipe_fds[0]);
  }
  close(pipe_fds[1]);
  posix_spawn_file_actions_destroy(&actions);
  return run;
}

ProgramFact finish_openssl_program(ProgramRun run, const osp_facts& facts)
{
  ProgramFact program;
  program.path = run.path;
  program.found = !run.path.empty();
  if (!program.found)
    return program;
  if (run.pid < 0) {
    program.error = "it could not be started";
    return program;
  }
  // At most 10 s, as the module allows it: a program that hangs is named,
  // not waited for.
  char buffer[512];
  bool hung = false;
  for (;;) {
    pollfd ready{run.output, POLLIN, 0};
    if (poll(&ready, 1, 10000) <= 0) {
      hung = true;
      kill(run.pid, SIGKILL);
      break;
    }
    const ssize_t n = read(run.output, buffer, sizeof buffer);
    if (n <= 0)
      break;
    program.text.append(buffer, static_cast<std::size_t>(n));
  }
  close(run.output);
  int status = 0;
  waitpid(run.pid, &status, 0);
  if (hung) {
    program.error = "it did not finish within 10 s";
    return program;
  }
  program.text = program.text.substr(0, program.text.find_first_of("\r\n"));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
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
