# The targets are ordinary imported targets: a subproject may amend them,
# and what it adds reaches every target that links them.
include(OpenSSLProbe)
openssl_probe()
add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/amend-targets" amend)
get_target_property(_defs OpenSSL::SSL INTERFACE_COMPILE_DEFINITIONS)
get_target_property(_type OpenSSL::SSL TYPE)
message(STATUS "OpenSSL::SSL: ${_type}, INTERFACE_COMPILE_DEFINITIONS=[${_defs}]")
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
