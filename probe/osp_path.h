/* File paths compared as the platform that loads the library compares
 * them: on Windows without regard to case, '\' and '/' alike, and a path
 * without a drive letter on the current drive (under Wine, Z: is /).
 * Pure functions; builds as C99 and as C++14 or later. */
#ifndef OSP_PATH_H
#define OSP_PATH_H

#include <stddef.h>
#include <string.h>

#include "osp_lang.h"

#if defined(_WIN32)
#  define OSP_PATH_WINDOWS 1
#  define OSP_PATH_LIST_SEPARATOR ';'
#else
#  define OSP_PATH_WINDOWS 0
#  define OSP_PATH_LIST_SEPARATOR ':'
#endif

static inline int osp_path_is_separator(char c)
{
  return c == '/' || c == '\\';
}

/* Skips a drive ("C:") that the other path, rooted without one, lacks. */
static inline const char *osp_path_skip_drive(const char *path, const char *other)
{
  const int drive = path[0] != '\0' && path[1] == ':' && osp_path_is_separator(path[2]);
  if (drive && osp_path_is_separator(other[0]) && !osp_path_is_separator(other[1]))
    return path + 2;
  return path;
}

/* Whether <a> and <b> name the same file or folder; by Windows' rules
 * where <windows>. */
static inline int osp_path_same(const char *a, const char *b, int windows)
{
  size_t i;
  if (!windows)
    return strcmp(a, b) == 0;
  a = osp_path_skip_drive(a, b);
  b = osp_path_skip_drive(b, a);
  for (i = 0;; ++i) {
    char x = a[i];
    char y = b[i];
    if (osp_path_is_separator(x) && osp_path_is_separator(y))
      continue;
    if (x >= 'A' && x <= 'Z')
      x = OSP_CAST(char, x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z')
      y = OSP_CAST(char, y - 'A' + 'a');
    if (x != y)
      return 0;
    if (x == '\0')
      return 1;
  }
}

/* The length of the folder part of <path>: up to its last separator. */
static inline long osp_path_folder_length(const char *path, int windows)
{
  long length = OSP_CAST(long, strlen(path));
  while (length > 0 && !(path[length - 1] == '/' || (windows && path[length - 1] == '\\')))
    --length;
  return length > 0 ? length - 1 : 0;
}

/* The 1-based position in the list <list> (entries separated by
 * <separator>) of the folder of the file <path>, or 0. */
static inline int osp_path_list_position(const char *list, char separator,
                                         const char *path, int windows)
{
  char folder[4096];
  char entry[4096];
  const long length = osp_path_folder_length(path, windows);
  int position = 0;
  if (length <= 0 || length >= OSP_CAST(long, sizeof folder))
    return 0;
  memcpy(folder, path, OSP_CAST(size_t, length));
  folder[length] = '\0';
  while (list != OSP_NULL && *list != '\0') {
    const char *end = strchr(list, separator);
    size_t n = end != OSP_NULL ? OSP_CAST(size_t, end - list) : strlen(list);
    ++position;
    /* A trailing separator names the same folder. */
    while (n > 1 && (list[n - 1] == '/' || (windows && list[n - 1] == '\\')))
      --n;
    if (n < sizeof entry) {
      memcpy(entry, list, n);
      entry[n] = '\0';
      if (osp_path_same(entry, folder, windows))
        return position;
    }
    if (end == OSP_NULL)
      break;
    list = end + 1;
  }
  return 0;
}

#endif
