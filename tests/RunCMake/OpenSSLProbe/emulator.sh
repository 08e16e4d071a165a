#!/bin/sh
# A stand-in CMAKE_CROSSCOMPILING_EMULATOR: notes each run in emulator.log in
# the working directory (the case's build directory), then runs it.
echo "$1" >> emulator.log
exec "$@"
