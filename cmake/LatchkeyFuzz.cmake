# LATCHKEY_FUZZ: the libFuzzer build (clang only, see scripts/fuzz). Everything is compiled with coverage
# instrumentation for libFuzzer plus AddressSanitizer and UndefinedBehaviorSanitizer, so the libraries the
# targets drive report what they do wrong; only the targets themselves link libFuzzer's main().
# UBSan's vptr check needs RTTI of every library it crosses (Qt's misfire), function casts likewise.
if(LATCHKEY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "LATCHKEY_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr,function
        -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# latchkey_add_fuzz_target(<Name> CORPUS <folder> LIBS <targets>)
#
# tests/fuzz/Fuzz<Name>.cpp, which defines LLVMFuzzerTestOneInput, built twice: with LATCHKEY_FUZZ as the
# libFuzzer program fuzz-<folder> (in bin/), and in every test build as FuzzReplay<Name>, a plain driver that
# feeds each file of tests/fuzz/corpus/<folder> to it once: the CTest test FuzzReplay<Name> (label fuzz).
function(latchkey_add_fuzz_target name)
    cmake_parse_arguments(F "" "CORPUS" "LIBS" ${ARGN})
    set(source ${CMAKE_CURRENT_SOURCE_DIR}/Fuzz${name}.cpp)
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus/${F_CORPUS})
    if(LATCHKEY_FUZZ)
        qt_add_executable(fuzz-${F_CORPUS} ${source})
        target_link_libraries(fuzz-${F_CORPUS} PRIVATE latchkey_fuzzsupport latchkey_phone_builtin ${F_LIBS})
        target_link_options(fuzz-${F_CORPUS} PRIVATE -fsanitize=fuzzer)
        set_target_properties(fuzz-${F_CORPUS} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
    endif()
    if(BUILD_TESTING)
        qt_add_executable(FuzzReplay${name} ${source} ${CMAKE_CURRENT_SOURCE_DIR}/ReplayMain.cpp)
        target_link_libraries(FuzzReplay${name} PRIVATE latchkey_fuzzsupport latchkey_phone_builtin ${F_LIBS})
        add_test(NAME FuzzReplay${name} COMMAND FuzzReplay${name} ${corpus})
        set_tests_properties(FuzzReplay${name} PROPERTIES
            ENVIRONMENT "LC_ALL=C.UTF-8" TIMEOUT 120 LABELS "fuzz")
    endif()
endfunction()
