# Packaging with CPack.
#   Linux:   cpack -G DEB        (dependencies computed by dpkg-shlibdeps)
#   Windows: cpack -G WIX / NSIS (Qt is deployed next to the executable by qt_generate_deploy_app_script)
set(CPACK_PACKAGE_NAME "grommunio-migrate")
set(CPACK_PACKAGE_VENDOR "grommunio")
set(CPACK_PACKAGE_CONTACT "grommunio-migrate developers <migrate@grommunio.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "grommunio-migrate")
set(CPACK_PACKAGE_EXECUTABLES "grommunio-migrate;grommunio Migration Wizard")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Runtime pieces that no linked library pulls in: the platform plugins and ssh-agent's client side.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # qtkeychain loads libsecret at run time (not linked, so shlibdeps cannot see it) to keep a
    # remembered password in the desktop's key chain.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qt6-translations-l10n, openssh-client, libsecret-1-0, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Migration wizard for grommunio\n Reads Outlook PST/OST files, previews them, maps sources to grommunio users\n found in LDAP or Active Directory, converts them into Gromox's mailbox-transfer\n stream and streams it over SSH into gromox-import.")
    install(FILES "${PROJECT_SOURCE_DIR}/installer/linux/grommunio-migrate.1"
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
elseif(WIN32)
    set(CPACK_GENERATOR "WIX;NSIS")
    # Never change this GUID: Windows Installer uses it to recognise upgrades of the same product.
    set(CPACK_WIX_UPGRADE_GUID "6F1C7A52-3B8E-4C1D-9A4F-2E7B5D8C9A10")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "grommunio")
    set(CPACK_NSIS_DISPLAY_NAME "grommunio Migration Wizard")
    set(CPACK_NSIS_PACKAGE_NAME "grommunio Migration Wizard")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON)
endif()

include(CPack)
