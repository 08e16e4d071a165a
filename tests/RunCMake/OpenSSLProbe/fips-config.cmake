# For the Fips* cases: makes a copy of the FIPS install's configuration
# (WITH_OPENSSL_DIR) the one OpenSSL loads (OPENSSL_CONF), with <module> as
# the text of its fipsmodule.cnf and without the openssl.cnf lines that
# match <drop> (a regex, or "" for none).
function(fips_case_config module drop)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/fipsmodule.cnf" "${module}")
  file(STRINGS "${WITH_OPENSSL_DIR}/ssl/openssl.cnf" _lines)
  if(drop)
    list(FILTER _lines EXCLUDE REGEX "${drop}")
  endif()
  list(JOIN _lines "\n" _conf)
  string(REPLACE "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf"
    "${CMAKE_CURRENT_BINARY_DIR}/fipsmodule.cnf" _conf "${_conf}\n")
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf" "${_conf}")
  set(ENV{OPENSSL_CONF} "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf")
endfunction()
