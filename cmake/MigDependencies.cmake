# Every external dependency is found here, once. A missing one stops configure with the name of
# the Debian package that provides it, so a newcomer knows exactly what to install.
find_package(PkgConfig)
if(NOT PkgConfig_FOUND)
    message(FATAL_ERROR "pkg-config is missing. On Debian: apt-get install pkg-config")
endif()

# mig_require_pkg(<alias> <pkg-config module> <debian package>)
# Creates the imported target Mig::<alias>.
function(mig_require_pkg alias module debian_package)
    pkg_check_modules(MIG_PKG_${alias} QUIET IMPORTED_TARGET GLOBAL ${module})
    if(NOT MIG_PKG_${alias}_FOUND)
        message(FATAL_ERROR "The library '${module}' was not found by pkg-config. "
                            "On Debian: apt-get install ${debian_package}")
    endif()
    add_library(Mig::${alias} ALIAS PkgConfig::MIG_PKG_${alias})
    message(STATUS "Found ${module} ${MIG_PKG_${alias}_VERSION}")
endfunction()

set(MIG_QT_COMPONENTS Core Network Concurrent LinguistTools)
if(MIG_BUILD_GUI)
    list(APPEND MIG_QT_COMPONENTS Gui Widgets)
endif()
if(BUILD_TESTING)
    list(APPEND MIG_QT_COMPONENTS Test)
endif()
find_package(Qt6 6.4 COMPONENTS ${MIG_QT_COMPONENTS})
if(NOT Qt6_FOUND)
    message(FATAL_ERROR "Qt 6.4 or later (${MIG_QT_COMPONENTS}) was not found. "
                        "On Debian: apt-get install qt6-base-dev qt6-tools-dev qt6-l10n-tools")
endif()

mig_require_pkg(pff libpff libpff-dev)
mig_require_pkg(ssh libssh libssh-dev)
mig_require_pkg(ldap ldap libldap-dev)
mig_require_pkg(gmime gmime-3.0 libgmime-3.0-dev)
mig_require_pkg(ical libical libical-dev)
