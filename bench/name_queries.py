#!/usr/bin/env python3
"""Totals of name queries on a running kronika-server, beside how many articles write the name.

  bench/name_queries.py --server http://127.0.0.1:PORT [--corpus ../benchdata/corpus-real.jsonl]
                        [--queries FILE] [--missed] [--whole]

For the search of names that are also words (docs/api.md, `query_entities`):
prints one line per query with the server's `total` and the entities it
names, and with --corpus the number of articles of the query's language
whose title or text writes the query as the start of a word, case kept
(`\\bPutin` for q=Putin; so "Putinului" counts, "puțin" does not), and
with --missed also how many of those the server does not return (every page
read). --whole counts the name as a whole word only ("Rama", not
"Ramës" nor "Ramadan"). --queries is a JSONL file of {"q": ..., "lang": ...} (lang may be
absent) or {"params": {...}} (any search parameters: {"place": "pune"});
the default is the list the README and the closing notes of 2026-12-07 cite,
and bench/data/name_queries_people.jsonl has 38 people's surnames. Run it
against two servers (before and after a change, each on a database its own
indexer built) to see what the change did.
"""
import argparse, json, re, sys, urllib.parse, urllib.request

DEFAULT = [
    ("Putin", "ro"), ("putin", "ro"), ("Putin", "sq"), ("Rama", "it"), ("Rama", "ro"), ("Rama", "sq"),
    ("Nordio", "it"), ("Conte", "it"), ("conte", "it"), ("Guerra", "it"), ("Governo", "it"),
    ("Papa Francesco", "it"), ("papa Francesco", "it"), ("Putin OR Zelenski", "ro"), ("Balluku", "sq"),
    ("krime", "sq"), ("krime", None), ("punë", "sq"), ("azi", "ro"), ("mâine", "ro"), ("porto", "it"),
    ("sala", "it"), ("fermo", "it"), ("phenian", None), ("roma", None), ("crimea", None), ("asia", None),
    ("kosova", None), ("nato", "sq"), ("nato", "it"), ("cina", "it"), ("cina", "ro"), ("cina", None),
    ("Cina", None), ("sua", "ro"), ("L'Italia", None), ("l'italia", None), ("D'Amato", "it"),
    ("governo -Conte", "it"), ("Pyongyang OR Seul", None), ("telegrafi", "sq"), ("dna", "ro"),
]


def search(server, params, page=1, per_page=1):
    query = dict(params, page=page, per_page=per_page)
    with urllib.request.urlopen(server.rstrip("/") + "/api/search?" + urllib.parse.urlencode(query)) as answer:
        return json.load(answer)


def hit_ids(server, params):
    ids, page = set(), 1
    while True:
        answer = search(server, params, page, 100)
        ids |= {hit["id"] for hit in answer["hits"]}
        if page >= answer.get("last_page", 1):
            return ids
        page += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True)
    ap.add_argument("--corpus")
    ap.add_argument("--queries")
    ap.add_argument("--missed", action="store_true")
    ap.add_argument("--whole", action="store_true")
    args = ap.parse_args()
    queries = [{"q": q, "lang": lang} if lang else {"q": q} for q, lang in DEFAULT]
    if args.queries:
        with open(args.queries, encoding="utf-8") as f:
            queries = [d.get("params") or {k: v for k, v in d.items() if v} for d in map(json.loads, f) if d]
    texts = {}
    if args.corpus:
        with open(args.corpus, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                texts.setdefault(record.get("lang"), []).append(
                    (record["id"], (record.get("title") or "") + "\n" + (record.get("text") or "")))
    for params in queries:
        answer = search(args.server, params)
        row = dict(params, total=answer.get("total"), entities=[e["id"] for e in answer.get("query_entities", [])])
        q, lang = params.get("q", ""), params.get("lang")
        if texts and lang and re.fullmatch(r"\w+( \w+)*", q):
            pattern = re.compile(r"\b" + re.escape(q) + (r"\b" if args.whole else ""))
            written = {id for id, text in texts.get(lang, []) if pattern.search(text)}
            row["written"] = len(written)
            if args.missed:
                row["missed"] = len(written - hit_ids(args.server, params))
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
