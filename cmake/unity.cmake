# The lint catalogue in unity groups (issue 15): one translation unit per
# ~30 lint files instead of one per file. With the catalogue's precompiled
# header a lint file costs ~0.58 s of CPU alone and ~0.10 s in a group (g++ 12
# -O3; clang-14 with ASan: 0.63 -> 0.10 s at -O1), because most of a lint file's
# compile is the fixed cost of a translation unit (loading the header,
# re-instantiating and optimising the same inline functions), not the lint.
#
# Each lint file wraps its body in `namespace { namespace CAIR_UNITY_ID {`,
# which CMake defines to a name unique to the file inside a group
# (UNITY_BUILD_UNIQUE_ID), so that the files' kMetadata, classes and
# registration flags do not clash; tools/unity_namespaces.py makes that edit
# (run it on a new lint file). A lint file without it is compiled on its own
# (correct, only slower), with a configure warning, and the ctest test
# `cair_unity_namespaces` fails naming it. The helpers in src/lints/util are
# compiled on their own.
#
# Files are grouped by a hash of their path, not by position, so adding a
# lint file recompiles its own group only (and ccache keeps the others).
option(CAIR_UNITY "Compile the lint catalogue in unity groups" ON)
set(CAIR_UNITY_GROUPS 16 CACHE STRING "Number of unity groups of the lint catalogue (~30 files each)")

if(CAIR_UNITY)
  set(cair_unity_unconverted "")
  foreach(src IN LISTS CAIR_LINT_SOURCES)
    file(STRINGS "${src}" marks REGEX "CAIR_REGISTER_LINT\\(|namespace CAIR_UNITY_ID \\{")
    if(NOT marks MATCHES "CAIR_REGISTER_LINT\\(")
      continue()  # a helper (src/lints/util): on its own
    endif()
    file(RELATIVE_PATH rel "${CMAKE_SOURCE_DIR}" "${src}")
    if(NOT marks MATCHES "namespace CAIR_UNITY_ID")
      list(APPEND cair_unity_unconverted "${rel}")
      continue()
    endif()
    string(MD5 hash "${rel}")
    string(SUBSTRING "${hash}" 0 6 hash)
    math(EXPR group "0x${hash} % ${CAIR_UNITY_GROUPS}")
    set_source_files_properties("${src}" PROPERTIES UNITY_GROUP "lints_${group}")
  endforeach()
  if(cair_unity_unconverted)
    list(JOIN cair_unity_unconverted "\n  " shown)
    message(WARNING "cair: these lint files are compiled outside the unity groups (slower) because they "
      "lack the per-file namespace; run `python3 tools/unity_namespaces.py` in ${CMAKE_SOURCE_DIR} "
      "to convert them:\n  ${shown}")
  endif()
  set_target_properties(cair_lints PROPERTIES
    UNITY_BUILD ON UNITY_BUILD_MODE GROUP UNITY_BUILD_UNIQUE_ID CAIR_UNITY_ID)
endif()
