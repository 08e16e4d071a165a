# Two configures of the same build directory at once, each needing a new
# probe (their MIN_VERSION differs from the last one's), several times:
# both pass every time, as the probe's folder is locked while one works.
set(_both [=[
"$1" "$2" -DOSP_CASE_MIN=1.0.2 > "$2/first.log" 2>&1 & first=$!
"$1" "$2" -DOSP_CASE_MIN=1.1.0 > "$2/second.log" 2>&1; second=$?
wait $first; echo "$?;$second"
]=])
foreach(_round RANGE 1 5)
  execute_process(COMMAND sh -c "${_both}" sh "${RunCMake_CMAKE}" "${RunCMake_TEST_BINARY_DIR}"
    OUTPUT_VARIABLE _results OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _results STREQUAL "0;0")
    file(READ "${RunCMake_TEST_BINARY_DIR}/first.log" _first)
    file(READ "${RunCMake_TEST_BINARY_DIR}/second.log" _second)
    string(APPEND RunCMake_TEST_FAILED
      "Round ${_round}: concurrent configures exited [${_results}]:\n${_first}\n${_second}\n")
    break()
  endif()
endforeach()
