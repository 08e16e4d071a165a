# For cases whose outcome is compared with CMake's own FindOpenSSL
# (check_same_as_stock in check-json.cmake): the case runs as it is, and
# again with -DOSP_STOCK=ON, where openssl_probe() is not called and
# find_package(OpenSSL) is CMake's.

# Calls openssl_probe(<args>) unless the run is the stock one, or the
# dependency provider answers find_package(OpenSSL) already.
macro(osp_probe_unless_stock)
  if(NOT OSP_STOCK AND NOT COMMAND openssl_probe_provide_dependency)
    include(OpenSSLProbe)
    openssl_probe(${ARGN})
  endif()
endmacro()

# Prints "-- result: <label>: <var>=<yes|no|unset> ...", the line both
# runs must print alike.
function(osp_result label)
  set(_line "result: ${label}:")
  foreach(_var IN LISTS ARGN)
    if(NOT DEFINED ${_var})
      set(_value unset)
    elseif(${_var})
      set(_value yes)
    else()
      set(_value no)
    endif()
    string(APPEND _line " ${_var}=${_value}")
  endforeach()
  message(STATUS "${_line}")
endfunction()
