/* The probe's report as JSON: the same text for the configure step and
 * the command-line tool.  Builds as C99 and as C++14 or later. */
#ifndef OSP_JSON_H
#define OSP_JSON_H

#include <stdio.h>

#include "osp_describe.h"
#include "osp_facts.h"

static inline void osp_json_string(FILE *out, const char *text)
{
  const unsigned char *p = OSP_REINTERPRET(const unsigned char *, text);
  fputc('"', out);
  for (; *p != '\0'; ++p) {
    if (*p == '"' || *p == '\\')
      fprintf(out, "\\%c", *p);
    else if (*p < 0x20)
      fprintf(out, "\\u%04x", OSP_CAST(unsigned, *p));
    else
      fputc(*p, out);
  }
  fputc('"', out);
}

static inline void osp_json_bool3(FILE *out, int value)
{
  fputs(value > 0 ? "true" : value == 0 ? "false" : "null", out);
}

static inline void osp_json_tls(FILE *out, const char *key,
                                const osp_tls_fact *fact)
{
  char text[OSP_TEXT_MAX + 160];
  fprintf(out, "  \"%s\": {\"compiled\": ", key);
  osp_json_bool3(out, fact->compiled);
  fputs(", \"handshake\": ", out);
  osp_json_bool3(out, fact->handshake);
  fputs(", \"protocol\": ", out);
  osp_json_string(out, fact->protocol);
  fputs(", \"cipher\": ", out);
  osp_json_string(out, fact->cipher);
  fputs(", \"note\": ", out);
  osp_json_string(out, fact->compiled ? fact->error : fact->compiled_note);
  fputs(",\n    \"client\": \"default\", \"pinned_client\": ", out);
  osp_json_bool3(out, fact->pinned);
  fputs(", \"unconfigured\": ", out);
  osp_json_bool3(out, fact->unconfigured);
  fputs(", \"disabled\": ", out);
  osp_json_bool3(out, fact->disabled);
  fputs(", \"text\": ", out);
  osp_describe_tls(fact, text, sizeof text);
  osp_json_string(out, text);
  fputs("},\n", out);
}

static inline void osp_json_int_or_null(FILE *out, long value)
{
  if (value >= 0)
    fprintf(out, "%ld", value);
  else
    fputs("null", out);
}

/* A protocol's name ("TLSv1.2"), or null for none (-1). */
static inline void osp_json_protocol_or_null(FILE *out, int version)
{
  if (version >= 0)
    osp_json_string(out, osp_protocol_name(version));
  else
    fputs("null", out);
}

/* The "support" object of a report (osp_support.h). */
static inline void osp_json_support(FILE *out, const osp_facts *facts)
{
  const osp_support_fact *support = &facts->support;
  char text[OSP_TEXT_MAX];
  int i;
  fputs("  \"support\": {\"status\": ", out);
  osp_json_string(out, support->status);
  fputs(", \"branch\": ", out);
  osp_json_string(out, support->branch);
  fputs(", \"ends\": ", out);
  osp_json_string(out, support->ends);
  fputs(support->ended ? ", \"ended\": true" : ", \"ended\": false", out);
  fputs(", \"today\": ", out);
  osp_json_string(out, support->today);
  fputs(", \"upgrade_to\": {\"lts\": ", out);
  osp_json_string(out, support->lts);
  fputs(", \"newest\": ", out);
  osp_json_string(out, support->newest);
  fputs("}, \"vulnerabilities\": [", out);
  for (i = 0; i < support->vulnerability_count; ++i) {
    const osp_vulnerability *v = &support->vulnerabilities[i];
    fputs(i ? ", {\"id\": " : "{\"id\": ", out);
    osp_json_string(out, v->id);
    fputs(", \"severity\": ", out);
    osp_json_string(out, v->severity);
    fputs(", \"fixed_in\": ", out);
    osp_json_string(out, v->fixed_in);
    fputs(", \"name\": ", out);
    osp_json_string(out, v->name);
    fputs("}", out);
  }
  fprintf(out, "], \"more_vulnerabilities\": %d,\n    \"text\": ",
          support->vulnerabilities_more);
  osp_describe_support(facts, text, sizeof text);
  osp_json_string(out, text);
  fputs("},\n", out);
}

