# The install's files are an input: an upgrade in place (here, a new
# modification time on libssl) is probed again.
include("${CMAKE_CURRENT_LIST_DIR}/check-reprobe.cmake")
reconfigure_expect(REUSED)
file(TOUCH "${OSP_PREFIX}/lib64/libssl.so.3")
reconfigure_expect(RAN)
