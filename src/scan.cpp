#include "scan.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "guidance.hpp"
#include "osp_version.h"
#include "places_table.hpp"
#include "probe_sources.hpp"
#include "report.hpp"

#if !defined(_WIN32)
#  include <cerrno>
#  include <csignal>
#  include <fcntl.h>
#  include <sys/wait.h>
#  include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace osp {

namespace {

bool is_dir(const fs::path& path)
{
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool is_file(const fs::path& path)
{
  std::error_code ec;
  return fs::exists(path, ec) && !fs::is_directory(path, ec);
}

std::string real(const fs::path& path)
{
  std::error_code ec;
  auto r = fs::canonical(path, ec);
  return ec ? path.string() : r.string();
}

// The folders in <dir>, by name.
std::vector<fs::path> folders_in(const fs::path& dir)
{
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (is_dir(it->path()))
      out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

// <root>/<pattern>, a pattern whose last part may end in '*'
// ("opt/openssl*": Homebrew's kegs).
std::vector<fs::path> matching(const fs::path& root, const std::string& pattern)
{
  const fs::path p(pattern);
  std::string name = p.filename().string();
  if (name.empty() || name.back() != '*')
    return is_dir(root / p) ? std::vector<fs::path>{root / p} : std::vector<fs::path>{};
  name.pop_back();
  std::vector<fs::path> out;
  for (const auto& dir : folders_in(root / p.parent_path()))
    if (dir.filename().string().compare(0, name.size(), name) == 0)
      out.push_back(dir);
  return out;
}

// The library <name> (ssl, crypto) of an install: shared first, in the
// folders a prefix holds them in (lib/<multiarch>, lib, lib64), or in the
// one folder of a split layout.
std::string find_library(const fs::path& prefix, const std::string& libs,
                         const std::string& name)
{
  std::vector<fs::path> dirs;
  if (!libs.empty()) {
    dirs.push_back(prefix / libs);
  } else {
    for (const auto& dir : folders_in(prefix / "lib"))
      if (dir.filename().string().find("-linux-") != std::string::npos)
        dirs.push_back(dir);
    dirs.push_back(prefix / "lib");
    dirs.push_back(prefix / "lib64");
  }
#if defined(__APPLE__)
  const char* suffixes[] = {".dylib", ".a"};
#else
  const char* suffixes[] = {".so", ".a"};
#endif
  for (const char* suffix : suffixes)
    for (const auto& dir : dirs)
      if (is_file(dir / ("lib" + name + suffix)))
        return (dir / ("lib" + name + suffix)).string();
  return {};
}

// The string value of "<key>": "..." in the probe's JSON report, or empty.
std::string json_field(const std::string& json, const std::string& key,
                       std::size_t from = 0)
{
  const std::string mark = "\"" + key + "\": \"";
  auto at = json.find(mark, from);
  if (at == std::string::npos)
    return {};
  std::string value;
  for (at += mark.size(); at < json.size() && json[at] != '"'; ++at) {
    if (json[at] == '\\' && at + 1 < json.size())
      ++at;
    value += json[at];
  }
  return value;
}

#if !defined(_WIN32)
// A program to run, its output to a file, stopped after timeout_s.
struct Job {
  std::vector<std::string> argv;
  std::string output;
  std::string exe;  // for a build: the program it makes
  int timeout_s = 5;
  pid_t pid = -1;
  long started_ms = 0;
  int status = -1;
  bool timed_out = false;
};

long now_ms()
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<long>(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

void start(Job& job)
{
  job.started_ms = now_ms();
  job.pid = fork();
  if (job.pid == 0) {
    setpgid(0, 0);  // its own group: stopping it stops what it started (cc1, ld)
    const int fd = open(job.output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    std::vector<char*> args;
    for (auto& a : job.argv)
      args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
}

// Runs <jobs>, <parallel> at a time.
void run_all(std::vector<Job>& jobs, std::size_t parallel)
{
  std::size_t next = 0;
  std::vector<Job*> running;
  while (next < jobs.size() || !running.empty()) {
    while (running.size() < parallel && next < jobs.size()) {
      start(jobs[next]);
      if (jobs[next].pid > 0)
        running.push_back(&jobs[next]);
      ++next;
    }
    for (auto it = running.begin(); it != running.end();) {
      Job& job = **it;
      int status = 0;
      const pid_t done = waitpid(job.pid, &status, WNOHANG);
      if (done == job.pid || (done < 0 && errno != EINTR)) {
        // (An error: SIGCHLD ignored by whoever started us; it is gone.)
        job.status = done == job.pid ? status : -1;
        it = running.erase(it);
        continue;
      }
      if (now_ms() - job.started_ms > job.timeout_s * 1000L && !job.timed_out) {
        job.timed_out = true;
        kill(-job.pid, SIGKILL);
        kill(job.pid, SIGKILL);
      }
      ++it;
    }
    usleep(5000);
  }
}
#endif

std::string read_file(const std::string& path)
{
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace

std::string shell_arg(const std::string& name, const std::string& value)
{
  std::string arg = "-D" + name + "=" + value;
  if (value.find_first_of(" \t\"'$&|<>()*?!;[]") == std::string::npos)
    return arg;
  std::string quoted = "\"";
  for (char c : arg) {
    if (c == '\\' || c == '"' || c == '$')
      quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::vector<std::string> scan_roots(const std::vector<std::string>& given)
{
  std::vector<std::string> roots;
  std::istringstream env(std::getenv("CMAKE_PREFIX_PATH") ? std::getenv("CMAKE_PREFIX_PATH") : "");
  for (std::string entry; std::getline(env, entry, ':');)
    roots.push_back(entry);
  // The prefixes of the OpenSSL modules pkg-config knows.
  const Platform platform = this_platform();
  for (const auto& row : table_records(kPlacesTable, "pkg-config")) {
    if (row.empty() || !platform.run)
      continue;
    const std::regex pattern(row[0]);
    std::istringstream all(platform.run("pkg-config --list-all"));
    for (std::string line; std::getline(all, line);) {
      const std::string name = line.substr(0, line.find(' '));
      if (name.empty() || !std::regex_search(name, pattern))
        continue;
      std::string prefix = platform.run("pkg-config --variable=prefix " + name);
      while (!prefix.empty() && (prefix.back() == '\n' || prefix.back() == '\r'))
        prefix.pop_back();
      roots.push_back(prefix);
    }
  }
  if (!given.empty()) {
    roots.insert(roots.end(), given.begin(), given.end());
  } else {
    const std::string system = platform.system;
    for (const auto& row : table_records(kPlacesTable, "root")) {
      if (row.size() < 2 || (row[0] != "*" && row[0] != system))
        continue;
      std::string path = row[1];
      if (!path.empty() && path[0] == '$') {
        // $NAME: the environment variable; unset, the root is skipped.
        const auto end = path.find('/');
        const char* value = std::getenv(path.substr(1, end - 1).c_str());
        if (!value || !*value)
          continue;
        path = value + (end == std::string::npos ? std::string() : path.substr(end));
      }
      roots.push_back(path);
    }
  }
  std::vector<std::string> out;
  std::vector<std::string> seen;
  for (const auto& root : roots) {
    if (root.empty() || !is_dir(root))
      continue;
    const std::string r = real(root);
    if (std::find(seen.begin(), seen.end(), r) == seen.end()) {
      seen.push_back(r);
      std::error_code ec;
      const fs::path absolute = fs::absolute(root, ec);
      out.push_back((ec ? fs::path(root) : absolute).lexically_normal().string());
    }
  }
  return out;
}

std::vector<ScanInstall> scan_installs(const std::vector<std::string>& roots,
                                       std::size_t limit)
{
  const auto kegs = table_records(kPlacesTable, "keg");
  const auto layouts = table_records(kPlacesTable, "layout");
  std::vector<fs::path> places;
  for (const auto& root : roots) {
    places.push_back(root);
    for (const auto& dir : folders_in(root))
      places.push_back(dir);
    for (const auto& keg : kegs)
      for (const auto& dir : matching(root, keg.at(0)))
        places.push_back(dir);
  }
  std::vector<ScanInstall> out;
  std::vector<std::string> seen;
  for (const auto& place : places) {
    for (const auto& layout : layouts) {
      const std::string libs = layout.size() > 1 && layout[1] != "-" ? layout[1] : "";
      const fs::path include = place / layout.at(0);
      if (!is_file(include / "openssl" / "opensslv.h") ||
          (!libs.empty() && !is_dir(place / libs)))
        continue;
      const std::string key = real(include);
      if (std::find(seen.begin(), seen.end(), key) != seen.end())
        continue;
      seen.push_back(key);
      ScanInstall install;
      install.place = libs.empty() ? place.string() : include.string();
      install.include_dir = include.string();
      install.ssl = find_library(place, libs, "ssl");
      install.crypto = find_library(place, libs, "crypto");
      install.command = libs.empty() ? shell_arg("WITH_OPENSSL_DIR", place.string())
                                     : shell_arg("OPENSSL_INCLUDE_DIR", install.include_dir) +
                                         " " + shell_arg("OPENSSL_CRYPTO_LIBRARY", install.crypto) +
                                         " " + shell_arg("OPENSSL_SSL_LIBRARY", install.ssl);
      out.push_back(install);
      if (out.size() == limit)
        return out;
    }
  }
  return out;
}

#if !defined(_WIN32)
namespace {

// Builds the probe against each install of <results> in <work> with
// <compiler>, two at a time; sets the reason of those it cannot build.
// Returns the builds, each with the index of its result.
std::vector<std::pair<Job, std::size_t>> build_probes(std::vector<ScanResult>& results,
                                                      const fs::path& work,
                                                      const std::vector<std::string>& compiler)
{
  std::string named;
  for (const auto& word : compiler)
    named += (named.empty() ? "" : " ") + word;
  std::vector<Job> builds;
  std::vector<std::size_t> built_for;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ScanInstall& in = results[i].install;
    if (in.ssl.empty() || in.crypto.empty()) {
      results[i].reason = "it has headers, but no libssl or libcrypto beside them";
      continue;
    }
    const std::string exe = (work / ("probe-" + std::to_string(i))).string();
    std::vector<std::string> argv = compiler;
    for (const std::string& arg :
         {std::string("-std=c99"), std::string("-w"), "-I" + in.include_dir, std::string("-o"),
          exe, (work / "openssl_probe.c").string(), (work / "openssl_probe_facts.c").string(),
          in.ssl, in.crypto, "-Wl,-rpath," + fs::path(in.ssl).parent_path().string(),
          std::string("-ldl"), std::string("-pthread")})
      argv.push_back(arg);
    Job job;
    job.argv = argv;
    job.output = exe + ".build.log";
    job.timeout_s = 60;
    job.exe = exe;
    builds.push_back(job);
    built_for.push_back(i);
  }
  run_all(builds, 2);
  std::vector<std::pair<Job, std::size_t>> out;
  for (std::size_t b = 0; b < builds.size(); ++b) {
    ScanResult& result = results[built_for[b]];
    const Job& build = builds[b];
    if (WIFEXITED(build.status) && WEXITSTATUS(build.status) == 127)
      result.reason = "no C compiler to build the probe with (" + named + "; set CC)";
    else if (build.status != 0)
      result.reason = "the probe could not be built against it (" + build.output + ")";
    else
      out.emplace_back(build, built_for[b]);
  }
  return out;
}

// Runs each built probe against the requirements <requirements>, two at
// a time, 5 s each; fills in the verdicts.
void run_probes(std::vector<ScanResult>& results,
                const std::vector<std::pair<Job, std::size_t>>& builds,
                const std::vector<std::string>& requirements, const fs::path& work)
{
  std::vector<Job> runs;
  for (const auto& [build, index] : builds) {
    const ScanInstall& in = results[index].install;
    const std::string exe = build.exe;
    const bool is_static = in.ssl.size() > 2 && in.ssl.compare(in.ssl.size() - 2, 2, ".a") == 0;
    std::vector<std::string> argv = {exe};
    argv.insert(argv.end(), requirements.begin(), requirements.end());
    for (const std::string& arg :
         {std::string("--support-table"), (work / "osp_support.tsv").string(),
          std::string("--include-dir"), in.include_dir, std::string("--components"),
          std::string("SSL,Crypto"), std::string("--expect-ssl"), is_static ? exe : real(in.ssl),
          std::string("--expect-crypto"), is_static ? exe : real(in.crypto)})
      argv.push_back(arg);
    Job run;
    run.argv = argv;
    run.output = exe + ".json";
    runs.push_back(run);
  }
  run_all(runs, 2);
  for (std::size_t r = 0; r < runs.size(); ++r) {
    ScanResult& result = results[builds[r].second];
    const std::string json = read_file(runs[r].output);
    const std::string verdict = json_field(json, "verdict");
    if (runs[r].timed_out) {
      result.reason = guidance_text("why-probe-timeout", {{"seconds", "5"}});
    } else if (verdict.empty()) {
      result.reason = guidance_text("why-probe-no-report", {{"detail", runs[r].output}});
    } else {
      result.verdict = verdict;
      result.flavor = json_field(json, "flavor");
      result.version = json_field(json, "library_version");
      result.library = json_field(json, "library_path");
      result.reason = verdict == "pass" ? "" : json_field(json, "text", json.find("\"reasons\": ["));
    }
  }
}

}  // namespace
#endif

std::vector<ScanResult> scan_judge(const std::vector<ScanInstall>& installs,
                                   const Options& options)
{
  std::vector<ScanResult> results;
  for (const auto& install : installs) {
    ScanResult result;
    result.install = install;
    result.verdict = "not-judged";
    results.push_back(result);
  }
#if defined(_WIN32)
  for (auto& result : results)
    result.reason = "--scan judges installs on POSIX systems only";
  (void)options;
#else
  // The probe's sources, written out once.
  char pattern[] = "/tmp/openssl-probe-scan.XXXXXX";
  const char* made = mkdtemp(pattern);
  if (!made) {
    for (auto& result : results)
      result.reason = "no temporary folder to build the probe in";
    return results;
  }
  const fs::path work(made);
  for (const auto& file : kProbeSources)
    std::ofstream(work / file.name) << file.text;
  const char* cc = std::getenv("CC");
  std::vector<std::string> requirements;
  for (int id = 0; id < OSP_OPTION_COUNT; ++id)
    if (const auto& value = options.given[static_cast<std::size_t>(id)]) {
      requirements.push_back(std::string("--") + osp_options[id].flag);
      requirements.push_back(*value);
    }
  // $CC may carry words of its own ("ccache gcc", "gcc -m32").
  std::vector<std::string> compiler;
  std::istringstream words(cc && *cc ? cc : "cc");
  for (std::string word; words >> word;)
    compiler.push_back(word);
  const auto builds = build_probes(results, work, compiler);
  run_probes(results, builds, requirements, work);
  // The folder stays only where a reason names a file in it (a build's
  // log, a probe's output).
  const bool named = std::any_of(results.begin(), results.end(), [&](const ScanResult& r) {
    return r.reason.find(work.string()) != std::string::npos;
  });
  std::error_code ec;
  if (!named)
    fs::remove_all(work, ec);
#endif
  return results;
}

std::vector<ScanResult> scan_order(std::vector<ScanResult> results)
{
  auto newer = [](const ScanResult& a, const ScanResult& b) {
    osp_version va;
    osp_version vb;
    if (!osp_version_parse(a.version.c_str(), &va) || !osp_version_parse(b.version.c_str(), &vb))
      return false;
    return osp_version_compare(&va, &vb) > 0;
  };
  std::stable_sort(results.begin(), results.end(),
                   [&](const ScanResult& a, const ScanResult& b) {
                     const bool pa = a.verdict == "pass";
                     const bool pb = b.verdict == "pass";
                     if (pa != pb)
                       return pa;
                     return pa && newer(a, b);
                   });
  return results;
}

std::string scan_text(const std::vector<ScanResult>& results,
                      const std::vector<std::string>& roots, double seconds)
{
  std::ostringstream out;
  char took[32];
  std::snprintf(took, sizeof took, "%.1f", seconds);
  std::string where;
  for (const auto& root : roots)
    where += (where.empty() ? "" : ", ") + root;
  if (results.empty()) {
    out << "No OpenSSL install found (looked in: " << (where.empty() ? "-" : where) << "; "
        << took << " s).\n";
    return out.str();
  }
  out << results.size() << " OpenSSL install" << (results.size() == 1 ? "" : "s")
      << " found, judged by the probe built against each (" << took << " s):\n";
  std::size_t width = 0;
  for (const auto& r : results)
    width = std::max(width, r.install.place.size());
  for (const auto& r : results) {
    std::string shown = r.flavor.empty() ? "-" : r.flavor + " " + r.version;
    out << "  " << r.verdict << std::string(r.verdict.size() < 11 ? 11 - r.verdict.size() : 1, ' ')
        << shown << std::string(shown.size() < 17 ? 17 - shown.size() : 1, ' ')
        << r.install.place << std::string(width + 2 - r.install.place.size(), ' ')
        << (r.library.empty() ? r.install.ssl : r.library) << "\n";
    if (!r.reason.empty())
      out << "             " << r.reason << "\n";
  }
  const auto best = std::find_if(results.begin(), results.end(),
                                 [](const ScanResult& r) { return r.verdict == "pass"; });
  if (best != results.end())
    out << "To build against " << best->install.place << ": " << best->install.command << "\n";
  else
    out << "None passes.\n";
  return out.str();
}

std::string scan_json(const std::vector<ScanResult>& results, double seconds)
{
  std::ostringstream out;
  char took[32];
  std::snprintf(took, sizeof took, "%.1f", seconds);
  out << "{\"seconds\": " << took << ", \"installs\": [";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ScanResult& r = results[i];
    out << (i ? ",\n  " : "\n  ") << "{\"install\": " << json_quote(r.install.place)
        << ", \"include_dir\": " << json_quote(r.install.include_dir)
        << ", \"ssl_library\": " << json_quote(r.install.ssl)
        << ", \"crypto_library\": " << json_quote(r.install.crypto)
        << ", \"verdict\": " << json_quote(r.verdict) << ", \"flavor\": " << json_quote(r.flavor)
        << ", \"version\": " << json_quote(r.version)
        << ", \"library_path\": " << json_quote(r.library)
        << ", \"reason\": " << json_quote(r.reason)
        << ", \"command\": " << json_quote(r.install.command) << "}";
  }
  out << (results.empty() ? "]}\n" : "\n]}\n");
  return out.str();
}

}  // namespace osp