static inline void osp_json_config(FILE *out, const osp_config_fact *config)
{
  char text[OSP_PATH_MAX + 128];
  fputs("  \"configuration\": {\"file\": ", out);
  osp_json_string(out, config->file);
  fputs(", \"source\": ", out);
  osp_json_string(out, config->source);
  fputs(", \"exists\": ", out);
  osp_json_bool3(out, config->exists);
  fputs(",\n    \"min_protocol\": ", out);
  osp_json_protocol_or_null(out, config->min_protocol);
  fputs(", \"max_protocol\": ", out);
  osp_json_protocol_or_null(out, config->max_protocol);
  fputs(", \"security_level\": ", out);
  osp_json_int_or_null(out, config->security_level);
  fputs(", \"text\": ", out);
  osp_describe_config(config, text, sizeof text);
  osp_json_string(out, text);
  fputs("},\n", out);
}

/* The "providers" and "fips" objects of a report (osp_providers.h); null
 * where the library did not run. */
static inline void osp_json_providers(FILE *out, const osp_facts *facts)
{
  const osp_providers_fact *providers = &facts->providers;
  const osp_fips_fact *fips = &facts->fips;
  char text[2 * OSP_PATH_MAX];
  int i;
  if (!facts->have_library) {
    fputs("  \"providers\": null,\n  \"fips\": null,\n", out);
    return;
  }
  fputs("  \"providers\": {\"supported\": ", out);
  osp_json_bool3(out, providers->supported);
  fputs(", \"modules_dir\": ", out);
  osp_json_string(out, providers->modules_dir);
  fputs(", \"modules_dir_source\": ", out);
  osp_json_string(out, providers->modules_source);
  fputs(",\n    \"loaded\": [", out);
  for (i = 0; i < providers->loaded_count; ++i) {
    const osp_provider *p = &providers->loaded[i];
    fputs(i ? ", {\"name\": " : "{\"name\": ", out);
    osp_json_string(out, p->name);
    fputs(", \"version\": ", out);
    osp_json_string(out, p->version);
    fputs(", \"status\": ", out);
    osp_json_bool3(out, p->status);
    fputs("}", out);
  }
  fputs("], \"available\": [", out);
  for (i = 0; i < providers->available_count; ++i) {
    fputs(i ? ", " : "", out);
    osp_json_string(out, providers->available[i]);
  }
  fputs("],\n    \"text\": ", out);
  osp_describe_providers(facts, text, sizeof text);
  osp_json_string(out, text);
  fputs("},\n  \"fips\": {\"in_force\": ", out);
  osp_json_bool3(out, fips->in_force);
  fputs(", \"module\": ", out);
  osp_json_string(out, fips->module);
  fputs(", \"module_found\": ", out);
  osp_json_bool3(out, providers->supported > 0 ? fips->module_found : -1);
  fputs(", \"loaded\": ", out);
  osp_json_bool3(out, fips->loaded);
  fputs(", \"default_property\": ", out);
  osp_json_bool3(out, fips->default_property);
  fputs(",\n    \"installed\": ", out);
  osp_json_bool3(out, fips->installed);
  fputs(", \"self_test\": ", out);
  osp_json_bool3(out, fips->self_test);
  fputs(", \"mode\": ", out);
  osp_json_bool3(out, fips->mode);
  fputs(", \"error\": ", out);
  osp_json_string(out, fips->error);
  fputs(",\n    \"text\": ", out);
  osp_describe_fips(facts, text, sizeof text);
  osp_json_string(out, text);
  fputs("},\n", out);
}

