# doc_lines(<out> <file>): the lines of a Markdown file as a CMake list, one
# element per line (empty ones kept); ';', '[', ']' and '\' stand in as
# characters 1 to 4 until doc_line_text gives a line back.
function(doc_lines out file)
  file(READ "${file}" _text)
  string(ASCII 1 _semicolon)
  string(ASCII 2 _open)
  string(ASCII 3 _close)
  string(ASCII 4 _backslash)
  string(REPLACE "\\" "${_backslash}" _text "${_text}")
  string(REPLACE ";" "${_semicolon}" _text "${_text}")
  string(REPLACE "[" "${_open}" _text "${_text}")
  string(REPLACE "]" "${_close}" _text "${_text}")
  string(REPLACE "\n" ";" _text "${_text}")
  set(${out} "${_text}" PARENT_SCOPE)
endfunction()

# doc_line_text(<out> <line>): <line> of doc_lines as written.
function(doc_line_text out line)
  string(ASCII 1 _semicolon)
  string(ASCII 2 _open)
  string(ASCII 3 _close)
  string(ASCII 4 _backslash)
  string(REPLACE "${_backslash}" "\\" line "${line}")
  string(REPLACE "${_semicolon}" ";" line "${line}")
  string(REPLACE "${_open}" "[" line "${line}")
  string(REPLACE "${_close}" "]" line "${line}")
  set(${out} "${line}" PARENT_SCOPE)
endfunction()
