#!/usr/bin/env python3
"""Benchmark query sets drawn from a corpus file (stdlib only, deterministic).

  gen_queries.py --corpus FILE.jsonl --out QUERIES.jsonl [--per-kind 300] [--seed 1]

Writes one JSON object per line:
  {"kind": "two", "lang": "ro", "path": "/api/search?q=...&lang=ro", "params": {"q": ..., "lang": "ro"}}
`path` is the URL-encoded API request; `params` the same values decoded, for
the runners that do not speak HTTP (search_limit, the peers).

Every query is made from one article of its language drawn at random (a
reservoir sample of --sample articles per language), so words co-occur as in
real text and every query has at least that article to find:

  single   one word of the article (4+ letters, not among the 10 % most
           widespread words of the sample, i.e. no function words)
  two      two such words from a 40-word window of the article
  three    three such words from a 40-word window
  phrase   2-3 adjacent words of one sentence, quoted: "w1 w2"
  prefix   the first 4-5 letters of a word of 6+ letters, then *
  entity   actor= or place= with the name of an entity of data/entities
           that the article writes as written there (people and organisations
           → actor, places → place)
  date     from= and to= only (no words): a year, a month, a day or a span of
           7-90 days around the article's publication date, or a year its
           text mentions when it has none
  combo    one word + actor=/place= + from/to (the month of that date): words,
           entity and date filter together; facets come with every API answer

Each kind has --per-kind queries, the three languages in turn (sq, ro, it),
every query with lang=<its language>. Queries repeat only when the sample
cannot give that many different ones.
"""

import argparse
import datetime
import glob
import json
import os
import random
import re
import sys
import urllib.parse

LANGS = ("sq", "ro", "it")
KINDS = ("single", "two", "three", "phrase", "prefix", "entity", "date", "combo")
WORD = re.compile(r"[^\W\d_]+")
LANG_FIELD = re.compile(r'"lang"\s*:\s*"([a-z]+)"')
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
SENTENCE_BREAK = re.compile(r"[.!?;:…\"“”«»()\[\]\n]")


def pick(rng, items):
    return items[int(rng.random() * len(items))]


def sample_articles(corpus, per_lang, rng):
    """Reservoir sample of `per_lang` articles per language; parses only the kept lines."""
    reservoirs = {lang: [] for lang in LANGS}
    seen = {lang: 0 for lang in LANGS}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            match = LANG_FIELD.search(line[:400])
            if not match or match.group(1) not in reservoirs:
                continue
            lang = match.group(1)
            seen[lang] += 1
            kept = reservoirs[lang]
            if len(kept) < per_lang:
                kept.append(line)
            else:
                j = int(rng.random() * seen[lang])
                if j < per_lang:
                    kept[j] = line
    return {lang: [json.loads(line) for line in lines] for lang, lines in reservoirs.items()}


class Article:
    def __init__(self, record):
        self.text = (record.get("title") or "") + "\n" + (record.get("text") or "")
        self.tokens = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(self.text)]
        self.date = (record.get("date") or "")[:10]
        self.entities = []  # (param, surface)


