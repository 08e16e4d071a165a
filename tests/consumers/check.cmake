# Shared by the consumer projects: probe, link, and make sure that a
# project which is not top-level builds neither the command nor the tests.
openssl_probe()
if(TARGET openssl-probe OR TARGET openssl_probe_unit)
  message(FATAL_ERROR "OpenSSLProbe built its command or tests as a subproject")
endif()
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/../RunCMake/OpenSSLProbe/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
