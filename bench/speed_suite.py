#!/usr/bin/env python3
"""The speed suite of issue #9 in one bounded run (bench/README-speed.md).
Usually started through bench/run.sh, which installs and builds what it needs.

  speed_suite.py --build DIR [--size real|N] [--smoke] [options]

Steps, each bounded, all in one run so the ratios compare like with like:
  1. corpus: the real news (--size real) or N recombined articles
     (gen_corpus.py), made once and reused from --data-dir;
  2. queries: gen_queries.py on that corpus, reused likewise;
  3. indexing: kronika-indexer (full analysis) under /usr/bin/time -v, then
     --compact; plain_index (Xapian TermGenerator, Snowball stemmer, and with
     no stemmer) — articles/s, MB/s, peak RSS, database size, compacted size;
  4. search over HTTP: kronika-server on 127.0.0.1 (free port) on the
     compacted database, time to its first answers, then wrk per query kind
     with 1, 2 and 8 connections (load_http.py), server RSS;
  5. the limit: search_limit on 1 and 2 threads, plain and with the server's
     facets, with the server stopped;
  6. peers: SQLite FTS5, PostgreSQL FTS and Sphinx 2.2 (load + the word query
     kinds); a peer whose packages are missing, or that fails, is skipped
     with a note and the run goes on;
  7. results.json and results.md (machine, commit, command, ratios) in
     --results; the databases are deleted unless --keep.
--budget (seconds) bounds the whole run: once spent, remaining measurements
are skipped and say so. --smoke: a few hundred articles, 1-second runs
(well under a minute once built), for CI.
"""

import argparse
import datetime
import importlib.util
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the repository
import load_http  # noqa: E402
import peer_sqlite  # noqa: E402
import speed_common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


class Run:
    def __init__(self, args):
        self.args = args
        self.started = time.monotonic()
        self.deadline = self.started + args.budget
        self.results = {"indexing": [], "search": [], "server": {}, "skipped": [], "notes": []}
        self.log_file = open(os.path.join(args.results, "run.log"), "a", encoding="utf-8")

    def log(self, message):
        line = f"[{time.monotonic() - self.started:7.1f}s] {message}"
        print(line, file=sys.stderr, flush=True)
        self.log_file.write(line + "\n")
        self.log_file.flush()

    def time_left(self):
        return self.deadline - time.monotonic()

    def skip(self, what):
        self.log(f"skipped (time budget): {what}")
        self.results["skipped"].append(what)

    def binary(self, name):
        path = os.path.join(self.args.build, "bin", name)
        if not os.access(path, os.X_OK):
            raise SystemExit(f"speed_suite: {path} missing: build it (bench/run.sh does)")
        return path


def machine_info():
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gb = 0.0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                memory_gb = int(line.split()[1]) / 1024 / 1024
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(memory_gb, 1), "kernel": platform.release(),
            "loadavg_at_start": load_average()}  # fmt: skip


