# Installs the build into a scratch prefix and checks that every file lands where desktops look.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(path
        bin/citecast
        libexec/citecast/citecast-app
        share/applications/io.github.citecast.Citecast.desktop
        share/metainfo/io.github.citecast.Citecast.metainfo.xml
        share/icons/hicolor/scalable/apps/io.github.citecast.Citecast.svg)
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "missing after install: ${path}")
    endif()
endforeach()
execute_process(COMMAND ${PREFIX}/bin/citecast --version OUTPUT_VARIABLE version RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT version MATCHES "citecast [0-9]+\\.[0-9]+")
    message(FATAL_ERROR "the installed binary does not run: ${result} ${version}")
endif()
# `citecast` answers --version itself; --help comes from citecast-app, which it execs.
execute_process(COMMAND ${PREFIX}/bin/citecast --help OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT help MATCHES "Commands:")
    message(FATAL_ERROR "the installed citecast does not reach citecast-app: ${result} ${help}")
endif()
message(STATUS "installed: ${version}")
