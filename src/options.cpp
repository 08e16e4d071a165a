#include "options.hpp"

namespace osp {

osp_policy Options::policy() const
{
  osp_policy policy;
  osp_policy_defaults(&policy);
  // The library that runs is what counts here: headers of another patch
  // release of the same flavor are reported, not failed.
  policy.headers_must_match = 0;
  for (int id = 0; id < OSP_OPTION_COUNT; ++id)
    if (given[static_cast<std::size_t>(id)])
      (void)osp_option_set(&policy, id, given[static_cast<std::size_t>(id)]->c_str());
  return policy;
}

std::optional<Options> parse_options(const std::vector<std::string>& args,
                                     std::string& error)
{
  Options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
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
    } else if (arg == "--scan") {
      options.scan = true;
    } else if (arg == "--scan-root") {
      if (i + 1 >= args.size()) {
        error = "--scan-root needs a folder";
        return std::nullopt;
      }
      options.scan = true;
      options.scan_roots.push_back(args[++i]);
    } else if (const int id = osp_option_find(arg.c_str()); id >= 0) {
      const osp_option& row = osp_options[id];
      std::string value = "1";
      if (!osp_option_is_flag(id)) {
        if (i + 1 >= args.size()) {
          error = arg + " needs a value: " + row.form;
          return std::nullopt;
        }
        value = args[++i];
      }
      osp_policy scratch;
      osp_policy_defaults(&scratch);
      if (value.empty() || !osp_option_set(&scratch, id, value.c_str())) {
        error = arg + " takes " + row.form + ", not \"" + value + "\"";
        return std::nullopt;
      }
      options.given[static_cast<std::size_t>(id)] = value;
    } else {
      error = "unknown argument \"" + arg + "\"";
      return std::nullopt;
    }
  }
  return options;
}

std::string usage()
{
  std::string text =
    "Usage: openssl-probe [--json] [--<requirement> [VALUE]...] [--ruby [RUBY] | --scan]\n"
    "\n"
    "Reports the OpenSSL this program loads: its flavor and version, the\n"
    "files it came from, whether TLS 1.2 and 1.3 are compiled in and\n"
    "whether an in-memory handshake completes, and the verdict.\n"
    "\n"
    "  --json\n      print the report as JSON\n";
  for (const osp_option& row : osp_options) {
    text += std::string("  --") + row.flag;
    if (*row.value)
      text += std::string(" ") + row.value;
    text += std::string("\n      ") + row.help;
    if (*row.default_value)
      text += std::string(" (default ") + row.default_value + ")";
    text += "\n";
  }
  return text +
         "  --ruby [RUBY]\n"
         "      report on the OpenSSL that Ruby uses instead (default: ruby on PATH)\n"
         "  --scan\n"
         "      judge every OpenSSL install of this machine instead, each by the probe\n"
         "      built against it with the C compiler at hand ($CC, else cc)\n"
         "  --scan-root DIR\n"
         "      with --scan: look in DIR (and its folders) instead of the usual places\n"
         "\n"
         "Exit status: 0 pass, 1 fail, 2 usage error.\n";
}

}  // namespace osp
