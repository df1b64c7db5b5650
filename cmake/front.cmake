# `cair`, the front executable (src/cli/helper_exec.h): `cair lint` and
# `cair --version` in a process that loads only the lint engine, because
# issuance systems start one per certificate (README "Start-up", issue 19);
# every other subcommand is handed to cair-full. Building `cair` builds both.
#
# Where the start-up time went (bench/startup_bench.sh): the dynamic loader
# mapping ~48 shared objects and applying ~75,000 relocations, and the
# kernel's page faults for them. So the front links the lint engine's
# libraries statically where Debian ships an archive (libstdc++/libgcc: GCC
# runtime exception; OpenSSL: Apache-2.0; ICU: Unicode licence; libpsl:
# MIT). It is linked without PIE: its ~33,000 relative relocations (vtables
# of the 439 lints, ICU's and OpenSSL's tables) would otherwise be written
# into private pages at every start (CAIR_FRONT_PIE=ON restores address
# randomisation of its code at that cost).
#
# CAIR_FRONT_STATIC_LGPL (ON by default) links the rest statically too: the
# C library (glibc, LGPL-2.1+), GMP, libidn2 and libunistring (each LGPL-3+
# or GPL-2+), so that `cair` is one self-contained executable that the
# kernel starts without the dynamic loader: no shared object to map, no
# symbol to look up (half of the page faults and 60% of the
# instructions of `cair --version` were the loader's). The LGPL allows this when
# the recipient can relink the program with a modified library: whoever
# distributes a `cair` built this way must also offer cair's source (or its
# object files) and this build description, which relinks it against any
# version of those libraries; or build with -DCAIR_FRONT_STATIC_LGPL=OFF to
# keep them shared (a `cair lint` then takes ~65 more page faults, ~0.65M
# more instructions and ~2 ms more CPU at every start, README "Start-up"). The
# linker warns that getaddrinfo/dlopen in static OpenSSL need the C
# library's shared objects at run time; the front calls neither (it reads
# files and standard input, loads no OpenSSL configuration or engine).
option(CAIR_STATIC_FRONT "Link `cair` (lint, --version) against static archives where available" ON)
option(CAIR_FRONT_PIE "Link `cair` as a position-independent executable" OFF)
option(CAIR_FRONT_STATIC_LGPL "Link `cair` fully statically, the C library, GMP, libidn2 and libunistring included (see above)" ON)

add_executable(cair
  src/cli/front_main.cc
  src/cli/helper_exec.cc
  $<TARGET_OBJECTS:cair_lint_cli>)  # lint_command, lint_stream, output, key_options: cair-full's objects
target_compile_definitions(cair PRIVATE CAIR_VERSION="${PROJECT_VERSION}")
add_dependencies(cair cair_full)

set(cair_front_static OFF)
if(CAIR_STATIC_FRONT AND NOT CAIR_SANITIZE AND NOT CAIR_FUZZ)
  set(cair_front_archives "")
  foreach(lib crypto icuuc icudata psl)
    find_library(CAIR_FRONT_${lib}_A NAMES lib${lib}.a)
    list(APPEND cair_front_archives ${CAIR_FRONT_${lib}_A})
  endforeach()
  find_library(CAIR_FRONT_unistring NAMES unistring libunistring.so.2 libunistring.so.5)
  if(NOT cair_front_archives MATCHES "NOTFOUND" AND CAIR_FRONT_unistring)
    set(cair_front_static ON)
  else()
    message(STATUS "cair: static archives for the front not all found (${cair_front_archives}); linking it shared")
  endif()
endif()

# The LGPL libraries and the C library as archives as well (no dynamic loader).
set(cair_front_all_static OFF)
if(cair_front_static AND CAIR_FRONT_STATIC_LGPL AND NOT CAIR_FRONT_PIE)
  set(cair_front_lgpl_archives "")
  foreach(lib idn2 unistring gmp c)
    find_library(CAIR_FRONT_${lib}_A NAMES lib${lib}.a)
    list(APPEND cair_front_lgpl_archives ${CAIR_FRONT_${lib}_A})
  endforeach()
  if(NOT cair_front_lgpl_archives MATCHES "NOTFOUND")
    set(cair_front_all_static ON)
  else()
    message(STATUS "cair: archives for a fully static front not all found (${cair_front_lgpl_archives}; "
                   "Debian: libidn2-dev libunistring-dev libgmp-dev libc6-dev); GMP, libidn2, libunistring stay shared")
  endif()
endif()

if(cair_front_static)
  # The engine's objects and archives by file, so that their usage
  # requirements (OpenSSL::Crypto, ICU, libpsl, toml++ as shared objects) do
  # not come along; the libraries are named here instead. A library added to
  # cair_der/x509/lint/lints/embed must be added to this list too (the link
  # fails naming its symbols otherwise).
  target_sources(cair PRIVATE $<TARGET_OBJECTS:cair_lints> src/cli/front_toml.cc)
  set_source_files_properties(src/cli/front_toml.cc PROPERTIES COMPILE_DEFINITIONS "TOML_HEADER_ONLY=0")
  add_dependencies(cair cair_embed cair_lint cair_x509 cair_der cair_base)
  target_link_libraries(cair PRIVATE
    $<TARGET_FILE:cair_embed> $<TARGET_FILE:cair_lint> $<TARGET_FILE:cair_x509> $<TARGET_FILE:cair_der>
    $<TARGET_FILE:cair_base>
    ${cair_front_archives} CLI11::CLI11 nlohmann_json::nlohmann_json)
  if(cair_front_all_static)
    target_link_libraries(cair PRIVATE ${CAIR_FRONT_idn2_A} ${CAIR_FRONT_unistring_A} ${CAIR_FRONT_gmp_A})
    target_link_options(cair PRIVATE -static)
  else()
    target_link_libraries(cair PRIVATE PkgConfig::IDN2 ${CAIR_FRONT_unistring} gmp ${CMAKE_DL_LIBS} Threads::Threads)
  endif()
  target_link_options(cair PRIVATE -static-libstdc++ -static-libgcc -Wl,--as-needed -Wl,-O1)
  if(NOT CAIR_FRONT_PIE)
    set_target_properties(cair PROPERTIES POSITION_INDEPENDENT_CODE OFF)
    target_link_options(cair PRIVATE -no-pie)
  endif()
else()
  target_link_libraries(cair PRIVATE cair_lints cair_embed CLI11::CLI11 nlohmann_json::nlohmann_json)
endif()

include(GNUInstallDirs)
install(TARGETS cair RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
install(TARGETS cair_full RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/cair COMPONENT cli)
