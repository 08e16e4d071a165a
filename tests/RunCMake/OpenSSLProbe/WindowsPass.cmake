# A real OpenSSL cross-built for Windows (MinGW-w64), its DLL folder on the
# PATH the probe runs with (WINEPATH): the import libraries are linked, the
# DLLs they name are what loads, and the targets carry both, so that
# $<TARGET_RUNTIME_DLLS> deploys the verified DLLs beside the program.
include(OpenSSLProbe)
openssl_probe()
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
add_custom_command(TARGET app POST_BUILD
  COMMAND "${CMAKE_COMMAND}" -E copy $<TARGET_RUNTIME_DLLS:app> $<TARGET_FILE_DIR:app>
  COMMAND_EXPAND_LISTS)
foreach(_target IN ITEMS OpenSSL::SSL OpenSSL::Crypto)
  get_target_property(_type ${_target} TYPE)
  get_target_property(_location ${_target} IMPORTED_LOCATION)
  get_target_property(_implib ${_target} IMPORTED_IMPLIB)
  message(STATUS "${_target}: ${_type}, ${_location}, ${_implib}")
endforeach()
message(STATUS "OPENSSL_SSL_LIBRARY: ${OPENSSL_SSL_LIBRARY}")