def load_average():
    """The 1-minute load average: other work on a shared machine shows here."""
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def git_commit(src):
    try:
        commit = subprocess.run(
            ["git", "-C", src, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", src, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
        ).stdout.strip()
        return commit + ("-dirty" if dirty else "")
    except (subprocess.SubprocessError, OSError):
        return os.environ.get("KRONIKA_BENCH_COMMIT", "unknown")


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


# 1-2. Corpus and queries ----------------------------------------------------


def prepare_data(run):
    args = run.args
    os.makedirs(args.data_dir, exist_ok=True)
    name = "real" if args.size == "real" else f"scale{args.size}-seed{args.seed}"
    corpus = os.path.join(args.data_dir, f"corpus-{name}.jsonl")
    if not os.path.exists(corpus):
        command = [sys.executable, os.path.join(HERE, "gen_corpus.py"), "--out", corpus, "--seed", str(args.seed)]
        command += ["--real"] if args.size == "real" else ["--scale", str(args.size)]
        if args.news:
            command += ["--news", args.news]
        run.log("corpus: " + " ".join(command))
        started = time.monotonic()
        subprocess.run(command, check=True, timeout=3600)
        run.results["corpus_generation_s"] = time.monotonic() - started
    queries = os.path.join(args.data_dir, f"queries-{name}-k{args.per_kind}-seed{args.seed}.jsonl")
    if not os.path.exists(queries) or os.path.getmtime(queries) < os.path.getmtime(corpus):
        command = [
            sys.executable, os.path.join(HERE, "gen_queries.py"), "--corpus", corpus, "--out", queries,
            "--per-kind", str(args.per_kind), "--seed", str(args.seed),
            "--entities", os.path.join(args.src, "data", "entities"),
        ]  # fmt: skip
        run.log("queries: " + " ".join(command))
        subprocess.run(command, check=True, timeout=1800)
    run.results["corpus"] = {
        "name": name,
        "path": corpus,
        "articles": count_lines(corpus),
        "mb": os.path.getsize(corpus) / 1e6,
        "queries": queries,
    }
    return corpus, queries


# 3. Indexing ---------------------------------------------------------------


def timed(run, command, log_name, timeout):
    """Runs `command` under /usr/bin/time -v; returns (stdout, wall s, peak RSS MB, exit code)."""
    started = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, timeout=timeout)
    wall = time.monotonic() - started
    with open(os.path.join(run.args.results, log_name), "w", encoding="utf-8") as f:
        f.write(" ".join(command) + "\n\n" + done.stdout + "\n" + done.stderr)
    peak, _ = speed_common.parse_time_v(done.stderr)
    return done.stdout, wall, peak, done.returncode


def index_all(run, corpus, work):
    args = run.args
    corpus_mb = os.path.getsize(corpus) / 1e6
    articles = count_lines(corpus)
    config = os.path.join(args.src, "config", "kronika.json")
    if args.kronika_db:
        # Searched as it is: indexing 1M articles takes longer than the rest
        # of the run, so it can be indexed (and timed) on its own first.
        run.log(f"index: Kronika not indexed in this run, searching {args.kronika_db}")
        run.results["notes"].append(
            f"Kronika indexing not measured in this run: --kronika-db {args.kronika_db} was searched as given")
        return args.kronika_db
    db = os.path.join(work, "db-kronika")
    shutil.rmtree(db, ignore_errors=True)
    if run.time_left() < 60:
        run.skip("indexing")
        return None
    run.log(f"index: kronika-indexer, {articles:,} articles")
    _, wall, peak, code = timed(
        run, [run.binary("kronika-indexer"), "--db", db, "--config", config, corpus], "index-kronika.log",
        timeout=max(60, run.time_left()),
    )  # fmt: skip
    if code not in (0, 1):  # 1: some records skipped
        raise SystemExit(f"speed_suite: kronika-indexer failed ({code}), see index-kronika.log")
    size = speed_common.directory_bytes(db)
    started = time.monotonic()
    subprocess.run([run.binary("kronika-indexer"), "--db", db, "--config", config, "--compact"], check=True,
                   capture_output=True, timeout=3600)  # fmt: skip
    compact_s = time.monotonic() - started
    kronika = {
        "runner": "kronika_indexer", "articles": articles, "input_mb": corpus_mb, "seconds": wall,
        "articles_per_s": articles / wall, "mb_per_s": corpus_mb / wall, "peak_rss_mb": peak, "db_bytes": size,
        "compact_seconds": compact_s, "compact_db_bytes": speed_common.directory_bytes(db), "exit_code": code,
    }  # fmt: skip
    run.results["indexing"].append(kronika)
    run.log(f"index: kronika {kronika['articles_per_s']:.0f} articles/s, peak {peak:.0f} MB, {size / 1e6:.0f} MB")

    for stem in args.plain_stem.split(","):
        if not stem:
            continue
        if run.time_left() < 30:
            run.skip(f"plain_index --stem {stem}")
            continue
        plain_db = os.path.join(work, f"db-plain-{stem}")
        command = [run.binary("plain_index"), "--db", plain_db, "--stem", stem]
        if stem == "lang":
            command += ["--compact-to", plain_db + "-compact"]
        run.log(f"index: plain_index --stem {stem}")
        out, wall, peak, code = timed(run, command + [corpus], f"index-plain-{stem}.log", timeout=max(30, run.time_left()))
        if code != 0:
            raise SystemExit(f"speed_suite: plain_index failed ({code}), see index-plain-{stem}.log")
        result = json.loads(out.strip().splitlines()[-1])
        result["peak_rss_mb"] = peak
        run.results["indexing"].append(result)
        run.log(f"index: plain {stem} {result['articles_per_s']:.0f} articles/s, peak {peak:.0f} MB")
        shutil.rmtree(plain_db, ignore_errors=True)
        shutil.rmtree(plain_db + "-compact", ignore_errors=True)
    return db


