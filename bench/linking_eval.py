#!/usr/bin/env python3
"""Precision of entity linking: of the mentions the extractor links to a KNOWN entity of
the base, how many name that entity? Scores the human judgements in
data/linking_judgements.jsonl, then re-runs linking_sample to see whether they still
describe the current extractor. See "Linking precision" in bench/README-entities.md.

usage: linking_eval.py [--test | --judgements FILE [--sample ARGS] [--exclude FILE]]
                       [--bin PATH] [--entities DIR] [--no-check] [--show-new] [--errors]

  (default)   precision per language and overall (lenient: metonyms such as a country
              for its national team or a capital for its government count as right;
              strict: they count as wrong), per source (extract / nested), error classes;
              then the check against the current extractor:
                * judged mentions still produced with the same entity, relinked to another
                  entity on the same span, or no longer linked at all;
                * precision on the judged mentions still produced (the refreshed estimate);
                * the canonical sample (SAMPLE below) re-drawn, and its unjudged mentions.
  --no-check  only score the judgements (no binary needed)
  --show-new  print the unjudged mentions of the re-drawn sample (TSV, with context) to judge
  --errors    list every wrong link with its note
  --test      the test sample: --judgements data/linking_judgements_test.jsonl with its
              --sample (TEST_SAMPLE below) and --exclude data/linking_judgements.jsonl
  --judgements FILE   the judgements to score (default data/linking_judgements.jsonl, the
              development sample; data/linking_judgements_test.jsonl is the test sample)
  --sample ARGS       linking_sample options the judgements were drawn with, for the re-draw
              (default the development sample's, SAMPLE below)
  --exclude FILE      judgements left out of the sample when it was drawn (the test sample
              leaves out the mentions of the development file): the re-draw does not list
              them as unjudged

--bin defaults to $LINKING_SAMPLE or build/bin/linking_sample (any build directory works:
cmake --build BUILD --target linking_sample). SHARED_DIR overrides where shared/ is
(default: <project>/../shared). Judgement lines carry no news text: file, article id,
code point span, language, entity id, verdict, and a short note."""
import argparse, collections, json, math, os, shlex, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JUDGEMENTS = os.path.join(HERE, "data", "linking_judgements.jsonl")
TEST_JUDGEMENTS = os.path.join(HERE, "data", "linking_judgements_test.jsonl")
SHARED = os.environ.get("SHARED_DIR") or os.path.join(os.path.dirname(ROOT), "shared")
NEWS = os.path.join(SHARED, "corpus", "news")

# The sample the development judgements were drawn from (keep in step with the README).
FILES = ["sq_bleta_rss/articles.jsonl", "ro_political_news/articles.jsonl",
         "it_dice_crime_news/articles_detokenized.jsonl"]
SAMPLE = ["--hash", "--per-language", "100", "--stride", "7", "--stride", "ro=35"]
# The test sample (data/linking_judgements_test.jsonl): same files, minus the development
# file's mentions (--exclude).
TEST_SAMPLE = ["--hash", "--per-language", "80", "--stride", "11", "--stride", "ro=53", "--offset", "5"]
LANGS = ("sq", "ro", "it")


def wilson(k, n, z=1.96):
    """95% Wilson interval of a proportion k/n."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def fmt(k, n):
    if n == 0:
        return "   -   (0/0)"
    lo, hi = wilson(k, n)
    return f"{k / n:.3f} ({k}/{n}, 95% CI {lo:.2f}-{hi:.2f})"


def show(cmd):
    """A command line, with paths under the project's parent made relative to the project."""
    parent = os.path.dirname(ROOT) + os.sep
    return " ".join(os.path.relpath(c, ROOT) if os.path.isabs(c) and c.startswith(parent) else c for c in cmd)


def key(rec):
    return (rec["file"], rec["article"], int(rec["start"]), int(rec["end"]))


