#!/usr/bin/env python3
"""Peer: PostgreSQL full-text search on the same corpus and word queries.

  peer_postgres.py --corpus FILE.jsonl --queries QUERIES.jsonl --workdir DIR
                   [--threads 1,2] [--duration 5] [--kinds single,two,...]

Needs Debian's postgresql and python3-psycopg2 (run it with /usr/bin/python3).
One bounded run, cleaned up whatever happens:
  1. initdb into DIR/pgdata (as the `postgres` system user when run as root),
     start the server on 127.0.0.1 on a free port (unix socket in DIR too);
  2. load the corpus: COPY into a staging table, then one table with a per-row
     text search configuration (it → italian, ro → romanian, sq → simple: no
     Albanian one exists) and tsv = setweight(title, 'A') || body, GIN index,
     ANALYZE; times of each step, table + index size;
  3. the word kinds with the same meaning as Kronika's: single/two/three
     (plainto_tsquery: every word), phrase (phraseto_tsquery), prefix
     (to_tsquery('abc:*')), each with lang = the query's language; top 10 by
     ts_rank (title weighted), id and title read; one connection per thread;
  4. stop the server (pg_ctl stop -m fast) and delete DIR/pgdata.
Settings are the defaults except shared_buffers=512MB and
maintenance_work_mem=512MB (GIN build). Prints JSON lines: the load, then one
per (kind, threads) like search_limit.
"""

import argparse
import csv
import glob
import json
import os
import pwd
import shutil
import subprocess
import sys
import time

import speed_common

CONFIG = {"it": "italian", "ro": "romanian"}  # everything else: simple


