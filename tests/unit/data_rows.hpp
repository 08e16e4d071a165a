// The data files the unit tests share with the CMake tests
// (tests/judge/vectors.txt, tests/options/values.txt,
// tests/guidance/upgrade-vectors.txt): a row a line, its
// fields separated by '|', with empty lines and '#' comments between.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace osp_test {

inline std::vector<std::string> split(const std::string& line, char separator)
{
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (std::getline(in, field, separator))
    fields.push_back(field);
  if (!line.empty() && line.back() == separator)
    fields.emplace_back();
  return fields;
}

// Each row of the file at <path>, as its line and its fields; none if the
// file cannot be read.
inline std::vector<std::pair<std::string, std::vector<std::string>>> data_rows(const char* path)
{
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  std::ifstream file(path);
  std::string line;
  while (std::getline(file, line))
    if (!line.empty() && line[0] != '#')
      rows.emplace_back(line, split(line, '|'));
  return rows;
}

}  // namespace osp_test
