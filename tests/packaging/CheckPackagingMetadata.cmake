cmake_minimum_required(VERSION 3.21)
# cmake -DAPP_ID=<id> -DVERSION=<project version> -DLINUX_DIR=<packaging/linux> -P CheckPackagingMetadata.cmake
#
# The files that name the application follow LATCHKEY_APP_ID, and the release they describe is the
# project's version: the desktop entry's icon, the AppStream id, launchable and icon, an AppStream
# release for the version, and the newest Debian changelog entry.
set(problems)
# require(<file> <regex> <what must hold>): a problem unless the file's text matches the regex.
function(require file regex what)
    file(READ ${LINUX_DIR}/${file} text)
    if(NOT text MATCHES "${regex}")
        set(problems ${problems} "${file}: ${what}" PARENT_SCOPE)
    endif()
endfunction()
require(${APP_ID}.desktop "\nIcon=${APP_ID}\n" "Icon= must be ${APP_ID}")
require(${APP_ID}.metainfo.xml "<id>${APP_ID}</id>" "<id> must be ${APP_ID}")
require(${APP_ID}.metainfo.xml "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
        "the launchable must be ${APP_ID}.desktop")
require(${APP_ID}.metainfo.xml "<icon type=\"stock\">${APP_ID}</icon>" "the stock icon must be ${APP_ID}")
require(${APP_ID}.metainfo.xml "<release version=\"${VERSION}\"" "no <release> for version ${VERSION}")

file(STRINGS ${LINUX_DIR}/changelog first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^latchkey \\(${VERSION}-[0-9]+\\) ")
    list(APPEND problems "changelog: the newest entry is \"${first_line}\", not for version ${VERSION}")
endif()

if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "${APP_ID} ${VERSION}: desktop entry, AppStream metadata and changelog agree")
