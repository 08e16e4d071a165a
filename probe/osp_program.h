/* The install's own openssl program, as the Ruby SDK's page checks it
 * ("openssl version"): started before the facts are gathered, so that it
 * runs meanwhile, then read (at most 10 s in all) and set against the
 * library that loaded.  The probe runs <prefix>/bin/openssl with the
 * verified library's folder first on the loader's path; the command, the
 * openssl on PATH as the user runs it.
 * Builds as C99 and as C++14 or later; POSIX and Windows.  The including file must define _GNU_SOURCE before any system
 * header (see osp_library.h). */
#ifndef OSP_PROGRAM_H
#define OSP_PROGRAM_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "osp_facts.h"
#include "osp_version.h"

#if defined(_WIN32)
#  include <windows.h>
#else
#  include <fcntl.h>
#  include <poll.h>
#  include <signal.h>
#  include <spawn.h>
#  include <sys/types.h>
#  include <sys/wait.h>
#  include <time.h>
#  include <unistd.h>
#  if !defined(__USE_GNU)
extern char **environ; /* glibc declares it with _GNU_SOURCE */
#  endif
#endif
#if defined(__linux__) && defined(__USE_GNU)
#  include <sched.h>
#  define OSP_PROGRAM_ELSEWHERE 1
#endif

#define OSP_PROGRAM_WAIT_MS 10000

/* A started "openssl version". */
typedef struct osp_program_run {
  long pid;   /* -1: not started */
  int output; /* its stdout and stderr */
#if defined(_WIN32)
  HANDLE process;
  HANDLE pipe; /* the read end of its stdout and stderr */
#endif
} osp_program_run;

#if !defined(_WIN32)
/* Lets the started program <pid> run on any processor but this one's, so
 * that it runs beside the facts' gathering: left alone, Linux keeps a new
 * process on its parent's processor, and the two take turns there. */
static inline void osp_program_elsewhere(pid_t pid)
{
#if defined(OSP_PROGRAM_ELSEWHERE)
  cpu_set_t allowed;
  const int here = sched_getcpu();
  if (here < 0 || sched_getaffinity(0, sizeof allowed, &allowed) != 0 ||
      CPU_COUNT(&allowed) < 2 || !CPU_ISSET(OSP_CAST(size_t, here), &allowed))
    return;
  CPU_CLR(OSP_CAST(size_t, here), &allowed);
  (void)sched_setaffinity(pid, sizeof allowed, &allowed);
#else
  (void)pid;
#endif
}
#endif

/* Starts "<path> version" into *run; with <libdir>, that folder comes
 * first on LD_LIBRARY_PATH for it alone.  Records in *program the path,
 * and why it did not start. */
static inline void osp_program_start(osp_program_run *run, osp_program_fact *program,
                                     const char *path, const char *libdir)
{
  run->pid = -1;
  run->output = -1;
#if !defined(_WIN32)
  {
    static char version_argument[] = "version";
    char library_path[2 * OSP_PATH_MAX];
    char **envp = environ;
    char *argv[3];
    int fds[2];
    int rc;
    pid_t pid;
    posix_spawn_file_actions_t actions;
    program->found = 1;
    snprintf(program->path, sizeof program->path, "%s", path);
    if (pipe(fds) != 0) {
      snprintf(program->error, sizeof program->error, "it could not be started: %s",
               strerror(errno));
      return;
    }
    /* The read end stays with this process alone. */
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    if (libdir != OSP_NULL && libdir[0] != '\0') {
      const char *old = getenv("LD_LIBRARY_PATH");
      size_t count = 0;
      size_t n = 0;
      size_t i;
      while (environ[count] != OSP_NULL)
        ++count;
      envp = OSP_CAST(char **, malloc((count + 2) * sizeof *envp));
      if (envp == OSP_NULL) {
        envp = environ;
      } else {
        snprintf(library_path, sizeof library_path, "LD_LIBRARY_PATH=%s%s%s", libdir,
                 old != OSP_NULL && old[0] != '\0' ? ":" : "", old != OSP_NULL ? old : "");
        envp[n++] = library_path;
        for (i = 0; i < count; ++i)
          if (strncmp(environ[i], "LD_LIBRARY_PATH=", 16) != 0)
            envp[n++] = environ[i];
        envp[n] = OSP_NULL;
      }
    }
    argv[0] = program->path;
    argv[1] = version_argument;
    argv[2] = OSP_NULL;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    if (fds[1] > STDERR_FILENO)
      posix_spawn_file_actions_addclose(&actions, fds[1]);
    rc = posix_spawn(&pid, program->path, &actions, OSP_NULL, argv, envp);
    if (rc == 0) {
      osp_program_elsewhere(pid);
      run->pid = pid;
      run->output = fds[0];
    } else {
      close(fds[0]);
      snprintf(program->error, sizeof program->error, "it could not be started: %s",
               strerror(rc));
    }
    close(fds[1]);
    posix_spawn_file_actions_destroy(&actions);
    if (envp != environ)
      free(envp);
  }
#else
  {
    /* The DLLs beside openssl.exe load first: <libdir> is not needed. */
    SECURITY_ATTRIBUTES inherit;
    STARTUPINFOA startup;
    PROCESS_INFORMATION started;
    HANDLE write_end;
    char command[OSP_PATH_MAX + 16];
    (void)libdir;
    program->found = 1;
    snprintf(program->path, sizeof program->path, "%s", path);
    memset(&inherit, 0, sizeof inherit);
    inherit.nLength = sizeof inherit;
    inherit.bInheritHandle = TRUE;
    if (!CreatePipe(&run->pipe, &write_end, &inherit, 0)) {
      snprintf(program->error, sizeof program->error,
               "it could not be started: error %lu", OSP_CAST(unsigned long, GetLastError()));
      return;
    }
    SetHandleInformation(run->pipe, HANDLE_FLAG_INHERIT, 0);
    memset(&startup, 0, sizeof startup);
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = write_end;
    startup.hStdError = write_end;
    snprintf(command, sizeof command, "\"%s\" version", program->path);
    if (CreateProcessA(program->path, command, OSP_NULL, OSP_NULL, TRUE, CREATE_NO_WINDOW,
                       OSP_NULL, OSP_NULL, &startup, &started)) {
      CloseHandle(started.hThread);
      run->process = started.hProcess;
      run->pid = OSP_CAST(long, started.dwProcessId);
    } else {
      snprintf(program->error, sizeof program->error,
               "it could not be started: error %lu", OSP_CAST(unsigned long, GetLastError()));
      CloseHandle(run->pipe);
    }
    CloseHandle(write_end);
  }
#endif
}

