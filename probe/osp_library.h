/* Facts from the library that actually loaded: its own version, and the
 * files libssl and libcrypto were loaded from.
 * Builds as C99 and as C++14 or later.  On POSIX the including file must
 * define _GNU_SOURCE before any system header, for dladdr and realpath. */
#ifndef OSP_LIBRARY_H
#define OSP_LIBRARY_H

#include "osp_header.h"

#if defined(_WIN32)
#  include <windows.h>
#  include "osp_path.h"
#else
#  include <dlfcn.h>
#  include <limits.h>
#  include <stdlib.h>
#endif

/* Writes the file that holds the given address.  The address must be data
 * the library owns (a string, a method table): in a static or non-PIE
 * executable a function address resolves to the executable itself. */
static inline void osp_library_file_of(const void *address, char *out,
                                       size_t size)
{
  out[0] = '\0';
#if defined(_WIN32)
  {
    HMODULE module = OSP_NULL;
    if (GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                             GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           OSP_CAST(LPCSTR, address), &module))
      GetModuleFileNameA(module, out, OSP_CAST(DWORD, size));
  }
#else
  {
    Dl_info info;
    char resolved[PATH_MAX];
    if (dladdr(address, &info) == 0 || info.dli_fname == OSP_NULL) {
#  if defined(__linux__)
      /* A fully static program has no loaded objects to ask: the code is
       * the program's own. */
      if (realpath("/proc/self/exe", resolved) != OSP_NULL)
        snprintf(out, size, "%s", resolved);
#  endif
      return;
    }
    /* Links resolved: /lib and /usr/lib are one folder on merged-/usr. */
    if (realpath(info.dli_fname, resolved) != OSP_NULL)
      snprintf(out, size, "%s", resolved);
    else
      snprintf(out, size, "%s", info.dli_fname);
  }
#endif
}

#if defined(_WIN32)
#  define OSP_DLL_FOLDERS_MAX 64

/* The folders Windows searches for a DLL, in its standard order: the
 * program's own, the system folders, the current one, then PATH's
 * entries.  Each with what it is, in words. */
typedef struct osp_dll_folders {
  int count;
  char folder[OSP_DLL_FOLDERS_MAX][MAX_PATH];
  char what[OSP_DLL_FOLDERS_MAX][MAX_PATH + 64];
} osp_dll_folders;

static inline void osp_dll_folders_read(osp_dll_folders *list)
{
  const char *path = getenv("PATH");
  char folder[MAX_PATH];
  int entry = 0;
  list->count = 0;
  if (GetModuleFileNameA(OSP_NULL, folder, sizeof folder) > 0) {
    folder[osp_path_folder_length(folder, 1)] = '\0';
    snprintf(list->folder[list->count], MAX_PATH, "%s", folder);
    snprintf(list->what[list->count++], MAX_PATH + 64,
             "the program's own folder, which Windows searches first");
  }
  if (GetSystemDirectoryA(folder, sizeof folder) > 0) {
    snprintf(list->folder[list->count], MAX_PATH, "%s", folder);
    snprintf(list->what[list->count++], MAX_PATH + 64,
             "the system folder %s, which Windows searches before PATH", folder);
  }
  if (GetWindowsDirectoryA(folder, sizeof folder) > 0) {
    snprintf(list->folder[list->count], MAX_PATH, "%s", folder);
    snprintf(list->what[list->count++], MAX_PATH + 64,
             "the Windows folder %s, which Windows searches before PATH", folder);
  }
  if (GetCurrentDirectoryA(sizeof folder, folder) > 0) {
    snprintf(list->folder[list->count], MAX_PATH, "%s", folder);
    snprintf(list->what[list->count++], MAX_PATH + 64,
             "the current folder %s, which Windows searches before PATH", folder);
  }
  while (path != OSP_NULL && *path != '\0' && list->count < OSP_DLL_FOLDERS_MAX) {
    const char *end = strchr(path, ';');
    const size_t n = end != OSP_NULL ? OSP_CAST(size_t, end - path) : strlen(path);
    ++entry;
    if (n > 0 && n < MAX_PATH) {
      memcpy(list->folder[list->count], path, n);
      list->folder[list->count][n] = '\0';
      snprintf(list->what[list->count++], MAX_PATH + 64, "PATH entry %d", entry);
    }
    if (end == OSP_NULL)
      break;
    path = end + 1;
  }
}

