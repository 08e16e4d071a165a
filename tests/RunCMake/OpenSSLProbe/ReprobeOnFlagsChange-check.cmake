# The compiler flags are an input.
include("${CMAKE_CURRENT_LIST_DIR}/check-reprobe.cmake")
reconfigure_expect(RAN "-DCMAKE_C_FLAGS=-O1")
reconfigure_expect(REUSED)
