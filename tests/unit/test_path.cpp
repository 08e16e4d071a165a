#include <catch2/catch.hpp>

#include "osp_path.h"

TEST_CASE("paths compare as the platform compares them", "[path]")
{
  // POSIX: byte for byte.
  CHECK(osp_path_same("/opt/ssl/lib/libssl.so.3", "/opt/ssl/lib/libssl.so.3", 0));
  CHECK_FALSE(osp_path_same("/opt/ssl/lib/libssl.so.3", "/opt/SSL/lib/libssl.so.3", 0));
  // Windows: case, '\' and '/', and a drive that a rooted path lacks
  // (Wine's Z: is /).
  CHECK(osp_path_same("C:\\OpenSSL\\bin\\LIBSSL-3-X64.DLL", "c:/openssl/bin/libssl-3-x64.dll", 1));
  CHECK(osp_path_same("Z:\\opt\\ssl\\bin\\libssl-3-x64.dll", "/opt/ssl/bin/libssl-3-x64.dll", 1));
  CHECK(osp_path_same("/opt/ssl/bin/libssl-3-x64.dll", "Z:\\opt\\ssl\\bin\\libssl-3-x64.dll", 1));
  CHECK_FALSE(osp_path_same("C:\\OpenSSL\\bin\\libssl-3-x64.dll",
                            "D:\\OpenSSL\\bin\\libssl-3-x64.dll", 1));
  CHECK_FALSE(osp_path_same("C:\\OpenSSL\\bin\\libssl-3-x64.dll",
                            "C:\\OpenSSL\\bin\\libssl-3.dll", 1));
}

TEST_CASE("a file's folder is found on a PATH list", "[path]")
{
  const char* path = "C:\\Windows\\system32;C:\\Tools\\;Z:\\opt\\ssl\\bin";
  CHECK(osp_path_list_position(path, ';', "C:/tools/libssl-3-x64.dll", 1) == 2);
  CHECK(osp_path_list_position(path, ';', "/opt/ssl/bin/libssl-3-x64.dll", 1) == 3);
  CHECK(osp_path_list_position(path, ';', "C:\\OpenSSL\\bin\\libssl-3-x64.dll", 1) == 0);
  CHECK(osp_path_list_position("/usr/bin:/opt/ssl/lib", ':', "/opt/ssl/lib/libssl.so.3", 0) == 2);
  CHECK(osp_path_list_position(nullptr, ';', "C:/x/y.dll", 1) == 0);
  CHECK(osp_path_list_position("", ';', "C:/x/y.dll", 1) == 0);
}