# 4. Search over HTTP -------------------------------------------------------


def http_get(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read()


def serve_and_load(run, db, queries):
    args = run.args
    port = speed_common.free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        args.server_binary or run.binary("kronika-server"), "--config", os.path.join(args.src, "config", "kronika.json"), "--db", db,
        "--bind", "127.0.0.1", "--port", str(port), "--web", os.path.join(args.src, "web"),
    ]  # fmt: skip
    run.log("server: " + " ".join(command))
    errors = open(os.path.join(args.results, "server-stderr.log"), "w")
    started = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    info = run.results["server"]
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"speed_suite: kronika-server exited ({server.returncode}), see server-stderr.log")
            try:
                if http_get(url + "/api/health", timeout=1)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() - started > 60:
                raise SystemExit("speed_suite: kronika-server did not answer within 60 s")
            time.sleep(0.01)
        info["first_health_answer_s"] = time.monotonic() - started
        first = speed_common.load_queries(queries, ["single"]).get("single", [{"path": "/api/search?q=a"}])[0]
        mark = time.monotonic()
        http_get(url + first["path"])
        info["first_search_s"] = time.monotonic() - mark
        info["first_search_after_start_s"] = time.monotonic() - started
        info["rss_idle_mb"] = speed_common.process_memory_mb(server.pid)[0]
        run.log(f"server: first answer {info['first_health_answer_s']:.2f} s after start")
        # The in-memory facet columns are read in the background: when they
        # are ready, and their size (GET /api/stats). Bounded; load waits for them.
        while time.monotonic() - started < 30:
            columns = json.loads(http_get(url + "/api/stats")[1]).get("facet_columns") or {}
            if columns.get("in_memory"):
                info["facet_columns_ready_s"] = time.monotonic() - started
                info["facet_columns_bytes"] = columns.get("bytes")
                run.log(f"server: facet columns in memory {info['facet_columns_ready_s']:.2f} s after start, "
                        f"{columns.get('bytes', 0) / 1e6:.1f} MB")
                break
            time.sleep(0.01)

        kinds = args.kinds.split(",")
        connections = [int(n) for n in args.connections.split(",")]
        done = set()
        for result in load_http.run_kinds(
            url, queries, kinds, connections, args.duration, args.warmup, pid=server.pid, log=run.log,
            deadline=run.deadline - args.duration - 10,
        ):  # fmt: skip
            run.results["search"].append(result)
            done.add((result["kind"], result["connections"]))
        missing = [f"{k} c={n}" for k in kinds for n in connections if (k, n) not in done]
        if missing:
            run.skip("HTTP " + ", ".join(missing))
        info["rss_after_load_mb"], info["peak_rss_mb"] = speed_common.process_memory_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        errors.close()
        info["exit_code"] = server.returncode


# 5. The limit ---------------------------------------------------------------


def limit(run, db, queries):
    args = run.args
    kinds = args.kinds.split(",")
    threads = args.threads.split(",")
    for facets in (False, True):
        need = len(kinds) * (args.limit_duration * len(threads) + args.limit_warmup) + 10
        if run.time_left() < need:
            run.skip(f"search_limit{' --facets' if facets else ''}")
            continue
        command = [
            run.binary("search_limit"), "--db", db, "--queries", queries, "--kinds", ",".join(kinds),
            "--threads", args.threads, "--duration", str(args.limit_duration), "--warmup", str(args.limit_warmup),
            "--config", os.path.join(args.src, "config", "kronika.json"),
        ] + (["--facets"] if facets else [])  # fmt: skip
        run.log("limit: " + " ".join(command[1:]))
        done = subprocess.run(command, capture_output=True, text=True, timeout=need + 60)
        if done.returncode != 0:
            raise SystemExit(f"speed_suite: search_limit failed (exit {done.returncode}): {done.stderr[-1000:]}")
        for line in done.stdout.splitlines():
            result = json.loads(line)
            run.results["search"].append(result)
            run.log(
                f"{result['runner']:12s} {result['kind']:7s} t={result['threads']}: {result['qps']:8.1f} q/s"
                f"  p50 {result['p50_ms']:.2f}  p99 {result['p99_ms']:.2f} ms"
            )


