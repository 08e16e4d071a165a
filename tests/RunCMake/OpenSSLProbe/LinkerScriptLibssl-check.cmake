# lib64/libssl.so is a linker script; the file that loaded is the one it names.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_match("/ld-script/lib64/libssl\\.so$" ssl_library)
check_report_match("/ld-script/lib64/libssl\\.so\\.3$" library_path)
