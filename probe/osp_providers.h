/* OpenSSL 3's providers as a default program meets them: those its default
 * library context loaded (the configuration's, or the default one it falls
 * back to), those it could load (built in, or a module in the modules
 * folder), and FIPS: whether the FIPS provider loaded, passed its
 * self-test, and is what the default properties (fips=yes) select.
 * BoringSSL and AWS-LC report their FIPS mode instead.
 * Run after the first TLS context: that loads the configuration.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_PROVIDERS_H
#define OSP_PROVIDERS_H

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "osp_header.h"
#include "osp_library.h"

#if defined(OSP_IS_OPENSSL) && OPENSSL_VERSION_NUMBER >= 0x30000000L
#  define OSP_API_PROVIDERS 1
#  include <openssl/core_names.h>
#  include <openssl/crypto.h>
#  include <openssl/err.h>
#  include <openssl/evp.h>
#  include <openssl/params.h>
#  include <openssl/proverr.h>
#  include <openssl/provider.h>
#  if !defined(_WIN32)
#    include <dirent.h>
#  endif
#endif

#if defined(OSP_API_PROVIDERS)

/* Providers every OpenSSL 3 libcrypto carries built in; others are files
 * in the modules folder (legacy, fips). */
static const char *const osp_providers_builtin[] = {"base", "default", "null"};

static inline void osp_providers_add_available(osp_providers_fact *providers,
                                               const char *name, size_t length)
{
  int i;
  if (providers->available_count >= OSP_PROVIDERS_MAX ||
      length >= sizeof providers->available[0])
    return;
  for (i = 0; i < providers->available_count; ++i)
    if (strncmp(providers->available[i], name, length) == 0 &&
        providers->available[i][length] == '\0')
      return;
  memcpy(providers->available[providers->available_count], name, length);
  providers->available[providers->available_count++][length] = '\0';
}

/* The file a provider called name loads from modules_dir, into out ("" if
 * it does not fit). */
static inline void osp_providers_module_file(const osp_providers_fact *providers,
                                             const char *name, char *out,
                                             size_t size)
{
  const char *suffix = OPENSSL_info(OPENSSL_INFO_DSO_EXTENSION);
  int n = snprintf(out, size, "%s/%s%s", providers->modules_dir, name,
                   suffix != OSP_NULL ? suffix : ".so");
  if (n < 0 || OSP_CAST(size_t, n) >= size)
    out[0] = '\0';
}

/* Lists the module files of the modules folder as available providers. */
static inline void osp_providers_scan_modules(osp_providers_fact *providers)
{
#  if !defined(_WIN32)
  const char *suffix = OPENSSL_info(OPENSSL_INFO_DSO_EXTENSION);
  size_t suffix_length = suffix != OSP_NULL ? strlen(suffix) : 0;
  DIR *dir = opendir(providers->modules_dir);
  struct dirent *entry;
  if (dir == OSP_NULL || suffix_length == 0) {
    if (dir != OSP_NULL)
      closedir(dir);
    return;
  }
  while ((entry = readdir(dir)) != OSP_NULL) {
    size_t length = strlen(entry->d_name);
    if (length > suffix_length &&
        strcmp(entry->d_name + length - suffix_length, suffix) == 0)
      osp_providers_add_available(providers, entry->d_name, length - suffix_length);
  }
  closedir(dir);
#  else
  /* Without a folder listing, the one module the probe asks about. */
  char file[OSP_PATH_MAX];
  struct stat info;
  osp_providers_module_file(providers, "fips", file, sizeof file);
  if (stat(file, &info) == 0)
    osp_providers_add_available(providers, "fips", 4);
#  endif
}

typedef struct osp_providers_walk {
  osp_providers_fact *providers;
  OSSL_PROVIDER *fips; /* the default context's FIPS provider, if loaded */
  int fips_status;     /* its status, as osp_provider's */
} osp_providers_walk;

