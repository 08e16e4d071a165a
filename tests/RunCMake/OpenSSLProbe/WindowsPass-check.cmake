# The program, built and given the verified DLLs beside it, runs under Wine
# with nothing on its PATH.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
_check_build(_built)
if(_built)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${RunCMake_TEST_ENV} WINEPATH=
    "${OSP_WINE_RUN}" "${RunCMake_TEST_BINARY_DIR}/app.exe"
    RESULT_VARIABLE _rc OUTPUT_FILE "${RunCMake_TEST_BINARY_DIR}/app.out")
  file(READ "${RunCMake_TEST_BINARY_DIR}/app.out" _out)
  if(NOT _rc EQUAL 0 OR NOT _out MATCHES "^OpenSSL 3\\.")
    string(APPEND RunCMake_TEST_FAILED "app.exe printed [${_out}] (exit ${_rc}).\n")
  endif()
  # The copies beside it are the verified DLLs, byte for byte.
  foreach(_dll IN ITEMS libssl-3-x64.dll libcrypto-3-x64.dll)
    set(_copy "${RunCMake_TEST_BINARY_DIR}/${_dll}")
    if(NOT EXISTS "${_copy}")
      string(APPEND RunCMake_TEST_FAILED "$<TARGET_RUNTIME_DLLS> did not deploy ${_dll}.\n")
      continue()
    endif()
    file(SHA256 "${_copy}" _got)
    file(SHA256 "${OSP_WIN64_PREFIX}/bin/${_dll}" _want)
    if(NOT _got STREQUAL _want)
      string(APPEND RunCMake_TEST_FAILED "${_dll} beside app.exe is not the verified one.\n")
    endif()
  endforeach()
endif()
