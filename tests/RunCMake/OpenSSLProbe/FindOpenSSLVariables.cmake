# What find_package(OpenSSL) gives, compared with CMake's FindOpenSSL on the
# same install (the -check.cmake runs that too): its variables, and its
# targets with the properties a project reads.
include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock()
find_package(OpenSSL REQUIRED)
osp_result(found OPENSSL_FOUND OpenSSL_FOUND)
foreach(_var IN ITEMS OPENSSL_VERSION OPENSSL_VERSION_MAJOR
                      OPENSSL_VERSION_MINOR OPENSSL_VERSION_FIX OPENSSL_INCLUDE_DIR
                      OPENSSL_SSL_LIBRARY OPENSSL_CRYPTO_LIBRARY OPENSSL_SSL_LIBRARIES
                      OPENSSL_CRYPTO_LIBRARIES OPENSSL_LIBRARIES OPENSSL_APPLINK_SOURCE)
  message(STATUS "result: ${_var}=[${${_var}}]")
endforeach()
foreach(_target IN ITEMS OpenSSL::SSL OpenSSL::Crypto OpenSSL::applink)
  if(NOT TARGET ${_target})
    message(STATUS "result: ${_target} missing")
    continue()
  endif()
  # TYPE differs on purpose: the module's shared targets are SHARED, so
  # that $<TARGET_RUNTIME_DLLS> works; FindOpenSSL's are UNKNOWN.
  get_target_property(_type ${_target} TYPE)
  message(STATUS "type: ${_target} ${_type}")
  foreach(_property IN ITEMS IMPORTED_LOCATION INTERFACE_INCLUDE_DIRECTORIES
                             INTERFACE_LINK_LIBRARIES IMPORTED_LINK_INTERFACE_LANGUAGES
                             INTERFACE_SOURCES)
    get_target_property(_value ${_target} ${_property})
    message(STATUS "result: ${_target} ${_property}=[${_value}]")
  endforeach()
endforeach()
