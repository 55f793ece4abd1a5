#!/usr/bin/env bash
# Kronika container entrypoint.
#
#   (no arguments) or only server flags (starting with "-"):
#       index on start (see KRONIKA_INDEX_ON_START), then exec kronika-server
#       with those flags, so the server is PID 1 and gets SIGTERM directly.
#   any other command (kronika-indexer ..., bash, ...): exec it as is.
#
# Start-up indexing, KRONIKA_INDEX_ON_START:
#   auto (default)  /articles holds .txt/.jsonl files: index the ones added or
#                   changed since the last start-up indexing (all of them the
#                   first time). /articles holds none and the database is new:
#                   index the bundled sample (/opt/kronika/data/sample).
#                   The sample is never added to a database that already
#                   exists, and never when /articles has articles.
#   always          index every file under /articles (or the sample when
#                   /articles has none) on every start
#   never           serve the database as it is
# Database: KRONIKA_DB (default /var/lib/kronika/db), or --db among the flags.
# The articles and sample folders can be moved with KRONIKA_ARTICLES_DIR and
# KRONIKA_SAMPLE_DIR. "Since the last start" is a stamp file in the database
# directory (so /articles can be mounted read-only).
set -euo pipefail

articles_dir=${KRONIKA_ARTICLES_DIR:-/articles}
sample_dir=${KRONIKA_SAMPLE_DIR:-/opt/kronika/data/sample}
mode=${KRONIKA_INDEX_ON_START:-auto}
batch=500  # files per indexer run (keeps the command line short)

log() { printf 'kronika-entrypoint: %s\n' "$*" >&2; }

if [[ $# -gt 0 && $1 != -* ]]; then
  exec "$@"
fi
for arg in "$@"; do
  case $arg in --check-config | --help | -h) exec kronika-server "$@" ;; esac
done

case $mode in auto | always | never) ;; *)
  log "KRONIKA_INDEX_ON_START must be auto, always or never, got '$mode'"
  exit 2
  ;;
esac

db=${KRONIKA_DB:-}
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [[ ${args[i]} == --db ]] && ((i + 1 < ${#args[@]})) && db=${args[i + 1]}
done
if [[ -z $db ]]; then
  log "no database: set KRONIKA_DB or pass --db DIR"
  exit 2
fi
export KRONIKA_DB=$db

# Bad flags or settings stop the start now, not after a long indexing run.
kronika-server "$@" --check-config >/dev/null
stamp=$db/.kronika-articles-indexed

# The indexer runs as a child; SIGTERM/SIGINT (docker stop, Ctrl-C) are passed
# on so it commits what it read and stops, and then this script exits.
indexer_pid=''
stopping=0
on_signal() {
  stopping=1
  [[ -n $indexer_pid ]] && kill -TERM "$indexer_pid" 2>/dev/null || true
}
trap on_signal TERM INT

# Runs kronika-indexer on "$@"; 0 and 1 (some records skipped, each reported)
# are fine; anything else stops the start.
run_indexer() {
  local rc=0
  kronika-indexer "$@" &
  indexer_pid=$!
  # wait returns early (>128) when a trapped signal arrives: wait again.
  while true; do
    rc=0
    wait "$indexer_pid" || rc=$?
    kill -0 "$indexer_pid" 2>/dev/null || break
  done
  indexer_pid=''
  if ((stopping)); then
    log "stopped during start-up indexing (what was read is committed)"
    exit 143
  fi
  if ((rc == 1)); then
    log "some records were skipped (see the messages above); serving the rest"
  elif ((rc != 0)); then
    log "kronika-indexer failed with status $rc"
    exit "$rc"
  fi
}

# Indexes the files in array "files" in batches.
index_files() {
  local n=${#files[@]} i
  for ((i = 0; i < n; i += batch)); do
    run_indexer "${files[@]:i:batch}"
  done
}

if [[ $mode != never ]]; then
  files=()
  newer=()
  if [[ $mode == auto && -e $stamp ]]; then newer=(-cnewer "$stamp"); fi
  if [[ -d $articles_dir ]]; then
    mapfile -d '' files < <(find "$articles_dir" -xtype f \( -name '*.txt' -o -name '*.jsonl' \) \
      "${newer[@]}" -print0 | sort -z)
    has_articles=$(find "$articles_dir" -xtype f \( -name '*.txt' -o -name '*.jsonl' \) -print -quit)
  else
    has_articles=''
  fi
  if [[ -n $has_articles ]]; then
    if ((${#files[@]} == 0)); then
      log "$articles_dir: nothing new since the last start"
    else
      log "indexing ${#files[@]} file(s) from $articles_dir into $db"
      mkdir -p "$db"
      touch "$stamp.new"  # taken before reading: files changed meanwhile count as new next time
      index_files
      mv -f "$stamp.new" "$stamp"
    fi
  elif [[ $mode == always || ! -e $db/iamglass ]]; then
    log "no articles in $articles_dir; indexing the bundled sample ($sample_dir) into $db"
    run_indexer "$sample_dir"
  fi
fi
trap - TERM INT

exec kronika-server "$@"
