#!/bin/sh
# A stand-in CMAKE_CROSSCOMPILING_EMULATOR: notes each run, then runs it.
echo "$1" >> "${OSP_EMULATOR_LOG:-/dev/null}"
exec "$@"
