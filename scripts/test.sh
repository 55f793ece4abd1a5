#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test passing:
# installs what is missing, builds, runs unit and integration tests, then
# the browser tests of the page (Chromium + playwright-core, installed when
# missing). (The acceptance test over ../shared runs in .ci/run.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
(cd build && ctest --output-on-failure --label-exclude shared)
scripts/browser-test.sh build
