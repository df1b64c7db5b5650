# `cair`, the front executable (src/cli/helper_exec.h): `cair lint` and
# `cair --version` in a process that loads only the lint engine, because
# issuance systems start one per certificate (README "Start-up", issue 19);
# every other subcommand is handed to cair-full. Building `cair` builds both.
#
# Where the start-up time went (bench/startup_bench.sh): the dynamic loader
# mapping ~48 shared objects and applying ~75,000 relocations, and the
# kernel's page faults for them. So the front links the lint engine's
# libraries statically where Debian ships an archive and the licence allows
# it (libstdc++/libgcc: GCC runtime exception; OpenSSL: Apache-2.0; ICU:
# Unicode licence; libpsl: MIT); the LGPL ones (libidn2, libunistring, GMP)
# stay shared. It is linked without PIE: its ~33,000 relative relocations
# (vtables of the 439 lints, ICU's and OpenSSL's tables) would otherwise be
# written into private pages at every start (CAIR_FRONT_PIE=ON restores
# address randomisation of its code at that cost).
option(CAIR_STATIC_FRONT "Link `cair` (lint, --version) against static archives where available" ON)
option(CAIR_FRONT_PIE "Link `cair` as a position-independent executable" OFF)

add_executable(cair
  src/cli/front_main.cc
  src/cli/helper_exec.cc
  src/cli/key_options.cc
  src/cli/lint_command.cc
  src/cli/lint_stream.cc
  src/cli/output.cc)
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
    ${cair_front_archives} PkgConfig::IDN2 ${CAIR_FRONT_unistring} gmp ${CMAKE_DL_LIBS} Threads::Threads
    CLI11::CLI11 nlohmann_json::nlohmann_json)
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
