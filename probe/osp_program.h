/* The install's own openssl program, as the Ruby SDK's page checks it
 * ("openssl version"): started before the facts are gathered, so that it
 * runs meanwhile, then read (at most 10 s in all) and set against the
 * library that loaded.  The probe runs <prefix>/bin/openssl with the
 * verified library's folder first on the loader's path; the command, the
 * openssl on PATH as the user runs it.
 * Builds as C99 and as C++14 or later; POSIX only (elsewhere no program
 * is run).  The including file must define _GNU_SOURCE before any system
 * header (see osp_library.h). */
#ifndef OSP_PROGRAM_H
#define OSP_PROGRAM_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "osp_facts.h"
#include "osp_version.h"

#if !defined(_WIN32)
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
  (void)program;
  (void)path;
  (void)libdir;
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

/* Reads what the program started into *run printed, at most 10 s in all
 * (one that hangs, or talks on and on, is stopped and named), and sets it
 * against the library in <facts>: the build it is of is the text before
 * " (Library: ", which "openssl version" adds when the library differs. */
static inline void osp_program_finish(osp_program_run *run, osp_program_fact *program,
                                      const osp_facts *facts)
{
#if !defined(_WIN32)
  const long deadline = osp_program_now_ms() + OSP_PROGRAM_WAIT_MS;
  size_t used = 0;
  int stopped = 0;
  int full = 0;
  int status = 0;
  char *end;
  if (run->pid < 0)
    return;
  for (;;) {
    struct pollfd ready;
    long left = deadline - osp_program_now_ms();
    ssize_t n;
    int rc;
    if (left <= 0 || used + 1 >= sizeof program->text) {
      /* Out of time, or said more than a version: enough either way. */
      stopped = left <= 0;
      full = !stopped;
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
  program->text[used] = '\0';
  close(run->output);
  while (waitpid(OSP_CAST(pid_t, run->pid), &status, 0) < 0) {
    if (errno != EINTR) {
      status = -1;
      break;
    }
  }
  end = strpbrk(program->text, "\r\n");
  if (end != OSP_NULL)
    *end = '\0';
  if (stopped) {
    snprintf(program->error, sizeof program->error, "it did not finish within 10 s");
  } else if (!full && (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)) {
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
#else
  (void)run;
  (void)program;
  (void)facts;
#endif
}

#endif
