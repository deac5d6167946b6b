# Use ccache when it is installed: the README's commands rebuild quickly the second time.
find_program(MIG_CCACHE_PROGRAM ccache)
if(MIG_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${MIG_CCACHE_PROGRAM}" CACHE STRING "Compiler launcher")
    set(CMAKE_C_COMPILER_LAUNCHER "${MIG_CCACHE_PROGRAM}" CACHE STRING "Compiler launcher")
endif()
