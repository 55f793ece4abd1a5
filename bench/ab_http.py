#!/usr/bin/env python3
"""A/B speed of two running kronika-servers on the same database, in turn.

  ab_http.py --a http://127.0.0.1:PORT_A --b http://127.0.0.1:PORT_B --queries QUERIES.jsonl
             [--kinds single,two,entity,date] [--connections 1] [--duration 4] [--rounds 2]

For a change that must make answers cheaper (check they stay the same with
compare_answers.py): per kind, both servers get a warm-up, then `--rounds`
wrk runs each, alternating A, B, A, B, so drift on a shared machine (another
job on the other core) hits both alike. Prints one line per run and, per
kind, the p50 and rate of each side and B ÷ A of the medians.
"""

import argparse
import os
import statistics
import tempfile

import load_http
import speed_common


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", required=True, help="base server URL")
    parser.add_argument("--b", required=True, help="changed server URL")
    parser.add_argument("--queries", required=True, help="bench/gen_queries.py output")
    parser.add_argument("--kinds", default="single,two,entity,date")
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--duration", type=int, default=4, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    by_kind = speed_common.load_queries(args.queries, args.kinds.split(","))
    with tempfile.TemporaryDirectory(prefix="kronika-ab-") as tmp:
        for kind in args.kinds.split(","):
            records = by_kind.get(kind)
            if not records:
                print(f"{kind}: no queries")
                continue
            paths = os.path.join(tmp, f"{kind}.txt")
            with open(paths, "w", encoding="utf-8") as f:
                f.writelines(record["path"] + "\n" for record in records)
            runs = {"A": [], "B": []}
            for url in (args.a, args.b):
                load_http.run_wrk(url, paths, 1, 2)  # warm-up
            for _ in range(args.rounds):
                for side, url in (("A", args.a), ("B", args.b)):
                    result = load_http.run_wrk(url, paths, args.connections, args.duration)
                    runs[side].append(result)
                    print(
                        f"{kind:7s} {side} c={args.connections}: p50 {result['p50_ms']:.2f}"
                        f"  p99 {result['p99_ms']:.2f} ms  {result['ok_rps']:.0f} req/s  non-2xx {result['non_2xx']}",
                        flush=True,
                    )
            p50 = {side: statistics.median(r["p50_ms"] for r in runs[side]) for side in runs}
            rate = {side: statistics.median(r["ok_rps"] for r in runs[side]) for side in runs}
            print(
                f"{kind:7s} p50 A {p50['A']:.2f} B {p50['B']:.2f} ms (B/A {p50['B'] / p50['A']:.2f});"
                f" rate A {rate['A']:.0f} B {rate['B']:.0f} (B/A {rate['B'] / rate['A']:.2f})",
                flush=True,
            )


if __name__ == "__main__":
    main()