/* OSSL_PROVIDER_do_all's callback: records one loaded provider. */
static inline int osp_providers_record(OSSL_PROVIDER *provider, void *data)
{
  osp_providers_walk *walk = OSP_CAST(osp_providers_walk *, data);
  osp_providers_fact *providers = walk->providers;
  osp_provider *record;
  char *version = OSP_NULL;
  unsigned int status = 2; /* stays 2 when the provider does not say */
  int running;
  OSSL_PARAM params[3];
  const char *name = OSSL_PROVIDER_get0_name(provider);
  params[0] = OSSL_PARAM_construct_utf8_ptr(OSSL_PROV_PARAM_VERSION, &version, 0);
  params[1] = OSSL_PARAM_construct_uint(OSSL_PROV_PARAM_STATUS, &status);
  params[2] = OSSL_PARAM_construct_end();
  OSSL_PROVIDER_get_params(provider, params);
  running = status == 2 ? -1 : status != 0;
  if (name != OSP_NULL && strcmp(name, "fips") == 0) {
    walk->fips = provider;
    walk->fips_status = running;
  }
  if (providers->loaded_count >= OSP_PROVIDERS_MAX)
    return 1;
  record = &providers->loaded[providers->loaded_count++];
  snprintf(record->name, sizeof record->name, "%s", name ? name : "");
  snprintf(record->version, sizeof record->version, "%s", version ? version : "");
  record->status = running;
  return 1;
}

/* What the errors of a FIPS provider that did not load say. */
#define OSP_FIPS_LOAD_OK 0
#define OSP_FIPS_LOAD_NO_DATA 1   /* no fipsinstall data reached it */
#define OSP_FIPS_LOAD_SELF_TEST 2 /* its self-test failed, or had before */
#define OSP_FIPS_LOAD_OTHER 3     /* the module itself did not load */

/* Whether code is the provider error <reason> (as ERR_GET_LIB and
 * ERR_GET_REASON tell, which OpenSSL 3 marks unused: strict warnings
 * would fail on them). */
static inline int osp_providers_error_is(unsigned long code, unsigned long reason)
{
  return ((code >> ERR_LIB_OFFSET) & ERR_LIB_MASK) == ERR_LIB_PROV &&
         (code & ERR_REASON_MASK) == reason;
}

/* Appends the library's queued error texts to out; returns what they say
 * of a FIPS provider's load (OSP_FIPS_LOAD_*). */
static inline int osp_providers_errors(char *out, size_t size)
{
  unsigned long code;
  int found = OSP_FIPS_LOAD_OK;
  size_t used = strlen(out);
  while ((code = ERR_get_error()) != 0) {
    char text[OSP_TEXT_MAX];
    int n;
    if (osp_providers_error_is(code, PROV_R_MISSING_CONFIG_DATA))
      found = OSP_FIPS_LOAD_NO_DATA;
    else if (found != OSP_FIPS_LOAD_NO_DATA &&
             (osp_providers_error_is(code, PROV_R_SELF_TEST_POST_FAILURE) ||
              osp_providers_error_is(code, PROV_R_SELF_TEST_KAT_FAILURE) ||
              osp_providers_error_is(code, PROV_R_MODULE_INTEGRITY_FAILURE) ||
              osp_providers_error_is(code, PROV_R_INVALID_STATE)))
      found = OSP_FIPS_LOAD_SELF_TEST;
    else if (found == OSP_FIPS_LOAD_OK)
      found = OSP_FIPS_LOAD_OTHER;
    ERR_error_string_n(code, text, sizeof text);
    if (used + 3 >= size)
      continue;
    n = snprintf(out + used, size - used, "%s%s", used ? "; " : "", text);
    if (n > 0)
      used = OSP_CAST(size_t, n) < size - used ? used + OSP_CAST(size_t, n) : size - 1;
  }
  return found;
}

/* The FIPS provider did not load in the default context: loads it in a
 * context of its own, with the same configuration, to tell a module that
 * lacks its fipsinstall data from one whose self-test fails (or that does
 * not load at all).  A module whose self-test failed once stays in an
 * error state for the process: that counts as a failed self-test too.
 * It runs the module's self-test, so only when FIPS is required. */
