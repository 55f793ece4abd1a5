#!/usr/bin/env python3
"""Peer: Sphinx 2.2 (Debian's sphinxsearch) on the same corpus and word queries.

  peer_sphinx.py --corpus FILE.jsonl --queries QUERIES.jsonl --workdir DIR
                 [--layout single|per-lang] [--threads 1,2] [--duration 5]
                 [--kinds single,two,...]

Needs Debian's sphinxsearch (indexer, searchd) and python3-mysqldb (C client;
python3-pymysql, pure Python, is the fallback) — run it with /usr/bin/python3. One bounded run, cleaned up whatever happens:
  1. the corpus as TSV in DIR/sphinx (not timed, like PostgreSQL's CSV):
     sequential integer id, title (full-text field and string attribute),
     text, lang as a uint attribute; tabs and line breaks become spaces;
  2. a config in DIR/sphinx and `indexer --config CONF --all` (timed, under
     /usr/bin/time -v when present): tsvpipe source, dict = keywords with
     min_prefix_len = 1 (so `abc*` expands at query time, no prefixes stored),
     a charset_table made here from Unicode (Sphinx 2.2.11 has no `non_cjk`
     alias): digits, Latin letters with their diacritics folded (à → a,
     ș/ş → s, ë → e, ç → c), Cyrillic lower-cased; morphology:
       single   (default) one index for every language, morphology =
                libstemmer_italian, libstemmer_romanian (Sphinx applies the
                first stemmer of the list that changes a word, to every
                document: Albanian and Romanian words meet the Italian
                stemmer first), lang filtered as an attribute;
       per-lang one index per language (it → libstemmer_italian,
                ro → libstemmer_romanian, others none), a query goes to its
                language's index (the lang filter stays, always true);
     Sphinx folds characters before stemming, so the Snowball stemmers see
     words without their diacritics;
  3. searchd on 127.0.0.1 on a free port (mysql41 protocol only; pid, log and
     index in DIR/sphinx; no binlog), one client connection per thread;
  4. the word kinds with the same meaning as Kronika's: single/two/three
     (every word: Sphinx's extended syntax ANDs them), phrase ("w1 w2"),
     prefix (abc*), each with lang = the query's language;
     ORDER BY WEIGHT() DESC LIMIT 10 with field_weights title=3, text=1 and
     Sphinx's default ranker (proximity_bm25); id and title read;
  5. stop searchd and delete DIR/sphinx.
Prints JSON lines: the load, then one per (kind, threads) like search_limit.
"""

import argparse
import ctypes
import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata

import speed_common

WORD = re.compile(r"[^\W_]+")
# Special characters of Sphinx's extended query syntax, escaped with a backslash.
SPECIAL = re.compile(r'([\\()|\-!@~"&/^$=<*\[\]\'])')
STEMMERS = {"it": "libstemmer_italian", "ro": "libstemmer_romanian"}  # Albanian: none in Snowball 2.2


def tool(name):
    path = shutil.which(name)
    if not path:
        raise RuntimeError(f"peer_sphinx: {name} not found (apt-get install sphinxsearch)")
    return path


def charset_table():
    """Digits, Latin letters (U+00C0..U+024F, U+1E00..U+1EFF) folded to their
    base letter when it is a..z (à → a, ș → s), else lower-cased; Cyrillic as
    Sphinx's default table has it. Everything else separates words."""
    parts = ["0..9", "A..Z->a..z", "a..z"]
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if not unicodedata.category(ch).startswith("L"):
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        if len(base) == 1 and "a" <= base <= "z":
            parts.append(f"U+{cp:04X}->{base}")
        else:
            low = ch.lower()
            parts.append(f"U+{cp:04X}->U+{ord(low):04X}" if len(low) == 1 and low != ch else f"U+{cp:04X}")
    parts += ["U+410..U+42F->U+430..U+44F", "U+430..U+44F", "U+401->U+451", "U+451"]
    return ", ".join(parts)


def match_expression(kind, q):
    """Sphinx extended-syntax MATCH() text for a gen_queries query, or None
    when it has no words. Words as peer_sqlite cuts them, special characters
    escaped (the words have none today; kept for safety)."""
    words = [SPECIAL.sub(r"\\\1", w) for w in WORD.findall(q)]
    if not words:
        return None
    if kind == "phrase":
        return '"' + " ".join(words) + '"'
    if kind == "prefix":
        return words[0] + "*"
    return " ".join(words)


def client():
    """The MySQL-protocol client for SphinxQL: python3-mysqldb (C, libmariadb)
    when present, else python3-pymysql (pure Python: about 0.1 ms more per
    query here). KRONIKA_SPHINX_CLIENT=pymysql forces the latter."""
    wanted = os.environ.get("KRONIKA_SPHINX_CLIENT", "")
    if wanted != "pymysql":
        try:
            importlib.import_module("MySQLdb")
            return "mysqldb"
        except ImportError:
            if wanted == "mysqldb":
                raise
    importlib.import_module("pymysql")
    return "pymysql"


