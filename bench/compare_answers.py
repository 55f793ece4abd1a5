#!/usr/bin/env python3
"""Do two servers give the same answers? For A/B runs of a change that must
not change results (or must change only the order of hits).

  compare_answers.py --queries QUERIES.jsonl --a URL_A --b URL_B [--kinds phrase,single] [--show 10]

Both servers must be running (started by the caller, on loopback). Asks each
the same requests (the `path` of every query of bench/gen_queries.py of the
chosen kinds) and compares, per query: `total`, the set of hit ids on the
page, the ids in page order, the facets, and the whole answer but
`took_ms` (`same_answer`: snippets, per-hit dates and entities, every key;
compared as parsed JSON, so key order and number spelling do not count).
Prints one JSON line with the
counts of equal answers and lists the first queries that differ. Exit
status 1 when a total or a facet differs (a changed order alone is 0).
"""

import argparse
import json
import sys
import urllib.parse
import urllib.request


def ask(base, path):
    with urllib.request.urlopen(base + urllib.parse.quote(path, safe="/?&=%"), timeout=60) as answer:
        return json.load(answer)


def summary(answer):
    hits = [hit["id"] for hit in answer.get("hits", [])]
    whole = dict(answer)
    whole.pop("took_ms", None)
    return {
        "total": answer.get("total"),
        "ids": hits,
        "facets": json.dumps(answer.get("facets"), sort_keys=True),
        "whole": whole,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--a", required=True, help="base URL of the first server")
    parser.add_argument("--b", required=True, help="base URL of the second server")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--show", type=int, default=10, help="differing queries to list")
    args = parser.parse_args()
    kinds = set(filter(None, args.kinds.split(",")))
    with open(args.queries, encoding="utf-8") as lines:
        queries = [json.loads(line) for line in lines if line.strip()]
    queries = [query for query in queries if not kinds or query["kind"] in kinds]
    counts = {
        "queries": len(queries),
        "same_total": 0,
        "same_hit_set": 0,
        "same_hit_order": 0,
        "same_facets": 0,
        "same_answer": 0,
    }
    differing = []
    for query in queries:
        a = summary(ask(args.a, query["path"]))
        b = summary(ask(args.b, query["path"]))
        counts["same_total"] += a["total"] == b["total"]
        counts["same_hit_set"] += sorted(a["ids"]) == sorted(b["ids"])
        counts["same_hit_order"] += a["ids"] == b["ids"]
        counts["same_facets"] += a["facets"] == b["facets"]
        counts["same_answer"] += a["whole"] == b["whole"]
        if a["total"] != b["total"] or a["facets"] != b["facets"]:
            differing.append(f"{query['kind']}\t{query['path']}\ttotal {a['total']} / {b['total']}")
    print(json.dumps(counts))
    for line in differing[: args.show]:
        print("DIFFERS\t" + line)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
