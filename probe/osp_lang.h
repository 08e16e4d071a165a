/* The few spellings C and C++ do not share, so the probe compiles without
 * a warning as C99 and as C++14 or later under the strictest common
 * warning sets (-Wold-style-cast, -Wzero-as-null-pointer-constant, ...),
 * as projects that include the module may build with them. */
#ifndef OSP_LANG_H
#define OSP_LANG_H

#include <stddef.h>

#if defined(__cplusplus)
#  define OSP_NULL nullptr
#  define OSP_CAST(type, value) static_cast<type>(value)
#  define OSP_REINTERPRET(type, value) reinterpret_cast<type>(value)
#else
#  define OSP_NULL NULL
#  define OSP_CAST(type, value) ((type)(value))
#  define OSP_REINTERPRET(type, value) ((type)(value))
#endif

#endif
