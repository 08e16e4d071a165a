# Other packages are found as CMake finds them; OpenSSL still by the probe.
find_package(Threads REQUIRED)
message(STATUS "Threads: [${Threads_FOUND}] [${CMAKE_THREAD_LIBS_INIT}]")
find_package(OpenSSL REQUIRED)