def pg_bin(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit(f"peer_postgres: {name} not found (apt-get install postgresql)")
    return found[-1]


class Server:
    """A throw-away PostgreSQL server on 127.0.0.1, started and stopped by us."""

    def __init__(self, workdir, log):
        self.workdir = os.path.abspath(workdir)
        self.data = os.path.join(self.workdir, "pgdata")
        self.socket_dir = os.path.join(self.workdir, "pgsock")
        self.port = speed_common.free_port()
        self.log = log
        self.started = False
        self.as_user = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            pwd.getpwnam("postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, command, **kwargs):
        return subprocess.run(self.as_user + command, check=True, capture_output=True, text=True, **kwargs)

    def start(self):
        if os.path.exists(self.data):
            shutil.rmtree(self.data)
        os.makedirs(self.socket_dir, exist_ok=True)
        os.makedirs(self.data)
        if self.as_user:
            for path in (self.workdir, self.data, self.socket_dir):
                shutil.chown(path, "postgres", "postgres")
            os.chmod(self.workdir, 0o755)
            if subprocess.run(self.as_user + ["test", "-x", self.workdir]).returncode != 0:
                raise SystemExit(f"peer_postgres: user postgres cannot reach {self.workdir}: use a --workdir whose parents it can enter")
        self._run(
            [pg_bin("initdb"), "-D", self.data, "-U", "bench", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
            timeout=120,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.socket_dir} "
            "-c shared_buffers=512MB -c maintenance_work_mem=512MB"
        )
        self._run(
            [pg_bin("pg_ctl"), "-D", self.data, "-o", options, "-l", os.path.join(self.data, "server.log"), "-w",
             "-t", "60", "start"],
            timeout=90,
        )  # fmt: skip
        self.started = True
        self.log(f"postgres: started on 127.0.0.1:{self.port}")

    def stop(self):
        if self.started:
            try:
                self._run([pg_bin("pg_ctl"), "-D", self.data, "-m", "fast", "-w", "-t", "60", "stop"], timeout=90)
            except subprocess.SubprocessError as error:
                self.log(f"postgres: stop failed: {error}")
            self.started = False
        shutil.rmtree(self.data, ignore_errors=True)
        shutil.rmtree(self.socket_dir, ignore_errors=True)

    def connect(self):
        import psycopg2

        return psycopg2.connect(host="127.0.0.1", port=self.port, user="bench", dbname="postgres")


def load(server, corpus, workdir):
    csv_path = os.path.join(workdir, "corpus.csv")
    articles = size = 0
    with open(corpus, encoding="utf-8") as f, open(csv_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for line in f:
            size += len(line.encode("utf-8"))
            record = json.loads(line)
            writer.writerow([record["id"], record.get("lang", ""), record.get("title", ""), record.get("text", "")])
            articles += 1
    connection = server.connect()
    connection.autocommit = True
    cursor = connection.cursor()
    steps = {}
    started = time.monotonic()
    cursor.execute("CREATE TABLE staging (id text, lang text, title text, body text)")
    with open(csv_path, encoding="utf-8") as f:
        cursor.copy_expert("COPY staging FROM STDIN WITH (FORMAT csv)", f)
    steps["copy_s"] = time.monotonic() - started
    mark = time.monotonic()
    cursor.execute(
        "CREATE TABLE docs AS SELECT id, lang, cfg, title, body, "
        "setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || to_tsvector(cfg, coalesce(body, '')) AS tsv FROM "
        "(SELECT *, (CASE lang WHEN 'it' THEN 'italian' WHEN 'ro' THEN 'romanian' ELSE 'simple' END)::regconfig "
        "AS cfg FROM staging) s"
    )
    cursor.execute("DROP TABLE staging")
    steps["tsvector_s"] = time.monotonic() - mark
    mark = time.monotonic()
    cursor.execute("CREATE INDEX docs_tsv ON docs USING gin (tsv)")
    steps["gin_s"] = time.monotonic() - mark
    cursor.execute("ANALYZE docs")
    seconds = time.monotonic() - started
    cursor.execute("SELECT pg_total_relation_size('docs'), pg_relation_size('docs_tsv'), version()")
    total_bytes, index_bytes, version = cursor.fetchone()
    connection.close()
    os.remove(csv_path)
    result = {
        "runner": "postgres_fts_load",
        "articles": articles,
        "input_mb": size / 1e6,
        "seconds": seconds,
        "articles_per_s": articles / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "db_bytes": total_bytes,
        "gin_bytes": index_bytes,
        "version": version.split(",")[0],
    }
    result.update(steps)
    return result


def ts_query(kind, q, lang):
    """(SQL tsquery expression, parameter) for a gen_queries query."""
    config = CONFIG.get(lang, "simple")
    words = q.replace('"', " ").replace("*", " ").split()
    if not words:
        return None
    if kind == "phrase":
        return f"phraseto_tsquery('{config}', %s)", " ".join(words)
    if kind == "prefix":
        # Letters only (gen_queries), quoted as a tsquery lexeme.
        return f"to_tsquery('{config}', %s)", "'" + words[0].replace("'", "''") + "':*"
    return f"plainto_tsquery('{config}', %s)", " ".join(words)


def run_queries(server, queries_path, kinds, threads, seconds, log):
    by_kind = speed_common.load_queries(queries_path, kinds)
    for kind in kinds:
        items = []
        for record in by_kind.get(kind, []):
            made = ts_query(kind, record["params"].get("q", ""), record["lang"])
            if made:
                expression, parameter = made
                sql = (
                    f"SELECT id, title FROM docs, {expression} query WHERE tsv @@ query AND lang = %s "
                    "ORDER BY ts_rank(tsv, query) DESC LIMIT 10"
                )
                items.append((sql, (parameter, record["lang"])))
        if not items:
            continue

        def make_client():
            connection = server.connect()
            connection.autocommit = True
            cursor = connection.cursor()
            cursor.execute("SET statement_timeout = '10s'")
            return connection

        def run(connection, item):
            with connection.cursor() as cursor:
                cursor.execute(*item)
                return len(cursor.fetchall())

        yield from speed_common.measure_kind(
            make_client, run, items, threads, seconds, "postgres_fts", kind, "postgres", log
        )


def run_all(corpus, queries, workdir, kinds, threads, seconds, log, emit):
    os.makedirs(workdir, exist_ok=True)
    server = Server(workdir, log)
    try:
        server.start()
        emit(load(server, corpus, workdir))
        for result in run_queries(server, queries, kinds, threads, seconds, log):
            emit(result)
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--kinds", default=",".join(speed_common.WORD_KINDS))
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--duration", type=float, default=5)
    args = parser.parse_args()
    run_all(
        args.corpus,
        args.queries,
        args.workdir,
        args.kinds.split(","),
        [int(n) for n in args.threads.split(",")],
        args.duration,
        log=lambda message: print(message, file=sys.stderr),
        emit=lambda result: print(json.dumps(result), flush=True),
    )


if __name__ == "__main__":
    main()
