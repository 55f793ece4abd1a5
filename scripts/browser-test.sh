#!/usr/bin/env bash
# Browser tests of the search page (tests/browser/): Debian's Chromium, driven by playwright-core,
# against the real kronika-server over data/sample, indexed into a temporary directory.
#
#   scripts/browser-test.sh [BUILD_DIR]     (default: build; needs BUILD_DIR/bin/kronika-{indexer,server})
#
# Installs what is missing: Debian's chromium (and Node.js/npm if absent), then the locked npm
# packages (npm ci) when tests/browser/node_modules is absent. Screenshots go to
# BUILD_DIR/browser-screenshots/. Exits non-zero when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=$(realpath -m "${1:-build}")
for binary in kronika-indexer kronika-server; do
  if [[ ! -x $build_dir/bin/$binary ]]; then
    echo "browser-test: $build_dir/bin/$binary is missing: build first (scripts/build.sh)" >&2
    exit 2
  fi
done

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
packages=()
if [[ ! -x /usr/bin/chromium ]]; then packages+=(chromium); fi
if ! command -v node >/dev/null; then packages+=(nodejs); fi
if ! command -v npm >/dev/null; then packages+=(npm); fi
if ((${#packages[@]})); then
  echo "== browser-test: installing ${packages[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "browser-test: Node.js $(node --version) is too old: playwright-core needs Node.js 20 or newer" >&2
  exit 2
fi

if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  echo "== browser-test: npm ci (tests/browser)"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== browser-test: Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), screenshots in $build_dir/browser-screenshots"
KRONIKA_BUILD_DIR="$build_dir" CHROMIUM=/usr/bin/chromium \
  node --test --test-concurrency=1 tests/browser/*.test.js
