# A toolchain file that makes CMake cross-compile for this very machine:
# setting CMAKE_SYSTEM_NAME sets CMAKE_CROSSCOMPILING, so the probe may not
# simply be run; the binaries still run here, which lets the emulator case
# use a wrapper that only records that it ran.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${CMAKE_HOST_SYSTEM_PROCESSOR})