#if !defined(_WIN32)
/* Milliseconds on a clock that only goes forward. */
static inline long osp_program_now_ms(void)
{
  struct timespec now;
  long seconds;
  clock_gettime(CLOCK_MONOTONIC, &now);
  seconds = now.tv_sec;
  return seconds * 1000 + now.tv_nsec / 1000000;
}
#endif

/* Reads into program->text what the program started into *run printed, at
 * most 10 s in all (one that hangs, or talks on and on, is stopped).
 * Returns 1 if it was stopped for time, 2 if for length, -1 if it failed,
 * 0 if it ran. */
static inline int osp_program_collect(osp_program_run *run, osp_program_fact *program)
{
  size_t used = 0;
  int outcome = 0;
#if !defined(_WIN32)
  const long deadline = osp_program_now_ms() + OSP_PROGRAM_WAIT_MS;
  int status = 0;
  for (;;) {
    struct pollfd ready;
    long left = deadline - osp_program_now_ms();
    ssize_t n;
    int rc;
    if (left <= 0 || used + 1 >= sizeof program->text) {
      /* Out of time, or said more than a version: enough either way. */
      outcome = left <= 0 ? 1 : 2;
      kill(OSP_CAST(pid_t, run->pid), SIGKILL);
      break;
    }
    ready.fd = run->output;
    ready.events = POLLIN;
    ready.revents = 0;
    rc = poll(&ready, 1, OSP_CAST(int, left));
    if (rc < 0 && errno == EINTR)
      continue;
    if (rc <= 0)
      continue; /* the deadline decides */
    n = read(run->output, program->text + used, sizeof program->text - 1 - used);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    used += OSP_CAST(size_t, n);
  }
  close(run->output);
  while (waitpid(OSP_CAST(pid_t, run->pid), &status, 0) < 0) {
    if (errno != EINTR) {
      status = -1;
      break;
    }
  }
  if (outcome == 0 && (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0))
    outcome = -1;
#else
  /* "openssl version" says less than a pipe holds: wait, then read. */
  DWORD code = 1;
  DWORD n = 0;
  if (WaitForSingleObject(run->process, OSP_PROGRAM_WAIT_MS) != WAIT_OBJECT_0) {
    TerminateProcess(run->process, 1);
    outcome = 1;
  }
  while (used + 1 < sizeof program->text &&
         ReadFile(run->pipe, program->text + used,
                  OSP_CAST(DWORD, sizeof program->text - 1 - used), &n, OSP_NULL) &&
         n > 0)
    used += n;
  GetExitCodeProcess(run->process, &code);
  if (outcome == 0 && code != 0)
    outcome = -1;
  CloseHandle(run->pipe);
  CloseHandle(run->process);
#endif
  program->text[used] = '\0';
  return outcome;
}

/* Reads what the program started into *run printed (osp_program_collect),
 * and sets it against the library in <facts>: the build it is of is the
 * text before " (Library: ", which "openssl version" adds when the library
 * differs. */
static inline void osp_program_finish(osp_program_run *run, osp_program_fact *program,
                                      const osp_facts *facts)
{
  int outcome;
  char *end;
  if (run->pid < 0)
    return;
  outcome = osp_program_collect(run, program);
  end = strpbrk(program->text, "\r\n");
  if (end != OSP_NULL)
    *end = '\0';
  if (outcome == 1) {
    snprintf(program->error, sizeof program->error, "it did not finish within 10 s");
  } else if (outcome == -1) {
    /* Cut where it must be: the text is shown in full beside it. */
    if (snprintf(program->error, sizeof program->error, "it did not run (%s)",
                 program->text) < 0)
      program->error[0] = '\0';
  } else {
    char built[OSP_TEXT_MAX];
    char *library = strstr(program->text, " (Library: ");
    snprintf(built, sizeof built, "%s", program->text);
    if (library != OSP_NULL)
      built[library - program->text] = '\0';
    osp_flavor_from_text(built, program->flavor, sizeof program->flavor,
                         program->version, sizeof program->version);
    program->matches_library = facts->have_library &&
                               strcmp(program->flavor, facts->library_flavor) == 0 &&
                               strcmp(program->version, facts->library_version) == 0;
  }
}

#endif
