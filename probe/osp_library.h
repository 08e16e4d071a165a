/* Facts from the library that actually loaded: its own version, and the
 * files libssl and libcrypto were loaded from.
 * Builds as C99 and as C++14 or later.  On POSIX the including file must
 * define _GNU_SOURCE before any system header, for dladdr and realpath. */
#ifndef OSP_LIBRARY_H
#define OSP_LIBRARY_H

#include "osp_header.h"
#include "osp_path.h"

#if defined(_WIN32)
#  include <windows.h>
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
/* Writes where in Windows' DLL search order the folder of the loaded
 * <file> is: the folders searched before PATH (the program's, the system
 * folders, the current one), then PATH's entries in order. */
static inline void osp_library_found_by(const char *file, char *out, size_t size)
{
  char folder[MAX_PATH];
  const char *path = getenv("PATH");
  int entry;
  out[0] = '\0';
  if (file[0] == '\0')
    return;
  if (GetModuleFileNameA(OSP_NULL, folder, sizeof folder) > 0 &&
      osp_path_folder_length(folder, 1) > 0) {
    folder[osp_path_folder_length(folder, 1)] = '\0';
    if (osp_path_list_position(folder, ';', file, 1) == 1) {
      snprintf(out, size, "the program's own folder, which Windows searches first");
      return;
    }
  }
  if (GetSystemDirectoryA(folder, sizeof folder) > 0 &&
      osp_path_list_position(folder, ';', file, 1) == 1) {
    snprintf(out, size, "the system folder %s, which Windows searches before PATH", folder);
    return;
  }
  if (GetWindowsDirectoryA(folder, sizeof folder) > 0 &&
      osp_path_list_position(folder, ';', file, 1) == 1) {
    snprintf(out, size, "the Windows folder %s, which Windows searches before PATH", folder);
    return;
  }
  if (GetCurrentDirectoryA(sizeof folder, folder) > 0 &&
      osp_path_list_position(folder, ';', file, 1) == 1) {
    snprintf(out, size, "the current folder %s, which Windows searches before PATH", folder);
    return;
  }
  entry = osp_path_list_position(path, ';', file, 1);
  if (entry > 0)
    snprintf(out, size, "PATH entry %d", entry);
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
  SSL_library_init();
  SSL_load_error_strings();
  text = SSLeay_version(SSLEAY_VERSION);
  facts->library_number = SSLeay();
#endif
#if defined(OSP_API_PROTO_BOUNDS)
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
  osp_library_file_of(method, facts->ssl_path, sizeof facts->ssl_path);
#if defined(_WIN32)
  osp_library_found_by(facts->crypto_path, facts->crypto_found_by,
                       sizeof facts->crypto_found_by);
  osp_library_found_by(facts->ssl_path, facts->ssl_found_by, sizeof facts->ssl_found_by);
#endif
}

#endif
