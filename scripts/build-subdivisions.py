#!/usr/bin/env python3
"""Build data/entities/places_subdivisions.jsonl: the regions, provinces and
counties of ISO 3166-2 that the rest of the place base lacks.

Usage (from the repository root; Debian package iso-codes):

    python3 scripts/build-subdivisions.py /usr/share/iso-codes/json/iso_3166-2.json \
        ../shared/corpus/news data/entities/places_subdivisions.jsonl

Why: the GeoNames table behind places.jsonl lists cities that have a translated
name, so it misses most provinces and many towns news write about (Arezzo,
Lucca, Fukushima, Maastricht's Limburg). ISO 3166-2 (Debian iso-codes, data
LGPL-2.1+) names every first- and second-level subdivision of every country, in
its own language; that name serves every language here (see main()).

What a record becomes:
  * An Italian province named after its town (every province but those whose
    name joins two towns or names an area: "Monza e Brianza", "Forlì-Cesena",
    "Sud Sardegna") is a **city**: news name the town far more than the
    province, and "provincia di Arezzo" still reads as the place.
  * Everything else is a **region** of its country.
Left out: names already in any other file of data/entities (as a name or an
alias, folded), names that are ordinary words (build-places.py's STOP_WORDS and
GENERIC below), names of three letters or fewer, names with digits, names the
data writes inverted ("Madrid, Comunidad de"), subdivisions of countries
outside EUROPE_AND_NEWS (their subdivisions are rarely news in sq/ro/it
text, and their names, often ordinary words of other languages, would mostly
add false matches), municipalities, parishes and boroughs (SKIP_TYPE: Malta's
"Luqa" and "Fontana", Slovenia's "Kanal" and "Grad" are words and surnames of
our languages far more often than places), and, read off the news in
../shared/corpus/news (folded, as the matcher compares):
  * names written in lower case at least WORD_MIN times ("rapina" is
    Räpina, Estonia; "para" is Pará, Brazil; "anija" is Anija, Estonia);
  * names that, written with a capital inside a sentence, stand next to
    another capitalised word more often than not: given names and surnames
    ("Paola", "Mila"), which news write beside the rest of the name.

A subdivision the base names with a region word ("Canton of Vaud", "Sivas
Province", "Prefettura di Shiga") is written out as that record (same id, so
it replaces it when the base loads, this file being read after the others)
with the short name ("Vaud") as one more alias.

Small places: every new record matches only as written ("match": "exact"), as the
bulk gazetteer's small places do: "Asti" is no form of "Asta".

Standard library only; the output is deterministic (sorted by id).
"""

import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("build_places", os.path.join(HERE, "build-places.py"))
bp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bp)
bp.parse_embedded()

OUT_NAME = "places_subdivisions.jsonl"

# Countries whose subdivisions news in our three languages write about: Europe,
# its neighbours, and the big countries whose states and provinces are in world
# news (US states, Chinese and Japanese provinces, Russian oblasts).
EUROPE_AND_NEWS = set("""
AD AL AT BA BG CH CY DK FI FR GB HU IE IS IT LI LU MC MD ME MK MT NL NO PT RO
RS SI SM TR XK US CA MX BR AR JP IN PK SY IL PS LB JO EG LY TN DZ MA AU
""".split())
# Left out although in the news: countries whose ISO names are transliterated
# local forms that news in our languages do not write, and that the base has
# in their usual form already (Russia's "Kurskaja oblast'" is the base's
# Kursk Oblast, Ukraine's "Zaporizka oblast", Croatia's "Zadarska županija",
# Sweden's län, Estonia's maakond, Latvia, Lithuania, Belarus, Georgia,
# Armenia, Azerbaijan, China's "Xinjiang Uygur Zizhiqu", Korea, Iran, Iraq),
# or in the form of their own language where the base has the English one
# (Spain's "Catalunya", "Andalucía", Greece's "Peloponnisos", Germany's
# "Hessen", Belgium's "Antwerpen", Poland's "Pomorskie", Czechia's and
# Slovakia's "… kraj"): their records would be second copies under other names.

# Types that are no area of their own ("Capital city" of a country is the
# city, already in the base) or too small to be news outside their country.
SKIP_TYPE = re.compile(r"capital city|quarter|city corporation|municipality|local council|council area|parish|commune|rayon|"
                       r"borough|metropolitan district|unitary authority|^district$|"
                       # France's regions and overseas lands: in the base under their usual names.
                       r"metropolitan region|overseas|dependency", re.I)
