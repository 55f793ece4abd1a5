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

  bench/name_queries.py --server URL --baseline URL_BEFORE --corpus CORPUS.jsonl --capitalised N

Case forms typed as names (bench/README-entities.md, "Case forms typed as
names"): of the N most frequent capitalised words of the corpus, those that
name nothing on the baseline server (before case forms were read) but that
GET /api/entities/WORD finds as a known entity on --server (the entity
base's inflection, with no check): one line each with the entities --server names for q=WORD
(empty: the check said no), then a summary line.
"""
import argparse, collections, json, re, sys, urllib.error, urllib.parse, urllib.request

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


# A capitalised word of four letters or more (the Latin letters of sq, ro, it).
CAPITALISED = re.compile(r"\b[A-ZÇËĂÂÎȘȚŞŢ][a-zçëăâîșțşţàèéìòù]{3,}\b")


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
    ap.add_argument("--baseline")
    ap.add_argument("--capitalised", type=int)
    args = ap.parse_args()
    if args.capitalised:
        if not (args.baseline and args.corpus):
            ap.error("--capitalised needs --baseline and --corpus")
        return case_forms(args)
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


def known_entity(server, name):
    """Whether GET /api/entities/NAME finds a known entity (the base's inflection, no check)."""
    try:
        with urllib.request.urlopen(server.rstrip("/") + "/api/entities/" + urllib.parse.quote(name)) as answer:
            return json.load(answer).get("known", False)
    except urllib.error.HTTPError:
        return False


def case_forms(args):
    counts = collections.Counter()
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            counts.update(CAPITALISED.findall(record.get("text") or ""))
    taken = left = 0
    for word, _ in counts.most_common(args.capitalised):
        if search(args.baseline, {"q": word}).get("query_entities"):
            continue  # named as written already
        if not known_entity(args.server, word):
            continue
        named = [e["id"] for e in search(args.server, {"q": word}).get("query_entities", [])]
        taken, left = taken + bool(named), left + (not named)
        print(json.dumps({"q": word, "count": counts[word], "named": named}, ensure_ascii=False))
    print(json.dumps({"words": args.capitalised, "case_forms": taken + left, "named": taken, "not_named": left}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
