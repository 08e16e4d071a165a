#include "guidance.hpp"

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "guidance_table.hpp"
#include "osp_version.h"

#if !defined(_WIN32)
#  include <unistd.h>
#endif

namespace osp {

OsRelease parse_os_release(const std::string& text)
{
  OsRelease fields;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || eq == std::string::npos)
      continue;
    std::string value = line.substr(eq + 1);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    fields[line.substr(0, eq)] = value;
  }
  return fields;
}

namespace {

// CMake's name of the system this program runs on.
const char* system_name()
{
#if defined(_WIN32)
  return "Windows";
#elif defined(__APPLE__)
  return "Darwin";
#else
  return "Linux";
#endif
}

// guidance.tsv's records of one kind.
std::vector<std::vector<std::string>> records(const std::string& kind)
{
  return table_records(kGuidanceTable, kind);
}

}  // namespace

std::vector<std::vector<std::string>> table_records(const std::string& table,
                                                    const std::string& kind)
{
  std::vector<std::vector<std::string>> out;
  std::istringstream lines(table);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.compare(0, kind.size() + 1, kind + "\t") != 0)
      continue;
    std::vector<std::string> fields;
    std::istringstream cells(line.substr(kind.size() + 1));
    std::string cell;
    while (std::getline(cells, cell, '\t')) {
      for (auto at = cell.find("\\n"); at != std::string::npos;
           at = cell.find("\\n", at + 1))
        cell.replace(at, 2, "\n");
      fields.push_back(cell);
    }
    out.push_back(fields);
  }
  return out;
}