# Countries whose districts are regions news name (Bulgaria's oblasts,
# Portugal's districts, Israel's, Cyprus's); elsewhere a district is small.
DISTRICT_COUNTRIES = {"BG", "PT", "IL", "CY", "RS"}
# Folded lower-case uses in the news from which a name is a word.
WORD_MIN = 3

# Subdivision names that are generic words in some language of the data.
GENERIC = {
    "centre", "center", "central", "centrale", "centro", "capital", "nord", "sud", "est",
    "ouest", "north", "south", "east", "west", "norte", "sur", "oeste", "este", "midi",
    "island", "islands", "city", "district", "region", "mountain", "valley", "lakes",
    "coast", "river", "border", "frontier", "eastern", "western", "northern", "southern",
    "interior", "litoral", "mare", "lake", "upper", "lower", "grand", "capitale",
    "alba", "olt", "arad",
}

# Italian provinces whose name is no single town.
IT_AREA_PROVINCES = {"IT-MB", "IT-FC", "IT-PU", "IT-MS", "IT-BT", "IT-VB", "IT-SU", "IT-CI",
                     "IT-OG", "IT-VS", "IT-OT", "IT-BZ", "IT-TN", "IT-AO"}


def split_name(raw):
    """'Girona [Gerona]' -> ('Girona', ['Gerona']); 'Sofia (stolitsa)' -> ('Sofia', [])."""
    aliases = []
    for inner in re.findall(r"\[([^\]]*)\]", raw):
        inner = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", inner).strip()
        if inner:
            aliases.append(inner)
    name = re.sub(r"\s*\[[^\]]*\]", "", raw)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = name.replace("*", "")
    return bp.clean(name), [bp.clean(a) for a in aliases]


def acceptable(name):
    if not bp.usable(name) or re.search(r"[0-9,;/]", name):
        return False
    if bp.letters(name) <= 3:
        return False
    return bp.fold(name) not in GENERIC


def read_news(news_dir):
    """Folded lower-case word counts, and for capitalised words inside a
    sentence: how often they stand, and how often beside another capitalised word."""
    lower, alone, paired = collections.Counter(), collections.Counter(), collections.Counter()
    word = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
    for root, _, files in sorted(os.walk(news_dir)):
        for fn in sorted(files):
            if not fn.endswith(".jsonl"):
                continue
            with open(os.path.join(root, fn), encoding="utf-8") as f:
                for line in f:
                    try:
                        text = json.loads(line).get("text") or ""
                    except ValueError:
                        continue
                    for sentence in re.split(r"[.!?:;\n\"«»“”„]+", text):
                        words = word.findall(sentence)
                        for i, w in enumerate(words):
                            if w[0].islower():
                                lower[bp.fold(w)] += 1
                            elif i > 0:
                                beside = (words[i - 1][0].isupper() and i > 1) or \
                                    (i + 1 < len(words) and words[i + 1][0].isupper())
                                (paired if beside else alone)[bp.fold(w)] += 1
    return lower, alone, paired


# Words with which the other tables name a region ("Canton of Vaud", "Sivas
# Province", "Prefettura di Shiga", "Regiunea Midtjylland"), folded. A
# subdivision named as such a name without them is that record, which gets
# the short name as an alias instead of a second record.
REGION_PREFIXES = ("canton of ", "canton ", "cantone ", "cantonul ", "kantoni ", "provincia di ", "provincia ",
                   "provinca ", "prefectura ", "prefettura di ", "regiunea ", "regione di ", "regione ",
                   "judetul ", "governatorato di ", "guvernoratul ", "region ", "state of ", "free state of ",
                   "principality of ")
REGION_SUFFIXES = (" province", " prefecture", " county", " governorate", " voivodship", " region", " ken",
                   " sar china", " canton")


def region_core(folded):
    """'canton of vaud' -> 'vaud'; '' when the name has no region word."""
    for p in REGION_PREFIXES:
        if folded.startswith(p):
            return folded[len(p):]
    for x in REGION_SUFFIXES:
        if folded.endswith(x):
            return folded[:-len(x)]
    return ""


