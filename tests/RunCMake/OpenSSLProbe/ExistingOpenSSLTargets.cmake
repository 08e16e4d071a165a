# A project that found OpenSSL already: its targets are left alone, and the
# verified install is reachable as OpenSSLProbe::SSL.
find_package(OpenSSL REQUIRED)
include(OpenSSLProbe)
openssl_probe()
get_target_property(_aliased OpenSSL::SSL ALIASED_TARGET)
get_target_property(_location OpenSSLProbe::SSL IMPORTED_LOCATION)
message(STATUS "OpenSSL::SSL aliased=[${_aliased}] OpenSSLProbe::SSL=[${_location}]")
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSLProbe::SSL)