namespace {

void replace_all(std::string& text, const std::string& from,
                 const std::string& to)
{
  for (auto at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

bool has_word(const std::string& words, const std::string& word)
{
  std::istringstream in(words);
  std::string w;
  while (in >> w)
    if (w == word)
      return true;
  return false;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> guidance_steps(const std::string& plan)
{
  std::vector<std::pair<std::string, std::string>> steps;
  for (const auto& row : records("step"))
    if (row.size() >= 3 && row[0] == plan)
      steps.emplace_back(row[1], row[2]);
  return steps;
}

Upgrade upgrade_for(const Platform& platform)
{
  auto has = [&](const std::string& p) {
    return platform.has_program && platform.has_program(p);
  };
  std::string ids;
  std::string os;
  if (platform.system == "Linux") {
    for (const char* key : {"ID", "ID_LIKE"}) {
      auto it = platform.os_release.find(key);
      if (it != platform.os_release.end())
        ids += " " + it->second;
    }
    auto name = platform.os_release.find("PRETTY_NAME");
    if (name != platform.os_release.end())
      os = name->second + ", ";
  }
  // upgrade <system> <IDs> <program> <label> <command>: the distribution's
  // own manager first, then whichever is installed.
  std::vector<std::vector<std::string>> first;
  std::vector<std::vector<std::string>> rest;
  for (const auto& row : records("upgrade")) {
    if (row.size() < 5 || row[0] != platform.system)
      continue;
    rest.push_back(row);
    std::istringstream row_ids(row[1]);
    std::string id;
    while (row_ids >> id)
      if (has_word(ids, id)) {
        first.push_back(row);
        break;
      }
  }
  first.insert(first.end(), rest.begin(), rest.end());
  for (auto row : first) {
    if (!has(row[2]))
      continue;
    replace_all(row[3], "{os}", os);
    replace_all(row[4], "{sudo}", platform.root ? "" : "sudo ");
    Upgrade upgrade{row[3], row[4], row[2], "", "", ""};
    // candidate <program> <package> <query> <installed label> <candidate
    // label>: what it would install, the word after each label.
    for (const auto& query : records("candidate")) {
      if (query.size() < 5 || query[0] != upgrade.program || !platform.run)
        continue;
      std::string command = query[2];
      replace_all(command, "{package}", query[1]);
      const std::string answer = platform.run(command);
      // Only a version counts ("(none)" does not).
      auto word_after = [&answer](const std::string& label) {
        auto at = answer.find(label + " ");
        if (at == std::string::npos)
          return std::string();
        at = answer.find_first_not_of(' ', at + label.size());
        if (at == std::string::npos)
          return std::string();
        const auto end = answer.find_first_of(" \t\r\n", at);
        const std::string word = answer.substr(at, end - at);
        return !word.empty() && word[0] >= '0' && word[0] <= '9' ? word : std::string();
      };
      upgrade.installed = word_after(query[3]);
      upgrade.candidate = word_after(query[4]);
      if (!upgrade.candidate.empty())
        upgrade.package = query[1];
      break;
    }
    return upgrade;
  }
  return {};
}

std::string upgrade_outcome(const std::vector<std::string>& codes,
                            const std::string& min_version,
                            const std::string& branch, const std::string& installed,
                            const std::string& candidate)
{
  auto has = [&](const char* code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  };
  // "1:3.0.22-1~deb12u2": the epoch off, the package's revision ignored.
  std::string text = candidate;
  const auto colon = text.find(':');
  if (colon != std::string::npos && text.find_first_not_of("0123456789") == colon)
    text = text.substr(colon + 1);
  osp_version version;
  if (!osp_version_parse(text.c_str(), &version))
    return "unknown";
  osp_version min;
  if (has("version-too-old") && osp_version_parse(min_version.c_str(), &min) &&
      osp_version_compare(&version, &min) < 0)
    return "too-old";
  const std::string own_branch =
    version.part[0] < 3 ? std::to_string(version.part[0]) + "." +
                            std::to_string(version.part[1]) + "." +
                            std::to_string(version.part[2])
                        : std::to_string(version.part[0]) + "." +
                            std::to_string(version.part[1]);
  if (has("end-of-life") && own_branch == branch)
    return "same-branch";
  if (candidate == installed)
    return "nothing-newer";
  return "to";
}

std::string upgrade_text(const Upgrade& upgrade, const std::vector<std::string>& codes,
                         const std::string& min_version, const std::string& branch)
{
  const std::string outcome = upgrade_outcome(codes, min_version, branch,
                                              upgrade.installed, upgrade.candidate);
  return guidance_text(outcome == "unknown" ? "upgrade-system" : "upgrade-system-" + outcome,
                       {{"label", upgrade.label},
                        {"command", upgrade.command},
                        {"program", upgrade.program},
                        {"package", upgrade.package},
                        {"installed", upgrade.installed},
                        {"candidate", upgrade.candidate},
                        {"min_version", min_version},
                        {"branch", branch}});
}

CodeGuidance guidance_for_code(const std::string& code, int tls)
{
  CodeGuidance guidance;
  for (const auto& row : records("code")) {
    if (row.size() < 3 || row[0] != code)
      continue;
    guidance.known = true;
    guidance.upgrade_helps = row[1] == "yes" || row[1] == "search";
    guidance.searched = row[1] == "search" || row[1] == "search-only";
    guidance.advice = row[2] == "-" ? "" : row[2];
    if (guidance.advice.size() > 1 && guidance.advice[0] == '@')
      guidance.advice = guidance_text(guidance.advice.substr(1), {});
    replace_all(guidance.advice, "{tls}", tls == 13 ? "tls1_3" : "tls1_2");
    replace_all(guidance.advice, "{TLS}", tls == 13 ? "TLS1_3" : "TLS1_2");
    break;
  }
  return guidance;
}

std::string guidance_text(
  const std::string& name,
  std::initializer_list<std::pair<const char*, std::string>> fill)
{
  // The command's own text (<name>.command), else one for this system
  // (<name>.<system>), takes the place of <name>.
  const std::string names[] = {name + ".command", name + "." + system_name(), name};
  std::string text;
  int rank = 3;
  for (const auto& row : records("text"))
    for (int i = 0; i < rank && row.size() >= 2; ++i)
      if (row[0] == names[i]) {
        text = row[1];
        rank = i;
        break;
      }
  for (const auto& [key, value] : fill)
    replace_all(text, std::string("{") + key + "}", value);
  return text;
}

std::string guidance_item(const std::string& text, int indent)
{
  const std::string margin(static_cast<std::size_t>(indent), ' ');
  std::string item = margin + "- " + text;
  replace_all(item, "\n", "\n" + margin + "  ");
  return item + "\n";
}

Platform this_platform()
{
  Platform platform;
  platform.system = system_name();
#if !defined(_WIN32) && !defined(__APPLE__)
  std::ifstream file("/etc/os-release");
  std::stringstream text;
  text << file.rdbuf();
  platform.os_release = parse_os_release(text.str());
#endif
#if !defined(_WIN32)
  platform.root = geteuid() == 0;
#endif
  platform.run = [](const std::string& command) {
    std::string out;
#if !defined(_WIN32)
    // timeout(1) bounds it where there is one; LC_ALL=C: the words the
    // table's regexes read.
    const std::string line = "LC_ALL=C " +
                             std::string(access("/usr/bin/timeout", X_OK) == 0
                                           ? "/usr/bin/timeout 5 "
                                           : "") +
                             command + " 2>/dev/null";
    if (FILE* pipe = popen(line.c_str(), "r")) {
      char buffer[4096];
      std::size_t n;
      while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        out.append(buffer, n);
      if (pclose(pipe) != 0)
        out.clear();
    }
#else
    (void)command;
#endif
    return out;
  };
  platform.has_program = [](const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
#if defined(_WIN32)
      std::ifstream exe(dir + "\\" + program + ".exe");
      if (exe.good())
        return true;
#else
      if (!dir.empty() && access((dir + "/" + program).c_str(), X_OK) == 0)
        return true;
#endif
    }
    return false;
  };
  return platform;
}

}  // namespace osp
