# Installs OpenSSLProbe and moves the install elsewhere (it must be
# relocatable), and packs the sources into an archive for FetchContent.
#   cmake -DBUILD_DIR=<top build> -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P Prepare.cmake
cmake_minimum_required(VERSION 3.25...4.3)
file(REMOVE_RECURSE "${WORK_DIR}/staging" "${WORK_DIR}/relocated")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}"
  --prefix "${WORK_DIR}/staging" RESULT_VARIABLE _rc OUTPUT_QUIET)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${_rc}")
endif()
file(RENAME "${WORK_DIR}/staging" "${WORK_DIR}/relocated")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar czf "${WORK_DIR}/openssl-probe.tar.gz"
    CMakeLists.txt cmake probe src
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "packing the sources failed: ${_rc}")
endif()
