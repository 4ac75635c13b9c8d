# SPDX-License-Identifier: MIT
# Installing Breakwater like desktop software, and a Debian package of it.
#
# `cmake --install <build> [--prefix DIR]` puts the three programs in bin/,
# the desktop entry in share/applications/, the icon in the hicolor theme,
# and the documentation with its copyright file in share/doc/breakwater/.
# The console's translations are compiled into it (translations/CMakeLists.txt);
# Qt's own catalogues come from Debian's qt6-translations-l10n.
#
# `cpack -G DEB` (scripts/package) turns the same install into a .deb under
# /usr, its library dependencies computed by dpkg-shlibdeps.
include(GNUInstallDirs)
# Not CMAKE_INSTALL_DOCDIR: its default names the project (share/doc/Breakwater).
set(bw_docdir ${CMAKE_INSTALL_DATADIR}/doc/breakwater)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The console finds breakwater-sim next to itself for --demo: same folder.
set(bw_installed_programs "")
foreach(program breakwater breakwater-sim bwctl)
  if(TARGET ${program})
    list(APPEND bw_installed_programs ${program})
  endif()
endforeach()
install(TARGETS ${bw_installed_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${CMAKE_SOURCE_DIR}/packaging/breakwater.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/breakwater.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Debian keeps a package's changelog gzipped (-n: no time stamp, so the
# package is reproducible) next to its copyright file.
set(bw_changelog ${CMAKE_BINARY_DIR}/packaging/changelog.Debian)
string(TIMESTAMP bw_changelog_date "%a, %d %b %Y 00:00:00 +0000" UTC)
set(bw_debian_revision 1)
file(CONFIGURE OUTPUT ${bw_changelog} CONTENT
"breakwater (${PROJECT_VERSION}-${bw_debian_revision}) unstable; urgency=medium

  * Built from the Breakwater sources.

 -- Breakwater maintainers <maintainers@breakwater.example.org>  ${bw_changelog_date}
")
add_custom_command(OUTPUT ${bw_changelog}.gz
  COMMAND gzip -9nf -k ${bw_changelog}
  DEPENDS ${bw_changelog}
  VERBATIM)
add_custom_target(bw_changelog ALL DEPENDS ${bw_changelog}.gz)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/copyright ${bw_changelog}.gz
  DESTINATION ${bw_docdir})
install(FILES ${CMAKE_SOURCE_DIR}/README.md
  ${CMAKE_SOURCE_DIR}/docs/user-guide.md ${CMAKE_SOURCE_DIR}/docs/bwctl.md
  ${CMAKE_SOURCE_DIR}/docs/ops-api.md ${CMAKE_SOURCE_DIR}/docs/openapi.yaml
  ${CMAKE_SOURCE_DIR}/docs/decisions.md
  DESTINATION ${bw_docdir})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/screenshots DESTINATION ${bw_docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME breakwater)
set(CPACK_PACKAGE_VENDOR "The Breakwater authors")
set(CPACK_PACKAGE_CONTACT "Breakwater maintainers <maintainers@breakwater.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for integration back ends")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${bw_debian_revision})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Breakwater is a desktop console (Qt 6) for the integration back ends of web
platforms: live metrics, sync jobs, dead-letter queues, circuit breakers,
bulk operations and offline incident reports in one window. The package
holds the console (breakwater), its reference back end and demo
(breakwater-sim) and the command line (bwctl).")
# Libraries the programs link: found by dpkg-shlibdeps. Qt plugins are loaded
# at run time, so no tool can find them: the window system (qt6-qpa-plugins),
# SQLite for the audit log and the sim's store (SVG comes with libqt6svg6,
# which the console links).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