static inline void osp_providers_try_fips(osp_facts *facts)
{
  osp_fips_fact *fips = &facts->fips;
  OSSL_LIB_CTX *libctx = OSSL_LIB_CTX_new();
  OSSL_PROVIDER *provider;
  if (libctx == OSP_NULL)
    return;
  ERR_clear_error();
  if (facts->config.exists > 0)
    OSSL_LIB_CTX_load_config(libctx, facts->config.file);
  ERR_clear_error(); /* the load below says it again, alone */
  provider = OSSL_PROVIDER_load(libctx, "fips");
  if (provider != OSP_NULL) {
    fips->installed = 1;
    fips->self_test = OSSL_PROVIDER_self_test(provider) == 1;
    osp_providers_errors(fips->error, sizeof fips->error);
    OSSL_PROVIDER_unload(provider);
  } else {
    switch (osp_providers_errors(fips->error, sizeof fips->error)) {
    case OSP_FIPS_LOAD_NO_DATA:
      fips->installed = 0;
      break;
    case OSP_FIPS_LOAD_SELF_TEST:
      fips->installed = 1;
      fips->self_test = 0;
      break;
    default: /* installed and self_test stay unknown; the error says why */
      break;
    }
  }
  OSSL_LIB_CTX_free(libctx);
}

#endif /* OSP_API_PROVIDERS */

/* Fills facts->providers and facts->fips.  With <require_fips>, the FIPS
 * provider's self-test runs on demand (it ran when the provider loaded),
 * and a FIPS provider that did not load is tried alone to say why. */
static inline void osp_providers_facts(osp_facts *facts, int require_fips)
{
  osp_fips_fact *fips = &facts->fips;
  fips->loaded = -1;
  fips->default_property = -1;
  fips->installed = -1;
  fips->self_test = -1;
  fips->mode = -1;
#if defined(OSP_API_PROVIDERS)
  {
    osp_providers_fact *providers = &facts->providers;
    const char *env = getenv("OPENSSL_MODULES");
    osp_providers_walk walk;
    struct stat info;
    size_t i;
    providers->supported = 1;
    if (env != OSP_NULL && env[0] != '\0') {
      snprintf(providers->modules_dir, sizeof providers->modules_dir, "%s", env);
      snprintf(providers->modules_source, sizeof providers->modules_source,
               "OPENSSL_MODULES");
    } else {
      env = OPENSSL_info(OPENSSL_INFO_MODULES_DIR);
      snprintf(providers->modules_dir, sizeof providers->modules_dir, "%s",
               env != OSP_NULL ? env : "");
      snprintf(providers->modules_source, sizeof providers->modules_source,
               "default");
    }
    for (i = 0; i < sizeof osp_providers_builtin / sizeof osp_providers_builtin[0]; ++i)
      osp_providers_add_available(providers, osp_providers_builtin[i],
                                  strlen(osp_providers_builtin[i]));
    osp_providers_scan_modules(providers);
    walk.providers = providers;
    walk.fips = OSP_NULL;
    walk.fips_status = -1;
    OSSL_PROVIDER_do_all(OSP_NULL, osp_providers_record, &walk);
    osp_providers_module_file(providers, "fips", fips->module, sizeof fips->module);
    fips->module_found = stat(fips->module, &info) == 0;
    fips->loaded = walk.fips != OSP_NULL;
    fips->default_property = EVP_default_properties_is_fips_enabled(OSP_NULL) == 1;
    if (walk.fips != OSP_NULL) {
      /* The file it came from (a configuration may name another with
       * "module"): its dispatch table lies in it. */
      char file[OSP_PATH_MAX];
      osp_library_file_of(OSSL_PROVIDER_get0_dispatch(walk.fips), file, sizeof file);
      if (file[0] != '\0')
        snprintf(fips->module, sizeof fips->module, "%s", file);
      fips->module_found = 1;
      /* It loaded, so its self-test passed then, and it stays out of an
       * error state; required, the self-test runs again. */
      fips->installed = 1;
      fips->self_test = walk.fips_status != 0;
      ERR_clear_error();
      if (require_fips && fips->self_test)
        fips->self_test = OSSL_PROVIDER_self_test(walk.fips) == 1;
      if (!fips->self_test)
        osp_providers_errors(fips->error, sizeof fips->error);
    } else if (require_fips && fips->module_found) {
      osp_providers_try_fips(facts);
    }
  }
  fips->in_force = osp_fips_gap(facts) == OSP_FIPS_IN_FORCE;
#elif defined(OPENSSL_IS_BORINGSSL) || defined(OPENSSL_IS_AWSLC)
  /* BoringSSL and AWS-LC: a FIPS build is in FIPS mode from the start. */
  (void)require_fips;
  fips->mode = FIPS_mode() == 1;
  fips->in_force = fips->mode;
#else
  (void)require_fips;
#endif
}

#endif