def load_judgements(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def report(judged, title):
    print(f"== {title}")
    groups = [(lang, [j for j in judged if j["lang"] == lang]) for lang in LANGS] + [("all", judged)]
    print(f"{'':4} {'lenient precision':38} {'strict (metonyms wrong)':38}")
    for name, items in groups:
        right = sum(j["correct"] for j in items)
        strict = sum(j["correct"] and not j.get("metonym") for j in items)
        print(f"{name:4} {fmt(right, len(items)):38} {fmt(strict, len(items)):38}")
    for via in ("extract", "nested"):
        items = [j for j in judged if j.get("via") == via]
        print(f"via {via:8} {fmt(sum(j['correct'] for j in items), len(items))}")
    metonyms = collections.Counter(j["metonym"] for j in judged if j.get("metonym"))
    if metonyms:
        print("metonyms counted right: " + ", ".join(f"{k} {v}" for k, v in metonyms.most_common()))
    classes = collections.Counter((j.get("error") or "unclassified") for j in judged if not j["correct"])
    if classes:
        print("wrong links by class: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
    entities = collections.Counter(j["entity"] for j in judged if not j["correct"])
    if entities:
        print("entities wrongly linked more than once: " +
              (", ".join(f"{k} {v}" for k, v in entities.most_common() if v > 1) or "none"))
    print()


def run_sample(binary, entities, extra):
    cmd = [binary] + (["--entities", entities] if entities else []) + extra + [os.path.join(NEWS, f) for f in FILES]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    rows = []
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols) >= 10:
            rows.append({"file": cols[0], "article": cols[1], "start": int(cols[2]), "end": int(cols[3]),
                         "lang": cols[4], "entity": cols[5], "info": cols[6], "mention": cols[7],
                         "via": cols[8], "context": cols[9], "line": line})
    return cmd, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--test", action="store_true")
    ap.add_argument("--judgements", default=None)
    ap.add_argument("--sample", default=None)
    ap.add_argument("--exclude", default=None)
    ap.add_argument("--bin", default=os.environ.get("LINKING_SAMPLE") or os.path.join(ROOT, "build", "bin", "linking_sample"))
    ap.add_argument("--entities", default="")
    ap.add_argument("--no-check", action="store_true")
    ap.add_argument("--show-new", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    if args.test:
        args.judgements = args.judgements or TEST_JUDGEMENTS
        args.sample = args.sample or " ".join(TEST_SAMPLE)
        args.exclude = JUDGEMENTS if args.exclude is None else args.exclude
    args.judgements = args.judgements or JUDGEMENTS
    args.sample = args.sample or " ".join(SAMPLE)
    args.exclude = args.exclude or ""

    judged = load_judgements(args.judgements)
    seen = set()
    for j in judged:
        if key(j) in seen:
            sys.exit(f"duplicate judgement {key(j)}")
        seen.add(key(j))
    report(judged, f"judgements as made ({args.judgements})")
    if args.errors:
        for j in judged:
            if not j["correct"]:
                print(f"  {j['lang']} {j['entity']:32} {j.get('error', ''):26} {j['note']}")
        print()
    if args.no_check:
        return
    if not os.path.exists(args.bin):
        sys.exit(f"no {args.bin}: build linking_sample or pass --bin (or --no-check)")

    # 1. Are the judged mentions still produced? All known mentions of the judged articles.
    cmd, current = run_sample(args.bin, args.entities, ["--all", "--articles", "100000000", "--only", args.judgements])
    now = {}
    for row in current:
        now.setdefault(key(row), set()).add(row["entity"])
    kept, relinked, dropped = [], [], []
    for j in judged:
        ids = now.get(key(j), set())
        if j["entity"] in ids:
            kept.append(j)
        elif ids:
            relinked.append((j, sorted(ids)))
        else:
            dropped.append(j)
    print("== check against the current extractor")
    print("   " + show(cmd))
    print(f"judged mentions still produced, same entity: {len(kept)}/{len(judged)}")
    print(f"same span now linked to another entity (unjudged): {len(relinked)}")
    for j, ids in relinked:
        print(f"   {j['lang']} {j['file']} {j['article']} {j['start']}-{j['end']} {j['entity']} -> {','.join(ids)}"
              f" (was {'right' if j['correct'] else 'wrong'})")
    print(f"no longer linked: {len(dropped)} ({sum(not j['correct'] for j in dropped)} were wrong links, "
          f"{sum(j['correct'] for j in dropped)} right ones lost)")
    for j in dropped:
        print(f"   {j['lang']} {j['entity']:28} was {'right' if j['correct'] else 'wrong'}  {j['note']}")
    print()
    report(kept, "refreshed: judged mentions the current extractor still links the same way")

    # 2. The canonical sample re-drawn: which of its mentions are not judged yet?
    cmd, sample = run_sample(args.bin, args.entities, shlex.split(args.sample))
    excluded = set()
    if args.exclude:
        excluded = {(j["file"], j["article"], int(j["start"])) for j in load_judgements(args.exclude)}
    kept_rows = [row for row in sample if (row["file"], row["article"], row["start"]) not in excluded]
    new = [row for row in kept_rows if key(row) not in seen or
           all(j["entity"] != row["entity"] for j in judged if key(j) == key(row))]
    print("== canonical sample re-drawn")
    print("   " + show(cmd))
    per_lang = collections.Counter(row["lang"] for row in new)
    print(f"sampled {len(sample)}"
          + (f", {len(sample) - len(kept_rows)} excluded ({os.path.relpath(args.exclude, ROOT)})" if excluded else "")
          + f", of which unjudged {len(new)}"
          + (" (" + ", ".join(f"{l} {per_lang[l]}" for l in LANGS if per_lang[l]) + ")" if new else ""))
    if new and args.show_new:
        for row in new:
            print(row["line"])
    elif new:
        print("   (--show-new prints them, to judge and add to the judgements)")
    print()
    # The precision of the extractor as it is now: the re-drawn sample's judged mentions
    # (all of them once the unjudged are judged and appended).
    by_key = {(key(j), j["entity"]): j for j in judged}
    current_judged = [by_key[(key(row), row["entity"])] for row in kept_rows if (key(row), row["entity"]) in by_key]
    report(current_judged, f"re-drawn sample, judged mentions ({len(current_judged)} of {len(kept_rows)})")


if __name__ == "__main__":
    main()