/* Writes to <found_by> where in the DLL search order the loaded <file> was
 * found, and to <hidden> the other files of its name in folders searched
 * after that one: copies it hides, or that would load without it. */
static inline void osp_library_search_facts(const osp_dll_folders *list, const char *file,
                                            char *found_by, size_t found_size,
                                            char *hidden, size_t hidden_size)
{
  const char *name = file + osp_path_folder_length(file, 1) + 1;
  int i;
  int winner = -1;
  size_t used = 0;
  found_by[0] = '\0';
  hidden[0] = '\0';
  if (file[0] == '\0')
    return;
  for (i = 0; i < list->count; ++i) {
    char candidate[2 * MAX_PATH];
    snprintf(candidate, sizeof candidate, "%s\\%s", list->folder[i], name);
    if (winner < 0 && osp_path_same(candidate, file, 1)) {
      winner = i;
      snprintf(found_by, found_size, "%s", list->what[i]);
    } else if (winner >= 0 && !osp_path_same(candidate, file, 1) &&
               GetFileAttributesA(candidate) != INVALID_FILE_ATTRIBUTES && used < hidden_size) {
      const int n = snprintf(hidden + used, hidden_size - used, "%s%s (%s)",
                             used > 0 ? ", " : "", candidate, list->what[i]);
      used += n > 0 ? OSP_CAST(size_t, n) : 0;
    }
  }
}
#endif

/* Fills the run-time facts of *facts. */
static inline void osp_library_facts(osp_facts *facts)
{
  const char *text;
  const void *method;
  char version_from_text[32];
#if defined(OSP_API_MODERN)
  text = OpenSSL_version(OPENSSL_VERSION);
  facts->library_number = OpenSSL_version_num();
#else
#  if !defined(OSP_CRYPTO_ONLY)
  SSL_library_init();
  SSL_load_error_strings();
#  endif
  text = SSLeay_version(SSLEAY_VERSION);
  facts->library_number = SSLeay();
#endif
#if defined(OSP_CRYPTO_ONLY)
  method = OSP_NULL; /* built without libssl */
#elif defined(OSP_API_PROTO_BOUNDS)
  method = TLS_method();
#else
  method = SSLv23_method();
#endif
  facts->have_library = 1;
  snprintf(facts->library_text, sizeof facts->library_text, "%s",
           text ? text : "");
  osp_flavor_from_text(facts->library_text, facts->library_flavor,
                       sizeof facts->library_flavor, version_from_text,
                       sizeof version_from_text);
  /* OpenSSL's number is exact where its text may carry a suffix
   * ("1.0.2k-fips"); the forks' numbers are fixed, so their text counts. */
  if (strcmp(facts->library_flavor, OSP_FLAVOR_OPENSSL) == 0)
    osp_version_from_openssl_number(facts->library_number,
                                    facts->library_version,
                                    sizeof facts->library_version);
  else
    snprintf(facts->library_version, sizeof facts->library_version, "%s",
             version_from_text);
  /* The version text lives in libcrypto, the method table in libssl. */
  osp_library_file_of(text, facts->crypto_path, sizeof facts->crypto_path);
  if (method != OSP_NULL)
    osp_library_file_of(method, facts->ssl_path, sizeof facts->ssl_path);
#if defined(_WIN32)
  {
    osp_dll_folders *folders = OSP_CAST(osp_dll_folders *, malloc(sizeof *folders));
    if (folders != OSP_NULL) {
      osp_dll_folders_read(folders);
      osp_library_search_facts(folders, facts->crypto_path, facts->crypto_found_by,
                               sizeof facts->crypto_found_by, facts->crypto_hidden,
                               sizeof facts->crypto_hidden);
      osp_library_search_facts(folders, facts->ssl_path, facts->ssl_found_by,
                               sizeof facts->ssl_found_by, facts->ssl_hidden,
                               sizeof facts->ssl_hidden);
      free(folders);
    }
  }
#endif
}

#endif
