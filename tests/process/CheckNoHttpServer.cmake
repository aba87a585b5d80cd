# cmake -DBINARY=<executable> -DREADELF=<readelf> -DNM=<nm> -P CheckNoHttpServer.cmake
#
# Fails when BINARY needs Qt6HttpServer (an ELF NEEDED entry) or defines one of the sandbox server's classes.
# The classes of the shell that start and read the sandbox over loopback HTTP are allowed: they are clients.
foreach(variable BINARY READELF NM)
    if(NOT ${variable})
        message(FATAL_ERROR "CheckNoHttpServer.cmake needs -D${variable}=...")
    endif()
endforeach()

execute_process(COMMAND ${READELF} --dynamic ${BINARY}
    OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${READELF} could not read ${BINARY}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]*\\]" needed "${dynamic}")
if(NOT needed)
    message(FATAL_ERROR "${BINARY} has no NEEDED entries: not a dynamically linked ELF file?")
endif()
foreach(entry IN LISTS needed)
    if(entry MATCHES "HttpServer")
        message(FATAL_ERROR "${BINARY} links an HTTP server: ${entry}")
    endif()
endforeach()

execute_process(COMMAND ${NM} --demangle --defined-only ${BINARY}
    OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${NM} could not read ${BINARY}")
endif()
foreach(class SandboxServer SandboxListener VerifyEmulator BackendEmulator QHttpServer)
    if(symbols MATCHES "[ :]${class}::")
        message(FATAL_ERROR "${BINARY} defines ${class}: the sandbox's server is linked in")
    endif()
endforeach()
list(LENGTH needed count)
message(STATUS "${BINARY}: ${count} NEEDED entries, none an HTTP server; no sandbox server class")
