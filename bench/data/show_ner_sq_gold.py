#!/usr/bin/env python3
"""Prints the Albanian NER gold (ner_sq_gold.jsonl) with its text, read at run time from
../shared/corpus/news/sq_bleta_rss/articles.jsonl (the project stores only ids, offsets and labels).

usage: show_ner_sq_gold.py [--split dev|test] [--label PER|ORG|LOC] [--check] [--stats]
  default   each sentence with its mentions marked inline as [text]LABEL, then listed one a line
  --check   only verify the file against the corpus (offsets, bounds, overlaps); exit 1 on a problem
  --stats   only print counts per split and label
SHARED_DIR overrides where shared/ is (default: <project>/../shared)."""
import argparse, collections, json, os, signal, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "ner_sq_gold.jsonl")
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SHARED_DIR") or os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(SHARED, "corpus", "news", "sq_bleta_rss", "articles.jsonl")
LABELS = ("PER", "ORG", "LOC")


def load_gold():
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_texts(ids):
    texts = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("id") in ids:
                texts[d["id"]] = d.get("text") or ""
    return texts


def edge_ok(ch):
    # a mention must not start or end with a space or punctuation (letters, digits, marks are fine)
    return not (ch.isspace() or unicodedata.category(ch)[0] in "PZ")


def check(gold, texts):
    problems = []
    for n, g in enumerate(gold, 1):
        t = texts.get(g["article"])
        where = f"line {n} ({g['article']} {g['start']}-{g['end']})"
        if t is None:
            problems.append(f"{where}: article not in corpus"); continue
        s, e = g["start"], g["end"]
        if not (0 <= s < e <= len(t)):
            problems.append(f"{where}: sentence out of range"); continue
        if t[s].isspace() or t[e - 1].isspace():
            problems.append(f"{where}: sentence has surrounding spaces")
        if g.get("split") not in ("dev", "test"):
            problems.append(f"{where}: bad split {g.get('split')!r}")
        last = s
        for ms, me, lab in g["mentions"]:
            if lab not in LABELS:
                problems.append(f"{where}: bad label {lab!r}")
            if not (s <= ms < me <= e):
                problems.append(f"{where}: mention {ms}-{me} outside the sentence"); continue
            if ms < last:
                problems.append(f"{where}: mention {ms}-{me} overlaps or is out of order")
            if not (edge_ok(t[ms]) or t[ms] in "('") or not edge_ok(t[me - 1]):
                problems.append(f"{where}: mention {t[ms:me]!r} has a space or punctuation at an edge")
            last = me
    return problems


def stats(gold):
    sent = collections.Counter(g["split"] for g in gold)
    lab = collections.Counter((g["split"], m[2]) for g in gold for m in g["mentions"])
    empty = collections.Counter(g["split"] for g in gold if not g["mentions"])
    print(f"articles: {len({g['article'] for g in gold})}")
    for sp in ("dev", "test"):
        print(f"{sp}: {sent[sp]} sentences ({empty[sp]} without mentions), "
              + ", ".join(f"{l} {lab[(sp, l)]}" for l in LABELS)
              + f", total {sum(lab[(sp, l)] for l in LABELS)}")
    print(f"all: {len(gold)} sentences, " + ", ".join(f"{l} {sum(lab[(sp, l)] for sp in ('dev', 'test'))}" for l in LABELS))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"))
    ap.add_argument("--label", choices=LABELS)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    gold = load_gold()
    if a.stats:
        stats(gold); return 0
    if not os.path.exists(CORPUS):
        sys.exit(f"corpus not found: {CORPUS} (set SHARED_DIR)")
    texts = load_texts({g["article"] for g in gold})
    if a.check:
        problems = check(gold, texts)
        for p in problems:
            print(p)
        print(f"{len(gold)} sentences checked, {len(problems)} problems")
        return 1 if problems else 0
    for n, g in enumerate(gold, 1):
        if a.split and g["split"] != a.split:
            continue
        ms = [m for m in g["mentions"] if not a.label or m[2] == a.label]
        if a.label and not ms:
            continue
        t = texts.get(g["article"], "")
        s, e = g["start"], g["end"]
        out, pos = [], s
        for ms_, me, lab in g["mentions"]:
            out.append(t[pos:ms_]); out.append(f"[{t[ms_:me]}]{lab}"); pos = me
        out.append(t[pos:e])
        print(f"#{n} {g['split']} {g['article']} {s}-{e}")
        print("  " + "".join(out))
        for ms_, me, lab in ms:
            print(f"    {lab}\t{ms_}-{me}\t{t[ms_:me]}")
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main())