def die_with_parent():
    """In searchd's child before exec: a TERM when our process dies, even by KILL."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def clean(text):
    return (text or "").replace("\t", " ").replace("\r", " ").replace("\n", " ").replace("\0", " ")


class Sphinx:
    """Index files, config and a searchd on 127.0.0.1, all in one folder we delete."""

    def __init__(self, workdir, layout, log):
        if layout not in ("single", "per-lang"):
            raise ValueError(f"peer_sphinx: unknown layout {layout}")
        self.dir = os.path.join(os.path.abspath(workdir), "sphinx")
        self.layout = layout
        self.log = log
        self.port = speed_common.free_port()
        self.conf = os.path.join(self.dir, "sphinx.conf")
        self.process = None
        self.searchd_log = None
        self.lang_ids = {}
        self.indexes = {}  # lang -> index name ("" for the single index)

    def index_name(self, lang):
        return self.indexes.get(lang if self.layout == "per-lang" else "", "")

    def write_tsv(self, corpus):
        """The corpus as TSV file(s); returns (articles, input bytes)."""
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(os.path.join(self.dir, "data"))
        outputs = {}
        articles = size = 0
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                size += len(line.encode("utf-8"))
                record = json.loads(line)
                lang = record.get("lang", "")
                lang_id = self.lang_ids.setdefault(lang, len(self.lang_ids) + 1)
                key = lang if self.layout == "per-lang" else ""
                if key not in outputs:
                    name = f"docs_{key}" if key else "docs"
                    outputs[key] = open(os.path.join(self.dir, name + ".tsv"), "w", encoding="utf-8")
                    self.indexes[key] = name
                articles += 1
                outputs[key].write(
                    f"{articles}\t{clean(record.get('title'))}\t{clean(record.get('text'))}\t{lang_id}\n"
                )
        for out in outputs.values():
            out.close()
        return articles, size

    def write_config(self):
        charset = charset_table()
        blocks = []
        for key, name in self.indexes.items():
            morphology = ", ".join(STEMMERS.values()) if key == "" else STEMMERS.get(key, "none")
            tsv = os.path.join(self.dir, name + ".tsv")
            blocks.append(
                f"source src_{name}\n{{\n\ttype = tsvpipe\n\ttsvpipe_command = cat {tsv}\n"
                "\ttsvpipe_field_string = title\n\ttsvpipe_field = text\n\ttsvpipe_attr_uint = lang\n}\n"
            )
            blocks.append(
                f"index {name}\n{{\n\tsource = src_{name}\n\tpath = {os.path.join(self.dir, 'data', name)}\n"
                f"\tdict = keywords\n\tmin_prefix_len = 1\n\tmorphology = {morphology}\n"
                f"\tcharset_table = {charset}\n}}\n"
            )
        blocks.append("indexer\n{\n\tmem_limit = 256M\n}\n")
        blocks.append(
            f"searchd\n{{\n\tlisten = 127.0.0.1:{self.port}:mysql41\n"
            f"\tlog = {os.path.join(self.dir, 'searchd.log')}\n"
            f"\tpid_file = {os.path.join(self.dir, 'searchd.pid')}\n"
            "\tbinlog_path =\n\tworkers = threads\n\tread_timeout = 10\n}\n"
        )
        with open(self.conf, "w", encoding="utf-8") as f:
            f.write("\n".join(blocks))

    def index(self, corpus):
        articles, size = self.write_tsv(corpus)
        self.write_config()
        command = [tool("indexer"), "--config", self.conf, "--all"]
        timed = os.access("/usr/bin/time", os.X_OK)
        started = time.monotonic()
        done = subprocess.run((["/usr/bin/time", "-v"] if timed else []) + command, capture_output=True, text=True,
                              timeout=3600)  # fmt: skip
        seconds = time.monotonic() - started
        with open(os.path.join(self.dir, "indexer.log"), "w", encoding="utf-8") as f:
            f.write(done.stdout + done.stderr)
        if done.returncode != 0 or "FATAL" in done.stdout or "ERROR" in done.stdout:
            raise RuntimeError(f"peer_sphinx: indexer failed ({done.returncode}): {(done.stdout + done.stderr)[-1500:]}")
        peak = speed_common.parse_time_v(done.stderr)[0] if timed else None
        warnings = sorted({line.strip() for line in done.stdout.splitlines() if line.startswith("WARNING")})
        version = (done.stdout.splitlines() or ["?"])[0].strip()
        for path in [os.path.join(self.dir, n + ".tsv") for n in self.indexes.values()]:
            os.remove(path)
        return {
            "runner": "sphinx_load",
            "articles": articles,
            "input_mb": size / 1e6,
            "seconds": seconds,
            "articles_per_s": articles / seconds,
            "mb_per_s": size / 1e6 / seconds,
            "peak_rss_mb": peak,
            "db_bytes": speed_common.directory_bytes(os.path.join(self.dir, "data")),
            "version": version,
            "layout": self.layout,
            "indexes": sorted(self.indexes.values()),
            "morphology": {name: (", ".join(STEMMERS.values()) if key == "" else STEMMERS.get(key, "none"))
                           for key, name in self.indexes.items()},  # fmt: skip
            "indexer_warnings": warnings[:20],
            "client": client(),
        }

    def start(self):
        self.searchd_log = open(os.path.join(self.dir, "searchd.out"), "w")
        self.process = subprocess.Popen(
            [tool("searchd"), "--config", self.conf, "--nodetach"], stdout=self.searchd_log, stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        started = time.monotonic()
        while True:
            if self.process.poll() is not None:
                with open(os.path.join(self.dir, "searchd.out")) as f:
                    tail = f.read()[-1500:]
                raise RuntimeError(f"peer_sphinx: searchd exited ({self.process.returncode}): {tail}")
            try:
                self.connect().close()
                break
            except Exception:  # not listening yet
                if time.monotonic() - started > 60:
                    raise RuntimeError("peer_sphinx: searchd did not answer within 60 s")
                time.sleep(0.05)
        self.log(f"sphinx: searchd on 127.0.0.1:{self.port} after {time.monotonic() - started:.2f} s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.searchd_log:
            self.searchd_log.close()
            self.searchd_log = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def connect(self):
        if client() == "mysqldb":
            import MySQLdb

            return MySQLdb.connect(host="127.0.0.1", port=self.port, user="", passwd="", connect_timeout=5,
                                   read_timeout=30, charset="utf8")  # fmt: skip
        import pymysql

        return pymysql.connect(host="127.0.0.1", port=self.port, user="", password="", connect_timeout=5,
                               read_timeout=30, charset="utf8")  # fmt: skip

    def check_stemming(self):
        """What the index does to a few words (CALL KEYWORDS): shows whether
        folding and stemming took effect."""
        samples = {"it": "Città mangiato", "ro": "românești parlamentul", "sq": "çështjet qeverisë"}
        out = {}
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                for lang, text in samples.items():
                    if lang not in self.lang_ids:
                        continue
                    cursor.execute("CALL KEYWORDS(%s, %s)", (text, self.index_name(lang)))
                    out[lang] = " ".join(f"{row[1]}→{row[2]}" for row in cursor.fetchall())
        finally:
            connection.close()
        return out


def run_queries(sphinx, queries_path, kinds, threads, seconds, log):
    by_kind = speed_common.load_queries(queries_path, kinds)
    for kind in kinds:
        items = []
        for record in by_kind.get(kind, []):
            expression = match_expression(kind, record["params"].get("q", ""))
            lang_id = sphinx.lang_ids.get(record["lang"], 0)
            if expression:
                sql = (
                    f"SELECT id, title FROM {sphinx.index_name(record['lang'])} WHERE MATCH(%s) AND lang = %s "
                    "ORDER BY WEIGHT() DESC LIMIT 10 OPTION field_weights = (title = 3, text = 1)"
                )
                items.append((sql, (expression, lang_id)))
        if not items:
            continue

        def make_client():
            return sphinx.connect()

        def run(connection, item):
            with connection.cursor() as cursor:
                cursor.execute(*item)
                return len(cursor.fetchall())

        yield from speed_common.measure_kind(
            make_client, run, items, threads, seconds, "sphinx", kind, "sphinx", log, layout=sphinx.layout, client=client()
        )


def run_all(corpus, queries, workdir, kinds, threads, seconds, log, emit, layout="single"):
    os.makedirs(workdir, exist_ok=True)
    sphinx = Sphinx(workdir, layout, log)
    try:
        log(f"sphinx: indexing ({layout})")
        loaded = sphinx.index(corpus)
        log(f"sphinx: {loaded['articles_per_s']:.0f} articles/s, {loaded['db_bytes'] / 1e6:.1f} MB")
        sphinx.start()
        loaded["keywords"] = sphinx.check_stemming()
        log(f"sphinx: keywords {loaded['keywords']}")
        emit(loaded)
        for result in run_queries(sphinx, queries, kinds, threads, seconds, log):
            emit(result)
    finally:
        sphinx.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--layout", default="single", choices=("single", "per-lang"))
    parser.add_argument("--kinds", default=",".join(speed_common.WORD_KINDS))
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--duration", type=float, default=5)
    args = parser.parse_args()
    # A TERM unwinds like an error: searchd is stopped and the folder deleted.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(f"peer_sphinx: stopped by signal {signum}"))
    run_all(
        args.corpus,
        args.queries,
        args.workdir,
        args.kinds.split(","),
        [int(n) for n in args.threads.split(",")],
        args.duration,
        log=lambda message: print(message, file=sys.stderr),
        emit=lambda result: print(json.dumps(result, ensure_ascii=False), flush=True),
        layout=args.layout,
    )


if __name__ == "__main__":
    main()
