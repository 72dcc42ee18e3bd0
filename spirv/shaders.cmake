# Every shaders/**/*.comp becomes SPIR-V with glslc, is checked with spirv-val,
# and is embedded in the binary. Generated SPIR-V is never committed.
find_program(GLSLC glslc REQUIRED)
find_program(SPIRV_VAL spirv-val REQUIRED)

file(GLOB_RECURSE SHADER_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/*.comp)
file(GLOB_RECURSE SHADER_LIBS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/lib/*.glsl)
# Headers shared with the host (field layouts, codes) that shaders include.
file(GLOB SHADER_HEADERS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/common/*.h)
set(LEX_TABLES ${CMAKE_BINARY_DIR}/generated/lex_tables.glsl)
add_custom_command(
  OUTPUT ${LEX_TABLES} ${CMAKE_BINARY_DIR}/generated/lex_tables.h
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
  COMMAND lexgen ${CMAKE_BINARY_DIR}/generated/lex_tables.glsl ${CMAKE_BINARY_DIR}/generated/lex_tables.h
  DEPENDS lexgen)

add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/generated/xid_tables.h
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
  COMMAND xidgen ${CMAKE_SOURCE_DIR}/third_party/unicode/xid.txt ${CMAKE_BINARY_DIR}/generated/xid_tables.h
  DEPENDS xidgen ${CMAKE_SOURCE_DIR}/third_party/unicode/xid.txt)

# The parser's tables, from the grammar (tools/llpgen.c). A conflict in the
# grammar fails the build with the pair and the competing derivations.
set(LLP_GRAMMAR ${CMAKE_SOURCE_DIR}/tools/grammar/rust.g CACHE FILEPATH "grammar of the LLP parser")
set(LLP_TABLES ${CMAKE_BINARY_DIR}/generated/llp_tables.h)
add_custom_command(
  OUTPUT ${LLP_TABLES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
  COMMAND llpgen ${LLP_GRAMMAR} ${LLP_TABLES}
  DEPENDS llpgen ${LLP_GRAMMAR})

set(SPV_FILES)
set(SPV_NAMES)
foreach(src ${SHADER_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  set(spv ${CMAKE_BINARY_DIR}/spv/${name}.spv)
  add_custom_command(
    OUTPUT ${spv}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/spv
    COMMAND ${GLSLC} --target-env=vulkan1.2 -O -I${CMAKE_SOURCE_DIR}/shaders/lib
            -I${CMAKE_SOURCE_DIR}/src/common -I${CMAKE_BINARY_DIR}/generated
            -o ${spv} ${src}
    COMMAND ${SPIRV_VAL} --target-env vulkan1.2 ${spv}
    DEPENDS ${src} ${SHADER_LIBS} ${SHADER_HEADERS} ${LEX_TABLES} ${LLP_TABLES}
    COMMENT "glslc + spirv-val ${name}")
  list(APPEND SPV_FILES ${spv})
  list(APPEND SPV_NAMES ${name})
endforeach()

set(SHADERS_EMBEDDED_C ${CMAKE_BINARY_DIR}/shaders_embedded.c)
add_custom_command(
  OUTPUT ${SHADERS_EMBEDDED_C}
  COMMAND embed ${SHADERS_EMBEDDED_C} shaders all ${SPV_FILES}
  DEPENDS embed ${SPV_FILES})
