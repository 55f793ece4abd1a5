#!/usr/bin/env bash
# The speed suite of issue #9 in one command (bench/README-speed.md).
#
#   bench/run.sh --smoke                       CI-sized: ~300 articles, 1 s runs
#   bench/run.sh [--size real|N] [options]     full run on the real news or N recombined articles
#
# Installs the Debian packages it needs (wrk, postgresql, python3-psycopg2,
# sphinxsearch, python3-mysqldb, python3-pymysql, time),
# builds kronika-indexer, kronika-server, search_limit and plain_index in
# --build DIR (default build-bench/ in the repository, or $KRONIKA_BENCH_BUILD;
# an existing build folder is reused, e.g. --build build in CI), then runs
# bench/speed_suite.py with the other options (--help lists them). Corpora,
# databases and results go outside the repository (../benchdata by default).
# The whole run is bounded: speed_suite.py --budget (default 3600 s, 120 s for
# --smoke), and a hard stop after $KRONIKA_BENCH_TIMEOUT seconds.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KRONIKA_BENCH_BUILD:-$repo/build-bench}
smoke=0
args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --smoke) smoke=1; args+=("$1"); shift ;;
    -h|--help) sed -n '2,17p' "$0"; exec /usr/bin/python3 "$repo/bench/speed_suite.py" --help ;;
    *) args+=("$1"); shift ;;
  esac
done

"$repo/scripts/install-deps.sh" wrk postgresql python3 python3-psycopg2 sphinxsearch python3-mysqldb python3-pymysql time

targets=(kronika-indexer kronika-server search_limit plain_index)
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  # -Wno-error=restrict: GCC 12 -O3 reports a false positive in <string>.
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-Wno-error=restrict >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null

if [[ $smoke -eq 1 ]]; then limit=${KRONIKA_BENCH_TIMEOUT:-300}; else limit=${KRONIKA_BENCH_TIMEOUT:-10800}; fi
export PYTHONDONTWRITEBYTECODE=1
exec timeout --signal=TERM --kill-after=30 "$limit" \
  /usr/bin/python3 "$repo/bench/speed_suite.py" --build "$build" --src "$repo" "${args[@]}"
