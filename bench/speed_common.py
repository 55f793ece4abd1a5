"""Helpers shared by the speed suite's Python runners (bench/README-speed.md)."""

import json
import math
import os
import socket
import threading
import time

# Query kinds of bench/gen_queries.py, and those the peers can express with
# the same meaning (words, phrases, prefixes; not Kronika's entity and
# mentioned-date filters).
KINDS = ("single", "two", "three", "phrase", "prefix", "entity", "date", "combo")
WORD_KINDS = ("single", "two", "three", "phrase", "prefix")


def load_queries(path, kinds=None):
    """{kind: [record]} in file order."""
    by_kind = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                if kinds is None or record["kind"] in kinds:
                    by_kind.setdefault(record["kind"], []).append(record)
    return by_kind


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return 0.0
    rank = math.ceil(p / 100.0 * len(sorted_values))
    return sorted_values[min(len(sorted_values) - 1, max(0, rank - 1))]


def summarise(latencies_ms, wall_s, **fields):
    latencies_ms.sort()
    n = len(latencies_ms)
    result = dict(fields)
    result.update(
        {
            "queries": n,
            "duration_s": round(wall_s, 3),
            "qps": n / wall_s if wall_s > 0 else 0.0,
            "mean_ms": sum(latencies_ms) / n if n else 0.0,
            "p50_ms": percentile(latencies_ms, 50),
            "p95_ms": percentile(latencies_ms, 95),
            "p99_ms": percentile(latencies_ms, 99),
            "max_ms": latencies_ms[-1] if n else 0.0,
        }
    )
    return result


def timed_loop(make_client, run_query, items, threads, seconds):
    """Runs `run_query(client, item)` on `threads` threads, each with its own
    client from `make_client()`, cycling through `items` from spread-out
    starting points until `seconds` have passed. Returns (latencies ms, wall s,
    empty results, errors)."""
    latencies = [[] for _ in range(threads)]
    empties = [0] * threads
    errors = [0] * threads
    clients = [make_client() for _ in range(threads)]
    deadline = time.monotonic() + seconds

    def work(t):
        i = len(items) * t // threads
        client = clients[t]
        out = latencies[t]
        while time.monotonic() < deadline:
            item = items[i % len(items)]
            i += 1
            start = time.perf_counter()
            try:
                hits = run_query(client, item)
            except Exception:  # counted, not fatal: a peer may reject a query
                errors[t] += 1
                hits = None
            out.append((time.perf_counter() - start) * 1000.0)
            if hits == 0:
                empties[t] += 1

    started = time.monotonic()
    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    wall = time.monotonic() - started
    for client in clients:
        close = getattr(client, "close", None)
        if close:
            close()
    return [x for part in latencies for x in part], wall, sum(empties), sum(errors)


def measure_kind(make_client, run_query, items, threads, seconds, runner, kind, label, log=None, **fields):
    """A peer's figures for one query kind: a short warm-up, then one
    timed_loop per thread count in `threads`, each summarised with the
    empty/error counts and `fields`; logged as `label` and yielded."""
    timed_loop(make_client, run_query, items, 1, min(1.0, seconds))  # warm-up
    for n in threads:
        latencies, wall, empty, errors = timed_loop(make_client, run_query, items, n, seconds)
        result = summarise(latencies, wall, runner=runner, kind=kind, threads=n, distinct_queries=len(items))
        result["empty_results"] = empty
        result["errors"] = errors
        result.update(fields)
        if log:
            log(f"{label:7s} {kind:7s} t={n}: {result['qps']:8.1f} q/s  p50 {result['p50_ms']:.2f}  p99 {result['p99_ms']:.2f} ms")
        yield result


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def process_memory_mb(pid):
    """(VmRSS, VmHWM) of a running process in MB, from /proc."""
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) / 1024.0
    except OSError:
        pass
    return values.get("VmRSS"), values.get("VmHWM")


def directory_bytes(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def parse_time_v(stderr_text):
    """Peak RSS (MB) and wall seconds from /usr/bin/time -v output."""
    peak = wall = None
    for line in stderr_text.splitlines():
        line = line.strip()
        if line.startswith("Maximum resident set size (kbytes):"):
            peak = int(line.split(":")[1]) / 1024.0
        elif line.startswith("Elapsed (wall clock) time"):
            clock = line.split("):", 1)[1].strip().split(":")
            wall = sum(float(part) * 60**i for i, part in enumerate(reversed(clock)))
    return peak, wall
