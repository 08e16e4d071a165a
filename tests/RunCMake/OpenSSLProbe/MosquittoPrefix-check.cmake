# libmosquitto, built unmodified, loads the prefix's libssl.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_programs_load("${OSP_PREFIX}" lib/libmosquitto.so TARGET libmosquitto)
