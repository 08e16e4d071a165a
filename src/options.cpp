#include "options.hpp"

#include "osp_version.h"

namespace osp {

std::optional<Options> parse_options(const std::vector<std::string>& args,
                                     std::string& error)
{
  Options options;
  osp_version parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](const char* name) -> std::optional<std::string> {
      if (i + 1 >= args.size()) {
        error = std::string(name) + " needs a value";
        return std::nullopt;
      }
      return args[++i];
    };
    if (arg == "--json") {
      options.json = true;
    } else if (arg == "-h" || arg == "--help") {
      options.help = true;
    } else if (arg == "--version") {
      options.version = true;
    } else if (arg == "--ruby") {
      // The Ruby to ask is optional: by default the one on PATH.
      if (i + 1 < args.size() && !args[i + 1].empty() && args[i + 1][0] != '-')
        options.ruby = args[++i];
      else
        options.ruby = "ruby";
    } else if (arg == "--min-version" || arg == "--min-libressl-version" ||
               arg == "--min-awslc-version") {
      auto v = value(arg.c_str());
      if (!v)
        return std::nullopt;
      if (!osp_version_parse(v->c_str(), &parsed)) {
        error = arg + " \"" + *v +
                "\" is not a version; write it as 1.0.1, 1.1.1w or 3.0";
        return std::nullopt;
      }
      (arg == "--min-version"            ? options.min_version
       : arg == "--min-libressl-version" ? options.min_libressl_version
                                         : options.min_awslc_version) = *v;
    } else if (arg == "--min-boringssl-api") {
      auto v = value("--min-boringssl-api");
      if (!v)
        return std::nullopt;
      if (v->empty() || v->size() > 9 ||
          v->find_first_not_of("0123456789") != std::string::npos) {
        error = "--min-boringssl-api takes a BORINGSSL_API_VERSION number, not \"" +
                *v + "\"";
        return std::nullopt;
      }
      options.min_boringssl_api = std::stol(*v);
    } else if (arg == "--flavors") {
      auto v = value("--flavors");
      if (!v)
        return std::nullopt;
      std::string list = *v + ",";
      for (std::size_t at = 0, comma; (comma = list.find(',', at)) != std::string::npos;
           at = comma + 1) {
        const std::string name = list.substr(at, comma - at);
        if (name != OSP_FLAVOR_OPENSSL && name != OSP_FLAVOR_LIBRESSL &&
            name != OSP_FLAVOR_BORINGSSL && name != OSP_FLAVOR_AWSLC) {
          error = "--flavors takes OpenSSL, LibreSSL, BoringSSL and AWS-LC, "
                  "separated by commas, not \"" + name + "\"";
          return std::nullopt;
        }
      }
      options.flavors = *v;
    } else if (arg == "--own-protocol-range") {
      options.own_protocol_range = true;
    } else if (arg == "--require-supported") {
      options.require_supported = true;
    } else if (arg == "--require-fips") {
      options.require_fips = true;
    } else if (arg == "--today") {
      auto v = value("--today");
      if (!v)
        return std::nullopt;
      const bool date = v->size() == 10 && (*v)[4] == '-' && (*v)[7] == '-' &&
                        v->find_first_not_of("0123456789-") == std::string::npos;
      if (!date) {
        error = "--today takes a date as YYYY-MM-DD, not \"" + *v + "\"";
        return std::nullopt;
      }
      options.today = *v;
    } else if (arg == "--tls") {
      auto v = value("--tls");
      if (!v)
        return std::nullopt;
      if (*v != "1.2" && *v != "1.3") {
        error = "--tls takes 1.2 or 1.3, not \"" + *v + "\"";
        return std::nullopt;
      }
      options.tls = *v == "1.3" ? 13 : 12;
    } else {
      error = "unknown argument \"" + arg + "\"";
      return std::nullopt;
    }
  }
  return options;
}

std::string usage()
{
  return "Usage: openssl-probe [--json] [--min-version V] [--tls 1.2|1.3]\n"
         "                     [--min-libressl-version V] [--min-awslc-version V]\n"
         "                     [--min-boringssl-api N] [--flavors F,F...]\n"
         "                     [--own-protocol-range] [--require-supported]\n"
         "                     [--require-fips] [--today YYYY-MM-DD]\n"
         "                     [--ruby [RUBY]]\n"
         "\n"
         "Reports the OpenSSL this program loads: its flavor and version, the\n"
         "files it came from, whether TLS 1.2 and 1.3 are compiled in and\n"
         "whether an in-memory handshake completes, and the verdict.\n"
         "\n"
         "  --json             print the report as JSON\n"
         "  --min-version V    oldest acceptable OpenSSL release (default 1.0.1)\n"
         "  --min-libressl-version V, --min-awslc-version V\n"
         "                     the oldest acceptable release of that fork\n"
         "  --min-boringssl-api N\n"
         "                     the oldest acceptable BORINGSSL_API_VERSION\n"
         "                     (a fork without its floor passes only if\n"
         "                     --min-version is left at 1.0.1)\n"
         "  --flavors F,F...   accept only these: OpenSSL, LibreSSL, BoringSSL,\n"
         "                     AWS-LC\n"
         "  --own-protocol-range\n"
         "                     the program sets its own protocol range: judge\n"
         "                     a client pinned to the protocol\n"
         "  --require-supported\n"
         "                     fail a release past its upstream support, or in\n"
         "                     a known high or critical vulnerability's range\n"
         "  --require-fips     fail unless FIPS is in force for a default program:\n"
         "                     the FIPS provider loads, passes its self-test and\n"
         "                     is what fips=yes selects (OpenSSL 3), or a FIPS\n"
         "                     build of BoringSSL or AWS-LC\n"
         "  --today YYYY-MM-DD the date to judge support on (default: today)\n"
         "  --tls 1.2|1.3      protocol the client needs (default 1.2)\n"
         "  --ruby [RUBY]      report on the OpenSSL that Ruby uses instead\n"
         "                     (default: ruby on PATH)\n"
         "\n"
         "Exit status: 0 pass, 1 fail, 2 usage error.\n";
}

}  // namespace osp
