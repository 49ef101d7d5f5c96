# Installation of the desktop integration and the Debian package (cpack -G DEB).
#   cmake --install <build> --prefix /usr/local    program, translations, .desktop, icon, metainfo
#   (cd <build> && cpack -G DEB)                   batchlab_<version>_<arch>.deb
# The programs themselves are installed by app/CMakeLists.txt.

set(BATCHLAB_APP_ID io.github.batchlab.BatchLab)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${BATCHLAB_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${BATCHLAB_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${BATCHLAB_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The translations are embedded in the program (:/i18n); the compiled .qm files are installed
# as well, for translators and for tools that list a program's languages.
file(GLOB batchlab_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/*.ts)
foreach(ts IN LISTS batchlab_ts_files)
  get_filename_component(stem ${ts} NAME_WE)
  install(FILES ${PROJECT_BINARY_DIR}/app/${stem}.qm
          DESTINATION ${CMAKE_INSTALL_DATADIR}/batchlab/translations)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/run-record.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/batchlab)

if(BATCHLAB_X86_64_V3)
  message(STATUS "BatchLab: this build needs an x86-64-v3 CPU (AVX2, FMA); configure with "
                 "-DBATCHLAB_X86_64_V3=OFF for a package that runs on any x86-64 machine")
endif()

set(CPACK_PACKAGE_NAME batchlab)
set(CPACK_PACKAGE_VENDOR "BatchLab")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "BatchLab trains a small neural network live and shows what \
batch_size and epochs mean in Keras's model.fit: the loss of every weight update, the training \
and validation loss of every epoch, and overfitting. It also trains from the command line \
(batchlab --headless), writes plots for slides, and saves and replays run records.")
set(CPACK_PACKAGE_CONTACT "BatchLab maintainers <batchlab@users.noreply.github.com>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/batchlab/batchlab")
# Shared libraries (Qt, QCustomPlot, libstdc++) are found by dpkg-shlibdeps; the Qt platform
# plugins (xcb for the window, offscreen for --headless and --screenshot) are loaded at run time
# and must be declared by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
