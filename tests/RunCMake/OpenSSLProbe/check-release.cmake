# Helpers for the cases that run on each real OpenSSL release the test setup
# builds: the install is OSP_PREFIX, its version matches OSP_VERSION_RE.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")

# Fails the case unless the report names that release, loaded from that
# prefix when <loaded> is true.
function(check_release loaded)
  file(REAL_PATH "${OSP_PREFIX}" _prefix)
  string(REGEX REPLACE "([][+.*?()^$])" "\\\\\\1" _prefix_re "${_prefix}")
  check_report_field(OpenSSL flavor)
  check_report_match("^${OSP_VERSION_RE}$" header_version)
  if(loaded)
    check_report_match("^${OSP_VERSION_RE}$" library_version)
    check_report_match("^${_prefix_re}/lib(64)?/libssl\\.so\\." library_path)
  endif()
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()