# 6. Peers ------------------------------------------------------------------


def peers(run, corpus, queries, work):
    args = run.args
    kinds = [k for k in args.kinds.split(",") if k in speed_common.WORD_KINDS]
    threads = [int(n) for n in args.peer_threads.split(",")]
    need_queries = len(kinds) * (args.peer_duration * len(threads) + 1) + 5
    for peer in [p for p in args.peers.split(",") if p and p != "none"]:
        if run.time_left() < need_queries + 30:
            run.skip(f"peer {peer}")
            continue
        if peer == "sqlite":
            path = os.path.join(work, "peer.sqlite")
            run.log("peer: SQLite FTS5 load")
            loaded = peer_sqlite.load(corpus, path)
            run.results["indexing"].append(loaded)
            run.log(f"peer: sqlite {loaded['articles_per_s']:.0f} articles/s")
            for result in peer_sqlite.run_queries(path, queries, kinds, threads, args.peer_duration, run.log):
                run.results["search"].append(result)
            os.remove(path)
        elif peer == "postgres":
            # python3-psycopg2, which bench/run.sh installs; peer_postgres imports it.
            if importlib.util.find_spec("psycopg2") is None:
                run.log(f"peer postgres skipped: no psycopg2 for {sys.executable} (bench/run.sh installs it)")
                run.results["notes"].append("PostgreSQL peer skipped: python3-psycopg2 missing")
                continue
            import peer_postgres

            run.log("peer: PostgreSQL FTS")

            def emit(result):
                (run.results["indexing"] if result["runner"].endswith("_load") else run.results["search"]).append(
                    result
                )

            peer_postgres.run_all(
                corpus, queries, os.path.join(work, "postgres"), kinds, threads, args.peer_duration, run.log, emit
            )
        elif peer == "sphinx":
            missing = [name for name in ("indexer", "searchd") if not shutil.which(name)]
            try:
                import peer_sphinx

                peer_sphinx.client()  # python3-mysqldb or python3-pymysql; bench/run.sh installs them
            except ImportError:
                missing.append(f"MySQLdb or pymysql for {sys.executable}")
            if missing:
                run.log(f"peer sphinx skipped: {', '.join(missing)} missing (bench/run.sh installs sphinxsearch, python3-mysqldb)")
                run.results["notes"].append(f"Sphinx peer skipped: {', '.join(missing)} missing")
                continue
            run.log(f"peer: Sphinx ({args.sphinx_layout})")

            def emit(result):
                (run.results["indexing"] if result["runner"].endswith("_load") else run.results["search"]).append(
                    result
                )

            try:
                peer_sphinx.run_all(
                    corpus, queries, work, kinds, threads, args.peer_duration, run.log, emit, layout=args.sphinx_layout
                )
            except Exception as error:  # a peer's failure is a note, not the end of the run
                run.log(f"peer sphinx failed: {error}")
                run.results["notes"].append(f"Sphinx peer failed: {str(error)[:500]}")
        else:
            raise SystemExit(f"speed_suite: unknown peer {peer}")


# 7. Report -----------------------------------------------------------------


def find(results, runner, kind, **match):
    for r in results:
        if r.get("runner") == runner and r.get("kind") == kind and all(r.get(k) == v for k, v in match.items()):
            return r
    return None


def fmt(value, digits=2):
    if value is None:
        return "–"
    if isinstance(value, float):
        if abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def ratio(a, b):
    return a / b if a is not None and b else None


