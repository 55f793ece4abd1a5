#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Kronika:
# installs what is missing, builds, indexes data/sample, serves it on
# http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The sample is small: index it afresh each time, so that a database left by
# an older analysis (another index schema) never blocks the demo.
rm -rf build/db
build/bin/kronika-indexer --db build/db data/sample
exec build/bin/kronika-server --db build/db --port "${KRONIKA_PORT:-8080}" --bind 127.0.0.1 --web web
