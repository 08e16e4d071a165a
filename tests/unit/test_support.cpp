#include <catch2/catch.hpp>

#include <ctime>
#include <string>
#include <vector>

#include "osp_support.h"
#include "support_table.hpp"

namespace {

osp_support_fact assess(const char* flavor, const char* version, const char* today)
{
  osp_support_fact fact;
  osp_support_assess(&fact, osp::kSupportTable, flavor, version, today);
  return fact;
}

// The day after <date> (YYYY-MM-DD).
// The day <days> after (or before) a date, as YYYY-MM-DD.
std::string add_days(const std::string& date, int days)
{
  std::tm tm{};
  tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(date.substr(8, 2)) + days;
  tm.tm_hour = 12;
  std::mktime(&tm);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
  return text;
}

std::string next_day(const std::string& date) { return add_days(date, 1); }
std::string previous_day(const std::string& date) { return add_days(date, -1); }

struct Row {
  std::vector<std::string> field;
};

std::vector<Row> rows(const char* kind)
{
  std::vector<Row> found;
  const char* text = osp::kSupportTable;
  char buffer[512];
  const char* field[OSP_SUPPORT_FIELDS];
  int n;
  while ((n = osp_support_row(&text, buffer, sizeof buffer, field)) > 0) {
    if (std::string(field[0]) != kind)
      continue;
    Row row;
    for (int i = 0; i < n; ++i)
      row.field.emplace_back(field[i]);
    found.push_back(row);
  }
  return found;
}

}  // namespace

TEST_CASE("Every branch is supported to its last day and not after")
{
  const auto branches = rows("branch");
  REQUIRE(branches.size() >= 14);
  for (const Row& row : branches) {
    REQUIRE(row.field.size() == 7);
    const std::string& branch = row.field[2];
    const std::string& ends = row.field[4];
    // A late release on the branch, past every fix: 3.0 -> 3.0.99,
    // 1.1.1 -> 1.1.1zzz.
    const std::string release =
      branch.find('.') == branch.rfind('.') ? branch + ".99" : branch + "zzz";
    INFO(row.field[1] << " " << release << ", support ends " << ends);
    const auto last_day = assess(row.field[1].c_str(), release.c_str(), ends.c_str());
    const auto day_after =
      assess(row.field[1].c_str(), release.c_str(), next_day(ends).c_str());
    CHECK(std::string(last_day.branch) == branch);
    CHECK(std::string(last_day.ends) == ends);
    CHECK(std::string(last_day.status) == "supported");
    CHECK(std::string(day_after.status) == "end-of-life");
  }
}

TEST_CASE("A vulnerability's range holds its first and last release, not the fix")
{
  for (const Row& row : rows("vuln")) {
    REQUIRE(row.field.size() == 10);
    const std::string& published = row.field[4];
    INFO(row.field[2] << " (published " << published << "): " << row.field[5] << " to "
                      << row.field[6]);
    const auto first = assess(row.field[1].c_str(), row.field[5].c_str(), "2026-11-27");
    const auto last = assess(row.field[1].c_str(), row.field[6].c_str(), "2026-11-27");
    const auto fixed = assess(row.field[1].c_str(), row.field[7].c_str(), "2026-11-27");
    CHECK(std::string(first.status) == "known-vulnerable");
    CHECK(std::string(last.status) == "known-vulnerable");
    const auto listed = [&](const osp_support_fact& fact) {
      bool found = false;
      for (int i = 0; i < fact.vulnerability_count; ++i)
        found = found || row.field[2] == fact.vulnerabilities[i].id;
      return found;
    };
    CHECK_FALSE(listed(fixed));
    // It counts from the day it was published, not before.
    CHECK(listed(assess(row.field[1].c_str(), row.field[5].c_str(), published.c_str())));
    CHECK_FALSE(listed(assess(row.field[1].c_str(), row.field[5].c_str(),
                              previous_day(published).c_str())));
  }
  // The vulnerability upgrade advice is most often about: Heartbleed, in 1.0.1e, from the
  // day it was published.
  const auto heartbleed = assess("OpenSSL", "1.0.1e", "2014-04-07");
  CHECK(std::string(heartbleed.status) == "known-vulnerable");
  REQUIRE(heartbleed.vulnerability_count >= 1);
  CHECK(std::string(heartbleed.vulnerabilities[0].id) == "CVE-2014-0160");
  CHECK(std::string(heartbleed.vulnerabilities[0].name) == "Heartbleed");
  CHECK(std::string(heartbleed.vulnerabilities[0].fixed_in) == "1.0.1g");
  // CVE-2022-3602 and 3786: 3.0.0 to 3.0.6.
  const auto spooky = assess("OpenSSL", "3.0.6", "2022-11-01");
  bool listed = false;
  for (int i = 0; i < spooky.vulnerability_count; ++i)
    listed = listed || std::string(spooky.vulnerabilities[i].id) == "CVE-2022-3602";
  CHECK(listed);
  CHECK(std::string(assess("OpenSSL", "1.0.0t", "2014-04-01").status) == "supported");
}

TEST_CASE("The answer ages with the date")
{
  // A 3.0 release past every fix: supported to 2026-09-07, then not.
  CHECK(std::string(assess("OpenSSL", "3.0.99", "2026-09-07").status) == "supported");
  const auto ended = assess("OpenSSL", "3.0.99", "2026-11-27");
  CHECK(std::string(ended.status) == "end-of-life");
  CHECK(std::string(ended.today) == "2026-11-27");
  // What to move to on that day: the newest LTS branch, and the newest.
  CHECK(std::string(ended.lts) == "3.5");
  CHECK(std::string(ended.newest) == "4.0");
  const auto earlier = assess("OpenSSL", "3.0.99", "2025-06-01");
  CHECK(std::string(earlier.lts) == "3.5");
  CHECK(std::string(earlier.newest) == "3.5");
}

TEST_CASE("Releases the table does not know are unknown")
{
  CHECK(std::string(assess("BoringSSL", "", "2026-11-27").status) == "unknown");
  CHECK(std::string(assess("OpenSSL", "9.9.0", "2026-11-27").status) == "unknown");
  osp_support_fact fact;
  osp_support_assess(&fact, nullptr, "OpenSSL", "3.0.19", "2026-11-27");
  CHECK(std::string(fact.status) == "unknown");
}
