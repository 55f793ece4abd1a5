#!/usr/bin/env python3
"""One database vs 3 local shards vs 3 remote shards (xapian-tcpsrv) on loopback.

  shards_bench.py --corpus FILE.jsonl --queries QUERIES.jsonl --work DIR
                  [--kinds single,two,...] [--connections 1,2] [--duration 10]
                  [--warmup 2] [--reuse] [--budget 3600] [--out RESULTS_DIR]
  shards_bench.py --smoke --work DIR [--build DIR]
                  CI-sized: data/sample and a few fixed queries, 1 s runs

The corpus (bench/gen_corpus.py) is indexed once by kronika-indexer with
--shard-by year. xapian-compact then merges the year shards into three
shards of about equal size (consecutive years) and into one database, so the
three set-ups hold the same documents, all compacted. For each set-up a
kronika-server (default settings, its own port) gets the same wrk load per
query kind as bench/load_http.py gives; first, the totals of every query are
checked to be equal across set-ups (shards must not change answers).

Writes shards.json and shards.md (machine, commit, command, ratios of each
sharded set-up to the single database) into --out (default WORK/results).
Bounded: --budget seconds for the load runs in all (kinds past it are skipped).
"""

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import load_http
import speed_common

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def log(message):
    print(message, file=sys.stderr, flush=True)


def binary(name, build):
    path = os.path.join(build, "bin", name)
    if not os.path.exists(path):
        sys.exit(f"shards_bench: {path} not found (build first: scripts/build.sh)")
    return path


def doc_count(database):
    out = subprocess.run(["xapian-delve", database], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("number of documents"):
            return int(line.split("=")[1])
    return 0


def index_by_year(indexer, corpus, work, reuse):
    by_year = os.path.join(work, "by-year")
    if reuse and os.path.exists(os.path.join(by_year, "XAPIANDB")):
        log(f"reusing {by_year}")
        return by_year, None
    shutil.rmtree(by_year, ignore_errors=True)
    started = time.monotonic()
    subprocess.run([indexer, "--db", by_year, "--shard-by", "year", corpus], check=True, stdout=sys.stderr)
    return by_year, time.monotonic() - started


def compact_groups(by_year, work, reuse, explicit=None):
    """Year shards → three consecutive groups of about equal size, and one database."""
    years = sorted(
        name for name in os.listdir(by_year) if os.path.isdir(os.path.join(by_year, name)) and name != "undated"
    )
    if os.path.isdir(os.path.join(by_year, "undated")):
        years.append("undated")
    if explicit:
        groups = [group.split(",") for group in explicit.split("/")]
        if len(groups) != 3 or sorted(sum(groups, [])) != sorted(years):
            sys.exit(f"shards_bench: --groups must name each of {years} once, in three groups")
    else:
        if len(years) < 3:
            sys.exit(f"shards_bench: the corpus spans {len(years)} year shards; three are needed")
        counts = {year: doc_count(os.path.join(by_year, year)) for year in years}
        total = sum(counts.values())
        # Two cuts where the running count passes a third and two thirds; each group keeps at least one year.
        running, cumulative = 0, []
        for year in years:
            running += counts[year]
            cumulative.append(running)
        first = min(next(i for i, c in enumerate(cumulative) if c >= total / 3), len(years) - 3)
        second = next(i for i, c in enumerate(cumulative) if c >= 2 * total / 3 or i == len(years) - 1)
        second = max(first + 1, min(second, len(years) - 2))
        groups = [years[: first + 1], years[first + 1 : second + 1], years[second + 1 :]]
    out = {name: os.path.join(work, "compacted", name) for name in ("a", "b", "c", "one")}
    # The three shards from the year shards, then the one database from the three (the same documents).
    sources = {
        "a": [os.path.join(by_year, y) for y in groups[0]],
        "b": [os.path.join(by_year, y) for y in groups[1]],
        "c": [os.path.join(by_year, y) for y in groups[2]],
        "one": [out["a"], out["b"], out["c"]],
    }
    for name in ("a", "b", "c", "one"):
        path = out[name]
        if reuse and os.path.exists(os.path.join(path, "iamglass")):
            continue
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        started = time.monotonic()
        subprocess.run(
            ["xapian-compact", "--multipass", *sources[name], path],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # "duplicate user metadata key": each shard has its own last_update
        )
        log(f"compacted {name} in {time.monotonic() - started:.0f} s")
    sizes = {name: doc_count(path) for name, path in out.items()}
    log(f"documents: one {sizes['one']}, shards {sizes['a']} + {sizes['b']} + {sizes['c']}")
    return out, dict(zip(("a", "b", "c"), groups)), sizes


class Process:
    def __init__(self, arguments, env=None, first_line=False):
        self.proc = subprocess.Popen(
            arguments,
            stdout=subprocess.PIPE if first_line else subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
            start_new_session=True,
        )
        self.first_line = self.proc.stdout.readline() if first_line else ""
        if first_line:
            # Keep draining the access log so the server never blocks on a full pipe.
            self.drain = subprocess.Popen(["cat"], stdin=self.proc.stdout, stdout=subprocess.DEVNULL)

    def stop(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=30)


def start_server(server, config, env):
    process = Process([server, "--config", config, "--port", "0", "--bind", "127.0.0.1"], env=env, first_line=True)
    marker = "listening on 127.0.0.1:"
    if marker not in process.first_line:
        process.stop()
        sys.exit(f"shards_bench: kronika-server did not start: {process.first_line}")
    port = int(process.first_line.split(marker)[1].split(")")[0])
    return process, f"http://127.0.0.1:{port}"


def wait_port(port):
    import socket

    for _ in range(400):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.025)
    sys.exit(f"shards_bench: xapian-tcpsrv on port {port} did not start")