def markdown(results):
    lines = []
    m = results["machine"]
    c = results["corpus"]
    lines.append(f"# Kronika speed run {results['started_utc']}")
    lines.append("")
    lines.append(
        f"- machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM, Linux {m['kernel']}; "
        f"1-min load average {m.get('loadavg_at_start')} at start, {m.get('loadavg_at_end')} at end"
    )
    lines.append(f"- commit: `{results['commit']}`; command: `{results['command']}`")
    lines.append(f"- corpus: {c['name']}, {c['articles']:,} articles, {c['mb']:.1f} MB of JSONL")
    s = results["settings"]
    lines.append(
        f"- HTTP runs {s['duration']} s each (warm-up {s['warmup']} s), connections {s['connections']}; "
        f"limit and peers {s['limit_duration']} s / {s['peer_duration']} s per kind and thread count"
    )
    lines.append(f"- wall time of the run: {results['wall_s']:.0f} s")
    if results["skipped"]:
        lines.append(f"- **skipped (time budget)**: {', '.join(results['skipped'])}")
    lines.append("")
    lines.append("## Indexing")
    lines.append("")
    lines.append("| engine | articles | s | articles/s | MB/s | peak RSS MB | DB MB | compacted MB |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    names = {
        "kronika_indexer": "Kronika (full analysis)",
        "plain_index": "plain Xapian TermGenerator",
        "sqlite_fts5_load": "SQLite FTS5 (+ optimize)",
        "postgres_fts_load": "PostgreSQL FTS (COPY, tsvector, GIN)",
        "sphinx_load": "Sphinx 2.2 (indexer, tsvpipe)",
    }
    for r in results["indexing"]:
        name = names.get(r["runner"], r["runner"])
        if r["runner"] == "plain_index":
            name += " (Snowball it/ro)" if r["stem"] == "lang" else " (no stemmer)"
        compact = r.get("compact_db_bytes")
        lines.append(
            f"| {name} | {r['articles']:,} | {fmt(r['seconds'], 1)} | {fmt(r['articles_per_s'], 0)} | "
            f"{fmt(r['mb_per_s'])} | {fmt(r.get('peak_rss_mb'), 0)} | {fmt(r['db_bytes'] / 1e6, 0)} | "
            f"{fmt(compact / 1e6, 0) if compact else '–'} |"
        )
    kronika = next((r for r in results["indexing"] if r["runner"] == "kronika_indexer"), None)
    plain = next((r for r in results["indexing"] if r["runner"] == "plain_index" and r["stem"] == "lang"), None)
    if kronika and plain:
        lines.append("")
        lines.append(
            f"Kronika ÷ plain Xapian (Snowball): throughput {ratio(kronika['articles_per_s'], plain['articles_per_s']):.2f}× "
            f"(target ≥ 0.6), compacted size {ratio(kronika['compact_db_bytes'], plain.get('compact_db_bytes')) or 0:.2f}× "
            "(target ≤ 1.3)."
        )
    lines.append("")
    server = results.get("server") or {}
    if server:
        lines.append(
            f"Server: first answer {fmt(server.get('first_health_answer_s'))} s after start, first search "
            f"{fmt((server.get('first_search_s') or 0) * 1000, 1)} ms; RSS idle {fmt(server.get('rss_idle_mb'), 0)} MB, "
            f"after the load {fmt(server.get('rss_after_load_mb'), 0)} MB, peak {fmt(server.get('peak_rss_mb'), 0)} MB; "
            f"facet columns in memory {fmt(server.get('facet_columns_ready_s'))} s after start, "
            f"{fmt((server.get('facet_columns_bytes') or 0) / 1e6, 1)} MB."
        )
        lines.append("")
    lines.append("## Search")
    lines.append("")
    lines.append(
        "Latency in ms; rate = 2xx answers (HTTP) or queries per second; err = non-2xx answers "
        "(503: more than server.max_concurrent_requests at once) and socket errors."
    )
    lines.append("")
    lines.append("| kind | runner | conc. | p50 | p95 | p99 | rate | empty/err |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
    search = results["search"]
    kinds = []
    for r in search:
        if r["kind"] not in kinds:
            kinds.append(r["kind"])
    order = ["kronika_http", "limit", "limit+facets", "sqlite_fts5", "postgres_fts", "sphinx"]
    labels = {"kronika_http": "Kronika HTTP", "limit": "Xapian limit", "limit+facets": "limit + facets",
              "sqlite_fts5": "SQLite FTS5", "postgres_fts": "PostgreSQL FTS", "sphinx": "Sphinx"}  # fmt: skip
    for kind in kinds:
        for runner in order:
            for r in search:
                if r["kind"] != kind or r["runner"] != runner:
                    continue
                conc = r.get("connections", r.get("threads"))
                rate = r.get("ok_rps", r.get("rps", r.get("qps")))
                bad = r.get("non_2xx", 0) + r.get("socket_errors", 0) if runner == "kronika_http" else None
                extra = f"{r.get('empty_results', 0)}/{r.get('errors', 0)}" if bad is None else f"–/{bad}"
                lines.append(
                    f"| {kind} | {labels[runner]} | {conc} | {fmt(r['p50_ms'])} | {fmt(r['p95_ms'])} | "
                    f"{fmt(r['p99_ms'])} | {fmt(rate, 0)} | {extra} |"
                )
    lines.append("")
    lines.append("## Ratios (same run)")
    lines.append("")
    lines.append(
        "| kind | HTTP p50 c=1 ÷ limit p50 t=1 (≤ 1.3) | HTTP rate c=2 ÷ limit rate t=2 (≥ 0.8) | "
        "HTTP p50 ÷ limit+facets p50 | HTTP p50 ÷ SQLite p50 | HTTP p50 ÷ PostgreSQL p50 | "
        "HTTP p50 ÷ Sphinx p50 | HTTP p99 ÷ SQLite p99 | HTTP p99 ÷ PostgreSQL p99 | HTTP p99 ÷ Sphinx p99 | "
        "HTTP rate c=2 ÷ Sphinx rate t=2 |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in kinds:
        h1 = find(search, "kronika_http", kind, connections=1)
        h2 = find(search, "kronika_http", kind, connections=2)
        l1 = find(search, "limit", kind, threads=1)
        l2 = find(search, "limit", kind, threads=2)
        f1 = find(search, "limit+facets", kind, threads=1)
        s1 = find(search, "sqlite_fts5", kind, threads=1)
        p1 = find(search, "postgres_fts", kind, threads=1)
        x1 = find(search, "sphinx", kind, threads=1)
        x2 = find(search, "sphinx", kind, threads=2)
        g = lambda r, key: r.get(key) if r else None  # noqa: E731
        cells = [
            ratio(g(h1, "p50_ms"), g(l1, "p50_ms")),
            ratio(g(h2, "ok_rps") or g(h2, "rps"), g(l2, "qps")),
            ratio(g(h1, "p50_ms"), g(f1, "p50_ms")),
            ratio(g(h1, "p50_ms"), g(s1, "p50_ms")),
            ratio(g(h1, "p50_ms"), g(p1, "p50_ms")),
            ratio(g(h1, "p50_ms"), g(x1, "p50_ms")),
            ratio(g(h1, "p99_ms"), g(s1, "p99_ms")),
            ratio(g(h1, "p99_ms"), g(p1, "p99_ms")),
            ratio(g(h1, "p99_ms"), g(x1, "p99_ms")),
            ratio(g(h2, "ok_rps") or g(h2, "rps"), g(x2, "qps")),
        ]
        lines.append(f"| {kind} | " + " | ".join(fmt(x) for x in cells) + " |")
    if results["notes"]:
        lines.append("")
        lines.extend(f"- {note}" for note in results["notes"])
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, help="CMake build folder holding bin/kronika-* and bin/search_limit")
    parser.add_argument("--src", default=REPO, help="project root: config/kronika.json, data/entities")
    parser.add_argument("--size", default="real", help="'real' or a number of recombined articles")
    parser.add_argument("--smoke", action="store_true", help="a few hundred articles, 1 s runs (CI)")
    parser.add_argument("--data-dir", help="corpora and query sets, reused (default ../benchdata beside the repo)")
    parser.add_argument("--results", help="results folder (default DATA_DIR/results/<time>-<size>)")
    parser.add_argument("--news", help="real news folder (default ../shared/corpus/news beside the repo)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-kind", type=int, default=300)
    parser.add_argument("--kinds", default=",".join(speed_common.KINDS))
    parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk warm-up per kind")
    parser.add_argument("--connections", default="1,2,8")
    parser.add_argument("--threads", default="1,2", help="threads of the limit and peers")
    parser.add_argument("--limit-duration", type=float, default=5)
    parser.add_argument("--limit-warmup", type=float, default=1)
    parser.add_argument("--peer-duration", type=float, default=5)
    parser.add_argument("--peers", default="sqlite,postgres,sphinx", help="sqlite, postgres, sphinx or none")
    parser.add_argument("--sphinx-layout", default="single", choices=("single", "per-lang"),
                        help="one Sphinx index with a lang filter, or one per language (peer_sphinx.py)")
    parser.add_argument("--peer-threads", default="1,2", help="threads (connections) of the peers")
    parser.add_argument("--plain-stem", default="lang,none", help="plain_index runs: lang, none, or both")
    parser.add_argument("--no-search", action="store_true", help="indexing only (large sizes)")
    parser.add_argument("--server-binary", help="another kronika-server build to load (default BUILD/bin)")
    parser.add_argument("--budget", type=float, default=3600, help="seconds for the whole run")
    parser.add_argument("--kronika-db", help="search this Kronika database of the corpus instead of indexing it "
                        "(e.g. one indexed and timed separately at 1M); never deleted")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    args = parser.parse_args()

    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    temporary = None
    if args.smoke:
        args.size = "300"
        args.per_kind = 24
        args.duration, args.warmup, args.connections = 1, 0, "1,2"
        args.limit_duration, args.limit_warmup, args.peer_duration = 0.2, 0, 0.2
        args.threads, args.peer_threads = "1,2", "1"
        args.budget = min(args.budget, 120)
        if not args.data_dir:
            temporary = tempfile.mkdtemp(prefix="kronika-bench-smoke-")
            os.chmod(temporary, 0o755)  # the PostgreSQL peer runs as user postgres
            args.data_dir = temporary
    if args.size != "real":
        int(args.size)
    args.data_dir = os.path.abspath(args.data_dir or os.path.join(os.path.dirname(REPO), "benchdata"))
    args.results = os.path.abspath(args.results or os.path.join(args.data_dir, "results", f"{stamp}-{args.size}"))
    os.makedirs(args.results, exist_ok=True)
    args.build = os.path.abspath(args.build)
    args.src = os.path.abspath(args.src)

    # A TERM (timeout, CI) unwinds like an error: servers are stopped, results written.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(f"speed_suite: stopped by signal {signum}"))
    run = Run(args)
    results = run.results
    results.update(
        {
            "started_utc": stamp,
            "machine": machine_info(),
            "commit": git_commit(args.src),
            "command": " ".join([os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:]),
            "settings": {
                k: getattr(args, k)
                for k in ("size", "seed", "per_kind", "duration", "warmup", "connections", "threads",
                          "limit_duration", "peer_duration", "peer_threads", "peers", "budget", "smoke",
                          "server_binary", "kronika_db")
            },  # fmt: skip
        }
    )
    work = os.path.join(args.data_dir, f"work-{stamp}")
    os.makedirs(work, exist_ok=True)
    try:
        corpus, queries = prepare_data(run)
        db = index_all(run, corpus, work)
        if db and not args.no_search:
            if run.time_left() > 30:
                serve_and_load(run, db, queries)
            else:
                run.skip("HTTP search")
            limit(run, db, queries)
            peers(run, corpus, queries, work)
    finally:
        results["wall_s"] = time.monotonic() - run.started
        results["machine"]["loadavg_at_end"] = load_average()
        with open(os.path.join(args.results, "results.json"), "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
        with open(os.path.join(args.results, "results.md"), "w", encoding="utf-8") as f:
            f.write(markdown(results))
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        if temporary:
            for name in os.listdir(temporary):
                path = os.path.join(temporary, name)
                if name != "results":
                    shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else os.remove(path)
        run.log(f"results: {args.results}/results.md and results.json")


if __name__ == "__main__":
    main()
