# Translations: the .ts files in translations/ are kept up to date by scripts/update-translations
# (lupdate over engine/, cli/, wizard/ and app/); the build compiles them with lrelease and embeds the
# .qm files in the executable under :/i18n, so installers need not ship them separately.
set(MIG_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/grommunio-migrate_en.ts"
    "${PROJECT_SOURCE_DIR}/translations/grommunio-migrate_de.ts")

# mig_add_translations(<target>): compiles MIG_TS_FILES and embeds them into target.
function(mig_add_translations target)
    set_source_files_properties(${MIG_TS_FILES} PROPERTIES OUTPUT_LOCATION "${CMAKE_CURRENT_BINARY_DIR}/i18n")
    qt_add_lrelease(${target} TS_FILES ${MIG_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}/i18n" FILES ${qm_files})
endfunction()