/* The "openssl_program" field: an object, or null where none ran. */
static inline void osp_json_program(FILE *out, const osp_program_fact *program)
{
  if (!program->found) {
    fputs("  \"openssl_program\": null,\n", out);
    return;
  }
  fputs("  \"openssl_program\": {\"path\": ", out);
  osp_json_string(out, program->path);
  fputs(", \"text\": ", out);
  osp_json_string(out, program->text);
  fputs(", \"flavor\": ", out);
  osp_json_string(out, program->flavor);
  fputs(", \"version\": ", out);
  osp_json_string(out, program->version);
  fputs(", \"matches_library\": ", out);
  osp_json_bool3(out, program->matches_library);
  fputs(", \"error\": ", out);
  osp_json_string(out, program->error);
  fputs(", \"said\": ", out);
  osp_json_string(out, osp_describe_program(program));
  fputs("},\n", out);
}

static inline void osp_json_reason(FILE *out, const osp_reason *reason)
{
  fputs("{\"code\": ", out);
  osp_json_string(out, reason->code);
  fputs(", \"text\": ", out);
  osp_json_string(out, reason->text);
  fputs("}", out);
}

/* Writes facts and verdict as one JSON object. */
static inline void osp_json_write(FILE *out, const osp_facts *facts,
                                  const osp_verdict *verdict)
{
  int i;
  fputs("{\n  \"verdict\": ", out);
  osp_json_string(out, verdict->pass ? "pass" : "fail");
  fputs(",\n  \"flavor\": ", out);
  osp_json_string(out, facts->have_library ? facts->library_flavor
                                           : facts->flavor);
  fputs(",\n  \"header_flavor\": ", out);
  osp_json_string(out, facts->flavor);
  fputs(",\n  \"header_version\": ", out);
  osp_json_string(out, facts->header_version);
  fprintf(out, ",\n  \"header_number\": \"0x%08lx\"", facts->header_number);
  fputs(",\n  \"header_text\": ", out);
  osp_json_string(out, facts->header_text);
  fputs(",\n  \"api_version\": ", out);
  osp_json_int_or_null(out, facts->api_version);
  fputs(",\n  \"library_loaded\": ", out);
  osp_json_bool3(out, facts->have_library);
  fputs(",\n  \"library_version\": ", out);
  osp_json_string(out, facts->library_version);
  fprintf(out, ",\n  \"library_number\": \"0x%08lx\"", facts->library_number);
  fputs(",\n  \"library_text\": ", out);
  osp_json_string(out, facts->library_text);
  fputs(",\n  \"library_path\": ", out);
  osp_json_string(out, facts->ssl_path);
  fputs(",\n  \"crypto_library_path\": ", out);
  osp_json_string(out, facts->crypto_path);
  fputs(",\n", out);
  osp_json_tls(out, "tls1_2", &facts->tls1_2);
  osp_json_tls(out, "tls1_3", &facts->tls1_3);
  osp_json_config(out, &facts->config);
  fputs("  \"trust_store\": {\"file\": ", out);
  osp_json_string(out, facts->trust_file);
  fputs(", \"file_exists\": ", out);
  osp_json_bool3(out, facts->have_library ? facts->trust_file_exists : -1);
  fputs(", \"dir\": ", out);
  osp_json_string(out, facts->trust_dir);
  fputs(", \"dir_exists\": ", out);
  osp_json_bool3(out, facts->have_library ? facts->trust_dir_exists : -1);
  fputs("},\n", out);
  osp_json_support(out, facts);
  osp_json_providers(out, facts);
  osp_json_program(out, &facts->program);
  fputs("  \"reasons\": [", out);
  for (i = 0; i < verdict->count; ++i) {
    fputs(i ? ",\n    " : "\n    ", out);
    osp_json_reason(out, &verdict->reasons[i]);
  }
  fputs(verdict->count ? "\n  ]\n}\n" : "]\n}\n", out);
}

#endif
