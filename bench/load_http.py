#!/usr/bin/env python3
"""HTTP load on a running kronika-server with wrk (Debian package wrk).

  load_http.py --url http://127.0.0.1:PORT --queries QUERIES.jsonl [--kinds single,two]
               [--connections 1,2,8] [--duration 10] [--warmup 2] [--pid SERVER_PID]

For each query kind: a warm-up with one connection, then one wrk run per
connection count, each connection cycling through the kind's request paths
(bench/wrk_paths.lua). wrk threads = min(connections, cores). Prints one JSON
line per (kind, connections): requests/s (all, and 2xx only), p50/p95/p99
latency (ms), non-2xx answers and socket errors, and with --pid the server's RSS after the run and
its peak so far (VmRSS, VmHWM from /proc).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import speed_common

HERE = os.path.dirname(os.path.abspath(__file__))
LUA = os.path.join(HERE, "wrk_paths.lua")


def run_wrk(url, paths_file, connections, seconds, timeout_s=10):
    threads = max(1, min(connections, os.cpu_count() or 1))
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout_s}s",
        "-s", LUA, url, "--", paths_file,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout_s + 30)
    for line in done.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            raw = json.loads(line[len("WRK_JSON ") :])
            break
    else:
        raise RuntimeError(f"wrk gave no result: {done.stdout[-500:]} {done.stderr[-500:]}")
    wall = raw["duration_us"] / 1e6
    lat = raw["latency_us"]
    errors = raw["errors"]
    return {
        "connections": connections,
        "wrk_threads": threads,
        "requests": raw["requests"],
        "duration_s": round(wall, 3),
        "rps": raw["requests"] / wall if wall else 0.0,
        # Answers other than 2xx (503 when overloaded) are quick: count only the good ones.
        "ok_rps": (raw["requests"] - errors["status"]) / wall if wall else 0.0,
        "mean_ms": lat["mean"] / 1000.0,
        "p50_ms": lat["p50"] / 1000.0,
        "p90_ms": lat["p90"] / 1000.0,
        "p95_ms": lat["p95"] / 1000.0,
        "p99_ms": lat["p99"] / 1000.0,
        "max_ms": lat["max"] / 1000.0,
        "non_2xx": errors["status"],
        "socket_errors": errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
        "mb_per_s": raw["bytes"] / wall / 1e6 if wall else 0.0,
    }


def run_kinds(url, queries_path, kinds, connections, seconds, warmup, pid=None, log=None, deadline=None):
    """Yields one result dict per (kind, connections)."""
    by_kind = speed_common.load_queries(queries_path, kinds)
    with tempfile.TemporaryDirectory(prefix="kronika-wrk-") as tmp:
        for kind in kinds:
            records = by_kind.get(kind)
            if not records:
                continue
            paths_file = os.path.join(tmp, f"{kind}.txt")
            with open(paths_file, "w", encoding="utf-8") as f:
                for record in records:
                    f.write(record["path"] + "\n")
            if warmup > 0:
                run_wrk(url, paths_file, 1, warmup)
            for n in connections:
                if deadline is not None and time.monotonic() > deadline:
                    if log:
                        log(f"load_http: time budget spent, {kind} c={n} skipped")
                    continue
                result = {"runner": "kronika_http", "kind": kind, "distinct_queries": len(records)}
                result.update(run_wrk(url, paths_file, n, seconds))
                if pid:
                    rss, hwm = speed_common.process_memory_mb(pid)
                    result["server_rss_mb"] = rss
                    result["server_peak_rss_mb"] = hwm
                # wrk closes its connections at the deadline, but the server
                # finishes what it was working on: let it drain before the
                # next run, or that run meets a busy server (and 503s).
                time.sleep(min(10.0, result["max_ms"] / 1000.0))
                if log:
                    log(
                        f"http {kind:7s} c={n}: {result['rps']:8.1f} req/s  p50 {result['p50_ms']:.2f}"
                        f"  p99 {result['p99_ms']:.2f} ms  non-2xx {result['non_2xx']}"
                    )
                yield result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--kinds", default=",".join(speed_common.KINDS))
    parser.add_argument("--connections", default="1,2,8")
    parser.add_argument("--duration", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=2)
    parser.add_argument("--pid", type=int)
    args = parser.parse_args()
    seconds = max(1, round(args.duration))
    for result in run_kinds(
        args.url,
        args.queries,
        args.kinds.split(","),
        [int(n) for n in args.connections.split(",")],
        seconds,
        max(0, round(args.warmup)),
        args.pid,
        log=lambda message: print(message, file=sys.stderr),
    ):
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
