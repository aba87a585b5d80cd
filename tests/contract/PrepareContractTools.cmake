# CTest fixture, run once per build directory (and again only when the pins change):
#  - `npm ci` of package.json/package-lock.json (exact pins) into BINARY_DIR/node;
#  - Twilio's OpenAPI description of Verify v2 from the official npm package @twilio/cli-core, pinned by
#    version and by the registry's sha512 of its tarball. Only the tarball is fetched (`npm pack`), not
#    the package's dependencies: the validator reads the JSON file and never runs cli-core's code.
# Usage: cmake -DNPM=... -DSOURCE_DIR=... -DBINARY_DIR=... -P PrepareContractTools.cmake
cmake_minimum_required(VERSION 3.21)

set(cli_core_version "9.0.0")
set(cli_core_sha512 "14f1e6e605c0530336a004e6422dc01983c5cf852b8391b9fef0e4a54bb95aa36ec2e790692f771f05e3757d4e33e9a2baad0b32299d7db5c34cb129e0db237e")
set(spec_in_package "package/src/services/twilio-api/twilio_verify_v2.json")

if(NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm was not found: the contract tests need Node.js 18 or later and npm "
                        "(Debian: apt-get install nodejs npm; scripts/install-deps does it).")
endif()

set(node_dir "${BINARY_DIR}/node")
file(MAKE_DIRECTORY "${node_dir}")
file(SHA256 "${SOURCE_DIR}/package-lock.json" lock_hash)
set(stamp "${node_dir}/.installed")
set(wanted "${lock_hash} cli-core ${cli_core_version} ${cli_core_sha512}")
if(EXISTS "${stamp}")
    file(READ "${stamp}" installed)
    if(installed STREQUAL wanted AND EXISTS "${node_dir}/twilio_verify_v2.json")
        message(STATUS "contract tools are up to date")
        return()
    endif()
endif()

configure_file("${SOURCE_DIR}/package.json" "${node_dir}/package.json" COPYONLY)
configure_file("${SOURCE_DIR}/package-lock.json" "${node_dir}/package-lock.json" COPYONLY)
execute_process(COMMAND "${NPM}" ci --ignore-scripts --no-audit --no-fund
                WORKING_DIRECTORY "${node_dir}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${result}) in ${node_dir}")
endif()

set(pack_dir "${node_dir}/pack")
file(REMOVE_RECURSE "${pack_dir}")
file(MAKE_DIRECTORY "${pack_dir}")
execute_process(COMMAND "${NPM}" pack "@twilio/cli-core@${cli_core_version}" --pack-destination "${pack_dir}"
                        --ignore-scripts
                WORKING_DIRECTORY "${node_dir}" RESULT_VARIABLE result)
set(tarball "${pack_dir}/twilio-cli-core-${cli_core_version}.tgz")
if(NOT result EQUAL 0 OR NOT EXISTS "${tarball}")
    message(FATAL_ERROR "npm pack @twilio/cli-core@${cli_core_version} failed (${result})")
endif()
file(SHA512 "${tarball}" actual)
if(NOT actual STREQUAL cli_core_sha512)
    message(FATAL_ERROR "@twilio/cli-core@${cli_core_version} does not have the pinned sha512: ${actual}")
endif()
file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION "${pack_dir}" PATTERNS "${spec_in_package}")
if(NOT EXISTS "${pack_dir}/${spec_in_package}")
    message(FATAL_ERROR "${spec_in_package} is missing from @twilio/cli-core@${cli_core_version}")
endif()
file(COPY_FILE "${pack_dir}/${spec_in_package}" "${node_dir}/twilio_verify_v2.json")
file(REMOVE_RECURSE "${pack_dir}")
file(WRITE "${stamp}" "${wanted}")
message(STATUS "contract tools installed in ${node_dir}")
