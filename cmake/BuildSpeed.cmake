# What the build spends, and what cuts it (docs/PERFORMANCE.md, "Build time"):
#  - precompiled headers: Qt, QCustomPlot, Eigen and nlohmann-json are parsed once per set of
#    targets with the same compile flags, not once per source file (the tests' 50 programs
#    share one header; the window's parts share another);
#  - mold links when present (scripts/setup installs it): the 60 programs link in seconds;
#  - ccache when present (CMakeLists.txt).
option(BATCHLAB_PCH "Precompiled headers for Qt, QCustomPlot, Eigen and nlohmann-json" ON)

set(BATCHLAB_PCH_core
  <algorithm> <cmath> <cstdint> <functional> <map> <memory> <optional> <set> <stdexcept>
  <string> <string_view> <vector>
  <Eigen/Core> <nlohmann/json.hpp>)
set(BATCHLAB_PCH_session ${BATCHLAB_PCH_core}
  <QObject> <QString> <QStringList> <QTimer> <QThread> <QMutex> <QVector> <QLocale>
  <QCoreApplication> <QDir> <QFile> <QFileInfo> <QSettings>)
set(BATCHLAB_PCH_widgets ${BATCHLAB_PCH_session}
  <QtWidgets> <qcustomplot.h>)
set(BATCHLAB_PCH_test ${BATCHLAB_PCH_widgets}
  <QtTest> <QSignalSpy> <QTemporaryDir>)

# batchlab_pch(<target> <set>): the first target of a set builds the precompiled header, the
# others reuse it. Every target of one set must have the same compile definitions and options
# (GCC refuses a header built with others, and -Winvalid-pch says so).
function(batchlab_pch target set)
  if(NOT BATCHLAB_PCH)
    return()
  endif()
  get_property(donor GLOBAL PROPERTY BATCHLAB_PCH_DONOR_${set})
  if(donor)
    target_precompile_headers(${target} REUSE_FROM ${donor})
  else()
    target_precompile_headers(${target} PRIVATE ${BATCHLAB_PCH_${set}})
    set_property(GLOBAL PROPERTY BATCHLAB_PCH_DONOR_${set} ${target})
  endif()
endfunction()

find_program(BATCHLAB_MOLD mold)
if(BATCHLAB_MOLD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU"
   AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12.1)
  add_link_options(-fuse-ld=mold)
endif()
