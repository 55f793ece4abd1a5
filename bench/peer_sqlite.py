#!/usr/bin/env python3
"""Peer: SQLite FTS5 on the same corpus and word queries (Python's sqlite3).

  peer_sqlite.py load  --corpus FILE.jsonl --db FILE.sqlite
  peer_sqlite.py query --db FILE.sqlite --queries QUERIES.jsonl [--threads 1,2] [--duration 5]

load: one FTS5 table (title, body; id and lang unindexed), tokenizer
unicode61 with remove_diacritics 2 (accent-insensitive like Kronika; FTS5 has
no Albanian, Romanian or Italian stemmer), rank = bm25 with the title weighted
3 like Kronika, then FTS5 'optimize' (its compaction). Prints one JSON line:
articles, seconds, articles/s, MB/s, database bytes (after optimize).

query: the kinds FTS5 can express with the same meaning: single, two, three
(every word, AND), phrase ("w1 w2") and prefix (abc*), each with lang= as a
filter on the lang column; top 10 by rank, id and title read. Each thread has
its own connection. One JSON line per (kind, threads), like search_limit.
Every word is quoted for FTS5, so no query is a syntax error.
"""

import argparse
import json
import os
import re
import sqlite3
import sys
import time

import speed_common

WORD = re.compile(r"[^\W_]+")


def fts_query(kind, q):
    """FTS5 MATCH expression for a gen_queries query, or None when it has no words."""
    if kind == "phrase":
        words = WORD.findall(q)
        return '"' + " ".join(words) + '"' if words else None
    if kind == "prefix":
        words = WORD.findall(q)
        return '"' + words[0] + '" *' if words else None
    words = WORD.findall(q)
    return " ".join('"' + w + '"' for w in words) if words else None


def load(corpus, db_path):
    if os.path.exists(db_path):
        os.remove(db_path)
    started = time.monotonic()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, id UNINDEXED, lang UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection.execute("INSERT INTO docs(docs, rank) VALUES('rank', 'bm25(3.0, 1.0)')")
    articles = 0
    size = 0
    batch = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            size += len(line.encode("utf-8"))
            record = json.loads(line)
            batch.append((record.get("title", ""), record.get("text", ""), record["id"], record.get("lang", "")))
            if len(batch) == 1000:
                connection.executemany("INSERT INTO docs(title, body, id, lang) VALUES (?, ?, ?, ?)", batch)
                connection.commit()
                articles += len(batch)
                batch = []
    if batch:
        connection.executemany("INSERT INTO docs(title, body, id, lang) VALUES (?, ?, ?, ?)", batch)
        articles += len(batch)
    connection.commit()
    loaded = time.monotonic() - started
    connection.execute("INSERT INTO docs(docs) VALUES('optimize')")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    seconds = time.monotonic() - started
    return {
        "runner": "sqlite_fts5_load",
        "articles": articles,
        "input_mb": size / 1e6,
        "seconds": seconds,
        "load_seconds": loaded,
        "articles_per_s": articles / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "db_bytes": os.path.getsize(db_path),
        "sqlite_version": sqlite3.sqlite_version,
    }


SQL = "SELECT id, title FROM docs WHERE docs MATCH ? AND lang = ? ORDER BY rank LIMIT 10"


def run_queries(db_path, queries_path, kinds, threads, seconds, log=None):
    by_kind = speed_common.load_queries(queries_path, kinds)
    for kind in kinds:
        items = []
        for record in by_kind.get(kind, []):
            expression = fts_query(kind, record["params"].get("q", ""))
            if expression:
                items.append((expression, record["lang"]))
        if not items:
            continue

        def make_client():
            connection = sqlite3.connect(db_path, check_same_thread=False)
            connection.execute("PRAGMA query_only=1")
            return connection

        def run(connection, item):
            return len(connection.execute(SQL, item).fetchall())

        yield from speed_common.measure_kind(
            make_client, run, items, threads, seconds, "sqlite_fts5", kind, "sqlite", log
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_load = sub.add_parser("load")
    p_load.add_argument("--corpus", required=True)
    p_load.add_argument("--db", required=True)
    p_query = sub.add_parser("query")
    p_query.add_argument("--db", required=True)
    p_query.add_argument("--queries", required=True)
    p_query.add_argument("--kinds", default=",".join(speed_common.WORD_KINDS))
    p_query.add_argument("--threads", default="1,2")
    p_query.add_argument("--duration", type=float, default=5)
    args = parser.parse_args()
    if args.command == "load":
        print(json.dumps(load(args.corpus, args.db)))
    else:
        log = lambda message: print(message, file=sys.stderr)
        for result in run_queries(
            args.db, args.queries, args.kinds.split(","), [int(n) for n in args.threads.split(",")], args.duration, log
        ):
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
