#!/usr/bin/env bash
# Installs the Debian 12 packages Kronika needs, only those missing.
# Usage: scripts/install-deps.sh [extra-package...]
set -euo pipefail

packages=(
  g++ cmake pkg-config make            # toolchain (CMake >= 3.25 is Debian 12's)
  libxapian-dev                        # the search engine
  xapian-tools                         # xapian-tcpsrv: remote shards (tests, deployment)
  libicu-dev                           # segmentation, normalisation, case folding, month names
  libcpp-httplib-dev                   # HTTP server
  nlohmann-json3-dev                   # JSON
  doctest-dev                          # unit tests
  libcld2-dev                          # language identification (see README, "Libraries")
  libgumbo-dev                         # HTML to text (see README, "Libraries")
  libstemmer-dev                       # Snowball 2.2 Romanian and Italian (see README, "Libraries")
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
