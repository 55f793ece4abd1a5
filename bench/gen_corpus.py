#!/usr/bin/env python3
"""Benchmark corpus from the real news in ../shared/corpus/news (stdlib only).

  gen_corpus.py --real      --out FILE     the real articles as they are
  gen_corpus.py --scale N   --out FILE     N articles recombined from real sentences

Output: JSON Lines that kronika-indexer reads (id, lang, title, date, source,
text). Only records with a `text` are used; ro_clarstiri_headlines has none
and is skipped. HTML text (sq_lajmi_sample) is turned into plain text here, so
every engine of the benchmark indexes the same characters. Ids that occur
twice (the 30 original DICE articles) are kept once, first file wins.

--scale N: article i takes the shape of a real article drawn at random (its
language, source and number of sentences per paragraph) and fills it with
real sentences of the same language drawn at random; the title is a real
title of that language (a short real sentence for Italian, whose corpus has
almost no titles). Ids are fresh ("g<seed>-<i>"); publication dates rise
steadily from 2015-01-01 to 2026-12-31 in output order, like a news feed.
Sentences holding MOROCO's "$NE$" placeholders are left out of the pools.
Same corpus + same seed + same N = same bytes. The output is written as it
is made (memory holds only the sentence pools, about 3x the real text).
Nothing generated belongs in the repository: write it outside (/work/benchdata).
"""

import argparse
import datetime
import html.parser
import json
import os
import random
import re
import sys
import time

SKIP_FOLDERS = {"ro_clarstiri_headlines"}  # headlines only, no text
SCALE_FIRST_DAY = datetime.date(2015, 1, 1)
SCALE_LAST_DAY = datetime.date(2026, 12, 31)

_BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}


class _TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup):
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def looks_like_html(text):
    return re.search(r"</?(p|br|div|span|a|strong|em)\b", text) is not None


def real_articles(news_dir):
    """Yields the real articles with text, in a fixed order, ids unique."""
    seen = set()
    for folder in sorted(os.listdir(news_dir)):
        if folder in SKIP_FOLDERS or not os.path.isdir(os.path.join(news_dir, folder)):
            continue
        for name in sorted(os.listdir(os.path.join(news_dir, folder))):
            if not name.endswith(".jsonl"):
                continue
            with open(os.path.join(news_dir, folder, name), encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    text = record.get("text")
                    if not text or not record.get("id") or record["id"] in seen:
                        continue
                    if looks_like_html(text):
                        text = html_to_text(text)
                        if not text:
                            continue
                    seen.add(record["id"])
                    out = {"id": record["id"], "lang": record.get("lang", "")}
                    for key in ("title", "date", "source", "url"):
                        if record.get(key):
                            out[key] = record[key]
                    out["text"] = text
                    yield out


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def split_sentences(paragraph):
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def paragraphs_of(text):
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def write_line(out, record):
    out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def pick(rng, items):
    # int(random() * n) rather than choice(): stable across Python versions.
    return items[int(rng.random() * len(items))]


def generate_real(news_dir, out):
    count = 0
    for record in real_articles(news_dir):
        write_line(out, record)
        count += 1
    return count


def generate_scaled(news_dir, out, n, seed, progress):
    sentences = {}  # lang -> [sentence]
    titles = {}  # lang -> [title]
    shapes = []  # (lang, source, [sentences per paragraph])
    for record in real_articles(news_dir):
        lang = record["lang"]
        pool = sentences.setdefault(lang, [])
        counts = []
        for paragraph in paragraphs_of(record["text"]):
            parts = split_sentences(paragraph)
            counts.append(len(parts))
            pool.extend(s for s in parts if len(s) >= 20 and "$NE$" not in s)
        if record.get("title") and "$NE$" not in record["title"]:
            titles.setdefault(lang, []).append(record["title"])
        shapes.append((lang, record.get("source", ""), counts))
    for lang, pool in sentences.items():
        if len(titles.get(lang, [])) < 200:  # Italian: 30 titles only
            titles[lang] = [s for s in pool if len(s) <= 120] or pool
    rng = random.Random(seed)
    days = (SCALE_LAST_DAY - SCALE_FIRST_DAY).days + 1
    started = time.monotonic()
    for i in range(n):
        lang, source, counts = pick(rng, shapes)
        pool = sentences[lang]
        paragraphs = [" ".join(pick(rng, pool) for _ in range(k)) for k in counts]
        day = SCALE_FIRST_DAY + datetime.timedelta(days=min(days - 1, int((i + rng.random()) * days / n)))
        record = {"id": f"g{seed}-{i:07d}", "lang": lang, "title": pick(rng, titles[lang]), "date": day.isoformat()}
        if source:
            record["source"] = source
        record["text"] = "\n\n".join(p for p in paragraphs if p)
        write_line(out, record)
        if progress and (i + 1) % 100000 == 0:
            rate = (i + 1) / (time.monotonic() - started)
            print(f"gen_corpus: {i + 1:,} articles, {rate:,.0f}/s", file=sys.stderr)
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--real", action="store_true", help="the real articles with text, as they are")
    mode.add_argument("--scale", type=int, metavar="N", help="N articles recombined from real sentences")
    parser.add_argument("--out", required=True, help="output .jsonl (write it outside the repository)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--news",
        default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "news"),
        help="folder of the real news (default ../shared/corpus/news beside the repository)",
    )
    args = parser.parse_args()
    if args.scale is not None and args.scale < 1:
        parser.error("--scale needs N >= 1")

    tmp = args.out + ".part"
    started = time.monotonic()
    with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as out:
        if args.real:
            count = generate_real(args.news, out)
        else:
            count = generate_scaled(args.news, out, args.scale, args.seed, progress=True)
    os.replace(tmp, args.out)
    size = os.path.getsize(args.out)
    print(
        f"gen_corpus: {count:,} articles, {size / 1e6:,.1f} MB -> {args.out} ({time.monotonic() - started:.1f} s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
