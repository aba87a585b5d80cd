# latchkey_add_layer(<folder> SOURCES <files> [PUBLIC <targets>] [PRIVATE <targets>])
#
# One layer of Latchkey: the static library latchkey_<folder> built from app/<folder>. Its public include
# directory is its own folder and nothing else, so a file sees only the headers of its own layer and of the
# layers it links: an include that climbs to a higher layer does not compile (tests/layers proves it).
function(latchkey_add_layer folder)
    cmake_parse_arguments(L "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    set(target latchkey_${folder})
    qt_add_library(${target} STATIC ${L_SOURCES})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target} PUBLIC ${L_PUBLIC} PRIVATE ${L_PRIVATE})
endfunction()