def known_names(entities_dir):
    known, ids = set(), set()
    cores = collections.defaultdict(set)  # region_core(name) -> ids
    records = {}
    for fn in sorted(os.listdir(entities_dir)):
        if not fn.endswith(".jsonl") or fn == OUT_NAME:
            continue
        with open(os.path.join(entities_dir, fn), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line, object_pairs_hook=collections.OrderedDict)
                ids.add(r["id"])
                records[r["id"]] = r
                for n in list(r.get("names", {}).values()) + list(r.get("aliases", [])):
                    known.add(bp.fold(n))
                    if r.get("type") == "place" and region_core(bp.fold(n)):
                        cores[region_core(bp.fold(n))].add(r["id"])
                for group in r.get("aliases_by_lang", {}).values():
                    known.update(bp.fold(a) for a in group)
    return known, ids, cores, records


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    json_path, news_dir, out_path = argv[1:]
    lower, alone, paired = read_news(news_dir)
    entities_dir = os.path.dirname(os.path.abspath(out_path))
    known, ids, cores, existing = known_names(entities_dir)
    place_names = collections.defaultdict(set)  # country -> folded names of its places
    for r in existing.values():
        if r.get("type") == "place":
            for n in list(r.get("names", {}).values()) + list(r.get("aliases", [])):
                place_names[r.get("country", "")].add(bp.fold(n))
    with open(json_path, encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]

    records, skipped = {}, collections.Counter()
    for s in subdivisions:
        code, country = s["code"], s["code"][:2]
        if country not in EUROPE_AND_NEWS:
            skipped["country outside the list"] += 1
            continue
        district = s["type"] == "District" and country in DISTRICT_COUNTRIES
        if SKIP_TYPE.search(s["type"]) and not district:
            skipped["type " + s["type"]] += 1
            continue
        name, aliases = split_name(s["name"])
        if not acceptable(name):
            skipped["name not usable"] += 1
            continue
        # One name in every language: the ISO (local) one. The Italian
        # translations of iso-codes are exonyms that are other things too
        # ("Savoia" the royal house, "Rodano" a town, "Medea", "Sirte",
        # "Regione del Sud"), and the few Romanian ones are mostly the same
        # as the local name.
        names = {lang: name for lang in bp.LANGS}
        all_names = set(names.values()) | set(a for a in aliases if acceptable(a))
        if any(bp.fold(n) in known for n in all_names):
            skipped["already in the base"] += 1
            continue
        folds = {bp.fold(n) for n in all_names}
        if any(lower[n] >= WORD_MIN for n in folds):
            skipped["a word in the news"] += 1
            print("  word: " + name, file=sys.stderr)
            continue
        if any(paired[n] > alone[n] for n in folds):
            skipped["a person's name in the news"] += 1
            print("  name: " + name, file=sys.stderr)
            continue
        # "Coahuila de Zaragoza", "Casablanca-Settat", "Forlì-Cesena": named
        # after a place the base has; most mentions mean that place.
        first_word = re.split(r"[ \-]", bp.fold(name))[0]
        if first_word != bp.fold(name) and len(first_word) >= 4 and first_word in place_names.get(country, set()):
            skipped["named after a place of the base"] += 1
            continue
        owners = {rid for n in all_names for rid in cores.get(bp.fold(n), set())
                  if existing[rid].get("country") == country}
        if len(owners) == 1:
            # "Vaud" is the base's "Canton of Vaud": its record, with the short name.
            rid = owners.pop()
            rec = records.get(rid) or collections.OrderedDict(existing[rid])
            rec["aliases"] = list(rec.get("aliases", [])) + [name]
            records[rid] = rec
            known.add(bp.fold(name))
            skipped["the short name of a region in the base"] += 1
            continue
        kind = "region"
        if country == "IT" and code not in IT_AREA_PROVINCES and "-" not in name and " e " not in name \
                and not re.fullmatch(r"IT-\d+", code):
            kind = "city"
        rid = bp.slug(name)
        if rid in ids or rid in records:
            rid = "%s-%s" % (rid, country.lower())
        if rid in ids or rid in records:
            rid = bp.slug(code)
        rec = collections.OrderedDict()
        rec["id"] = rid
        rec["type"] = "place"
        rec["kind"] = kind
        rec["names"] = {lang: names[lang] for lang in bp.LANGS}
        rec["aliases"] = sorted(a for a in aliases if acceptable(a) and a not in names.values())
        rec["country"] = country
        rec["match"] = "exact"
        records[rid] = rec
        for n in all_names:
            known.add(bp.fold(n))

    with open(out_path, "w", encoding="utf-8") as f:
        for rid in sorted(records):
            f.write(json.dumps(records[rid], ensure_ascii=False, separators=(",", ":")) + "\n")
    kinds = collections.Counter(r["kind"] for r in records.values())
    print("%s: %d records (%s)" % (out_path, len(records), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    for why, n in sorted(skipped.items()):
        print("  skipped, %s: %d" % (why, n))


if __name__ == "__main__":
    main(sys.argv)