def totals(url, records):
    out = []
    for record in records:
        with urllib.request.urlopen(url + record["path"], timeout=60) as response:
            body = json.load(response)
        out.append((body.get("total"), bool(body.get("partial"))))
    return out


def git_commit():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus")
    parser.add_argument("--queries")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--work", required=True)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--kinds", default=",".join(speed_common.KINDS))
    parser.add_argument("--connections", default="1,2")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of one-connection warm-up per kind")
    parser.add_argument("--check-queries", type=int, default=40, help="queries per kind whose totals are compared")
    parser.add_argument("--budget", type=float, default=3600)
    parser.add_argument("--reuse", action="store_true", help="keep an earlier run's indexes")
    parser.add_argument("--groups", help="the three shards' years, e.g. 2015,2016/2017,2018/2019,undated")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.smoke:
        # The bundled sample spans seven year shards; a few queries of each kind.
        args.corpus = os.path.join(ROOT, "data", "sample")
        args.queries = os.path.join(os.path.abspath(args.work), "smoke-queries.jsonl")
        os.makedirs(os.path.dirname(args.queries), exist_ok=True)
        with open(args.queries, "w", encoding="utf-8") as f:
            for kind, path in (
                ("single", "/api/search?q=Putin"),
                ("single", "/api/search?q=sanzioni"),
                ("two", "/api/search?q=Kim%20Putin"),
                ("phrase", "/api/search?q=%22Coreea%20de%20Nord%22"),
                ("entity", "/api/search?actor=Kim%20Jong%20Un"),
                ("date", "/api/search?from=2024-06&to=2024-06"),
                ("combo", "/api/search?q=summit&place=Vladivostok&from=2019"),
            ):
                f.write(json.dumps({"kind": kind, "path": path}) + "\n")
        args.kinds = "single,two,phrase,entity,date,combo"
        args.connections, args.duration, args.warmup, args.budget = "1", 1, 0, 120
    if not args.corpus or not args.queries:
        parser.error("--corpus and --queries are needed (or --smoke)")

    # Programs run from anywhere find the project's entity base.
    os.environ["KRONIKA_ENTITIES_DIR"] = os.path.join(ROOT, "data", "entities")
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    out_dir = os.path.abspath(args.out or os.path.join(work, "results"))
    os.makedirs(out_dir, exist_ok=True)
    indexer = binary("kronika-indexer", args.build)
    server = binary("kronika-server", args.build)
    if not shutil.which("xapian-tcpsrv"):
        sys.exit("shards_bench: xapian-tcpsrv not found (scripts/install-deps.sh installs xapian-tools)")
    kinds = [k for k in args.kinds.split(",") if k]
    connections = [int(c) for c in args.connections.split(",")]

    by_year, index_seconds = index_by_year(indexer, os.path.abspath(args.corpus), work, args.reuse)
    databases, groups, sizes = compact_groups(by_year, work, args.reuse, args.groups)

    env = dict(os.environ)
    tcpsrv = []
    ports = {}
    for name in ("a", "b", "c"):
        ports[name] = speed_common.free_port()
        tcpsrv.append(
            Process(["xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", str(ports[name]), databases[name]])
        )
        wait_port(ports[name])
    setups = {
        "one database": {"database": databases["one"]},
        "3 local shards": {"shards": [f"auto {databases[n]}" for n in ("a", "b", "c")]},
        "3 remote shards": {"shards": [f"remote 127.0.0.1:{ports[n]}" for n in ("a", "b", "c")]},
    }
    by_kind = speed_common.load_queries(args.queries, kinds)
    check = [r for kind in kinds for r in by_kind.get(kind, [])[: args.check_queries]]

    results = {}
    reference_totals = None
    deadline = time.monotonic() + args.budget
    try:
        for label, settings in setups.items():
            config = os.path.join(work, f"config-{label.replace(' ', '-')}.json")
            with open(config, "w", encoding="utf-8") as f:
                json.dump(settings, f)
            process, url = start_server(server, config, env)
            try:
                answers = totals(url, check)
                if reference_totals is None:
                    reference_totals = answers
                mismatches = sum(1 for a, b in zip(answers, reference_totals) if a != b)
                log(f"{label}: {len(check)} queries checked, {mismatches} totals differ from one database")
                rows = list(
                    load_http.run_kinds(
                        url, args.queries, kinds, connections, args.duration, args.warmup,
                        pid=process.proc.pid, log=lambda m, l=label: log(f"[{l}] {m}"), deadline=deadline,
                    )
                )
                results[label] = {"rows": rows, "checked": len(check), "totals_differ": mismatches}
            finally:
                process.stop()
    finally:
        for p in tcpsrv:
            p.stop()

    def row(label, kind, n):
        for r in results.get(label, {}).get("rows", []):
            if r["kind"] == kind and r["connections"] == n:
                return r
        return None

    command = "bench/shards_bench.py " + " ".join(sys.argv[1:])
    machine = speed_common.machine() if hasattr(speed_common, "machine") else {"cpus": os.cpu_count(), "platform": platform.platform()}
    report = {
        "command": command,
        "commit": git_commit(),
        "machine": machine,
        "documents": sizes,
        "groups": groups,
        "index_seconds_by_year": index_seconds,
        "results": results,
    }
    with open(os.path.join(out_dir, "shards.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)

    lines = [
        "# One database vs 3 shards (local, and remote over xapian-tcpsrv on loopback)",
        "",
        f"- command: `{command}`",
        f"- commit {report['commit']}; machine: {json.dumps(machine)}",
        f"- documents: {sizes['one']} (shards {sizes['a']} / {sizes['b']} / {sizes['c']}: years {groups})",
        "- every set-up compacted; kronika-server with default settings; wrk on loopback",
        "",
        "| kind | conn | one: p50 / p99 ms, q/s | 3 local: p50 / p99, q/s | 3 remote: p50 / p99, q/s | local ÷ one (p50, q/s) | remote ÷ one (p50, q/s) |",
        "|---|---:|---|---|---|---|---|",
    ]
    for kind in kinds:
        for n in connections:
            one, local, remote = (row(l, kind, n) for l in setups)
            if not one:
                continue

            def cell(r):
                return f"{r['p50_ms']:.2f} / {r['p99_ms']:.2f}, {r['rps']:.0f}" if r else "—"

            def ratio(r):
                if not r or not one["p50_ms"] or not one["rps"]:
                    return "—"
                return f"{r['p50_ms'] / one['p50_ms']:.2f}×, {r['rps'] / one['rps']:.2f}×"

            lines.append(f"| {kind} | {n} | {cell(one)} | {cell(local)} | {cell(remote)} | {ratio(local)} | {ratio(remote)} |")
    lines.append("")
    for label, result in results.items():
        lines.append(f"- {label}: {result['checked']} query totals compared with one database, {result['totals_differ']} differ")
    with open(os.path.join(out_dir, "shards.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