def load_entities(directory):
    """(surface words tuple) -> list of (param, surface), per language."""
    names = {lang: {} for lang in LANGS}
    for path in sorted(glob.glob(os.path.join(directory, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("remove"):
                    continue
                param = "place" if record.get("type") == "place" else "actor"
                all_names = record.get("names", {})
                for lang in LANGS:
                    surfaces = {all_names.get(lang, ""), all_names.get("en", "")}
                    surfaces.update(record.get("aliases", []))
                    surfaces.update(record.get("aliases_by_lang", {}).get(lang, []))
                    for surface in sorted(surfaces):
                        words = tuple(WORD.findall(surface))
                        if not words or (len(words) == 1 and len(words[0]) < 4):
                            continue
                        entry = (param, surface)
                        bucket = names[lang].setdefault(words, [])
                        if entry not in bucket:
                            bucket.append(entry)
    return names


def find_entities(article, names):
    words = [token[0] for token in article.tokens]
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            key = tuple(words[i : i + n])
            if len(key) == n and key in names:
                article.entities.extend(names[key])
                break


def content_words(article, common):
    return [t for t in article.tokens if len(t[0]) >= 4 and t[0].lower() not in common]


def date_range(rng, article):
    """(from, to) around the article's date, or None."""
    anchor = article.date
    if len(anchor) < 4:
        years = YEAR.findall(article.text)
        if not years:
            return None
        anchor = pick(rng, years)
    year = int(anchor[:4])
    month = int(anchor[5:7]) if len(anchor) >= 7 else 1 + int(rng.random() * 12)
    day = int(anchor[8:10]) if len(anchor) >= 10 else 1 + int(rng.random() * 28)
    shape = rng.random()
    if shape < 0.2:
        return f"{year}", f"{year}"
    if shape < 0.6:
        return f"{year}-{month:02d}", f"{year}-{month:02d}"
    if shape < 0.8:
        return f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-{day:02d}"
    start = datetime.date(year, month, min(day, 28))
    end = start + datetime.timedelta(days=7 + int(rng.random() * 84))
    return start.isoformat(), end.isoformat()


def make_query(kind, rng, article, common):
    """Params for one query of `kind` from `article`, or None when it cannot give one."""
    words = content_words(article, common)
    if kind == "single":
        return {"q": pick(rng, words)[0]} if words else None
    if kind in ("two", "three"):
        k = 2 if kind == "two" else 3
        if len(words) < k:
            return None
        start = int(rng.random() * len(words))
        first = words[start]
        window = [w for w in words if first[1] <= w[1] < first[1] + 300]  # about 40 words of text
        chosen = []
        for w in window:
            if w[0].lower() not in {c.lower() for c in chosen}:
                chosen.append(w[0])
        if len(chosen) < k:
            return None
        picked = sorted(rng.sample(range(len(chosen)), k))
        return {"q": " ".join(chosen[i] for i in picked)}
    if kind == "phrase":
        tokens = article.tokens
        if len(tokens) < 3:
            return None
        n = 2 + int(rng.random() * 2)
        i = int(rng.random() * (len(tokens) - n + 1))
        run = tokens[i : i + n]
        for a, b in zip(run, run[1:]):
            if SENTENCE_BREAK.search(article.text[a[2] : b[1]]) or article.text[a[2] : b[1]].strip(" ,-–'’"):
                return None
        if all(len(t[0]) < 4 for t in run):
            return None
        return {"q": '"' + " ".join(t[0] for t in run) + '"'}
    if kind == "prefix":
        long_words = [w for w in words if len(w[0]) >= 6]
        if not long_words:
            return None
        word = pick(rng, long_words)[0].lower()
        return {"q": word[: 4 + int(rng.random() * 2)] + "*"}
    if kind == "entity":
        if not article.entities:
            return None
        param, surface = pick(rng, article.entities)
        return {param: surface}
    if kind == "date":
        dates = date_range(rng, article)
        return {"from": dates[0], "to": dates[1]} if dates else None
    if kind == "combo":
        if not article.entities or not words:
            return None
        anchor = article.date
        if len(anchor) < 4:
            years = YEAR.findall(article.text)
            if not years:
                return None
            span = (pick(rng, years),) * 2
        else:
            span = (anchor[:7],) * 2
        param, surface = pick(rng, article.entities)
        return {"q": pick(rng, words)[0], param: surface, "from": span[0], "to": span[1]}
    raise ValueError(kind)


def api_path(params):
    return "/api/search?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--per-kind", type=int, default=300)
    parser.add_argument("--sample", type=int, default=3000, help="articles sampled per language")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--entities", default=os.path.join(here, "..", "data", "entities"))
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    kinds = args.kinds.split(",")

    rng = random.Random(args.seed)
    sampled = sample_articles(args.corpus, args.sample, rng)
    names = load_entities(args.entities)
    articles = {}
    common = {}
    for lang in LANGS:
        articles[lang] = [Article(record) for record in sampled[lang]]
        df = {}
        for article in articles[lang]:
            for word in {t[0].lower() for t in article.tokens}:
                df[word] = df.get(word, 0) + 1
        limit = max(2, len(articles[lang]) // 10)
        common[lang] = {w for w, n in df.items() if n > limit}
        for article in articles[lang]:
            find_entities(article, names[lang])

    langs = [lang for lang in LANGS if articles[lang]]
    written = 0
    with open(args.out + ".part", "w", encoding="utf-8") as out:
        for kind in kinds:
            seen = set()
            made = {lang: 0 for lang in langs}
            for n in range(args.per_kind):
                lang = langs[n % len(langs)]
                params = None
                for attempt in range(200):
                    candidate = make_query(kind, rng, pick(rng, articles[lang]), common[lang])
                    if candidate is None:
                        continue
                    candidate["lang"] = lang
                    params = candidate
                    key = json.dumps(candidate, sort_keys=True)
                    if key not in seen:
                        seen.add(key)
                        break
                if params is None:
                    continue
                made[lang] += 1
                record = {"kind": kind, "lang": lang, "path": api_path(params), "params": params}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
            print(f"gen_queries: {kind}: " + ", ".join(f"{l} {made[l]}" for l in langs), file=sys.stderr)
    os.replace(args.out + ".part", args.out)
    print(f"gen_queries: {written} queries -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
