# Targets that link OpenSSL by name under an override: the linker would
# take the system's; the end of the configure names them.  A target that
# links the imported targets is not named.
include(OpenSSLProbe)
openssl_probe()
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE ssl -lcrypto)
add_library(good INTERFACE)
target_link_libraries(good INTERFACE OpenSSL::SSL)
