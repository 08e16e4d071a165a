# Sets <out> to what <dir> holds: each file and folder with its time, one
# per line, so two manifests are equal only if nothing there changed.
function(osp_manifest out dir)
  file(GLOB_RECURSE _files LIST_DIRECTORIES true "${dir}/*")
  set(_manifest "")
  foreach(_file IN LISTS _files)
    file(TIMESTAMP "${_file}" _time "%s.%f" UTC)
    string(APPEND _manifest "${_file} ${_time}\n")
  endforeach()
  set(${out} "${_manifest}" PARENT_SCOPE)
endfunction()
