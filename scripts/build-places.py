#!/usr/bin/env python3
"""Build data/entities/places.jsonl (the generated half of Kronika's place base).

Usage (from the repository root):

    python3 scripts/build-places.py ../shared/eval/gazetteer data/entities/places.jsonl

Inputs (all in the gazetteer directory; see each file's header for its licence):
  country_names_sq_ro_it_en.tsv                 CLDR 48 (Unicode-3.0), i18n-iso-countries
                                                (MIT), Debian iso-codes (LGPL-2.1+)
  tz_exemplar_cities_cldr48.tsv                 CLDR 48 time-zone exemplar cities
  geonames_city_names_libgeonames_sq_ro_it.tsv  GeoNames (CC-BY-4.0) via libgeonames

The GeoNames table carries no English name and no country.  Both come from the
GEONAMES_EN block at the end of this file: for every key of that table, the English
name (the package's own `en` translation), and for numeric ids the ISO country code
and population in thousands, taken from the same Debian package (libgeonames0 /
libgeonames-common 0.3.0, GeoNames data, CC-BY-4.0).  TZ_COUNTRY maps each tz id of
the CLDR table to its country (tzdata zone.tab).  Keys missing from those blocks fall
back to the rules of the brief (most frequent Latin name; country unknown).

If places_curated.jsonl sits beside the output file, it is read too: generated records
describing a curated place under another id are dropped, and names owned by curated
records are not repeated as aliases of generated ones.  (The loader reads
places_curated.jsonl after places.jsonl; a curated record with the same id replaces
the generated one.)

Standard library only; the output is deterministic (sorted by id).
"""

import collections
import json
import os
import re
import sys
import unicodedata

LANGS = ("en", "sq", "ro", "it")

# --------------------------------------------------------------------------------------
# Text helpers

_SPECIAL = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-",
})


def fold(s):
    """Case- and diacritic-insensitive comparison key."""
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def slug(s):
    s = fold(s).replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def clean(s):
    """Normalise spacing and a few typographic variants, keep the spelling."""
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00a0", " ").replace(" - ", "-")
    # Romanian: s/t with cedilla are the legacy forms of s/t with comma below.
    s = s.translate(str.maketrans("şŞţŢ", "șȘțȚ")) if _looks_romanian(s) else s
    return re.sub(r"\s+", " ", s).strip()


def _looks_romanian(s):
    # Only Romanian uses t-cedilla; s-cedilla alone is also Turkish/Albanian-ish data.
    return "ţ" in s or "Ţ" in s or "ă" in s or "â" in s or "î" in s or "ș" in s or "ț" in s


def is_latin(s):
    for c in s:
        if unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lo"):
            if not unicodedata.name(c, "").startswith("LATIN"):
                return False
    return True


def letters(s):
    return sum(1 for c in s if c.isalnum())


# --------------------------------------------------------------------------------------
# Hand-made judgement tables

# English display names for countries where CLDR's form is not what news use.
EN_COUNTRY = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "MM": "Myanmar", "PS": "Palestine", "HK": "Hong Kong", "MO": "Macau",
    "TR": "Turkey", "CZ": "Czech Republic", "CI": "Ivory Coast",
    "BA": "Bosnia and Herzegovina", "VA": "Vatican City", "TL": "East Timor",
    "FM": "Micronesia", "UM": "United States Minor Outlying Islands",
    "VI": "United States Virgin Islands", "SZ": "Eswatini", "CV": "Cape Verde",
}

# Albanian display names: news use the definite form (Rusia, Shqipëria, Italia).
SQ_COUNTRY = {
    "AL": "Shqipëria", "XK": "Kosova", "RS": "Serbia", "MK": "Maqedonia e Veriut",
    "ME": "Mali i Zi", "GR": "Greqia", "IT": "Italia", "DE": "Gjermania",
    "FR": "Franca", "GB": "Mbretëria e Bashkuar", "US": "SHBA", "RU": "Rusia",
    "UA": "Ukraina", "TR": "Turqia", "CN": "Kina", "JP": "Japonia",
    "KP": "Koreja e Veriut", "KR": "Koreja e Jugut", "IR": "Irani", "IQ": "Iraku",
    "IL": "Izraeli", "PS": "Palestina", "SY": "Siria", "LB": "Libani",
    "JO": "Jordania", "EG": "Egjipti", "SA": "Arabia Saudite", "QA": "Katari",
    "KW": "Kuvajti", "YE": "Jemeni", "AF": "Afganistani", "PK": "Pakistani",
    "IN": "India", "BA": "Bosnja dhe Hercegovina", "HR": "Kroacia",
    "SI": "Sllovenia", "BG": "Bullgaria", "RO": "Rumania", "MD": "Moldavia",
    "HU": "Hungaria", "AT": "Austria", "CH": "Zvicra", "ES": "Spanja",
    "PT": "Portugalia", "NL": "Holanda", "BE": "Belgjika", "LU": "Luksemburgu",
    "PL": "Polonia", "CZ": "Çekia", "SK": "Sllovakia", "BY": "Bjellorusia",
    "LT": "Lituania", "LV": "Letonia", "EE": "Estonia", "FI": "Finlanda",
    "SE": "Suedia", "NO": "Norvegjia", "DK": "Danimarka", "IS": "Islanda",
    "IE": "Irlanda", "CY": "Qiproja", "MT": "Malta", "GE": "Gjeorgjia",
    "AM": "Armenia", "AZ": "Azerbajxhani", "KZ": "Kazakistani",
    "UZ": "Uzbekistani", "TM": "Turkmenistani", "TJ": "Taxhikistani",
    "KG": "Kirgizia", "MN": "Mongolia", "VN": "Vietnami", "TH": "Tajlanda",
    "MY": "Malajzia", "ID": "Indonezia", "PH": "Filipinet", "AU": "Australia",
    "NZ": "Zelanda e Re", "CA": "Kanadaja", "MX": "Meksika", "BR": "Brazili",
    "AR": "Argjentina", "CL": "Kili", "CO": "Kolumbia", "VE": "Venezuela",
    "CU": "Kuba", "PE": "Peruja", "ZA": "Afrika e Jugut", "NG": "Nigeria",
    "ET": "Etiopia", "SD": "Sudani", "LY": "Libia", "TN": "Tunizia",
    "DZ": "Algjeria", "MA": "Maroku", "SO": "Somalia", "KE": "Kenia",
    "VA": "Vatikani", "LI": "Lihtenshtajni", "AD": "Andorra", "TW": "Tajvani",
    "HK": "Hong Kongu", "MO": "Makao", "TZ": "Tanzania", "BD": "Bangladeshi",
    "NP": "Nepali", "MM": "Mianmari", "KH": "Kamboxhia", "LA": "Laosi",
    "SG": "Singapori", "BH": "Bahrejni", "OM": "Omani", "CM": "Kameruni",
    "RW": "Ruanda", "UG": "Uganda", "GH": "Gana", "SN": "Senegali",
    "NE": "Niger", "CI": "Bregu i Fildishtë", "GL": "Grënlanda",
    "EC": "Ekuadori", "BO": "Bolivia", "JM": "Xhamajka", "PA": "Panamaja",
    "ER": "Eritrea", "CD": "Republika Demokratike e Kongos",
    "CG": "Republika e Kongos", "SM": "San Marino", "MC": "Monako",
    "AE": "Emiratet e Bashkuara Arabe", "SS": "Sudani i Jugut",
    "GT": "Guatemala", "HT": "Haiti", "DO": "Republika Dominikane", "SV": "El Salvador",
}

RO_COUNTRY = {
    "CD": "Republica Democratică Congo", "CG": "Republica Congo",
    "HK": "Hong Kong", "MO": "Macao", "PS": "Palestina", "VA": "Vatican",
    "MM": "Myanmar", "US": "Statele Unite", "NL": "Olanda",
    "MD": "Republica Moldova",
}

IT_COUNTRY = {
    "CD": "Repubblica Democratica del Congo", "CG": "Repubblica del Congo",
    "HK": "Hong Kong", "MO": "Macao", "PS": "Palestina", "MM": "Myanmar",
    "CZ": "Repubblica Ceca", "TL": "Timor Est",
}

# Abbreviations and news forms the tables lack.  Two-letter forms listed here are
# the only two-letter names kept anywhere.
COUNTRY_EXTRA = {
    "US": ["USA", "US", "SHBA", "SUA", "Stati Uniti", "Shtetet e Bashkuara",
           "Statele Unite", "U.S.", "S.U.A."],
    "GB": ["UK", "Mbretëria e Bashkuar", "Regatul Unit", "Regno Unito",
           "Marea Britanie", "Gran Bretagna", "Britania e Madhe", "Great Britain",
           "Britain", "Britania"],
    "RU": ["Federata Ruse", "Federația Rusă", "Federazione Russa",
           "Russian Federation"],
    "DE": ["Republika Federale e Gjermanisë", "Republica Federală Germania",
           "Repubblica Federale di Germania"],
    "CN": ["Republika Popullore e Kinës", "Republica Populară Chineză",
           "Repubblica Popolare Cinese", "RPC"],
    "KP": ["DPRK", "RPDC", "KDPR", "Korea e Veriut",
           "Republica Populară Democrată Coreeană"],
    "KR": ["Korea e Jugut", "Republica Coreea"],
    "AE": ["UAE", "EAU", "EBA", "Emiratet"],
    "NL": ["Olanda", "Holland"],
    "MK": ["Maqedonia", "Macedonia de Nord", "Macedonia del Nord", "Republika e Maqedonisë së Veriut"],
    "BA": ["Bosnja", "Bosnia-Herțegovina", "Bosnia-Erzegovina", "BeH", "BiH"],
    "CZ": ["Czechia", "Cehia", "Çekia"],
    "XK": ["Kosova", "Republika e Kosovës", "Republic of Kosovo"],
    "AL": ["Republika e Shqipërisë", "Republic of Albania"],
    "CD": ["DRC", "RDC", "RDK"],
    "VA": ["Vatican", "Vaticano"],
    "PS": ["Palestinë", "Palestina"],
    "TR": ["Türkiye", "Turqi"],
    "MD": ["Moldova", "Republika e Moldavisë"],
    "SA": ["Saudi Arabia", "Arabia Saudită"],
    "IR": ["Persia"],
    "MM": ["Burma"],
}

# Bracketed parts of country-table names that are names of their own.
VARIANT_INNER = {"RDK", "RDC", "DRC", "Malvine", "Malvinas", "Islas Malvinas", "Isole Malvine",
                 "Insulele Malvine", "Burmë", "Burma", "Birmania", "Aotearoa",
                 "Qytet-shteti i Vatikanit", "Stato della Città del Vaticano",
                 "Vatican City State"}

# Names the tables give a country that belong elsewhere: a wrong country (Romanian
# "Republica Nigeria" for Niger) or the Holy See, which is an organisation in
# organisations.jsonl, not the Vatican City territory.
BAD_NAMES = {
    "NE": {"Republica Nigeria"},
    "VA": {"Holy See", "Selia e Shenjtë", "Santa Sede", "Sfântul Scaun"},
}

# Alias owners where two countries carry the same alias in the tables.
ALIAS_OWNER = {"congo": "CD", "kongo": "CD", "guinea": "GN", "guine": "GN",
               "nigeri": "NG", "samoa": "WS", "macedonia": "MK",
               "virgin islands": "VI", "insulele virgine": "VI", "isole vergini": "VI",
               "shen martin": "MF", "sfantul martin": "MF"}

# Cities that are also the whole country: merged into the country record.
CITY_STATES = {"SG", "MC", "VA", "HK", "MO", "GI"}

# tz rows whose exemplar "city" names a country or territory of the country table.
TZ_AS_COUNTRY = {
    "Atlantic/Faeroe": "FO", "Atlantic/Cape_Verde": "CV", "America/Cayman": "KY",
    "Indian/Chagos": "IO", "Indian/Christmas": "CX", "Indian/Cocos": "CC",
    "Pacific/Norfolk": "NF", "Pacific/Pitcairn": "PN", "Pacific/Wallis": "WF",
    "Atlantic/South_Georgia": "GS", "Atlantic/St_Helena": "SH",
    "America/St_Barthelemy": "BL", "America/St_Kitts": "KN", "America/St_Lucia": "LC",
    "America/St_Vincent": "VC", "Indian/Comoro": "KM", "Indian/Maldives": "MV",
    "Indian/Mayotte": "YT", "Indian/Reunion": "RE", "Pacific/Fiji": "FJ",
    "America/El_Salvador": "SV", "Atlantic/Bermuda": "BM", "Asia/Bahrain": "BH",
    "Asia/Qatar": "QA", "Asia/Kuwait": "KW", "Asia/Singapore": "SG",
    "Asia/Macau": "MO", "Asia/Hong_Kong": "HK", "Europe/Monaco": "MC",
    "Europe/Malta": "MT", "Europe/Andorra": "AD", "Europe/Gibraltar": "GI",
    "Europe/Luxembourg": "LU", "Europe/San_Marino": "SM", "Europe/Vatican": "VA",
    "Europe/Isle_of_Man": "IM", "Europe/Guernsey": "GG", "Europe/Jersey": "JE",
    "America/Puerto_Rico": "PR", "America/Costa_Rica": "CR", "America/Jamaica": "JM",
    "America/Guatemala": "GT", "America/Belize": "BZ", "America/Aruba": "AW",
    "America/Anguilla": "AI", "America/Dominica": "DM", "America/Grenada": "GD",
    "America/Martinique": "MQ", "America/Guadeloupe": "GP", "America/Montserrat": "MS",
    "America/Guyana": "GY", "Africa/Djibouti": "DJ", "America/Curacao": "CW",
}

# tz rows that are not cities: (kind, English display name or None to keep).
TZ_KIND = {
    "Antarctica/Casey": ("site", None), "Antarctica/Davis": ("site", "Davis Station"),
    "Antarctica/DumontDUrville": ("site", None), "Antarctica/Macquarie": ("region", None),
    "Antarctica/Mawson": ("site", None), "Antarctica/McMurdo": ("site", None),
    "Antarctica/Palmer": ("region", None), "Antarctica/Rothera": ("site", None),
    "Antarctica/Syowa": ("site", None), "Antarctica/Troll": ("site", None),
    "Antarctica/Vostok": ("site", None),
    "Atlantic/Canary": ("region", "Canary Islands"), "Atlantic/Azores": ("region", None),
    "Atlantic/Madeira": ("region", None),
    "Pacific/Chatham": ("region", None), "Pacific/Easter": ("region", None),
    "Pacific/Enderbury": ("region", None), "Pacific/Galapagos": ("region", None),
    "Pacific/Marquesas": ("region", None), "Pacific/Kwajalein": ("region", None),
    "Pacific/Midway": ("region", None), "Pacific/Wake": ("region", None),
    "Pacific/Guadalcanal": ("region", None), "Pacific/Bougainville": ("region", None),
    "Pacific/Kosrae": ("region", None), "Pacific/Ponape": ("region", None),
    "Pacific/Truk": ("region", None), "Australia/Lord_Howe": ("region", None),
    "Indian/Kerguelen": ("region", None), "America/St_Thomas": ("region", None),
    "America/Tortola": ("region", None), "America/Grand_Turk": ("region", None),
    "Pacific/Kiritimati": ("region", None),
}

TZ_SKIP = {"Etc/Unknown"}

# Literal translations in the CLDR tz table that read as ordinary phrases
# ("fast current", "frozen bay", "the great Turk"); the English form is used instead.
TZ_BAD_NAMES = {
    "Pasqua", "Pashkë", "Krishtlindje", "Rryma e Shpejtë", "Gjiri i Ngrirë", "Gjiri i Patës",
    "Gryka Inlet", "Turku i Madh",
    "Gjiri i Kembrixhit", "Gjiri i Dousonit", "Qendër, Dakota e Veriut",
}

# Frequent ordinary lowercase words of sq/ro/it that the tables give as place names
# (Italian "sua", Romanian "este", Albanian "viti", "mali", "pune" ...).  Found by
# checking every one-word name against the hunspell sq/ro/it dictionaries, then cut
# by hand to the words frequent enough in news to cause false matches (STOP_WORDS_TEXT
# below).  Effects: never an alias; a sq/ro/it display name that is one is replaced by
# the English name; a generated non-country record whose English name is one and with
# fewer than SMALL_POP inhabitants is dropped.  The abbreviations of COUNTRY_EXTRA are
# kept even when they spell a word (USA, SUA: the matcher must respect their case).
STOP_WORDS = set()  # filled from STOP_WORDS_TEXT below
SMALL_POP = 150000

# Region display names get a suffix when a city of the same country has that name.
REGION_SUFFIX = {"RO": "County", "US": "State", "MD": "District", "MK": "Municipality"}

# GeoNames regions with no name of their own ("Central", "Northern" division).
GENERIC_REGION_NAMES = {"central", "centrale", "northern", "southern", "eastern", "western",
                        "north western", "north eastern", "south western", "south eastern"}

# Admin-region keys of the GeoNames table that are former countries.
FORMER = {"AN", "CS"}


# --------------------------------------------------------------------------------------
# Records

class Place:
    def __init__(self, kind, country, score, origin):
        self.kind = kind
        self.country = country or ""
        self.score = score
        self.origin = origin          # e.g. "country:AL", "gn:3183875", "tz:Europe/Tirane"
        self.display = {}             # lang -> name chosen as display
        self.from_data = set()        # langs whose display came from the tables
        self.cands = []               # (lang, name) every name the tables give, in order
        self.id = ""
        self.aliases = []

    def add(self, lang, name):
        name = clean(name)
        if name and (lang, name) not in self.cands:
            self.cands.append((lang, name))

    def folds(self):
        out = {fold(n) for n in self.display.values()}
        out.update(fold(n) for _, n in self.cands)
        return out


def usable(name, allow_short=(), check_stop=True):
    if not name or not is_latin(name):
        return False
    if letters(name) <= 2 and name not in allow_short:
        return False
    if check_stop and fold(name) in STOP_WORDS:
        return False
    return True


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            cols += [""] * (len(header) - len(cols))
            rows.append(dict(zip(header, cols)))
    return rows


def parse_embedded():
    gn = {}
    for line in GEONAMES_EN.strip().splitlines():
        p = line.split("|")
        gn[p[0]] = (p[1], p[2] if len(p) > 2 else "", int(p[3]) if len(p) > 3 else -1)
    tz = {}
    for line in TZ_COUNTRY.strip().splitlines():
        k, v = line.split()
        tz[k] = v
    for word in STOP_WORDS_TEXT.split():
        STOP_WORDS.add(fold(word))
    return gn, tz


def country_forms(name):
    """Usable forms of a country-table name.

    Inverted index forms ("Korea, Republic of") are dropped: the tables also give the
    natural order.  "Myanmar (Burma)" -> Myanmar, Burma; "Cocos (Keeling) Islands" ->
    Cocos Islands; the bracketed part is kept only when it is a name of its own
    (VARIANT_INNER), not a qualifier like "(Republic)" or "(SUA)".
    """
    if "variant" in name or (", " in name and "(" not in name):
        return []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if not m:
        return [name]
    a, b, c = m.group(1), m.group(2), m.group(3)
    if c:
        return [clean(a + " " + c)]
    out = [a] if ", " not in a else []
    if b in VARIANT_INNER:
        out.append(b)
    return out


# --------------------------------------------------------------------------------------
# Countries

def build_countries(path, gn_rows, gn):
    by_cc = collections.OrderedDict()
    for r in read_tsv(path):
        by_cc.setdefault(r["alpha2"], []).append(r)
    places = {}
    for cc, rows in by_cc.items():
        # prominence: the countries news mention most (those with a hand-made Albanian
        # display form) win shared aliases over the rest
        p = Place("country", cc, 2e13 if cc in SQ_COUNTRY else 1e13, "country:" + cc)
        for r in rows:
            for part in country_forms(clean(r["name"])):
                p.add(r["lang"], part)
        for lang, name in gn_rows.get(cc, []):
            for part in country_forms(name):
                p.add(lang, part)
        if cc in gn:
            for part in country_forms(gn[cc][0]):
                p.add("en", part)
        for name in COUNTRY_EXTRA.get(cc, []):
            p.add("xx", name)
        # display names
        def cldr(lang):
            for r in rows:
                if r["lang"] == lang and r["source"] == "cldr48":
                    forms = country_forms(clean(r["name"]))
                    return forms[0] if forms else clean(r["name"])
            return ""
        en = EN_COUNTRY.get(cc) or cldr("en")
        en = en.replace(" & ", " and ")
        en = re.sub(r"^St\. ", "Saint ", en)
        p.display["en"] = en
        p.add("en", en)
        for lang, table in (("sq", SQ_COUNTRY), ("ro", RO_COUNTRY), ("it", IT_COUNTRY)):
            name = table.get(cc) or cldr(lang)
            if name:
                p.display[lang] = name
                p.from_data.add(lang)
                p.add(lang, name)
        places[cc] = p
    return places


# --------------------------------------------------------------------------------------
# GeoNames cities and regions

def majority_latin(names):
    latin = [n for n in names if is_latin(n)]
    if not latin:
        return ""
    cnt = collections.Counter(latin)
    return sorted(cnt, key=lambda n: (-cnt[n], latin.index(n)))[0]


NATIVE = {"AL": "sq", "XK": "sq", "RO": "ro", "MD": "ro", "IT": "it", "SM": "it", "VA": "it"}


def build_geonames(path, gn, country_codes):
    groups = collections.OrderedDict()
    for r in read_tsv(path):
        lang = r["lang"]
        name = clean(r["name"])
        if lang == "ro":
            name = name.translate(str.maketrans("şŞţŢ", "șȘțȚ"))
        groups.setdefault(r["geonameid"], []).append((lang, name))
    country_rows, places = {}, []
    for key in sorted(groups):
        rows = groups[key]
        en, cc, pop = gn.get(key, ("", "", -1))
        if re.fullmatch(r"[A-Z]{2}", key):
            country_rows[key] = rows
            continue
        if re.fullmatch(r"([A-Z]{2})\.\1", key):      # GP.GP: the region is the territory
            country_rows.setdefault(key[:2], []).extend(rows + [("en", en)])
            continue
        if fold(en) in GENERIC_REGION_NAMES:
            continue
        if key.isdigit():
            kind = "city"
            score = pop * 1000 if pop >= 0 else 10000
        else:
            kind = "region"
            cc = key.split(".")[0]
            if cc in FORMER or cc not in country_codes:
                continue
            score = 5e5
        if cc in ("RO", "MD"):
            rows = [(l, n.translate(str.maketrans("şŞţŢ", "șȘțȚ"))) for l, n in rows]
            en = en.translate(str.maketrans("şŞţŢ", "șȘțȚ"))
        en = clean(en)
        p = Place(kind, cc, score, "gn:" + key)
        byl = {}
        for lang, name in rows:
            if is_latin(name) and name:
                byl.setdefault(lang, name)
        if not en:
            en = majority_latin([n for _, n in rows])
        if not en:
            continue
        # an ASCII English form of a native name gets its diacritics back (Iasi -> Iași)
        nat = NATIVE.get(cc)
        if nat and nat in byl and fold(byl[nat]) == fold(en) and en.isascii():
            en = byl[nat]
        # ... and a transliteration with macrons gives way to the plain form (Ābādān)
        if re.search("[āēīōūĀĒĪŌŪ]", en):
            plain = [n for n in byl.values() if fold(n) == fold(en) and not re.search("[āēīōūĀĒĪŌŪ]", n)]
            if plain:
                en = plain[0]
        p.display["en"] = en
        p.add("en", en)
        for lang in ("sq", "ro", "it"):
            if lang in byl:
                p.display[lang] = byl[lang]
                p.from_data.add(lang)
        for lang, name in rows:
            p.add(lang, name)
        places.append(p)
    return places, country_rows


# --------------------------------------------------------------------------------------
# CLDR time-zone exemplar cities

def definite_of(defn, indef):
    """True when `defn` looks like the Albanian definite form of `indef` (Moska/Moskë)."""
    a, b = fold(defn), fold(indef)
    if a == b:
        return False
    stem = b[:-1] if b[-1:] in "eaiu" else b
    return a.startswith(stem) and len(a) - len(stem) <= 2


def build_tz(path, tzcc, countries, gn_places):
    index = collections.defaultdict(list)   # (cc, fold) -> geonames places
    for p in gn_places:
        for f in p.folds():
            index[(p.country, f)].append(p)
    out = []
    for r in read_tsv(path):
        tzid = r["tzid"]
        if tzid in TZ_SKIP:
            continue
        cc = tzcc.get(tzid, "")
        en = clean(r["en"]) or tzid.rsplit("/", 1)[1].replace("_", " ")
        names = {"en": en}
        for lang in ("sq", "ro", "it"):
            v = clean(r[lang])
            if lang == "ro":
                v = v.translate(str.maketrans("şŞţŢ", "șȘțȚ"))
            if v and v not in TZ_BAD_NAMES:
                names[lang] = v
        if tzid in TZ_AS_COUNTRY:
            c = countries[TZ_AS_COUNTRY[tzid]]
            for lang, v in names.items():
                c.add(lang, v)
            continue
        kind, en_override = TZ_KIND.get(tzid, ("city", None))
        if en_override:
            names["en"] = en_override
        # same place as a GeoNames city of the same country?
        hits = []
        for v in names.values():
            hits += index.get((cc, fold(v)), [])
        hits = [h for h in hits if compatible_kind(h.kind, kind)]
        match = max(hits, key=lambda h: (h.score, h.origin)) if hits else None
        if match:
            p = match
            p.origin += " tz:" + tzid
            for lang in ("ro", "it"):
                if lang in names and (p.kind == "city" or lang not in p.display):
                    # CLDR is the cleaner source for ro/it display names
                    if lang in p.display and fold(p.display[lang]) != fold(names[lang]):
                        p.add(lang, p.display[lang])
                    p.display[lang] = names[lang]
                    p.from_data.add(lang)
            if "sq" in names and (p.kind == "city" or "sq" not in p.display):
                cur = p.display.get("sq")
                if not cur or not definite_of(cur, names["sq"]):
                    if cur:
                        p.add("sq", cur)
                    p.display["sq"] = names["sq"]
                p.from_data.add("sq")
            for lang, v in names.items():
                p.add(lang, v)
            continue
        score = {"city": 50000, "region": 1e5, "site": 1000}[kind]
        p = Place(kind, cc, score, "tz:" + tzid)
        p.display["en"] = names["en"]
        for lang, v in names.items():
            p.add(lang, v)
            if lang != "en":
                p.display[lang] = v
                p.from_data.add(lang)
        out.append(p)
    return out


# --------------------------------------------------------------------------------------
# Curated records

def load_curated(path):
    recs = []
    if not os.path.exists(path):
        return recs
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                sys.exit("%s:%d: bad JSON: %s" % (path, n, e))
            missing = [k for k in ("id", "type", "kind", "names", "aliases", "country") if k not in r]
            missing += ["names." + l for l in LANGS if not r.get("names", {}).get(l)]
            if missing:
                sys.exit("%s:%d: incomplete record %s (missing %s)" % (path, n, r.get("id"), missing))
            recs.append(r)
    return recs


def compatible_kind(a, b):
    if a == b:
        return True
    return {a, b} <= {"region", "site"}


# --------------------------------------------------------------------------------------
# Assembly

# Names the tables give a place that news mostly use for something else
# (found by the linking evaluation, bench/README-entities.md).
WRONG_NAMES = {
    "herceg-novi-region": ("Castelnuovo",),  # Italian towns near Modena
    "zadar": ("Zara",),                       # the shop chain
    "sao-paulo": ("San Paolo",),              # Intesa Sanpaolo, churches, streets
}
# Places with at least this many people keep name inflection ("Madridit", "Barcelonës").
INFLECTED_FROM_POPULATION = 1_000_000


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: build-places.py GAZETTEER_DIR OUTPUT.jsonl")
    gdir, out_path = argv[1], argv[2]
    gn, tzcc = parse_embedded()
    ctable = os.path.join(gdir, "country_names_sq_ro_it_en.tsv")
    codes = {r["alpha2"] for r in read_tsv(ctable)}
    gn_places, gn_country_rows = build_geonames(
        os.path.join(gdir, "geonames_city_names_libgeonames_sq_ro_it.tsv"), gn, codes)
    countries = build_countries(ctable, gn_country_rows, gn)
    # city-states: the city record is the country
    kept = []
    for p in gn_places:
        c = countries.get(p.country)
        if p.kind == "city" and p.country in CITY_STATES and c and fold(p.display["en"]) in c.folds():
            for lang, name in p.cands:
                c.add(lang, name)
            continue
        kept.append(p)
    gn_places = kept
    tz_places = build_tz(os.path.join(gdir, "tz_exemplar_cities_cldr48.tsv"), tzcc, countries, gn_places)

    places = list(countries.values()) + gn_places + tz_places

    # fill missing (or unusable: one or two letters, not Latin) display names with the
    # English form; a place without a usable English name is left out
    kept = []
    for p in places:
        if not usable(p.display.get("en", ""), check_stop=False):
            continue
        for lang in ("sq", "ro", "it"):
            if not usable(p.display.get(lang, ""), check_stop=False):
                p.display[lang] = p.display["en"]
                p.from_data.discard(lang)
        kept.append(p)
    places = kept

    # ordinary words: replaced as display names, small places named by one are dropped
    word_places = []
    kept = []
    for p in places:
        if p.kind != "country" and fold(p.display["en"]) in STOP_WORDS:
            if p.kind == "region" or 0 <= p.score < SMALL_POP:
                word_places.append("%s (%s, %s)" % (p.display["en"], p.country, p.origin))
                continue
        if p.kind != "country":
            for lang in ("sq", "ro", "it"):
                if fold(p.display[lang]) in STOP_WORDS and fold(p.display["en"]) not in STOP_WORDS:
                    p.display[lang] = p.display["en"]
                    p.from_data.discard(lang)
        kept.append(p)
    places = kept

    # Display names that would read as another, more important place: a region named
    # like a city of its country (Sibiu county, Lisbon district) and any non-country
    # place named like a country (Brasília is "Brazilia" in Romanian, like Brazil).
    # The display falls back to another name in that language, else to English; an
    # English name that clashes gets a suffix ("Sibiu County", "Luxembourg City").
    city_names = collections.defaultdict(set)
    for p in places:
        if p.kind == "city":
            for n in p.display.values():
                city_names[p.country].add(fold(n))
    country_names = set()
    for p in places:
        if p.kind == "country":
            country_names |= {fold(n) for n in p.display.values()}

    def clashes(p, name):
        f = fold(name)
        if p.kind == "region" and p.origin.startswith("gn:") and f in city_names[p.country]:
            return True
        return p.kind != "country" and f in country_names

    for p in places:
        if p.kind == "country":
            continue
        en = p.display["en"]
        if clashes(p, en):
            if p.kind == "city":
                en = en + " City"
            else:
                en = en + " " + REGION_SUFFIX.get(p.country, "Region")
            p.display["en"] = en
        for lang in ("sq", "ro", "it"):
            if clashes(p, p.display[lang]):
                alt = [n for l, n in p.cands if l == lang and not clashes(p, n) and usable(n)]
                p.display[lang] = alt[0] if alt else en
                if not alt:
                    p.from_data.discard(lang)
        if p.kind == "region":
            p.cands = [(l, n) for l, n in p.cands if not clashes(p, n)]

    # curated records
    cur_path = os.path.join(os.path.dirname(os.path.abspath(out_path)), "places_curated.jsonl")
    curated = load_curated(cur_path)
    cur_ids = {r["id"] for r in curated}
    cur_folds = []
    for r in curated:
        fs = {fold(n) for n in r["names"].values()} | {fold(a) for a in r["aliases"]}
        cur_folds.append((r, fs))

    # ids
    def id_order(p):
        return (-{"country": 3, "region": 1, "city": 2, "site": 0}[p.kind], -p.score, p.origin)
    taken = set()
    for p in sorted(places, key=id_order):
        base = slug(p.display["en"]) or slug(p.origin)
        cand = base
        if cand in taken:
            cand = base + "-" + p.country.lower() if p.country else base + "-" + p.kind
        n = 2
        while cand in taken:
            cand = "%s-%d" % (base, n)
            n += 1
        p.id = cand
        taken.add(cand)

    gen_by_id = {p.id: p for p in places}
    for r in curated:
        g = gen_by_id.get(r["id"])
        if g and ((g.country and r["country"] and g.country != r["country"])
                  or not (compatible_kind(g.kind, r["kind"]) or {g.kind, r["kind"]} == {"city", "region"})):
            print("warning: curated %s replaces a different generated place (%s %s %s)"
                  % (r["id"], g.kind, g.country, g.origin), file=sys.stderr)

    # generated records that describe a curated place under another id are dropped
    dropped = []
    kept = []
    for p in places:
        sup = None
        pf = {fold(p.display["en"])} | {fold(n) for l, n in p.cands if l != "xx"}
        for r, fs in cur_folds:
            if r["id"] == p.id:
                sup = None
                break
            if not compatible_kind(r["kind"], p.kind):
                continue
            if r["country"] and p.country and r["country"] != p.country:
                continue
            if fold(p.display["en"]) in fs or (p.kind == "city" and pf & fs and p.score < 2e6):
                sup = r
        if sup is not None and p.kind != "country":
            dropped.append((p.id, sup["id"]))
            continue
        kept.append(p)
    places = kept

    # alias ownership: a name shared by different places stays only on the most prominent
    owners = collections.defaultdict(list)
    for p in places:
        for f in p.folds():
            owners[f].append(p)
    cur_owned = set()
    for r, fs in cur_folds:
        cur_owned |= fs

    allow_short = set()
    for v in COUNTRY_EXTRA.values():
        allow_short.update(n for n in v if letters(n) <= 2)

    shared_display = 0
    for p in places:
        disp = {fold(n) for n in p.display.values()}
        seen = set(disp)
        aliases = []
        for lang, name in p.cands:
            f = fold(name)
            if f in seen:
                continue
            if not usable(name, allow_short if p.kind == "country" else (), lang != "xx"):
                continue
            if "(" in name:   # "Nuuk (Godthåb)", "Frankfurt (Oder)": never written so in text
                continue
            if p.kind == "country" and f in {fold(b) for b in BAD_NAMES.get(p.country, ())}:
                continue
            if p.id not in cur_ids and f in cur_owned:
                continue
            rivals = [q for q in owners[f] if q is not p]
            if rivals:
                forced = ALIAS_OWNER.get(f)
                if forced:
                    if p.country != forced or p.kind != "country":
                        continue
                else:
                    best = max(owners[f], key=lambda q: (q.score, fold(q.display["en"]) == f, q.id))
                    if best is not p:
                        continue
            seen.add(f)
            aliases.append(name)
        p.aliases = aliases
        for f in disp:
            if any(q is not p and f in {fold(n) for n in q.display.values()} for q in owners[f]):
                shared_display += 1

    places.sort(key=lambda p: p.id)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        for p in places:
            rec = collections.OrderedDict()
            rec["id"] = p.id
            rec["type"] = "place"
            rec["kind"] = p.kind
            rec["names"] = {l: p.display[l] for l in LANGS}
            rec["aliases"] = p.aliases
            for bad in WRONG_NAMES.get(p.id, ()):
                rec["aliases"] = [a for a in rec["aliases"] if a != bad]
                for l in LANGS:
                    if rec["names"][l] == bad:
                        rec["names"][l] = p.display["en"]
            rec["country"] = p.country
            # Small places match only as written: their names are often
            # ordinary words plus an ending ("Asta" is no Asti, "Sala" no Šaľa).
            # So do big ones named by an ordinary word: Romanian "Pun" (I put)
            # is no form of Pune.
            word_named = any(fold(n) in STOP_WORDS for n in p.display.values())
            if p.kind != "country" and (p.score < INFLECTED_FROM_POPULATION or word_named):
                rec["match"] = "exact"
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")

    # summary
    kinds = collections.Counter(p.kind for p in places)
    full = sum(1 for p in places if {"sq", "ro", "it"} <= p.from_data)
    print("places.jsonl: %d records -> %s" % (len(places), out_path))
    for k in ("country", "region", "city", "site"):
        print("  %-8s %d" % (k, kinds[k]))
    print("  names from the tables in all of sq, ro, it: %d" % full)
    print("  display names shared by different places: %d" % shared_display)
    print("  small places dropped because their name is an ordinary word: %d" % len(word_places))
    for w in word_places:
        print("    " + w, file=sys.stderr)
    if curated:
        ck = collections.Counter(r["kind"] for r in curated)
        print("places_curated.jsonl: %d records (%s)" % (
            len(curated), ", ".join("%s %d" % (k, ck[k]) for k in ("country", "region", "city", "site"))))
        print("  generated records dropped as duplicates of curated ones: %d" % len(dropped))
        for a, b in dropped:
            print("    %s -> %s" % (a, b), file=sys.stderr)
        # what the loader ends up with: curated records replace generated ones by id
        eff = {p.id: (p.kind, {"sq", "ro", "it"} <= p.from_data) for p in places}
        for r in curated:
            eff[r["id"]] = (r["kind"], True)
        ek = collections.Counter(k for k, _ in eff.values())
        print("both files as loaded: %d places (%s); names in all of en, sq, ro, it: %d" % (
            len(eff), ", ".join("%s %d" % (k, ek[k]) for k in ("country", "region", "city", "site")),
            sum(1 for _, full in eff.values() if full)))


# --------------------------------------------------------------------------------------
# Embedded data

# Ordinary words (checked against the hunspell sq/ro/it dictionaries, reviewed by hand).
STOP_WORDS_TEXT = """
alba albi ama aman arta bar baza central centrale cento crema dinar drama erba est este
fondi franca guarda kazan krishtlindje lido mali marino mira nis noci nordest nordovest noto
oral ovest palma palmi parla pashkë pasqua police porto pune regina roman rusi salt salta sari
sens soci sora sua tata tiro tyre usa vas vasto viti vittoria
"""

TZ_COUNTRY = """
Africa/Abidjan CI
Africa/Accra GH
Africa/Addis_Ababa ET
Africa/Algiers DZ
Africa/Asmera KE
Africa/Banjul GM
Africa/Bissau GW
Africa/Blantyre MW
Africa/Brazzaville CG
Africa/Bujumbura BI
Africa/Cairo EG
Africa/Casablanca MA
Africa/Ceuta ES
Africa/Conakry GN
Africa/Dar_es_Salaam TZ
Africa/Djibouti DJ
Africa/El_Aaiun EH
Africa/Freetown SL
Africa/Johannesburg ZA
Africa/Juba SS
Africa/Khartoum SD
Africa/Libreville GA
Africa/Lome TG
Africa/Mogadishu SO
Africa/Ndjamena TD
Africa/Niamey NE
Africa/Nouakchott MR
Africa/Ouagadougou BF
Africa/Sao_Tome ST
Africa/Tunis TN
Africa/Windhoek NA
America/Anchorage US
America/Anguilla AI
America/Araguaina BR
America/Argentina/La_Rioja AR
America/Argentina/Rio_Gallegos AR
America/Argentina/Salta AR
America/Argentina/San_Juan AR
America/Argentina/San_Luis AR
America/Argentina/Tucuman AR
America/Argentina/Ushuaia AR
America/Aruba AW
America/Asuncion PY
America/Bahia_Banderas MX
America/Belem BR
America/Belize BZ
America/Blanc-Sablon CA
America/Boa_Vista BR
America/Bogota CO
America/Boise US
America/Buenos_Aires AR
America/Cambridge_Bay CA
America/Campo_Grande BR
America/Cancun MX
America/Caracas VE
America/Catamarca AR
America/Cayenne GF
America/Cayman KY
America/Chicago US
America/Chihuahua MX
America/Ciudad_Juarez MX
America/Coral_Harbour PA
America/Cordoba AR
America/Costa_Rica CR
America/Coyhaique CL
America/Creston CA
America/Cuiaba BR
America/Curacao CW
America/Danmarkshavn GL
America/Dawson CA
America/Dawson_Creek CA
America/Dominica DM
America/Eirunepe BR
America/El_Salvador SV
America/Fort_Nelson CA
America/Glace_Bay CA
America/Godthab GL
America/Goose_Bay CA
America/Grand_Turk TC
America/Grenada GD
America/Guadeloupe GP
America/Guatemala GT
America/Guayaquil EC
America/Guyana GY
America/Halifax CA
America/Havana CU
America/Hermosillo MX
America/Indiana/Knox US
America/Indiana/Marengo US
America/Indiana/Petersburg US
America/Indiana/Tell_City US
America/Indiana/Vevay US
America/Indiana/Vincennes US
America/Indiana/Winamac US
America/Iqaluit CA
America/Jamaica JM
America/Jujuy AR
America/Juneau US
America/Kentucky/Monticello US
America/Lima PE
America/Los_Angeles US
America/Louisville US
America/Lower_Princes SX
America/Maceio BR
America/Martinique MQ
America/Mazatlan MX
America/Menominee US
America/Merida MX
America/Mexico_City MX
America/Miquelon PM
America/Moncton CA
America/Monterrey MX
America/Montserrat MS
America/Nassau BS
America/New_York US
America/Noronha BR
America/North_Dakota/Beulah US
America/North_Dakota/Center US
America/North_Dakota/New_Salem US
America/Ojinaga MX
America/Phoenix US
America/Port-au-Prince HT
America/Porto_Velho BR
America/Puerto_Rico PR
America/Punta_Arenas CL
America/Rankin_Inlet CA
America/Regina CA
America/Rio_Branco BR
America/Santarem BR
America/Santo_Domingo DO
America/Sao_Paulo BR
America/Scoresbysund GL
America/St_Barthelemy BL
America/St_Johns CA
America/St_Kitts KN
America/St_Lucia LC
America/St_Thomas VI
America/St_Vincent VC
America/Swift_Current CA
America/Tegucigalpa HN
America/Thule GL
America/Tijuana MX
America/Tortola VG
America/Vancouver CA
America/Whitehorse CA
America/Winnipeg CA
America/Yakutat US
Antarctica/Casey AQ
Antarctica/Davis AQ
Antarctica/DumontDUrville AQ
Antarctica/Macquarie AU
Antarctica/Mawson AQ
Antarctica/McMurdo AQ
Antarctica/Palmer AQ
Antarctica/Rothera AQ
Antarctica/Syowa AQ
Antarctica/Troll AQ
Antarctica/Vostok AQ
Arctic/Longyearbyen SJ
Asia/Almaty KZ
Asia/Amman JO
Asia/Anadyr RU
Asia/Aqtau KZ
Asia/Aqtobe KZ
Asia/Ashgabat TM
Asia/Atyrau KZ
Asia/Baghdad IQ
Asia/Bahrain BH
Asia/Beirut LB
Asia/Bishkek KG
Asia/Calcutta IN
Asia/Chita RU
Asia/Colombo LK
Asia/Damascus SY
Asia/Dhaka BD
Asia/Dushanbe TJ
Asia/Famagusta CY
Asia/Hong_Kong HK
Asia/Hovd MN
Asia/Irkutsk RU
Asia/Jakarta ID
Asia/Jayapura ID
Asia/Jerusalem IL
Asia/Kamchatka RU
Asia/Karachi PK
Asia/Katmandu NP
Asia/Khandyga RU
Asia/Krasnoyarsk RU
Asia/Kuala_Lumpur MY
Asia/Kuching MY
Asia/Kuwait KW
Asia/Macau MO
Asia/Makassar ID
Asia/Manila PH
Asia/Muscat OM
Asia/Nicosia CY
Asia/Novokuznetsk RU
Asia/Oral KZ
Asia/Phnom_Penh KH
Asia/Pyongyang KP
Asia/Qatar QA
Asia/Qostanay KZ
Asia/Qyzylorda KZ
Asia/Rangoon MM
Asia/Riyadh SA
Asia/Saigon VN
Asia/Sakhalin RU
Asia/Samarkand UZ
Asia/Seoul KR
Asia/Shanghai CN
Asia/Singapore SG
Asia/Srednekolymsk RU
Asia/Taipei TW
Asia/Tashkent UZ
Asia/Tbilisi GE
Asia/Tehran IR
Asia/Thimphu BT
Asia/Tokyo JP
Asia/Ulaanbaatar MN
Asia/Urumqi CN
Asia/Ust-Nera RU
Asia/Vientiane LA
Asia/Yakutsk RU
Asia/Yekaterinburg RU
Asia/Yerevan AM
Atlantic/Azores PT
Atlantic/Bermuda BM
Atlantic/Canary ES
Atlantic/Cape_Verde CV
Atlantic/Faeroe FO
Atlantic/Reykjavik IS
Atlantic/South_Georgia GS
Atlantic/St_Helena SH
Atlantic/Stanley FK
Australia/Adelaide AU
Australia/Brisbane AU
Australia/Broken_Hill AU
Australia/Darwin AU
Australia/Eucla AU
Australia/Lindeman AU
Australia/Lord_Howe AU
Australia/Melbourne AU
Australia/Perth AU
Australia/Sydney AU
Europe/Andorra AD
Europe/Astrakhan RU
Europe/Athens GR
Europe/Belgrade RS
Europe/Berlin DE
Europe/Bratislava SK
Europe/Brussels BE
Europe/Bucharest RO
Europe/Budapest HU
Europe/Busingen DE
Europe/Chisinau MD
Europe/Copenhagen DK
Europe/Dublin IE
Europe/Gibraltar GI
Europe/Guernsey GG
Europe/Isle_of_Man IM
Europe/Istanbul TR
Europe/Jersey JE
Europe/Kiev UA
Europe/Lisbon PT
Europe/Ljubljana SI
Europe/London GB
Europe/Luxembourg LU
Europe/Malta MT
Europe/Monaco MC
Europe/Moscow RU
Europe/Paris FR
Europe/Podgorica ME
Europe/Prague CZ
Europe/Riga LV
Europe/Rome IT
Europe/San_Marino SM
Europe/Sarajevo BA
Europe/Simferopol UA
Europe/Skopje MK
Europe/Sofia BG
Europe/Stockholm SE
Europe/Tallinn EE
Europe/Tirane AL
Europe/Ulyanovsk RU
Europe/Vatican VA
Europe/Vienna AT
Europe/Warsaw PL
Europe/Zagreb HR
Europe/Zurich CH
Indian/Chagos IO
Indian/Christmas CX
Indian/Cocos CC
Indian/Comoro KM
Indian/Kerguelen TF
Indian/Mahe SC
Indian/Maldives MV
Indian/Mayotte YT
Indian/Reunion RE
Pacific/Auckland NZ
Pacific/Bougainville PG
Pacific/Chatham NZ
Pacific/Easter CL
Pacific/Enderbury KI
Pacific/Fiji FJ
Pacific/Galapagos EC
Pacific/Guadalcanal SB
Pacific/Honolulu US
Pacific/Kiritimati KI
Pacific/Kosrae FM
Pacific/Kwajalein MH
Pacific/Majuro MH
Pacific/Marquesas PF
Pacific/Midway UM
Pacific/Norfolk NF
Pacific/Noumea NC
Pacific/Pago_Pago AS
Pacific/Pitcairn PN
Pacific/Ponape SB
Pacific/Port_Moresby PG
Pacific/Rarotonga CK
Pacific/Tarawa KI
Pacific/Truk PG
Pacific/Wake UM
Pacific/Wallis WF
"""

# GeoNames key|English name|country|population in thousands (GeoNames, CC-BY-4.0)
GEONAMES_EN = """
100077|Abu Ghraib|IQ|900
1007311|Durban|ZA|3120
1018725|Bloemfontein|ZA|463
1024552|Xai-Xai|MZ|127
1026014|Tete|MZ|129
1033356|Nampula|MZ|388
1040652|Maputo|MZ|1191
104515|Makkah al Mukarramah|SA|1323
1052373|Beira|MZ|530
1053384|Toamasina|MG|206
105343|Jeddah|SA|2867
1062663|Mahajanga|MG|154
1069129|Antsiranana|MG|82
1070940|Antananarivo|MG|1391
108410|Riyadh|SA|4205
109223|Medina|SA|1300
1120985|Zaranj|AF|49
112931|Tehran|IR|7153
1133453|Maymana|AF|75
1135689|Kunduz|AF|161
1138336|Kandahar|AF|391
1138958|Kabul|AF|3043
114593|Susa|IR|52
1147290|Balkh|AF|114
1167460|Rahim Yar Khan|PK|788
1169684|Murree|PK|25
116996|Sari|IR|255
1172451|Lahore|PK|6310
1174872|Karachi|PK|11624
117574|Sanandij|IR|349
1175864|Jhelum|PK|145
1176615|Islamabad|PK|601
1185241|Dhaka|BD|10356
119208|Qom|IR|900
1216265|Samarkand|UZ|319
1216311|Qarshi|UZ|222
1217662|Bukhara|UZ|247
1220253|Istaravshan|TJ|52
1221874|Dushanbe|TJ|679
122285|Neyshabur|IR|220
1238992|Sri Jayewardenepura Kotte|LK|115
124665|Mashhad|IR|2307
1248991|Colombo|LK|648
1251081|Anuradhapura|LK|60
1252416|Thimphu|BT|98
1252484|Phuntsholing|BT|17
1252770|Yavatmal|IN|128
1253102|Visakhapatnam|IN|1063
1253184|Vijayawada|IN|874
1253405|Varanasi|IN|1164
1253573|Vadodara|IN|1822
1254163|Trivandrum|IN|784
1254187|Thrissur|IN|315
1254649|Thanjavur|IN|291
1255364|Surat|IN|4591
1255634|Srinagar|IN|975
1256237|Shimla|IN|173
1256436|Solapur|IN|997
1256523|Shillong|IN|132
1257629|Salem|IN|917
1258294|Raxaul|IN|47
1258526|Ranchi|IN|1120
1258847|Rajkot|IN|1390
1259184|Puri|IN|170
1259229|Pune|IN|3124
1259385|Port Blair|IN|112
1259425|Puducherry|IN|657
1260086|Patna|IN|1599
1260607|Panjim|IN|65
1261481|New Delhi|IN|317
1262180|Nagpur|IN|2228
1262204|Nagercoil|IN|224
1262321|Mysore|IN|868
1263214|Meerut|IN|1223
1263780|Mangalore|IN|417
1264521|Madurai|IN|1465
1264527|Chennai|IN|4681
1264728|Ludhiana|IN|1545
1264733|Lucknow|IN|2472
1264976|Leh|IN|37
1266366|Kohima|IN|92
1267995|Kanpur|IN|2823
1268865|Jodhpur|IN|921
1269321|Jammu|IN|465
1269507|Jaisalmer|IN|67
1269515|Jaipur|IN|2711
1269633|Jabalpur|IN|1030
1269655|Itanagar|IN|44
1269743|Indore|IN|1837
1269771|Imphal|IN|223
1269843|Hyderabad|IN|6809
1270351|Haridwar|IN|186
1270396|Howrah|IN|1027
1271308|Ghaziabad|IN|1199
1271476|Guwahati|IN|899
1271715|Gandhinagar|IN|195
1271951|Faridabad|IN|1220
1273123|Devanahalli|IN|25
1273294|Delhi|IN|10927
1273865|Coimbatore|IN|2136
1273874|Kochi|IN|604
1274353|Chāpra|IN|201
1274746|Chandigarh|IN|960
1275004|Kolkata|IN|4631
1275339|Mumbai|IN|12691
1275665|Bikaner|IN|576
1275812|Bhuj|IN|133
1275817|Bhubaneswar|IN|762
1275841|Bhopal|IN|1599
1275971|Bhilai|IN|625
1276533|Belgaum|IN|428
1277333|Bengaluru|IN|8443
1277599|Balasore|IN|114
1278149|Aurangabad|IN|1016
1278710|Amritsar|IN|1092
1278946|Alwar|IN|283
1278985|Alappuzha|IN|240
1278994|Prayagraj|IN|1073
1279017|Aligarh|IN|753
1279186|Aizawl|IN|265
1279233|Ahmedabad|IN|6357
1279259|Agra|IN|1430
1279290|Agartala|IN|203
1279715|Xigazê|CN|80
1280517|Nagqu Prefecture|CN|30
1280737|Lhasa|CN|118
1280849|Kashgar|CN|506
1280957|Jiayuguan City|CN|231
1282027|Malé|MV|103
1283240|Kathmandu|NP|1442
1293625|Dawei|MM|136
1298824|Yangon|MM|4477
1300466|Bago|MM|244
1311874|Mandalay|MM|1208
137436|Darreh Shahr|IR|24
141736|Bam|IR|99
145459|Ābādān|IR|370
146214|Paphos|CY|35
146268|Nicosia|CY|200
146384|Limassol|CY|154
146400|Larnaca|CY|72
146412|Kyrenia|CY|26
146617|Famagusta|CY|42
1485997|Yeniseysk|RU|19
1486039|Yemanzhelinsk|RU|29
1486209|Yekaterinburg|RU|1349
1486910|Vorkuta|RU|80
1487277|Verkhnyaya Salda|RU|48
1487281|Verkhnyaya Pyshma|RU|59
1487882|Uzhur|RU|15
1488754|Tyumen|RU|519
1489246|Troitsk|RU|82
1489425|Tomsk|RU|485
1490281|Talitsa|RU|18
1490624|Surgut|RU|300
1491159|Sredneuralsk|RU|20
1491999|Shumikha|RU|18
1492401|Sharypovo|RU|42
1492517|Shadrinsk|RU|79
1493197|Salekhard|RU|38
1493467|Rubtsovsk|RU|161
1496153|Omsk|RU|1129
1496747|Novosibirsk|RU|1419
1496990|Novokuznetsk|RU|539
149703|Sumbawanga|TZ|89
1497337|Noril'sk|RU|140
1497543|Nizhnevartovsk|RU|244
1497549|Nizhneudinsk|RU|38
1498920|Mezhdurechensk|RU|101
1500665|Leninsk-Kuznetsky|RU|109
1500973|Kyzyl|RU|108
1501141|Kuybyshev|RU|48
1501255|Kurtamysh|RU|17
1503772|Khanty-Mansiysk|RU|67
1504636|Karabash|RU|15
1504769|Kamyshlov|RU|28
1505074|Kalachinsk|RU|24
1505453|Ishim|RU|67
1508291|Chelyabinsk|RU|1062
1510350|Berdsk|RU|90
1510853|Barnaul|RU|599
1511466|Aramil|RU|15
1511783|Aleysk|RU|28
1512165|Achinsk|RU|117
1512205|Abaza|RU|18
1512236|Abakan|RU|167
1512569|Tashkent|UZ|1978
1512979|Kokand|UZ|254
1514210|Chirchiq|UZ|170
1514581|Angren|UZ|126
1518542|Taldykorgan|KZ|116
1518980|Shymkent|KZ|414
1519422|Semey|KZ|292
1519922|Kyzylorda|KZ|300
1519928|Kostanay|KZ|210
1520240|Pavlodar|KZ|329
1522203|Kokshetau|KZ|124
1524325|Ekibastuz|KZ|121
1526265|Aral|KZ|33
1526273|Nur-Sultan|KZ|345
1526384|Almaty|KZ|2000
1527004|Balykchy|KG|42
1527534|Osh|KG|200
1528121|Karakol|KG|70
1528249|Jalal-Abad|KG|75
1528675|Bishkek|KG|900
1529102|Ürümqi|CN|3029
1529531|Dunhuang|CN|186
153209|Moshi|TZ|156
1536289|Snezhinsk|RU|50
1540356|Raduzhny|RU|47
1562414|Vũng Tàu|VN|341
1566083|Ho Chi Minh City|VN|8993
1566559|Tây Ninh|VN|36
1568510|Rach Gia|VN|228
157738|Kigoma|TZ|164
1580240|Huế|VN|351
1580541|Hoi An|VN|32
1581130|Hanoi|VN|8053
1581298|Haiphong|VN|841
1582886|Dong Hoi|VN|31
1583992|Da Nang|VN|988
1586203|Can Tho|VN|812
160196|Dodoma|TZ|180
160263|Dar es Salaam|TZ|2698
1607532|Ayutthaya|TH|81
1609350|Bangkok|TH|5104
161325|Arusha|TZ|341
162183|Ashgabat|TM|727
1633070|Palembang|ID|1441
1633419|Padang|ID|840
163345|Tartous|SY|89
163808|Palmyra|SY|51
1642911|Jakarta|ID|8540
1645457|Dili|TL|150
1645528|Denpasar|ID|834
1651944|Vientiane|LA|196
1668341|Taipei|TW|7871
169577|Homs|SY|775
1699572|Minglanilla|PH|62
170017|Hama|SY|460
170063|Aleppo|SY|1602
1701668|Manila|PH|1600
170654|Damascus|SY|1569
170794|Dayr az Zawr|SY|242
1729564|Bacolod City|PH|454
1734634|Ipoh|MY|673
1734759|Malacca|MY|180
1735161|Kuala Lumpur|MY|1453
173576|Latakia|SY|340
174979|Artashat|AM|20
1788852|Xining|CN|1677
1789065|Ankang|CN|870
1790437|Zhuhai|CN|2207
1790630|Xi'an|CN|9600
1790923|Wuxi|CN|3542
1791247|Wuhan|CN|10392
1792947|Tianjin|CN|11090
1795565|Shenzhen|CN|17494
1795940|Shantou|CN|3838
1796236|Shanghai|CN|22315
1799962|Nanjing|CN|7400
1801722|Lüshunkou|CN|82
1804879|Kaifeng|CN|1451
1807700|Huaibei|CN|1113
1808926|Hangzhou|CN|9236
1809078|Haikou|CN|2873
1809858|Guangzhou|CN|16096
1810821|Fuzhou|CN|3740
1814906|Chongqing|CN|7457
1815286|Chengdu|CN|13568
1816670|Beijing|CN|18960
1816971|Baoding|CN|2739
1819729|Hong Kong|HK|7482
1820906|Bandar Seri Begawan|BN|64
1821306|Phnom Penh|KH|1573
1822214|Siem Reap|KH|139
1835235|Daejeon|KR|1475
1835848|Seoul|KR|10349
1846266|Jeju City|KR|486
184745|Nairobi|KE|2750
1848354|Yokohama|JP|3574
1850147|Tokyo|JP|8336
1852736|Sendai|JP|73
1853677|Ōta|JP|152
1853909|Osaka|JP|2592
1854383|Okayama|JP|639
1855431|Niigata|JP|797
1855612|Nara|JP|367
1856035|Naha|JP|300
1856057|Nagoya|JP|2191
1856177|Nagasaki|JP|410
1856367|Musashino|JP|147
1857910|Kyoto|JP|1459
1858311|Kurashiki|JP|437
1859171|Kobe|JP|1528
1859307|Kitakyushu|JP|997
1859405|Kiryū|JP|110
1859642|Kawasaki|JP|1306
1860827|Kagoshima|JP|555
1862415|Hiroshima|JP|1143
186301|Mombasa|KE|799
1863440|Hachiōji|JP|561
1863693|Gamagōri|JP|80
1863967|Fukuoka|JP|1392
1865294|Anjo|JP|178
1871859|Pyongyang|KP|3222
1886760|Suzhou|CN|4330
2013348|Vladivostok|RU|587
2014624|Udachny|RU|15
2016701|Shimanovsk|RU|21
2016764|Shelekhov|RU|47
2017487|Raychikhinsk|RU|23
2019326|Nerchinsk|RU|15
2019528|Nakhodka|RU|146
2019951|Mirny|RU|40
202061|Kigali|RW|1132
2020689|Luchegorsk|RU|21
2022890|Khabarovsk|RU|579
2023469|Irkutsk|RU|586
2026609|Blagoveshchensk|RU|221
2026643|Birobidzhan|RU|76
2027667|Angarsk|RU|243
2028462|Ulaanbaatar|MN|844
2036502|Jilin City|CN|1881
2036892|Hohhot|CN|2350
2037013|Harbin|CN|5242
2037078|Hailar|CN|211
204405|Uvira|CD|170
2063523|Perth|AU|1896
2065594|Mount Isa|AU|22
2073124|Darwin|AU|129
2077895|Alice Springs|AU|25
2078025|Adelaide|AU|1225
2081986|Palikir|FM|0
2088122|Port Moresby|PG|283
2108502|Honiara|SB|56
2110257|Tarawa|KI|40
2112141|Kōriyama|JP|340
2112576|Ishinomaki|JP|117
2113015|Chiba|JP|919
2118647|Vilyuchinsk|RU|25
2119441|Yuzhno-Sakhalinsk|RU|176
2122104|Petropavlovsk-Kamchatskiy|RU|187
2122850|Nikolayevsk-on-Amur|RU|27
2123628|Magadan|RU|95
2128295|Sapporo|JP|1883
2128787|Ōdate|JP|64
2128975|Nemuro|JP|31
2129376|Kushiro|JP|183
2135171|Port Vila|VU|35
2139521|Noumea|NC|93
2146142|Townsville|AU|196
2146268|Toowoomba|AU|131
2147714|Sydney|AU|4627
2151437|Rockhampton|AU|61
2158177|Melbourne|AU|4246
2165087|Gold Coast|AU|591
2172517|Canberra|AU|367
2172797|Cairns|AU|153
2174003|Brisbane|AU|2189
2179537|Wellington|NZ|381
2181133|Timaru|NZ|28
2186239|New Plymouth|NZ|49
2190324|Hamilton|NZ|178
2192362|Christchurch|NZ|363
2198148|Suva|FJ|77
2206854|Gisborne|NZ|34
2206890|Masterton|NZ|28
220782|Tadjoura|DJ|22
2208330|Whakatane|NZ|18
2210247|Tripoli|LY|1150
2220957|Yaoundé|CM|1299
2229411|Limbe|CM|72
2232239|Edéa|CM|203
2232593|Douala|CM|1338
2233410|Buea|CM|47
2234865|Bangangté|CM|65
223817|Djibouti|DJ|623
2239520|Mbanza Kongo|AO|24
2240449|Luanda|AO|2776
2253354|Dakar|SN|2476
2255414|Pointe-Noire|CG|659
2260535|Brazzaville|CG|1284
2262644|Tomar|PT|19
2262744|Tavira|PT|15
2262912|Sintra|PT|26
2262963|Setúbal|PT|117
2263480|Santarém|PT|29
2264923|Peniche|PT|15
2265223|Palmela|PT|16
2265467|Odivelas|PT|54
2266977|Loures|PT|66
2267057|Lisbon|PT|517
2267095|Leiria|PT|45
2267827|Funchal|PT|100
2268436|Estoril|PT|23
2269594|Cascais|PT|36
2270380|Câmara de Lobos|PT|32
2271071|Barreiro|PT|51
2271772|Amadora|PT|178
2271961|Almada|PT|34
2272147|Alcobaça|PT|15
2272222|Albufeira|PT|15
2274895|Monrovia|LR|939
2279755|Yamoussoukro|CI|194
2282006|San-Pédro|CI|196
2288115|Grand-Bassam|CI|73
2293538|Abidjan|CI|3677
2295458|Sekondi-Takoradi|GH|138
2298890|Kumasi|GH|1468
2306104|Accra|GH|1963
2309332|Ebebiyin|GQ|24
2309527|Malabo|GQ|155
2314302|Kinshasa|CD|7785
2317397|Bandundu Province|CD|118
2322911|Sokoto|NG|563
232422|Kampala|UG|1353
2324774|Port Harcourt|NG|1148
2332459|Lagos|NG|9000
233508|Entebbe|UG|62
2335204|Kano|NG|3626
2339354|Ibadan|NG|3565
2347283|Benin City|NG|1125
2352778|Abuja|NG|590
2352947|Abeokuta|NG|593
2353099|Abakaliki|NG|134
2353151|Aba|NG|897
2357048|Ouagadougou|BF|1086
2362344|Bobo-Dioulasso|BF|360
2365267|Lomé|TG|749
2374775|Bissau|GW|388
2377457|Nouadhibou|MR|72
2378736|Kaédi|MR|55
2389853|Bangui|CF|542
2392087|Porto-Novo|BJ|234
2394819|Cotonou|BJ|780
2395915|Abomey|BJ|82
2396518|Port-Gentil|GA|109
2399697|Libreville|GA|578
2400555|Franceville|GA|42
2409306|Freetown|SL|802
2410763|São Tomé|ST|53
241131|Victoria|SC|22
2413876|Banjul|GM|34
2422465|Conakry|GN|1767
2427123|N'Djamena|TD|721
2440485|Niamey|NE|774
2449067|Timbuktu|ML|32
245785|Abéché|TD|74
2460596|Bamako|ML|1297
2463679|Corfu|GR|27
2464470|Tunis|TN|693
2464915|Sousse|TN|164
2467454|Sfax|TN|277
2467815|Radès|TN|59
2469473|Medenine|TN|61
2470656|La Goulette|TN|79
2472706|Bizerte|TN|115
2473449|Kairouan|TN|119
2473744|Hammamet|TN|97
2475687|Tlemcen|DZ|132
2475744|Tizi Ouzou|DZ|144
2476028|Tipasa|DZ|25
2476301|Tindouf|DZ|45
2477461|Tébessa|DZ|634
2479536|Skikda|DZ|162
2481007|Sidi Bel Abbes|DZ|191
2481700|Sétif|DZ|288
2482572|Saïda|DZ|127
2483668|Relizane|DZ|130
2485801|Ouargla|DZ|129
2485926|Oran|DZ|645
2487134|Mostaganem|DZ|130
2491191|Laghouat|DZ|113
2495662|Guelma|DZ|123
2496049|Ghardaïa|DZ|93
2498543|El Bayadh|DZ|64
2500017|Djelfa|DZ|154
2501152|Constantine|DZ|450
2503701|Bordj Bou Arreridj|DZ|168
2503769|Blida|DZ|182
2503826|Biskra|DZ|307
250441|Amman|JO|1275
2505329|Béjaïa|DZ|164
2505530|Béchar|DZ|143
2505572|Batna City|DZ|280
2506999|Annaba|DZ|206
2507480|Algiers|DZ|1977
250774|Aqaba|JO|95
2509402|Yecla|ES|35
2509463|Villena|ES|35
2509491|Villarrobledo|ES|26
2509769|Vélez-Málaga|ES|74
2509954|Valencia|ES|814
2510112|Ubrique|ES|16
2510116|Úbeda|ES|35
2510253|Torrevieja|ES|101
2510281|Torremolinos|ES|65
2510409|Toledo|ES|82
2510542|Telde|ES|100
2510573|Teguise|ES|19
2510599|Tarifa|ES|17
2510725|Tacoronte|ES|23
2510911|Seville|ES|703
2511102|Santa Pola|ES|31
2511162|Santa Eulària des Riu|ES|31
2511174|Santa Cruz de Tenerife|ES|222
2511180|Santa Cruz de La Palma|ES|15
2511306|Sanlúcar de Barrameda|ES|68
2511388|San Fernando|ES|96
2511401|San Cristóbal de La Laguna|ES|150
2511440|San Bartolomé de Tirajana|ES|53
2511447|San Bartolomé|ES|18
2511700|Rota|ES|29
2511716|Roquetas de Mar|ES|82
2511730|Ronda|ES|36
2512169|Puerto Real|ES|40
2512177|Puertollano|ES|51
2512196|Puerto de la Cruz|ES|32
2512432|Pollença|ES|17
2512989|Palma|ES|401
2513026|Pájara|ES|20
2513076|Orihuela|ES|86
2513240|Nerja|ES|21
2513416|Murcia|ES|436
2513477|Motril|ES|60
2513509|Morón de la Frontera|ES|28
2513601|Montilla|ES|23
2513791|Moguer|ES|19
2513798|Mogán|ES|21
2513882|Mijas|ES|73
2513917|Mérida|ES|56
2513947|Melilla|ES|73
2513983|Mazarrón|ES|35
2514097|Marratxí|ES|33
2514158|Marchena|ES|19
2514169|Marbella|ES|134
2514190|Manzanares|ES|19
2514216|Manacor|ES|40
2514256|Málaga|ES|568
2514301|Mahon|ES|29
2514891|Lorca|ES|91
2514984|Llucmajor|ES|36
2515045|Linares|ES|61
2515072|Lepe|ES|25
2515096|Lebrija|ES|26
2515151|La Unión|ES|17
2515270|Las Palmas de Gran Canaria|ES|381
2515692|La Orotava|ES|41
2515698|La Oliva|ES|25
2515812|La Línea de la Concepción|ES|64
2516326|Jerez de la Frontera|ES|207
2516336|Xàbia|ES|28
2516345|Xàtiva|ES|29
2516395|Jaén|ES|116
2516443|Ingenio|ES|29
2516452|Inca|ES|29
2516474|Icod de los Vinos|ES|24
2516479|Ibiza Town|ES|48
2516480|Ibi|ES|24
2516548|Huelva|ES|148
2516860|Guía de Isora|ES|20
2517111|Granadilla de Abona|ES|39
2517117|Granada|ES|234
2517367|Gandia|ES|80
2517436|Gáldar|ES|24
2517595|Fuengirola|ES|71
2517750|Felanitx|ES|18
2517816|Estepona|ES|65
2518207|El Puerto de Santa María|ES|88
251833|Volos|GR|86
2518494|El Ejido|ES|84
2518505|Elda|ES|55
2518559|Elche|ES|230
2518770|Écija|ES|40
2518794|Dos Hermanas|ES|122
2519110|Crevillent|ES|28
2519233|Coria del Río|ES|28
2519240|Córdoba|ES|328
2519289|Conil de la Frontera|ES|20
2519402|Ciudad Real|ES|74
2519477|Chipiona|ES|18
2519513|Chiclana de la Frontera|ES|77
2519651|Cehegín|ES|15
2519752|Castellon|ES|180
2520058|Cartagena|ES|211
2520118|Carmona|ES|28
2520283|Candelaria|ES|24
2520493|Calvià|ES|51
2520496|Calpe|ES|23
2520600|Cadiz|ES|126
2520611|Cáceres|ES|93
2521088|Benidorm|ES|71
2521139|Benalmádena|ES|58
2521215|Baza|ES|23
2521335|Barbate|ES|22
2521413|Baeza|ES|16
2521420|Badajoz|ES|148
2521456|Ayamonte|ES|20
2521519|Arucas|ES|36
2521570|Arrecife|ES|59
2521582|Arona|ES|78
2521665|Arcos de la Frontera|ES|31
2521710|Antequera|ES|45
2521804|Altea|ES|23
2521847|Almuñécar|ES|27
2521857|Almonte|ES|21
2521886|Almería|ES|188
2521893|Almendralejo|ES|33
2521923|Almansa|ES|25
2521978|Alicante|ES|334
2522013|Algeciras|ES|116
2522091|Alcúdia|ES|19
2522098|Alcoy|ES|61
2522129|Alzira|ES|44
2522165|Alcalá de Guadaira|ES|70
2522258|Albacete|ES|169
2522325|Agüimes|ES|28
2522333|Águilas|ES|34
2522437|Adeje|ES|43
2522713|Vittoria|IT|50
2522767|Villabate|IT|19
2522776|Vibo Valentia|IT|19
2522876|Trapani|IT|58
2522960|Termini Imerese|IT|22
2523083|Syracuse|IT|97
2523087|Sinnai|IT|15
2523113|Siderno|IT|15
2523136|Sestu|IT|18
2523166|Selargius|IT|23
2523180|Scordia|IT|16
2523192|Scicli|IT|16
2523194|Sciacca|IT|36
2523460|San Giovanni la Punta|IT|22
2523461|San Giovanni in Fiore|IT|17
2523513|San Cataldo|IT|22
2523581|Rosolini|IT|19
2523619|Ribera|IT|17
2523630|Reggio Calabria|IT|169
2523650|Ragusa|IT|61
2523665|Quartu Sant'Elena|IT|66
2523693|Pozzallo|IT|18
2523705|Porto Empedocle|IT|16
2523796|Piazza Armerina|IT|17
2523866|Paternò|IT|46
2523902|Palmi|IT|18
2523908|Palma di Montechiaro|IT|22
2523920|Palermo|IT|648
2523927|Palagonia|IT|16
2523938|Pachino|IT|20
2523964|Oristano|IT|24
2523998|Noto|IT|18
2524006|Niscemi|IT|26
2524084|Monserrato|IT|20
2524085|Monreale|IT|21
2524119|Modica|IT|41
2524123|Misterbianco|IT|45
2524126|Misilmeri|IT|19
2524155|Milazzo|IT|31
2524170|Messina|IT|219
2524205|Mazara del Vallo|IT|45
2524236|Mascalucia|IT|29
2524245|Marsala|IT|77
2524393|Licata|IT|36
2524410|Lentini|IT|24
2524533|Iglesias|IT|22
2524606|Gioia Tauro|IT|18
2524618|Giarre|IT|24
2524653|Gela|IT|73
2524734|Floridia|IT|22
2524786|Favara|IT|32
2524819|Enna|IT|22
2524907|Cosenza|IT|63
2524955|Comiso|IT|26
2525059|Catanzaro|IT|78
2525068|Catania|IT|290
2525070|Castrovillari|IT|20
2525083|Castelvetrano|IT|28
2525207|Casarano|IT|19
2525350|Carini|IT|35
2525362|Carbonia|IT|21
2525405|Canicattì|IT|32
2525448|Caltanissetta|IT|56
2525450|Caltagirone|IT|35
2525473|Cagliari|IT|149
2525498|Bronte|IT|18
2525560|Biancavilla|IT|23
2525571|Belpasso|IT|16
2525597|Barcellona Pozzo di Gotto|IT|34
2525628|Bagheria|IT|52
2525643|Avola|IT|28
2525646|Augusta|IT|30
2525655|Assemini|IT|25
2525755|Alcamo|IT|44
2525764|Agrigento|IT|32
2525791|Aci Catena|IT|24
2525792|Aci Castello|IT|17
252601|Tripoli|GR|26
252664|Trikala|GR|61
2530335|Tangier|MA|688
2538475|Rabat|MA|1655
2540850|Ouarzazate|MA|57
2541479|Nador|MA|129
2542715|Meknes|MA|545
2542997|Marrakesh|MA|839
254352|Rethymno|GR|32
254698|Preveza|GR|17
2548885|Fes|MA|964
2549263|Essaouira|MA|70
255274|Piraeus|GR|163
2553604|Casablanca|MA|3144
255524|Peristeri|GR|139
2555745|Beni Mellal|MA|166
255683|Pátrai|GR|168
2557055|Asilah|MA|28
2561668|Agadir|MA|698
2562266|Żabbar|MT|15
2562305|Valletta|MT|6
2563191|Birkirkara|MT|21
256601|Nea Liosia|GR|84
256866|Mytilene|GR|28
257365|Megara|GR|23
258463|Livadeia|GR|21
258620|Lamia|GR|52
259289|Corinth|GR|30
259824|Kifissia|GR|47
259973|Chios|GR|23
260114|Chania|GR|53
260133|Chalcis|GR|59
260989|Karditsa|GR|32
2610319|Viborg|DK|34
2610613|Vejle|DK|51
2611396|Tórshavn|FO|13
2612045|Svendborg|DK|27
2613102|Sønderborg|DK|27
2613460|Slagelse|DK|31
2613731|Skive|DK|20
2614030|Silkeborg|DK|41
261414|Kallithea|GR|100
2614481|Roskilde|DK|44
2614600|Rødovre Municipality|DK|30
2614764|Ringsted|DK|20
2615006|Randers|DK|55
2615876|Odense|DK|145
2616015|Nyborg|DK|15
261604|Kalamata|GR|54
261745|Heraklion|GR|137
261779|Ioannina|GR|65
2618415|Køge|DK|33
2618425|Copenhagen|DK|1153
2618528|Kolding|DK|55
2619154|Kalundborg|DK|15
2619377|Ishøj|DK|19
2619528|Hvidovre|DK|49
2619771|Horsens|DK|58
2619856|Hørsholm|DK|36
2620046|Holstebro|DK|32
2620214|Hjørring|DK|24
2620320|Hillerød|DK|30
2620425|Herning|DK|44
2620473|Elsinore|DK|35
2620964|Haderslev|DK|20
2621356|Glostrup Municipality|DK|20
2621951|Fredericia|DK|36
2622447|Esbjerg|DK|72
2624112|Birkerød|DK|20
2624341|Ballerup Municipality|DK|40
2624652|Aarhus|DK|237
2624886|Aalborg|DK|122
2624906|Albertslund Municipality|DK|30
2625070|Aabenraa|DK|16
2633274|Akureyri|IS|17
2633352|York|GB|153
2633485|Wrexham|GB|65
2633563|Worcester|GB|101
2633691|Wolverhampton|GB|252
2633858|Winchester|GB|46
2633948|Wigan|GB|175
2634677|Watford|GB|125
2634725|Warwick|GB|24
2634739|Warrington|GB|165
2634853|Walsall|GB|172
2636389|Swindon|GB|185
2636432|Swansea|GB|300
2636503|Sutton|GB|187
2636531|Sunderland|GB|335
2636713|Stratford-upon-Avon|GB|27
2636841|Stoke-on-Trent|GB|372
2636882|Stockport|GB|139
2636910|Stirling|GB|36
2637433|Southend-on-Sea|GB|295
2637487|Southampton|GB|246
2637546|Solihull|GB|96
2637627|Slough|GB|163
2638077|Sheffield|GB|685
2638419|Scarborough|GB|61
2638664|Salisbury|GB|44
2638671|Salford|GB|72
2638785|St Helens|GB|102
2639022|Royal Tunbridge Wells|GB|68
2639093|Rotherham|GB|117
2639577|Reading|GB|318
2639996|Portsmouth|GB|194
2640101|Poole|GB|150
2640194|Plymouth|GB|260
2640354|Peterborough|GB|163
2640729|Oxford|GB|171
2641022|Oldham|GB|104
2641170|Nottingham|GB|321
2641181|Norwich|GB|213
2641430|Northampton|GB|215
2641673|Newcastle upon Tyne|GB|192
2642465|Milton Keynes|GB|229
2642607|Middlesbrough|GB|142
2642705|Merthyr Tydfil|GB|43
2643123|Manchester|GB|395
2643339|Luton|GB|258
264371|Athens|GR|664
2643736|Londonderry|GB|83
2643743|London|GB|8961
2644210|Liverpool|GB|864
2644411|Lisburn|GB|77
2644668|Leicester|GB|508
2644688|Leeds|GB|455
2645298|Kirkcaldy|GB|49
2645425|Hull|GB|314
264559|Arta|GR|21
2646458|Huddersfield|GB|149
2646517|Hounslow|GB|66
264670|Argos|GR|22
2647074|Hereford|GB|60
2647400|Hartlepool|GB|88
2647655|Hailsham|GB|19
2648404|Gloucester|GB|150
2648579|Glasgow|GB|591
2648773|Gateshead|GB|77
2649258|Folkestone|GB|66
2649808|Exeter|GB|117
2650122|Elgin|GB|22
2650225|Edinburgh|GB|464
2650752|Dundee|GB|147
2651048|Dover|GB|41
2651123|Doncaster|GB|158
2651347|Derby|GB|270
2651513|Darlington|GB|92
2651654|Cwmbran|GB|48
2652221|Coventry|GB|359
2652586|Coleraine|GB|25
2652618|Colchester|GB|121
2653192|Chichester|GB|31
2653228|Chester|GB|90
2653680|Carrickfergus|GB|29
2653775|Carlisle|GB|78
2653877|Canterbury|GB|55
2653941|Cambridge|GB|158
2654187|Bury|GB|61
2654200|Burton-on-Trent|GB|122
2654675|Bristol|GB|617
2654710|Brighton|GB|139
2654993|Bradford|GB|299
2655095|Bournemouth|GB|163
2655237|Bolton|GB|141
2655459|Blackpool|GB|239
265560|Agrinio|GR|46
2655603|Birmingham|GB|984
2655775|Bexley|GB|228
2655984|Belfast|GB|274
2656173|Bath|GB|94
2656192|Basingstoke|GB|107
2656194|Basildon|GB|144
2656284|Barnsley|GB|71
2656490|Ballymena|GB|28
2657255|Antrim|GB|19
2657782|Aberystwyth|GB|18
2657832|Aberdeen|GB|196
2657896|Zurich|CH|341
2657908|Zug|CH|23
2657970|Winterthur|CH|91
2658145|Vevey|CH|15
2658377|Thun|CH|42
2658494|Steffisburg|CH|15
2658576|Sion|CH|28
2658761|Schaffhausen|CH|33
2658822|St. Gallen|CH|70
2659099|Rapperswil|CH|34
2659297|Olten|CH|16
2659422|Nyon|CH|16
2659601|Montreux|CH|22
2659811|Lucerne|CH|81
2659836|Lugano|CH|63
2659994|Lausanne|CH|139
2660076|La Chaux-de-Fonds|CH|36
2660108|Kreuzlingen|CH|17
2660119|Köniz|CH|37
2660127|Kloten|CH|16
2660365|Herisau|CH|15
266045|Zahle|LB|78
2660646|Geneva|CH|183
2660718|Fribourg|CH|32
2660727|Frauenfeld|CH|21
2661169|Chur|CH|32
2661513|Biel/Bienne|CH|48
2661552|Bern|CH|121
2661567|Bellinzona|CH|16
2661604|Basel|CH|164
2661646|Baden|CH|16
2661881|Aarau|CH|15
2662149|Ystad|SE|18
2664996|Varberg|SE|34
2666199|Uppsala|SE|149
2667402|Trelleborg|SE|29
266826|Tripoli|LB|229
267008|Tyre|LB|135
2673730|Stockholm|SE|1515
268064|Sidon|LB|163
2685750|Östersund|SE|49
2686657|Örebro|SE|115
2692969|Malmo|SE|301
2693678|Lund|SE|87
2693759|Ludvika|SE|15
2699310|Kristianstad|SE|39
2701713|Karlskrona|SE|36
2701727|Karlshamn|SE|20
2702261|Kalmar|SE|38
2711537|Gothenburg|SE|572
2712414|Gävle|SE|74
2715459|Falun|SE|37
2715573|Falkenberg|SE|24
2720383|Borlänge|SE|41
2729907|Longyearbyen|SJ|2
273203|Byblos|LB|20
2732438|Vila Real|PT|17
2732544|Vila Nova de Gaia|PT|70
2732649|Vila do Conde|PT|27
2732978|Valongo|PT|21
2735787|Póvoa de Varzim|PT|29
2735943|Porto|PT|249
2737523|Monção|PT|19
2738752|Guimarães|PT|40
2738785|Guarda|PT|32
2739590|Figueira da Foz Municipality|PT|46
2739693|Felgueiras|PT|58
2739868|Espinho|PT|32
2740593|Condeixa-a-Nova|PT|17
2740637|Coimbra|PT|106
2742032|Braga|PT|121
2742504|Baião|PT|20
2742611|Aveiro|PT|54
2742804|Arcos de Valdevez|PT|22
2743477|Zwolle|NL|111
2743493|Zwijndrecht|NL|45
2743608|Zutphen|NL|36
2743856|Zoetermeer|NL|115
2743977|Zeist|NL|60
2744042|Zandvoort|NL|16
2744114|Zaanstad|NL|140
2744248|Woerden|NL|48
2744344|Winschoten|NL|18
2744514|Wijchen|NL|32
2744549|Wierden|NL|23
2744904|Weesp|NL|17
2744911|Weert|NL|48
2745088|Wageningen|NL|35
2745123|Waalwijk|NL|45
2745392|Flushing|NL|45
2745467|Vlaardingen|NL|73
2745641|Venlo|NL|92
2745673|Velsen|NL|67
2745726|Veghel|NL|25
2745774|Veenendaal|NL|61
2745860|Valkenswaard|NL|31
2745912|Utrecht|NL|290
2745932|Urk|NL|17
2746005|Uden|NL|34
2746133|Tubbergen|NL|20
2746301|Tilburg|NL|199
2746331|Tiel|NL|40
2746420|Terneuzen|NL|27
2746804|Steenbergen|NL|23
2746839|Staphorst|NL|15
2746860|Stadskanaal|NL|20
2746932|Spijkenisse|NL|74
2747063|Sneek|NL|32
2747227|Sint-Oedenrode|NL|16
2747351|'s-Hertogenbosch|NL|134
2747373|The Hague|NL|474
2747584|Schijndel|NL|23
2747596|Schiedam|NL|75
2747891|Rotterdam|NL|598
2747930|Roosendaal|NL|77
2748000|Roermond|NL|44
2748185|Rhenen|NL|18
2748371|Raalte|NL|20
2748413|Purmerend|NL|80
2749234|Oss|NL|76
2749450|Oosterhout|NL|53
2749644|Oldenzaal|NL|31
2749680|Oisterwijk|NL|25
2749723|Oegstgeest|NL|21
2750053|Nijmegen|NL|158
2750325|Nieuwegein|NL|61
2750521|Naarden|NL|17
2750884|Middelharnis|NL|17
2750896|Middelburg|NL|46
2750947|Meppel|NL|30
2751073|Medemblik|NL|41
2751285|Maassluis|NL|32
2751424|Losser|NL|22
2751456|Loon op Zand|NL|23
2751738|Lelystad|NL|70
2751773|Leiden|NL|119
2751792|Leeuwarden|NL|91
2751808|Leerdam|NL|20
2751834|Leek|NL|19
2752923|Kerkrade|NL|49
2753106|Kampen|NL|48
2753468|Huizen|NL|41
2753638|Hoorn|NL|68
2753719|Hoogeveen|NL|38
2754064|Hilversum|NL|83
2754394|Hengelo|NL|80
2754447|Helmond|NL|74
2754516|Heiloo|NL|20
2754652|Heerlen|NL|93
2754659|Heerhugowaard|NL|47
2754669|Heerenveen|NL|43
2754692|Heemstede|NL|25
2754697|Heemskerk|NL|36
2754817|Harlingen|NL|16
2754837|Harenkarspel|NL|15
2754861|Hardenberg|NL|57
2755003|Haarlem|NL|147
2755030|Haaksbergen|NL|24
2755251|Groningen|NL|181
2755272|Groesbeek|NL|18
2755420|Gouda|NL|71
2755464|Goirle|NL|22
2755476|Goes|NL|36
2755584|Gennep|NL|16
2755633|Geldermalsen|NL|25
2755669|Geertruidenberg|NL|20
2756071|Enschede|NL|153
2756077|Enkhuizen|NL|17
2756136|Emmen|NL|57
2756253|Eindhoven|NL|209
2756342|Eersel|NL|18
2756429|Ede|NL|67
2756507|Duiven|NL|25
2756559|Dronten|NL|28
2756669|Dordrecht|NL|119
2756723|Dongen|NL|25
2756767|Doetinchem|NL|49
2756888|Diemen|NL|24
2756987|Deventer|NL|97
2757220|Den Helder|NL|59
2757340|Delfzijl|NL|28
2757345|Delft|NL|95
2757850|Dalfsen|NL|26
2757890|Cranendonck|NL|19
2757991|Castricum|NL|35
2758012|Capelle aan den IJssel|NL|65
2758064|Bussum|NL|31
2758174|Brunssum|NL|29
2758401|Breda|NL|167
2758460|Boxtel|NL|29
2758587|Borssele|NL|22
2758598|Borne|NL|20
2758998|Beverwijk|NL|37
2759040|Best|NL|29
2759132|Bergeijk|NL|18
2759145|Bergen op Zoom|NL|66
2759544|Baarn|NL|24
2759633|Assen|NL|62
2759661|Arnhem|NL|141
2759706|Apeldoorn|NL|136
2759794|Amsterdam|NL|741
2759798|Amstelveen|NL|79
2759821|Amersfoort|NL|139
2759875|Alphen aan den Rijn|NL|70
2759887|Almelo|NL|72
2759899|Alkmaar|NL|94
2760123|Aalten|NL|19
2760134|Aalsmeer|NL|22
2761353|Wiener Neustadt|AT|44
2761369|Vienna|AT|1691
2761524|Wels|AT|16
2762372|Villach|AT|58
2764359|Steyr|AT|38
2766429|Sankt Pölten|AT|21
2766824|Salzburg|AT|153
276781|Beirut|LB|1916
277130|Baalbek|LB|30
2771335|Mödling|AT|20
2772173|Lustenau|AT|22
2772400|Linz|AT|204
2774326|Klagenfurt|AT|90
2775220|Innsbruck|AT|132
2778067|Graz|AT|222
2779674|Feldkirch|AT|33
2780741|Dornbirn|AT|49
2781503|Bregenz|AT|29
2782067|Baden bei Wien|AT|26
2783197|Zolder|BE|17
2783941|Wavre|BE|32
2783979|Watermael-Boitsfort|BE|25
2783985|Waterloo|BE|29
2785141|Turnhout|BE|44
2785341|Tournai|BE|67
2785389|Tongeren|BE|29
2787149|Schaarbeek|BE|132
2787889|Roeselare|BE|56
2789529|Oudenaarde|BE|27
2789751|Oostkamp|BE|21
2789786|Ostend|BE|69
2790101|Nivelles|BE|24
2790471|Namur|BE|106
2790595|Mouscron|BE|52
2790869|Mons|BE|91
2791343|Menen|BE|31
2791537|Mechelen|BE|77
2792413|Liège|BE|182
2792482|Leuven|BE|92
2793508|La Louvière|BE|76
2794055|Kortrijk|BE|73
2795011|Ixelles-Elsene|BE|86
2795100|Ypres|BE|35
2795113|Huy|BE|19
2796491|Hasselt|BE|69
2796637|Hamme|BE|22
2797656|Ghent|BE|231
2798573|Eupen|BE|18
2798578|Etterbeek|BE|48
2800481|Charleroi|BE|200
2800866|Brussels|BE|1019
2800931|Bruges|BE|116
2801858|Blankenberge|BE|18
2803073|Arlon|BE|26
2803138|Antwerp|BE|459
2803160|Ans|BE|27
2803201|Anderlecht|BE|160
2803204|Andenne|BE|24
2803560|Zwickau|DE|98
2804008|Zittau|DE|25
2804748|Zerbst|DE|15
2805615|Würzburg|DE|133
2805753|Wuppertal|DE|360
2806142|Worms|DE|81
2807363|Witten|DE|101
2808720|Wilhelmshaven|DE|84
2809346|Wiesbaden|DE|272
2809889|Wetzlar|DE|52
2811698|Weißwasser|DE|22
281184|Jerusalem|IL|801
2812174|Weinheim|DE|43
2812482|Weimar|DE|64
2812515|Weilheim|DE|21
2817220|Villingen-Schwenningen|DE|81
2817599|Verden an der Aller|DE|26
2818094|Uslar|DE|15
2820256|Ulm|DE|120
2820693|Tuttlingen|DE|34
2820860|Tübingen|DE|83
2821164|Trier|DE|100
2821807|Torgau|DE|18
282239|Ramallah|PS|24
2824841|Sulzbach|DE|18
2825297|Stuttgart|DE|589
282615|Nablus|PS|130
2826287|Stralsund|DE|58
2830582|Speyer|DE|50
2831580|Solingen|DE|164
2831948|Sindelfingen|DE|61
2832232|Sigmaringen|DE|16
2832495|Siegen|DE|107
2834282|Schwerin|DE|96
2834498|Schweinfurt|DE|54
2834978|Schwarzenberg|DE|16
283506|Jenin|PS|34
2838059|Schmalkalden|DE|19
2842150|Salzgitter|DE|103
2842647|Saarbrücken|DE|181
2842688|Saalfeld|DE|28
2842884|Rüsselsheim am Main|DE|59
284315|Bethlehem|PS|29
2843636|Rottweil|DE|25
2844588|Rostock|DE|198
2844988|Rosenheim|DE|60
2847736|Reutlingen|DE|112
2848273|Remscheid|DE|117
284899|Jericho|PS|19
2849483|Regensburg|DE|129
2849647|Recklinghausen|DE|122
285066|Hebron|PS|160
285111|Al ‘Ayzarīyah|PS|17
2852458|Potsdam|DE|145
2853292|Plauen|DE|66
2853969|Pforzheim|DE|119
2855328|Passau|DE|50
2855745|Paderborn|DE|142
2856883|Osnabrück|DE|166
2857458|Oldenburg|DE|159
285787|Kuwait City|KW|60
2860410|Oberhausen|DE|219
2861650|Nuremberg|DE|515
2861982|Nordhausen|DE|43
2862026|Norderstedt|DE|71
2862620|Nienburg|DE|32
2863941|Neu-Ulm|DE|51
2864053|Neustadt bei Coburg|DE|16
2864118|Neuss|DE|152
2864475|Neumünster|DE|80
2864549|Neumarkt in der Oberpfalz|DE|39
2866070|Neuburg an der Donau|DE|28
286621|Salalah|OM|163
2867543|Münster|DE|270
2867714|Munich|DE|1260
2867770|Müllheim|DE|18
2867838|Mülheim|DE|170
2867996|Mühlhausen|DE|38
2869894|Mönchengladbach|DE|261
2871992|Memmingen|DE|41
2872155|Meissen|DE|28
2872225|Meiningen|DE|21
287286|Muscat|OM|797
2873891|Mannheim|DE|307
2874225|Mainz|DE|184
2874545|Magdeburg|DE|229
2875115|Lüneburg|DE|71
2875376|Ludwigshafen am Rhein|DE|163
2875457|Lüdenscheid|DE|79
2875601|Lübeck|DE|212
2875623|Lubnjow|DE|17
2875881|Loerrach|DE|47
2877550|Lindau|DE|24
2877648|Limburg an der Lahn|DE|33
2878234|Leverkusen|DE|162
2879139|Leipzig|DE|504
2881485|Landshut|DE|60
2881509|Landsberg am Lech|DE|27
2881885|Lahr|DE|47
2882588|Kulmbach|DE|27
2884509|Krefeld|DE|237
2885237|Köthen|DE|28
2885679|Konstanz|DE|81
2886242|Cologne|DE|963
2886946|Koblenz|DE|107
2891122|Kiel|DE|232
2891524|Kerpen|DE|64
2892080|Kaufbeuren|DE|42
2892518|Kassel|DE|194
2892794|Karlsruhe|DE|283
2894003|Kaiserslautern|DE|98
2895044|Jena|DE|104
2895669|Iserlohn|DE|97
2895992|Ingolstadt|DE|120
2896514|Ilmenau|DE|27
2898321|Höxter|DE|32
290030|Doha|QA|344
2902768|Hof|DE|49
290340|Manama|BH|147
2905891|Herne|DE|172
2906595|Hemer|DE|37
2907669|Heilbronn|DE|120
2907911|Heidelberg|DE|143
2910831|Hanover|DE|515
2911240|Hamm|DE|178
2911271|Hamelin|DE|58
2911298|Hamburg|DE|1739
2911522|Halle|DE|237
2912621|Hagen|DE|198
2918632|Göttingen|DE|122
2918840|Goslar|DE|43
2918987|Görlitz|DE|57
2920512|Giessen|DE|74
2921232|Gera|DE|104
2921466|Gelsenkirchen|DE|270
2921528|Guelders|DE|34
292223|Dubai|AE|2956
2922530|Garmisch-Partenkirchen|DE|26
2923507|Füssen|DE|15
2923544|Fürth|DE|112
2923588|Fürstenwalde|DE|33
2923625|Fürstenfeldbruck|DE|33
2923822|Fulda|DE|63
2924206|Fröndenberg|DE|20
2924585|Friedrichshafen|DE|58
2925034|Freising|DE|42
2925177|Freiburg im Breisgau|DE|215
2925533|Frankfurt am Main|DE|650
2925535|Frankfurt (Oder)|DE|57
2925630|Frankenberg|DE|16
2926271|Flensburg|DE|85
292672|Sharjah city|AE|1324
292878|Fujairah|AE|86
2928810|Essen|DE|593
292913|Al Ain|AE|55
2929567|Erlangen|DE|102
2929600|Erkrath|DE|47
2929670|Erfurt|DE|203
292968|Abu Dhabi Island and Internal Islands City|AE|603
2931414|Eislingen|DE|21
2931574|Eisenach|DE|43
293322|Teverya|IL|44
293397|Tel Aviv|IL|432
2934246|Düsseldorf|DE|573
2934691|Duisburg|DE|504
2935022|Dresden|DE|486
2935517|Dortmund|DE|588
293619|Sderot|IL|27
2936267|Donaueschingen|DE|21
293725|Rehovot|IL|143
293768|Ramla|IL|63
2937936|Detmold|DE|73
2937959|Dessau|DE|67
2938323|Delmenhorst|DE|75
2938913|Darmstadt|DE|140
2939623|Dachau|DE|39
2939811|Cottbus|DE|84
2939951|Coburg|DE|41
2940132|Chemnitz|DE|247
2940383|Calw|DE|23
294071|Netanya|IL|224
294074|Ness Ziona|IL|50
294098|Nazareth|IL|64
294117|Nahariya|IL|58
2944368|Bremerhaven|DE|113
2944388|Bremen|DE|546
2945024|Braunschweig|DE|244
2945358|Brandenburg|DE|59
2945756|Bottrop|DE|119
2946447|Bonn|DE|313
2947416|Bochum|DE|385
294760|Hod HaSharon|IL|63
294801|Haifa|IL|267
2949186|Bielefeld|DE|331
294946|Hadera|IL|97
2950159|Berlin|DE|3426
2950349|Bergisch Gladbach|DE|106
2950978|Bensheim|DE|39
2951825|Bayreuth|DE|75
2951881|Bautzen|DE|41
295277|Eilat|IL|52
2952984|Bamberg|DE|70
295328|Dimona|IL|34
2953389|Bad Neustadt an der Saale|DE|15
2953436|Bad Homburg|DE|51
2953504|Baden-Baden|DE|55
2954172|Augsburg|DE|259
295432|Bet Shemesh|IL|124
2955272|Aschaffenburg|DE|68
295530|Beersheba|IL|186
295548|Bat Yam|IL|129
2955936|Ansbach|DE|31
295629|Ashdod|IL|224
2956656|Amberg|DE|44
295721|Acre|IL|49
2957773|Altenburg|DE|38
2959927|Aalen|DE|67
2960316|Luxembourg|LU|76
2960596|Esch-sur-Alzette|LU|28
2960964|Wexford|IE|19
2960992|Waterford|IE|47
2961123|Tralee|IE|22
2961423|Sligo|IE|20
2962943|Limerick|IE|90
2962961|Letterkenny|IE|19
2963398|Kilkenny|IE|21
2964180|Galway|IE|70
2964405|Ennis|IE|24
2964506|Dún Laoghaire|IE|26
2964540|Dundalk|IE|33
2964574|Dublin|IE|1024
2964661|Drogheda|IE|40
2965140|Cork|IE|190
2967245|Yerres|FR|28
2967421|Wattrelos|FR|42
2967849|Vitry-sur-Seine|FR|81
2967856|Vitry-le-François|FR|17
2967879|Vitré|FR|17
2967917|Viry-Châtillon|FR|31
2968054|Vincennes|FR|45
2968254|Villeurbanne|FR|131
2968515|Villeneuve-sur-Lot|FR|25
2968620|Villenave-d'Ornon|FR|30
2968748|Villefranche-sur-Saône|FR|32
2969257|Vierzon|FR|29
2969284|Vienne|FR|32
2969562|Vesoul|FR|19
2969679|Versailles|FR|85
2969766|Vernon|FR|26
2970072|Vénissieux|FR|57
2970148|Vence|FR|18
2970203|Vélizy-Villacoublay|FR|21
2970761|Vanves|FR|26
2970777|Vannes|FR|54
2970962|Vallauris|FR|27
2971041|Valenciennes|FR|44
2971053|Valence|FR|63
2971482|Tulle|FR|16
2971549|Troyes|FR|60
2972191|Tours|FR|141
2972237|Tournefeuille|FR|29
2972284|Tourcoing|FR|91
2972315|Toulouse|FR|433
2972328|Toulon|FR|168
2972350|Toul|FR|17
2972742|Thonon-les-Bains|FR|31
2972811|Thionville|FR|44
2972893|Thiais|FR|29
2973317|Tassin-la-Demi-Lune|FR|16
2973385|Tarbes|FR|52
2973495|Talence|FR|42
2973675|Suresnes|FR|44
2973783|Strasbourg|FR|274
2974153|Sotteville-lès-Rouen|FR|30
2974389|Soissons|FR|31
2974678|Sèvres|FR|23
2974733|Sète|FR|40
2975050|Sens|FR|28
2975088|Senlis|FR|19
2975233|Sélestat|FR|18
2975349|Sedan|FR|20
2975446|Schiltigheim|FR|32
2975758|Saumur|FR|33
2975964|Sarreguemines|FR|24
2976043|Sarcelles|FR|57
2976341|Salon-de-Provence|FR|41
2976984|Saint-Sébastien-sur-Loire|FR|29
2977246|Saint-Raphaël|FR|34
2977295|Saint-Quentin|FR|55
2977845|Saint-Omer|FR|18
2977921|Saint-Nazaire|FR|67
2978072|Saint-Médard-en-Jalles|FR|29
2978179|Saint-Maur-des-Fossés|FR|75
2978317|Saint-Martin-d'Hères|FR|35
2978640|St-Malo|FR|50
2978758|Saint-Lô|FR|21
2979590|Saint-Herblain|FR|46
2979783|Saint-Germain-en-Laye|FR|41
2980236|Saint-Étienne-du-Rouvray|FR|28
2980291|Saint-Etienne|FR|176
2980558|Sainte-Geneviève-des-Bois|FR|33
2980816|Saint-Dizier|FR|31
2980916|Saint-Denis|FR|96
2980942|Saint-Cyr-l'École|FR|16
2981041|Saint-Cloud|FR|28
2981280|Saint-Brieuc|FR|52
2982235|Rueil-Malmaison|FR|76
2982343|Royan|FR|19
2982652|Rouen|FR|112
2982681|Roubaix|FR|95
298299|Uşak|TR|152
2983011|Romans-sur-Isère|FR|35
2983154|Rodez|FR|28
298333|Sanliurfa|TR|449
2983362|Roanne|FR|39
2983489|Riom|FR|20
2983770|Rezé|FR|39
2983990|Rennes|FR|209
2984513|Rambouillet|FR|26
2984701|Quimper|FR|63
2985034|Puteaux|FR|40
2986140|Pontoise|FR|30
2986160|Pontivy|FR|16
2986302|Pontarlier|FR|20
2986306|Pont-à-Mousson|FR|15
2986495|Poitiers|FR|85
2986501|Poissy|FR|36
2986732|Ploemeur|FR|20
2986930|Plaisir|FR|36
2987805|Pessac|FR|57
2987914|Perpignan|FR|110
2987967|Périgueux|FR|34
2988358|Pau|FR|82
2988507|Paris|FR|2138
2988670|Pamiers|FR|16
2988758|Palaiseau|FR|31
2989204|Orsay|FR|17
2989297|Orly|FR|20
2989317|Orléans|FR|124
2989460|Orange|FR|30
2989877|Noyon|FR|15
2990189|Noisy-le-Grand|FR|62
2990264|Nogent-sur-Oise|FR|19
2990355|Niort|FR|54
2990363|Nîmes|FR|148
2990440|Nice|FR|338
2990474|Nevers|FR|43
2990611|Neuilly-sur-Seine|FR|61
2990612|Neuilly-sur-Marne|FR|34
2990919|Narbonne|FR|50
2990969|Nantes|FR|277
2990970|Nanterre|FR|86
2990999|Nancy|FR|105
2991153|Muret|FR|24
2991214|Mulhouse|FR|111
2991481|Moulins|FR|23
2991551|Mougins|FR|18
2991772|Morlaix|FR|17
2992003|Mont-Saint-Aignan|FR|23
2992090|Montreuil|FR|90
2992166|Montpellier|FR|248
2992292|Montluçon|FR|44
2992367|Montivilliers|FR|16
2992402|Montigny-lès-Metz|FR|26
2992415|Montigny-le-Bretonneux|FR|39
2992616|Montfermeil|FR|23
2992703|Montélimar|FR|35
2992771|Mont-de-Marsan|FR|36
2992863|Montceau-les-Mines|FR|20
2992938|Montbéliard|FR|28
2993002|Montauban|FR|52
2993024|Montargis|FR|17
2993458|Monaco|MC|32
2993760|Miramas|FR|24
2993875|Millau|FR|23
2994144|Meudon|FR|44
2994160|Metz|FR|123
2994393|Mérignac|FR|69
2994497|Menton|FR|29
2994651|Melun|FR|38
2995121|Mauguio|FR|18
2995150|Maubeuge|FR|33
2995387|Martigues|FR|45
2995469|Marseille|FR|794
2995642|Marmande|FR|19
2995652|Marly-le-Roi|FR|17
2995750|Marignane|FR|35
2996148|Mantes-la-Jolie|FR|44
2996180|Manosque|FR|21
2996514|Malakoff|FR|29
2996564|Maisons-Laffitte|FR|22
2996882|Mâcon|FR|35
2996944|Lyon|FR|472
2997110|Lunéville|FR|21
2997395|Lourdes|FR|15
2997556|Lormont|FR|22
2997577|Lorient|FR|58
2997620|Loos|FR|22
2997626|Lons-le-Saunier|FR|20
2997712|Longjumeau|FR|20
2998056|Livry-Gargan|FR|39
2998150|Lisieux|FR|24
299817|Tarsus|TR|256
2998224|Lingolsheim|FR|17
2998286|Limoges|FR|141
2998324|Lille|FR|228
2998431|Liévin|FR|34
2998517|Libourne|FR|24
2998632|L'Haÿ-les-Roses|FR|29
2998975|Levallois-Perret|FR|62
2999683|Les Sables-d'Olonne|FR|16
3000491|Les Lilas|FR|21
3002880|Le Petit-Quevilly|FR|22
3002984|Le Pecq|FR|16
3003093|Lens|FR|38
3003603|Le Mans|FR|144
300371|Soma|TR|65
3003796|Le Havre|FR|185
3003952|Le Grand-Quevilly|FR|26
3004427|Le Creusot|FR|25
3004630|Le Chesnay|FR|29
3004871|Le Cannet|FR|43
3005066|Le Bouscat|FR|24
3005269|Le Blanc-Mesnil|FR|48
3005825|La Valette-du-Var|FR|23
3006283|La Teste-de-Buch|FR|27
3006414|La Seyne-sur-Mer|FR|62
3006767|La Roche-sur-Yon|FR|59
3006787|La Rochelle|FR|76
3007477|Laon|FR|28
3007609|Lannion|FR|21
3007794|Lanester|FR|24
3007874|Landerneau|FR|16
3008379|La Madeleine|FR|23
3009824|La Courneuve|FR|37
3010025|La Ciotat|FR|33
3010529|La Celle-Saint-Cloud|FR|21
3012219|Joué-lès-Tours|FR|37
3012621|Ivry-sur-Seine|FR|57
3012647|Istres|FR|44
3012649|Issy-les-Moulineaux|FR|61
3012664|Issoire|FR|15
3012829|Illzach|FR|15
3012834|Illkirch-Graffenstaden|FR|27
3012937|Hyères|FR|50
3013097|Houilles|FR|31
3013403|Hérouville-Saint-Clair|FR|24
3013619|Hazebrouck|FR|23
3013627|Hayange|FR|15
3014078|Haguenau|FR|38
3014143|Guyancourt|FR|31
3014646|Grigny|FR|24
3014728|Grenoble|FR|158
3014856|Grasse|FR|47
3015419|Gradignan|FR|24
3015689|Gonesse|FR|26
3016078|Gif-sur-Yvette|FR|23
3016321|Gennevilliers|FR|42
3016621|Garges-lès-Gonesse|FR|39
3016702|Gap|FR|42
3016830|Gagny|FR|38
3017253|Fréjus|FR|53
3017341|Franconville|FR|34
3017651|Fos-sur-Mer|FR|17
3017805|Forbach|FR|21
3017910|Fontenay-sous-Bois|FR|52
3017924|Fontenay-aux-Roses|FR|24
3018074|Fontainebleau|FR|19
3018280|Fleury-les-Aubrais|FR|21
3018455|Firminy|FR|17
3018794|Fécamp|FR|22
3019256|Évry|FR|51
3019265|Évreux|FR|57
3019459|Étampes|FR|23
3019766|La Baule-Escoublac|FR|17
3019897|Ermont|FR|28
3020020|Épinay-sur-Seine|FR|46
3020035|Épinal|FR|39
3020062|Épernay|FR|27
3020307|Elbeuf|FR|17
3020310|Élancourt|FR|30
3020495|Échirolles|FR|33
3020601|Eaubonne|FR|24
3020686|Dunkirk|FR|71
3020810|Dreux|FR|31
3020832|Draveil|FR|29
3020839|Drancy|FR|62
3020850|Draguignan|FR|38
3020996|Douarnenez|FR|16
3021000|Douai|FR|46
3021263|Dole|FR|25
3021372|Dijon|FR|149
3021411|Dieppe|FR|35
3021516|Deuil-la-Barre|FR|21
3021605|Denain|FR|21
3021670|Dax|FR|22
3022376|Croix|FR|21
3022530|Créteil|FR|84
3022569|Crépy-en-Valois|FR|15
3022610|Creil|FR|31
3022988|Cournon-d'Auvergne|FR|18
3023763|Corbeil-Essonnes|FR|40
3023924|Conflans-Sainte-Honorine|FR|36
3024035|Concarneau|FR|21
3024066|Compiègne|FR|44
3024107|Combs-la-Ville|FR|22
3024223|Colomiers|FR|31
3024266|Colombes|FR|82
3024297|Colmar|FR|65
3024440|Cognac|FR|20
3024532|Cluses|FR|19
3024596|Clichy-sous-Bois|FR|29
3024597|Clichy|FR|57
3024635|Clermont-Ferrand|FR|138
3024783|Clamart|FR|51
3025055|Choisy-le-Roi|FR|35
3025314|Chevilly-Larue|FR|20
3025466|Cherbourg-Octeville|FR|26
3025622|Chelles|FR|46
3025715|Chaville|FR|18
3025892|Chaumont|FR|28
3026033|Chatou|FR|30
3026083|Châtillon|FR|32
3026108|Châtenay-Malabry|FR|32
3026141|Châtellerault|FR|37
3026194|Château-Thierry|FR|15
3026204|Châteauroux|FR|53
3026285|Châteaudun|FR|16
3026467|Chartres|FR|43
3026613|Charleville-Mézières|FR|52
3026637|Charenton-le-Pont|FR|30
3027105|Champigny-sur-Marne|FR|76
3027422|Chambéry|FR|61
3027453|Chamalières|FR|20
3027484|Chalon-sur-Saône|FR|47
3027513|Challans|FR|18
3027763|Cestas|FR|18
3027767|Cesson-Sévigné|FR|16
3027883|Cergy|FR|57
3027950|Cenon|FR|22
3028134|Cavaillon|FR|26
3028263|Castres|FR|47
3028542|Carpentras|FR|29
3028641|Carcassonne|FR|49
3028779|Canteleu|FR|15
3028808|Cannes|FR|70
3029030|Cambrai|FR|36
3029096|Caluire-et-Cuire|FR|42
3029162|Calais|FR|74
3029213|Cahors|FR|23
3029227|Cagnes-sur-Mer|FR|46
3029241|Caen|FR|110
3029276|Cachan|FR|26
3029748|Brunoy|FR|24
3029974|Brive-la-Gaillarde|FR|53
3030057|Brignoles|FR|15
3030101|Brie-Comte-Robert|FR|15
3030257|Brétigny-sur-Orge|FR|24
3030300|Brest|FR|144
3030303|Bressuire|FR|20
3030990|Bourg-la-Reine|FR|18
3031005|Bourges|FR|67
3031009|Bourg-en-Bresse|FR|45
3031133|Boulogne-sur-Mer|FR|47
3031137|Boulogne-Billancourt|FR|108
3031582|Bordeaux|FR|231
3031815|Bondy|FR|48
3031898|Boissy-Saint-Léger|FR|15
3032070|Bois-Colombes|FR|24
3032179|Bobigny|FR|44
3032213|Blois|FR|53
3032469|Blagnac|FR|24
3032551|Bischheim|FR|17
3032797|Biarritz|FR|33
3032824|Bezons|FR|27
3032833|Béziers|FR|74
3033002|Béthune|FR|31
3033123|Besançon|FR|128
3033391|Bergerac|FR|28
3033791|Belfort|FR|54
3034006|Beauvais|FR|53
3034475|Bayonne|FR|44
3034483|Bayeux|FR|15
3034640|Bastia|FR|41
3034911|Bar-le-Duc|FR|18
3035403|Bagnolet|FR|33
3035409|Bagneux|FR|38
3035681|Avignon|FR|89
3035843|Auxerre|FR|41
3035883|Autun|FR|18
3036016|Aurillac|FR|34
3036145|Aulnay-sous-Bois|FR|80
3036281|Auch|FR|24
3036386|Aubervilliers|FR|70
3036433|Aubagne|FR|44
3036460|Athis-Mons|FR|31
3036784|Arras|FR|47
3036903|Armentières|FR|26
3036938|Arles|FR|53
3037044|Argenteuil|FR|101
3037051|Argentan|FR|18
3037157|Arcueil|FR|17
3037423|Antony|FR|59
3037456|Antibes|FR|76
3037514|Annonay|FR|18
3037538|Annemasse|FR|28
3037540|Annecy-le-Vieux|FR|21
3037543|Annecy|FR|49
3037598|Angoulême|FR|49
3037612|Anglet|FR|40
3037656|Angers|FR|168
3037854|Amiens|FR|143
3038213|Alfortville|FR|37
3038224|Alès|FR|42
3038230|Alençon|FR|30
3038261|Albi|FR|52
3038266|Albertville|FR|19
3038334|Ajaccio|FR|54
3038350|Aix-les-Bains|FR|27
3038354|Aix-en-Provence|FR|146
3038634|Agen|FR|34
3038638|Agde|FR|23
3038789|Abbeville|FR|26
3040051|Escaldes-Engordany|AD|15
3041563|Andorra la Vella|AD|20
3041732|Mariehamn|AX|10
3042030|Vaduz|LI|5
3042638|Zalaegerszeg|HU|61
3042929|Veszprém|HU|62
3043293|Vác|HU|35
3044082|Tatabánya|HU|70
3044083|Tata|HU|23
3044310|Szombathely|HU|79
3044760|Szekszárd|HU|34
3044774|Székesfehérvár|HU|101
3045190|Sopron|HU|57
304531|Mersin|TR|537
3045332|Siófok|HU|23
304612|Menemen|TR|53
3046526|Pécs|HU|156
3047679|Nagykanizsa|HU|50
3047896|Mosonmagyaróvár|HU|30
3047967|Mohács|HU|18
3049519|Komárom|HU|19
3050434|Kecskemét|HU|109
3050616|Kaposvár|HU|67
3052009|Győr|HU|128
3052236|Gödöllő|HU|32
3053163|Esztergom|HU|28
3053281|Érd|HU|62
3053438|Dunaújváros|HU|50
3054643|Budapest|HU|1741
3055685|Baja|HU|37
3056459|Zvolen|SK|44
3056508|Žilina|SK|85
3057124|Trnava|SK|69
3057140|Trenčín|SK|58
3057769|Šaľa|SK|24
3057789|Ružomberok|SK|30
3057963|Púchov|SK|18
3058000|Prievidza|SK|52
3058060|Považská Bystrica|SK|43
3058202|Piešťany|SK|30
3058472|Nové Zámky|SK|37
3058477|Nové Mesto nad Váhom|SK|21
3058531|Nitra|SK|86
3058897|Malacky|SK|17
3058986|Lučenec|SK|28
3059050|Liptovský Mikuláš|SK|31
3059101|Levice|SK|37
3059179|Kysucké Nové Mesto|SK|16
3059436|Komárno|SK|33
3060095|Hlohovec|SK|23
3060219|Galanta|SK|15
3060308|Dunajská Streda|SK|22
3060346|Dubnica nad Váhom|SK|23
3060405|Dolný Kubín|SK|18
3060835|Čadca|SK|24
3060950|Brezno|SK|21
3060972|Bratislava|SK|423
3061186|Banská Bystrica|SK|82
3061344|Znojmo|CZ|35
3062283|Vyškov|CZ|22
3063907|Trutnov|CZ|31
306571|Konya|TR|875
3067421|Prostějov|CZ|47
3067580|Přerov|CZ|47
3067696|Prague|CZ|1165
3068160|Pilsen|CZ|164
3068799|Ostrava|CZ|313
3068927|Opava|CZ|60
3069011|Olomouc|CZ|101
3070544|Mladá Boleslav|CZ|43
3071961|Liberec|CZ|97
3072463|Kutná Hora|CZ|21
3073371|Kolín|CZ|29
3073699|Kladno|CZ|70
3073803|Karlovy Vary|CZ|51
3074204|Jičín|CZ|16
3074967|Hradec Králové|CZ|95
3075654|Hodonín|CZ|26
3075919|Havlíčkův Brod|CZ|24
307654|Kırıkkale|TR|211
3077835|Cheb|CZ|33
3077882|Český Těšín|CZ|25
3077916|České Budějovice|CZ|96
3078610|Brno|CZ|369
3078773|Břeclav|CZ|25
3079273|Blansko|CZ|20
3079508|Benešov|CZ|16
3079855|Żywiec|PL|32
3080004|Żory|PL|63
3080074|Złotoryja|PL|15
3080165|Zielona Góra|PL|118
3080231|Zgorzelec|PL|33
3080251|Zgierz|PL|58
3080526|Zawiercie|PL|53
3080866|Zakopane|PL|27
3080944|Żagań|PL|26
3080985|Zabrze|PL|192
3081046|Ząbkowice Śląskie|PL|16
3081368|Wroclaw|PL|634
3081677|Wodzisław Śląski|PL|49
3081741|Włocławek|PL|120
3082197|Wieluń|PL|21
3082473|Wejherowo|PL|46
3082707|Wałbrzych|PL|127
3082722|Wadowice|PL|19
3082756|Ustka|PL|16
3082914|Tychy|PL|130
3083271|Torun|PL|198
3083426|Tczew|PL|60
3083829|Szczecin|PL|407
3083878|Szamotuły|PL|18
3083955|Świnoujście|PL|40
3083988|Świętochłowice|PL|55
3084074|Gmina Świecie|PL|25
3084093|Swidnica|PL|60
308464|Kayseri|TR|592
3084840|Stargard|PL|71
3085128|Sosnowiec|PL|227
3085151|Sopot|PL|37
3085450|Słupsk|PL|98
3085495|Słubice|PL|17
3085978|Sieradz|PL|44
3086024|Siemianowice Śląskie|PL|73
3086531|Rydułtowy|PL|21
3086586|Rybnik|PL|142
3086800|Ruda Śląska|PL|146
3087307|Rawicz|PL|21
3087497|Radomsko|PL|45
3087584|Racibórz|PL|58
3087705|Pszczyna|PL|25
3088435|Polkowice|PL|21
3088461|Police|PL|34
3088825|Płock|PL|127
3088972|Piotrkow Trybunalski|PL|80
3089578|Pabianice|PL|70
3089658|Oświęcim|PL|39
3089684|Ostrów Wielkopolski|PL|72
3089779|Ostróda|PL|33
3090048|Opole|PL|127
3090436|Nysa|PL|47
3091150|Nakło nad Notecią|PL|19
3091232|Mysłowice|PL|74
3091831|Mikołów|PL|38
3091969|Międzyrzecz|PL|18
3092472|Malbork|PL|38
3092906|Lubliniec|PL|23
3092931|Lubin|PL|77
3093066|Lowicz|PL|29
3093133|Lodz|PL|768
3093524|Leszno|PL|63
3093726|Łęczyca|PL|15
3094170|Kutno|PL|48
3094802|Krakow|PL|755
3095049|Koszalin|PL|107
3095151|Kościan|PL|24
3095321|Konin|PL|81
3095795|Kołobrzeg|PL|44
3095797|Koło|PL|23
3096053|Kłodzko|PL|26
3096472|Katowice|PL|317
3096525|Kartuzy|PL|15
3096880|Kalisz|PL|108
3097257|Jelenia Góra|PL|87
3097391|Jastrzębie Zdrój|PL|95
3097528|Jarocin|PL|25
3097872|Inowrocław|PL|77
3097902|Iława|PL|32
3098130|Gubin|PL|16
3098200|Gryfino|PL|21
3098218|Grudziądz|PL|95
3098722|Gorzów Wielkopolski|PL|124
3098966|Goleniów|PL|22
3099112|Gniezno|PL|70
3099213|Głogów|PL|67
3099230|Gliwice|PL|198
3099424|Gdynia|PL|244
3099434|Gdansk|PL|461
3099759|Elblag|PL|127
3100796|Dąbrowa Górnicza|PL|118
3100946|Częstochowa|PL|248
3101321|Cieszyn|PL|35
3101547|Chrzanów|PL|39
3101619|Chorzów|PL|113
3101672|Chojnice|PL|39
3101680|Chodzież|PL|19
3101787|Chełmża|PL|15
3101795|Chełmno|PL|20
3101943|Bytów|PL|16
3101950|Bytom|PL|189
3102014|Bydgoszcz|PL|366
3102459|Brzeg|PL|38
3102627|Brodnica|PL|27
3102677|Braniewo|PL|18
3102987|Bolesławiec|PL|40
3103034|Boguszów-Gorce|PL|16
3103096|Bogatynia|PL|17
3103402|Bielsko-Biala|PL|176
3103556|Białogard|PL|24
3103709|Bełchatów|PL|62
3103719|Będzin|PL|58
3104132|Aleksandrów Łódzki|PL|20
3104316|Zarautz|ES|22
3104324|Zaragoza|ES|674
3104342|Zamora|ES|66
3104499|Vitoria-Gasteiz|ES|235
3105184|Vilanova i la Geltrú|ES|65
3105600|Vilafranca del Penedès|ES|38
3105976|Vigo|ES|297
3106050|Vic|ES|39
3106180|El Vendrell|ES|35
3106492|Valls|ES|25
3106672|Valladolid|ES|317
3107677|Tortosa|ES|35
3107775|Torrelavega|ES|55
3107784|Torrejón de Ardoz|ES|118
3108126|Teruel|ES|35
3108286|Terrassa|ES|218
3108288|Tarragona|ES|140
3108877|Sitges|ES|27
3109256|Segovia|ES|56
3109402|Cerdanyola del Vallès|ES|58
3109642|Santiago de Compostela|ES|95
3109718|Santander|ES|182
3109981|Santa Coloma de Gramenet|ES|118
3110040|San Sebastián de los Reyes|ES|75
3110044|Donostia / San Sebastian|ES|185
3110458|El Escorial|ES|17
311046|Izmir|TR|2500
3110519|Sant Joan Despí|ES|32
3110642|Sant Feliu de Llobregat|ES|42
3110643|Sant Feliu de Guíxols|ES|21
3110834|Sant Boi de Llobregat|ES|82
3110921|Sant Adrià de Besòs|ES|36
3110962|Langreo|ES|39
3110983|Salt|ES|29
3110986|Salou|ES|26
3111108|Salamanca|ES|155
3111348|Roses|ES|20
3111933|Reus|ES|107
3112154|Redondela|ES|29
3112989|Pozuelo de Alarcón|ES|82
3113209|Pontevedra|ES|81
3113236|Ponferrada|ES|68
3113331|Plasencia|ES|41
3113415|Pinto|ES|43
3113526|Pineda de Mar|ES|26
3114256|Parla|ES|115
3114472|Pamplona|ES|198
3114531|Palencia|ES|82
3114566|Palamós|ES|18
3114567|Palafrugell|ES|22
3114711|Oviedo|ES|224
3114965|Ourense|ES|107
3115093|Olot|ES|33
3115171|Olesa de Montserrat|ES|23
3115739|Narón|ES|37
3116503|Arrasate / Mondragón|ES|22
3116553|Mollet del Vallès|ES|52
3116689|Miranda de Ebro|ES|39
311704|İdil|TR|22
3117164|Mataró|ES|121
3117533|Manresa|ES|76
3117539|Manlleu|ES|20
3117636|Malgrat de Mar|ES|18
3117735|Madrid|ES|3255
3117814|Lugo|ES|96
3118150|Logroño|ES|152
3118212|Lloret de Mar|ES|39
3118228|Laudio / Llodio|ES|18
3118514|Lleida|ES|135
3118532|León|ES|134
3118594|Leganés|ES|186
3119841|A Coruña|ES|246
3120304|Irun|ES|60
3120431|Igualada|ES|38
3120514|Huesca|ES|52
3120811|Hernani|ES|20
3121070|Guadalajara|ES|83
3121145|Granollers|ES|60
3121424|Gijón|ES|277
3121437|Getafe|ES|167
3121456|Girona|ES|96
3121960|Fuenlabrada|ES|197
3122453|Figueres|ES|43
3122826|Esplugues de Llobregat|ES|46
3123329|el Prat de Llobregat|ES|63
3123709|Eibar|ES|27
3124408|Coslada|ES|90
3124569|Cornellà de Llobregat|ES|87
3124794|Collado Villalba|ES|63
3124967|Ciutadella|ES|29
3125621|Castro Urdiales|ES|31
3125897|Castelldefels|ES|62
3126369|Carballo|ES|30
3126888|Cambrils|ES|32
3127007|Calella|ES|18
3127047|Calatayud|ES|21
3127065|Calahorra|ES|24
3127461|Burgos|ES|178
3127978|Blanes|ES|40
3128201|Berga|ES|17
3128273|Benicarló|ES|26
3128760|Barcelona|ES|1621
3128795|Barbastro|ES|16
3128885|Banyoles|ES|18
3128978|Balaguer|ES|16
3129028|Badalona|ES|219
3129135|Avilés|ES|78
3129136|Ávila|ES|56
3129661|Arenys de Mar|ES|15
3129857|Aranjuez|ES|54
3129877|Aranda de Duero|ES|32
3130131|Amposta|ES|21
3130564|Alcorcón|ES|167
3130583|Alcobendas|ES|107
3130606|Alcañiz|ES|16
3130616|Alcalá de Henares|ES|204
3133880|Trondheim|NO|147
3133895|Tromsø|NO|52
3134331|Tønsberg|NO|38
3137115|Stavanger|NO|121
3139075|Skien|NO|50
3140084|Sarpsborg|NO|52
3140321|Sandnes|NO|63
3140390|Sandefjord|NO|42
3143244|Oslo|NO|580
3145580|Molde|NO|18
3145614|Mo i Rana|NO|17
3147474|Lillehammer|NO|19
3148129|Larvik|NO|23
3149312|Kristiansund|NO|16
3149318|Kristiansand|NO|63
3149563|Kongsberg|NO|17
3151770|Horten|NO|17
3153623|Haugesund|NO|40
315373|Erzincan|TR|114
3153823|Harstad|NO|19
3154084|Hamar|NO|29
3154209|Halden|NO|21
315498|Heraclea|TR|92
3155573|Gjøvik|NO|17
315621|Emirdağ|TR|20
3156529|Fredrikstad|NO|72
315808|Elâzığ|TR|298
3159016|Drammen|NO|90
315985|Edremit|TR|40
3160881|Bodø|NO|34
3161732|Bergen|NO|213
3162657|Asker|NO|60
3162955|Arendal|NO|30
3163392|Ålesund|NO|44
3163995|Voghera|IT|36
3164028|Vittorio Veneto|IT|24
3164039|Viterbo|IT|47
3164080|Vimodrone|IT|16
3164083|Vimercate|IT|22
316411|Doğubeyazıt|TR|70
3164153|Villaricca|IT|25
3164241|Villafranca di Verona|IT|15
3164342|Vignola|IT|22
3164376|Vigevano|IT|57
3164419|Vicenza|IT|107
3164433|Viareggio|IT|49
3164527|Verona|IT|219
3164565|Vercelli|IT|45
3164582|Ventimiglia|IT|18
3164603|Venice|IT|51
3164617|Venaria Reale|IT|33
3164630|Velletri|IT|48
3164672|Vasto|IT|30
3164699|Varese|IT|76
3164919|Valenzano|IT|16
3164920|Valenza|IT|17
3164954|Valdagno|IT|22
3165072|Udine|IT|97
3165178|Triggiano|IT|26
3165185|Trieste|IT|187
3165198|Trezzano sul Naviglio|IT|20
3165201|Treviso|IT|77
3165207|Treviglio|IT|24
3165240|Trentola-Ducenta|IT|17
3165243|Trento|IT|80
3165275|Trecate|IT|19
3165322|Trani|IT|53
3165340|Tradate|IT|17
3165370|Tortona|IT|22
3165456|Torre del Greco|IT|85
3165475|Torre Annunziata|IT|43
3165524|Turin|IT|870
3165595|Tolentino|IT|16
3165624|Tivoli|IT|22
3165698|Thiene|IT|21
3165737|Terzigno|IT|17
3165762|Terracina|IT|30
3165771|Terni|IT|97
3165773|Termoli|IT|31
3165788|Terlizzi|IT|25
3165803|Teramo|IT|36
3165926|Taranto|IT|181
3166034|Sulmona|IT|21
3166236|Spoleto|IT|19
316634|Dinar|TR|35
3166387|Sora|IT|23
3166397|Sondrio|IT|19
3166404|Somma Vesuviana|IT|32
3166548|Siena|IT|42
3166571|Sezze|IT|16
3166574|Seveso|IT|22
3166576|Settimo Torinese|IT|44
3166595|Sestri Levante|IT|16
3166598|Sesto San Giovanni|IT|76
3166601|Sesto Fiorentino|IT|45
3166706|Seriate|IT|23
3166711|Seregno|IT|42
3166740|Senigallia|IT|30
3166808|Segrate|IT|28
3166917|Schio|IT|33
3166988|Scandicci|IT|44
3167010|Scafati|IT|49
3167022|Savona|IT|58
3167034|Savigliano|IT|16
3167044|Sava|IT|15
3167053|Sassuolo|IT|36
3167096|Sassari|IT|91
3167104|Sarzana|IT|20
3167113|Saronno|IT|38
3167116|Sarno|IT|28
3167327|Santeramo in Colle|IT|24
3167393|Sant'Antonio Abate|IT|18
3167419|Sant'Antimo|IT|33
3167509|Sant'Anastasia|IT|20
3167561|Santa Maria Capua Vetere|IT|31
3167731|San Severo|IT|54
3167751|San Salvo|IT|17
3167777|Sanremo|IT|47
3167954|San Miniato Basso|IT|26
3167978|San Mauro Torinese|IT|18
3168070|San Marino|SM|4
3168175|San Lazzaro di Savena|IT|22
3168209|San Giuseppe Vesuviano|IT|26
3168222|San Giuliano Milanese|IT|31
3168231|San Giovanni Valdarno|IT|16
3168234|San Giovanni Rotondo|IT|26
3168236|San Giovanni Lupatoto|IT|20
3168239|San Giovanni in Persiceto|IT|15
3168309|San Giorgio a Cremano|IT|45
3168414|San Donato Milanese|IT|28
3168429|San Donà di Piave|IT|32
3168514|San Bonifacio|IT|17
3168550|San Benedetto del Tronto|IT|45
3168627|Salsomaggiore Terme|IT|15
3168673|Salerno|IT|125
3168730|Sacile|IT|16
3168770|Ruvo di Puglia|IT|23
3168775|Rutigliano|IT|17
3168837|Rozzano|IT|39
3168843|Rovigo|IT|39
3168854|Rovereto|IT|34
3168936|Roseto degli Abruzzi|IT|16
3169056|Romano di Lombardia|IT|17
3169070|Rome|IT|2318
3169181|Rocca di Papa|IT|15
3169231|Rivoli|IT|46
3169361|Rimini|IT|118
3169412|Rieti|IT|39
3169424|Riccione|IT|32
3169447|Rho|IT|47
3169522|Reggio Emilia|IT|133
3169561|Ravenna|IT|80
3169602|Rapallo|IT|26
3169724|Qualiano|IT|23
3169742|Putignano|IT|23
3169921|Prato|IT|181
3169984|Pozzuoli|IT|45
3170027|Potenza|IT|56
3170072|Porto Sant'Elpidio|IT|22
3170073|Porto San Giorgio|IT|15
3170086|Portogruaro|IT|17
3170102|Civitanova Marche|IT|41
3170116|Portici|IT|55
3170147|Pordenone|IT|49
3170272|Pontedera|IT|19
3170341|Pomigliano d'Arco|IT|38
3170342|Pomezia|IT|22
3170457|Poggiomarino|IT|19
3170504|Poggibonsi|IT|21
3170621|Pistoia|IT|73
3170647|Pisa|IT|77
3170659|Piossasco|IT|16
3170674|Piombino|IT|30
3170676|Pioltello|IT|34
3170694|Pinerolo|IT|30
3170778|Pietrasanta|IT|18
3171058|Piacenza|IT|93
3171168|Pescara|IT|116
3171173|Pesaro|IT|77
3171180|Perugia|IT|120
3171366|Pavia|IT|65
3171457|Parma|IT|146
3171484|Parabiago|IT|26
3171562|Palo del Colle|IT|20
3171586|Palazzolo sull'Oglio|IT|17
3171664|Palagiano|IT|15
3171703|Pagani|IT|32
3171728|Padova|IT|203
3171737|Paderno Dugnano|IT|46
3171786|Ostuni|IT|24
3171848|Osimo|IT|16
3171900|Orta Nova|IT|16
3171986|Orbassano|IT|21
3172116|Oderzo|IT|15
3172154|Nuoro|IT|35
3172170|Novi Ligure|IT|25
3172184|Novate Milanese|IT|19
3172189|Novara|IT|93
3172191|Nova Milanese|IT|22
3172227|Nola|IT|24
3172228|Noicattaro|IT|21
3172240|Noci|IT|15
3172243|Nocera Superiore|IT|23
3172244|Nocera Inferiore|IT|45
3172269|Nichelino|IT|47
3172287|Nettuno|IT|44
3172297|Nerviano|IT|17
3172379|Nardò|IT|29
3172394|Naples|IT|959
3172472|Mugnano di Napoli|IT|34
3172479|Muggiò|IT|23
3172629|Monza|IT|119
3172681|Montichiari|IT|15
3172718|Montevarchi|IT|18
3172768|Monterotondo|IT|37
3172828|Montemurlo|IT|17
3172979|Montecchio Maggiore|IT|20
3172996|Montecatini Terme|IT|17
3173029|Montebelluna|IT|26
3173124|Monselice|IT|18
3173131|Monopoli|IT|37
3173153|Monfalcone|IT|26
3173160|Mondragone|IT|26
3173162|Mondovì|IT|21
3173180|Moncalieri|IT|49
3173287|Molfetta|IT|59
3173302|Mola di Bari|IT|24
3173314|Mogliano Veneto|IT|21
3173326|Modugno|IT|36
3173331|Modena|IT|158
3173369|Mirano|IT|15
3173370|Mirandola|IT|17
3173385|Mira|IT|32
3173391|Minturno|IT|16
3173435|Milan|IT|1236
3173537|Mesagne|IT|26
3173577|Merano|IT|33
3173582|Mentana|IT|17
3173599|Melzo|IT|18
3173614|Melito di Napoli|IT|36
3173631|Melegnano|IT|16
3173671|Meda|IT|22
3173721|Matera|IT|54
3173762|Massafra|IT|30
3173775|Massa|IT|64
3173841|Martina Franca|IT|37
3173914|Marino|IT|38
3173945|Marigliano|IT|29
3173949|Mariano Comense|IT|22
3173995|Marcianise|IT|40
3174021|Marano di Napoli|IT|49
3174051|Mantova|IT|39
3174092|Manfredonia|IT|52
3174096|Manduria|IT|27
3174141|Malnate|IT|15
3174295|Magenta|IT|22
3174358|Maddaloni|IT|34
3174380|Macerata|IT|30
3174494|Lugo|IT|21
3174526|Lucera|IT|32
3174530|Lucca|IT|81
3174638|Lodi|IT|40
3174659|Livorno|IT|153
3174679|Lissone|IT|37
3174719|Limbiate|IT|32
3174748|Lido|IT|15
3174921|Legnano|IT|57
3174922|Legnago|IT|21
3174945|Lecco|IT|46
3174953|Lecce|IT|80
3175058|Latina|IT|76
3175081|La Spezia|IT|88
3175121|L’Aquila|IT|33
3175173|Lanciano|IT|35
3175238|Lainate|IT|25
3175298|Ladispoli|IT|34
3175384|Ivrea|IT|23
3175445|Isernia|IT|16
3175453|Ischia Porto|IT|18
3175532|Imperia|IT|38
3175537|Imola|IT|52
3175628|Iesi|IT|36
3175743|Grumo Nevano|IT|17
3175755|Grugliasco|IT|33
3175773|Grottaglie|IT|31
3175775|Grottaferrata|IT|18
3175860|Gravina in Puglia|IT|42
3175952|Gragnano|IT|29
3175986|Gorizia|IT|34
3175990|Gorgonzola|IT|18
3176041|Giussano|IT|24
3176053|Giulianova|IT|20
3176059|Giugliano in Campania|IT|80
3176072|Giovinazzo|IT|19
3176090|Gioia del Colle|IT|24
3176097|Ginosa|IT|16
3176177|Ghedi|IT|16
3176203|Genzano di Roma|IT|20
3176219|Genoa|IT|580
3176322|Garbagnate Milanese|IT|25
3176366|Gallipoli|IT|19
3176379|Galliate|IT|15
3176391|Gallarate|IT|50
3176407|Galatina|IT|19
3176438|Gaeta|IT|19
3176515|Frosinone|IT|44
3176560|Frattaminore|IT|15
3176561|Frattamaggiore|IT|29
3176589|Frascati|IT|20
3176603|Francavilla Fontana|IT|33
3176605|Francavilla al Mare|IT|21
3176639|Fossano|IT|18
3176733|Formigine|IT|26
3176738|Formia|IT|28
3176746|Forlì|IT|93
3176748|Forio|IT|15
3176843|Fondi|IT|26
3176849|Follonica|IT|21
3176854|Foligno|IT|47
3176885|Foggia|IT|137
3176923|Fiumicino|IT|34
3176959|Florence|IT|349
3176970|Fiorano Modenese|IT|16
3177029|Fidenza|IT|21
3177099|Fermo|IT|18
3177171|Fasano|IT|22
3177219|Fano|IT|38
3177250|Falconara Marittima|IT|25
3177300|Faenza|IT|41
3177315|Fabriano|IT|23
3177337|Este|IT|16
3177363|Ercolano|IT|53
3177372|Erba|IT|16
3177400|Empoli|IT|34
3177532|Domodossola|IT|17
3177608|Desio|IT|40
3177610|Desenzano del Garda|IT|22
3177650|Dalmine|IT|22
3177664|Cusano Milanino|IT|18
3177838|Cremona|IT|59
3177841|Crema|IT|31
3178004|Corsico|IT|33
3178019|Correggio|IT|15
3178074|Cornaredo|IT|20
3178087|Cormano|IT|19
3178112|Cordenons|IT|15
3178131|Corato|IT|46
3178141|Copertino|IT|23
3178147|Conversano|IT|22
3178197|Conegliano|IT|30
3178229|Como|IT|81
3178388|Collegno|IT|46
3178398|Colleferro|IT|20
3178402|Colle di Val d'Elsa|IT|16
3178587|Civitavecchia|IT|47
3178619|Città di Castello|IT|22
3178650|Cirié|IT|17
3178671|Cinisello Balsamo|IT|71
3178738|Ciampino|IT|35
3178745|Chivasso|IT|23
3178784|Chioggia|IT|41
3178796|Chieti|IT|44
3178818|Chieri|IT|32
3178832|Chiavari|IT|26
3178850|Chiari|IT|15
3178956|Cesenatico|IT|18
3178957|Cesena|IT|79
3178972|Cesano Maderno|IT|36
3178998|Cervia|IT|20
3178999|Cerveteri|IT|15
3179066|Cernusco sul Naviglio|IT|29
3179109|Cercola|IT|17
3179162|Cento|IT|18
3179218|Ceglie Messapica|IT|16
3179235|Cecina|IT|22
3179337|Cava de' Tirreni|IT|48
3179347|Cattolica|IT|16
3179415|Castiglione delle Stiviere|IT|18
3179443|Castel Volturno|IT|21
3179560|Castel Maggiore|IT|16
3179661|Castellammare di Stabia|IT|65
3179684|Castelfranco Veneto|IT|25
3179686|Castelfranco Emilia|IT|17
3179781|Cassino|IT|21
3179795|Cassano d'Adda|IT|17
3179806|Casoria|IT|58
3179866|Caserta|IT|72
3179977|Cascina|IT|40
3180133|Casamassima|IT|18
3180172|Casalnuovo di Napoli|IT|45
3180208|Casale Monferrato|IT|31
3180224|Casalecchio di Reno|IT|33
3180240|Casal di Principe|IT|20
3180423|Carrara|IT|58
3180445|Carpi|IT|53
3180496|Carmagnola|IT|23
3180541|Cardito|IT|22
3180581|Carate Brianza|IT|15
3180601|Capua|IT|15
3180733|Capannori|IT|41
3180792|Canosa di Puglia|IT|30
3180991|Campobasso|IT|39
3181018|Campi Bisenzio|IT|32
3181125|Camaiore|IT|26
3181258|Caivano|IT|34
3181355|Busto Arsizio|IT|79
3181359|Bussolengo|IT|15
3181471|Brusciano|IT|15
3181495|Brugherio|IT|33
3181528|Brindisi|IT|78
3181548|Bresso|IT|25
3181550|Brixen|IT|15
3181554|Brescia|IT|184
3181631|Bra|IT|24
3181641|Bovisio-Masciago|IT|16
3181683|Boscoreale|IT|26
3181790|Borgomanero|IT|20
3181913|Bolzano|IT|99
3181928|Bologna|IT|366
3181931|Bollate|IT|35
3181995|Bitonto|IT|51
3182007|Bisceglie|IT|53
3182043|Biella|IT|43
3182164|Bergamo|IT|114
3182179|Benevento|IT|48
3182210|Belluno|IT|25
3182272|Battipaglia|IT|47
3182340|Barletta|IT|93
3182351|Bari|IT|277
3182361|Bareggio|IT|16
3182599|Bacoli|IT|25
3182636|Avezzano|IT|37
3182640|Aversa|IT|52
3182650|Avellino|IT|48
3182714|Asti|IT|61
3182749|Ascoli Piceno|IT|41
3182757|Arzignano|IT|21
3182765|Arzano|IT|34
3182851|Ariccia|IT|17
3182886|Arese|IT|19
3182897|Ardea|IT|17
3182904|Arcore|IT|16
3182957|Aprilia|IT|41
3182997|Aosta|IT|32
3183005|Anzio|IT|45
3183063|Angri|IT|31
3183072|Andria|IT|98
3183089|Ancona|IT|89
3183178|Altamura|IT|67
3183187|Alpignano|IT|16
3183284|Alghero|IT|34
3183299|Alessandria|IT|64
3183319|Albignasego|IT|16
3183343|Albenga|IT|17
3183356|Albano Laziale|IT|26
3183364|Alba|IT|24
3183412|Agropoli|IT|17
3183455|Afragola|IT|62
3183472|Adelfia|IT|16
3183490|Acqui Terme|IT|17
3183494|Acquaviva delle Fonti|IT|20
3183541|Acerra|IT|53
3183573|Abbiategrasso|IT|30
3183587|Abano Terme|IT|18
3183719|Vlorë|AL|89
3183875|Tirana|AL|374
3184081|Shkodër|AL|88
3184935|Lezhë|AL|18
3185082|Krujë|AL|21
3185211|Kavajë|AL|29
3185672|Fier|AL|56
3185728|Durrës|AL|122
3186084|Berat|AL|46
3186781|Zaprešić|HR|19
3186886|Zagreb|HR|698
3186952|Zadar|HR|71
3187047|Vukovar|HR|29
3187609|Visoko|BA|17
3187694|Virovitica|HR|15
3187719|Vinkovci|HR|33
3188244|Velika Gorica|HR|31
3188383|Varaždin|HR|41
3188402|Valjevo|RS|61
3188434|Užice|RS|63
3188915|Trbovlje|SI|15
3188924|Travnik|BA|31
3189075|Velenje|SI|25
3190261|Split|HR|176
3190359|Solin|HR|20
3190586|Slavonski Brod|HR|60
3190589|Požega|HR|21
3190813|Sisak|HR|35
3190941|Šibenik|HR|37
3191281|Sarajevo|BA|696
3191316|Samobor|HR|15
3191648|Rijeka|HR|141
3192224|Pula|HR|59
3192241|Ptuj|SI|18
3193044|Podgorica|ME|236
3193161|Pljevlja|ME|19
3193935|Osijek|HR|88
3194351|Novo Mesto|SI|23
3194360|Novi Sad|RS|215
3194494|Nikšić|ME|58
3194828|Mostar|BA|104
3195506|Maribor|SI|95
3196359|Ljubljana|SI|272
3197378|Kranj|SI|36
3197728|Koprivnica|HR|25
3197753|Koper|SI|24
3199394|Herceg Novi|ME|19
3200396|Goražde|BA|17
3201047|Dubrovnik|HR|28
3202220|Đakovo|HR|19
3202641|Cetinje|ME|15
3202781|Celje|SI|37
3202888|Čakovec|HR|15
3203106|Budva|ME|18
3203521|Brčko|BA|38
3204176|Bijelo Polje|ME|15
3204509|Bar|ME|17
3204541|Banja Luka|BA|221
3204793|Apatin|RS|18
320871|Bor|TR|32
321426|Bergama|TR|57
3219114|Spinea|IT|23
322830|Aydin|TR|163
323777|Antalya|TR|758
323779|Antakya|TR|210
323786|Ankara|TR|3517
324190|Alanya|TR|112
3247449|Aachen|DE|265
325363|Adana|TR|1248
330546|Massawa|ER|23
331180|Mek'ele|ET|215
3313472|Athlone|IE|21
3336587|Askøy|NO|17
3345440|Craigavon|GB|59
3347939|Lobito|AO|207
3348313|Huambo|AO|226
3351663|Benguela|AO|151
3352136|Windhoek|NA|268
3359638|Walvis Bay|NA|52
336014|Gonder|ET|153
3361025|Stellenbosch|ZA|94
3369157|Cape Town|ZA|3433
3370903|Jamestown|SH|0
3374036|Bridgetown|BB|98
3374333|Praia|CV|113
3378644|Georgetown|GY|235
3382160|Cayenne|GF|61
3383330|Paramaribo|SR|223
3386496|Teresina|BR|744
3388368|São Luís|BR|917
3389353|Santarém|BR|189
3393008|Parintins|BR|64
3393536|Olinda|BR|366
3394023|Natal|BR|763
3395981|Maceió|BR|954
3397147|Juazeiro do Norte|BR|225
3398269|Imperatriz|BR|218
3398691|Gravatá|BR|61
3399415|Fortaleza|BR|2400
3402655|Caruaru|BR|235
3405870|Belém|BR|1407
3408424|Abaetetuba|BR|78
3413829|Reykjavik|IS|118
3415212|Kopavogur|IS|31
3416706|Hafnarfjordur|IS|26
3421319|Nuuk|GL|14
3424934|Saint-Pierre|PM|6
342884|Bahir Dar|ET|168
3429577|Resistencia|AR|387
3429777|Puerto Iguazú|AR|32
3429886|Posadas|AR|323
3430863|Mar del Plata|AR|553
3432043|La Plata|AR|694
343300|Asmara|ER|563
343386|Assab|ER|21
3433899|Formosa|AR|221
3435217|Corrientes|AR|339
3435261|Concordia|AR|145
3435910|Buenos Aires|AR|13076
3439389|Asunción|PY|1482
3441575|Montevideo|UY|1270
344420|Axum|ET|41
3444914|Vitória da Conquista|BR|253
3444924|Vitória|BR|312
3445026|Vila Velha|BR|394
3445679|Uruguaiana|BR|123
3447399|Sorocaba|BR|558
3448439|São Paulo|BR|10021
3448879|São João del Rei|BR|78
3449319|São Carlos|BR|205
3449340|São Borja|BR|59
3449344|São Bernardo do Campo|BR|743
3449433|Santos|BR|411
3449696|Santo Ângelo|BR|64
344979|Addis Ababa|ET|2757
3450554|Salvador|BR|2711
3451190|Rio de Janeiro|BR|6023
3452925|Porto Alegre|BR|1372
3453837|Pindamonhangaba|BR|132
3454244|Pelotas|BR|320
3455671|Ouro Preto|BR|63
3456160|Nova Iguaçu|BR|1002
3456283|Niterói|BR|456
3457671|Maringá|BR|311
3459943|Jequié|BR|127
3460629|Itaqui|BR|34
3460949|Itabuna|BR|205
3461888|Guarapari|BR|100
3462377|Goiânia|BR|1171
3463030|Foz do Iguaçu|BR|293
3463237|Florianópolis|BR|412
3463478|Feira de Santana|BR|619
3464460|Dourados|BR|162
3464975|Curitiba|BR|1718
3465038|Cuiabá|BR|521
3465196|Criciúma|BR|161
3465342|Corumbá|BR|96
3465944|Colatina|BR|101
3466537|Caxias do Sul|BR|381
3467467|Canoas|BR|328
3467747|Campo Grande|BR|729
3468031|Camaçari|BR|188
3468376|Cachoeiro de Itapemirim|BR|187
3468403|Cachoeirinha|BR|121
3469058|Brasília|BR|2207
3469989|Birigui|BR|102
3470044|Betim|BR|384
3470127|Belo Horizonte|BR|2373
3471872|Aracaju|BR|490
3472766|Alagoinhas|BR|122
3488465|Spanish Town|JM|145
3489460|Montego Bay|JM|82
3492914|Santiago de los Caballeros|DO|1200
3493175|Puerto Plata|DO|146
350203|Rosetta|EG|64
350550|Qina|EG|235
3509382|Concepción de la Vega|DO|102
351434|Nag Hammâdi|EG|41
3515001|Tuxtla Gutiérrez|MX|537
3515504|Tizimín|MX|46
3515715|Texcoco|MX|105
3516266|Tapachula|MX|202
3516355|Tampico|MX|309
3519537|San Cristóbal de las Casas|MX|158
3521081|Puebla City|MX|1434
3522164|Palenque/Temp|MX|42
3522507|Oaxaca City|MX|255
3526683|Iztapalapa|MX|1815
352733|Marsá Maţrūḩ|EG|62
3529947|Cuernavaca|MX|338
3530139|Coyoacán|MX|620
3530597|Mexico City|MX|12294
3530757|Cholula|MX|87
3531673|Cancún|MX|628
3534915|Trinidad|CU|60
3536729|Santiago de Cuba|CU|555
3550598|Las Tunas|CU|203
3553478|Havana|CU|2163
355449|Esna|EG|69
355635|Edfu|EG|133
3566067|Camagüey|CU|347
3567834|Baracoa|CU|48
3570675|Fort-de-France|MQ|89
3571824|Nassau|BS|227
3573197|Hamilton|BM|0
3573374|The Valley|AI|2
3573890|Port of Spain|TT|49
3575551|Basseterre|KN|12
3575635|Roseau|DM|16
3576022|St John's|AG|24
3576812|Castries|LC|20
3577887|Kingstown|VC|24
3578069|Plymouth|MS|0
3578599|Pointe-à-Pitre|GP|18
3579925|St. George's|GD|7
358048|Damietta|EG|76
3580661|George Town|KY|29
3582672|Belmopan|BZ|13
3582677|Belize City|BZ|61
3583361|San Salvador|SV|525
359792|Aswān|EG|241
359796|Suez|EG|488
3598132|Guatemala City|GT|994
3599699|Antigua Guatemala|GT|39
3600949|Tegucigalpa|HN|850
360502|Luxor|EG|422
360531|El Qoseir|EG|24
360630|Cairo|EG|7734
360995|Giza|EG|2443
361058|Alexandria|EG|3811
361320|Al Fayyum|EG|306
361546|Al ‘Arīsh|EG|128
3617763|Managua|NI|973
3618929|Jinotega|NI|55
3619136|Granada|NI|89
3621849|San José|CR|335
3622247|Puerto Limón|CR|63
3625829|Turmero|VE|344
3628473|San Cristóbal|VE|289
3629710|Puerto Ayacucho|VE|125
3629965|Porlamar|VE|216
3632308|Mérida|VE|300
363243|Sarandë|AL|15
3633009|Maracaibo|VE|2225
363885|Wau|SS|127
3644768|Cumaná|VE|424
3645213|Coro|VE|246
3645532|Ciudad Bolívar|VE|431
3646190|Catia La Mar|VE|106
3646487|Carora|VE|121
3646738|Caracas|VE|3000
3646767|Caraballeda|VE|37
3648522|Barquisimeto|VE|1114
3649833|Acarigua|VE|188
3650472|Tulcán|EC|86
3651297|Santo Domingo de los Colorados|EC|200
3652350|Riobamba|EC|124
3652462|Quito|EC|1399
3653693|Otavalo|EC|32
3654533|Machala|EC|198
3654667|Loja|EC|117
3654870|Latacunga|EC|51
3655673|Ibarra|EC|132
3657509|Guayaquil|EC|1952
3657571|Guaranda|EC|22
3657990|Esmeraldas|EC|165
3658666|Cuenca|EC|276
3660401|Bahía de Caráquez|EC|37
3660689|Ambato|EC|154
3663517|Manaus|BR|1598
3664980|Boa Vista|BR|235
3666304|Valledupar|CO|308
3666640|Tumaco|CO|86
3666939|Tolú|CO|27
3674962|Medellín|CO|1999
3676623|Leticia|CO|29
3687238|Cartagena|CO|952
3687318|El Carmen de Viboral|CO|21
3687925|Santiago de Cali|CO|2392
3688256|Guadalajara de Buga|CO|118
3688451|Buenaventura|CO|240
3688465|Bucaramanga|CO|571
3688689|Bogotá|CO|7674
3689147|Barranquilla|CO|1380
3691148|Tumbes|PE|109
3696378|Huaraz|PE|86
3698304|Chimbote|PE|316
3699088|Cajamarca|PE|135
3703443|Panama City|PA|408
3712076|Colón|PA|76
3717588|Saint-Marc|HT|66
3718426|Port-au-Prince|HT|1234
372753|Kassala|SD|401
377039|Port Sudan|SD|489
3778045|Maturín|VE|529
379062|Gedaref|SD|363
379252|Khartoum|SD|1974
3815415|Tlaxcala City|MX|84
3832899|Viedma|AR|48
3833367|Ushuaia|AR|58
3833883|Trelew|AR|93
3835869|Santiago del Estero|AR|354
3835994|Santa Rosa|AR|111
3836277|Santa Fe|AR|489
3836564|San Salvador de Jujuy|AR|305
3836873|San Miguel de Tucumán|AR|781
3838233|Salta|AR|512
3838583|Rosario|AR|1173
3838859|Río Gallegos|AR|85
3838874|Río Cuarto|AR|153
3839307|Rawson|AR|26
3840092|Puerto Madryn|AR|64
3841956|Paraná|AR|262
3848950|La Rioja|AR|162
3860259|Córdoba|AR|1428
3865086|Bahía Blanca|AR|276
3868121|Viña del Mar|CL|294
3868626|Valparaíso|CL|282
3868707|Valdivia|CL|133
3870294|Talca|CL|197
3871336|Santiago|CL|4837
3872154|San Javier|CL|22
3873775|Rancagua|CL|212
3874787|Punta Arenas|CL|117
3874960|Port Montt|CL|160
3876685|Peñaflor|CL|65
3883167|Linares|CL|69
3884373|La Serena|CL|154
3887127|Iquique|CL|227
3892870|Curicó|CL|102
3893894|Concepción|CL|215
3897347|Calama|CL|143
3899361|Arica|CL|185
3899539|Antofagasta|CL|309
3902377|La Santisima Trinidad|BO|84
3903320|Tarija|BO|159
3903987|Sucre|BO|224
3904906|Santa Cruz de la Sierra|BO|1831
3907584|Potosí|BO|141
3911925|La Paz|BO|2004
3919968|Cochabamba|BO|841
3931276|Puno|PE|116
3934356|Nazca|PE|23
3936456|Lima|PE|7737
3941584|Cusco|PE|312
3946083|Callao|PE|813
3948642|Abancay|PE|55
3979844|Zacatecas City|MX|129
3981254|Torreón|MX|608
3981609|Tijuana|MX|1300
3985606|San Luis Potosí City|MX|722
3988086|Saltillo|MX|709
3996322|Mazatlán|MX|381
4000900|La Paz|MX|215
4005539|Guadalajara|MX|1495
400666|Rhodes|GR|56
4011743|Durango|MX|518
4013708|Ciudad Juárez|MX|1321
4032402|Nuku'alofa|TO|22
4033936|Papeete|PF|26
4035413|Apia|WS|40
4035715|Avarua|CK|13
4044012|Hagåtña|GU|1
4049979|Birmingham|US|212
4076784|Montgomery|US|200
4119403|Little Rock|US|197
4140963|Washington D.C.|US|689
4142290|Dover|US|37
415189|Aden|YE|550
4155966|Fort Lauderdale|US|178
4160021|Jacksonville|US|949
4164138|Miami|US|441
4174715|Tallahassee|US|189
4174757|Tampa|US|369
4180439|Atlanta|US|463
418863|Isfahan|IR|1547
422232|Makamba|BI|19
423328|Bururi|BI|19
4250542|Springfield|US|116
425378|Bujumbura|BI|331
426272|Gitega|BI|41
4274277|Lawrence|US|93
4280539|Topeka|US|127
4292188|Frankfort|US|27
4299276|Louisville|US|243
430569|Ngozi|BI|21
430952|Kayanza|BI|19
4315588|Baton Rouge|US|228
431748|Muyinga|BI|71
4335045|New Orleans|US|389
433635|Rutana|BI|20
4347242|Annapolis|US|39
4347778|Baltimore|US|621
4392388|Jefferson City|US|43
4393217|Kansas City|US|475
4407010|Saint Joseph|US|76
4407066|St Louis|US|315
4431410|Jackson|US|170
4460243|Charlotte|US|874
4487042|Raleigh|US|451
4499612|Winston-Salem|US|241
4508722|Cincinnati|US|296
4509177|Columbus|US|905
4509884|Dayton|US|140
4544349|Oklahoma City|US|681
4553433|Tulsa|US|403
4560349|Philadelphia|US|1603
456172|Riga|LV|742
456202|Rēzekne|LV|38
4568127|San Juan|PR|418
4575352|Columbia|US|133
457954|Liepāja|LV|85
459201|Jūrmala|LV|54
459279|Jelgava|LV|61
460413|Daugavpils|LV|111
463835|Zelenodolsk|RU|99
4641239|Memphis|US|655
4644585|Nashville|US|689
466885|Yeysk|RU|87
467120|Yershov|RU|23
4671654|Austin|US|931
467978|Yelets|RU|115
468390|Yefremov|RU|45
4684888|Dallas|US|1300
468902|Yaroslavl|RU|606
4691930|Fort Worth|US|918
4699066|Houston|US|2296
470444|Vyksa|RU|61
470546|Vyborg|RU|78
4709272|Marshall|US|23
471101|Vsevolozhsk|RU|48
472045|Voronezh|RU|848
4726206|San Antonio|US|1469
472722|Volkhov|RU|45
4739526|Waco|US|132
4744709|Arlington|US|207
475881|Venyov|RU|15
477494|Uzlovaya|RU|58
479123|Ulyanovsk|RU|640
479411|Ukhta|RU|102
479561|Ufa|RU|1033
480060|Tver'|RU|400
4801859|Charleston|US|49
480716|Tuapse|RU|64
481608|Troitsk|RU|37
481985|Torzhok|RU|48
482283|Tolyatti|RU|702
483019|Tikhvin|RU|62
483029|Tikhoretsk|RU|64
483137|Teykovo|RU|36
4835797|Hartford|US|124
4839366|New Haven|US|130
4843564|Stamford|US|128
4845193|Waterbury|US|108
484907|Taganrog|RU|279
485239|Syktyvkar|RU|230
4853828|Des Moines|US|210
486665|Sukhinichi|RU|16
4887398|Chicago|US|2720
489088|Staraya Russa|RU|34
490068|Sovetsk|RU|43
4905687|Peoria|US|115
490996|Solnechnogorsk|RU|58
491422|Sochi|RU|327
491687|Smolensk|RU|320
492162|Slantsy|RU|36
4930956|Boston|US|675
4931482|Brookline|US|58
493231|Shuya|RU|60
493463|Shumerlya|RU|35
495206|Shchigry|RU|19
495518|Shatura|RU|30
4957003|Augusta|US|18
495957|Shali|RU|25
496015|Shakhty|RU|221
496478|Sestroretsk|RU|37
4975802|Portland|US|66
498677|Saratov|RU|863
498817|Saint Petersburg|RU|5028
4990510|Dearborn|US|95
4990729|Detroit|US|677
499099|Samara|RU|1134
499717|Rzhev|RU|62
4998830|Lansing|US|115
500004|Rybinsk|RU|216
500047|Ryazhsk|RU|22
500886|Rtishchevo|RU|44
501175|Rostov-on-Don|RU|1074
501183|Rostov|RU|31
5024719|Duluth|US|86
502965|Ramenskoye|RU|96
5037649|Minneapolis|US|410
503977|Pushkino|RU|102
504042|Pushchino|RU|20
504341|Pskov|RU|201
5045360|Saint Paul|US|285
505060|Privolzhsk|RU|17
505259|Primorsko-Akhtarsk|RU|33
5059163|Fargo|US|118
5072006|Lincoln|US|277
507624|Pokhvistnevo|RU|28
5084868|Concord|US|42
509697|Petushki|RU|15
509820|Petrozavodsk|RU|265
5101798|Newark|US|281
510291|Petergof|RU|73
5102922|Princeton|US|29
5105496|Trenton|US|84
5106834|Albany|US|98
5110302|Brooklyn|US|2300
5110629|Buffalo|US|258
511196|Perm|RU|982
511794|Pechora|RU|46
5128581|New York|US|8804
5128723|Niagara Falls|US|48
5134086|Rochester|US|209
5140405|Syracuse|US|144
514198|Ostrogozhsk|RU|34
514259|Ostashkov|RU|19
5145215|Yonkers|US|201
515003|Orenburg|RU|550
515012|Oryol|RU|324
515024|Orekhovo-Zuyevo|RU|120
5150529|Cleveland|US|388
516215|Odintsovo|RU|137
516436|Obninsk|RU|107
5174035|Toledo|US|279
5178127|Allentown|US|120
517836|Novotroitsk|RU|106
518255|Novorossiysk|RU|241
518659|Novokuybyshevsk|RU|111
518970|Novocherkassk|RU|166
5192726|Harrisburg|US|49
519336|Veliky Novgorod|RU|215
520068|Noginsk|RU|115
520204|Nizhnyaya Tura|RU|22
5206379|Pittsburgh|US|304
521118|Nizhnekamsk|RU|234
5223593|Newport|US|24
522377|Nevinnomyssk|RU|134
5224151|Providence|US|190
522594|Nerekhta|RU|25
523812|Mytishchi|RU|160
524305|Murmansk|RU|319
524640|Mtsensk|RU|47
524712|Mozhaysk|RU|31
524901|Moscow|RU|10381
525404|Monchegorsk|RU|49
5258393|Kenosha|US|99
5261457|Madison|US|248
5263045|Milwaukee|US|600
526480|Mineralnye Vody|RU|76
527012|Mikhaylovka|RU|58
527191|Michurinsk|RU|93
5282804|Bridgeport|US|147
5294810|Flagstaff|US|70
5295985|Glendale|US|240
530849|Maloyaroslavets|RU|32
5308655|Phoenix|US|1608
5313457|Scottsdale|US|236
5318313|Tucson|US|531
532096|Makhachkala|RU|497
532288|Magnitogorsk|RU|413
5323810|Anaheim|US|350
532615|Lyubertsy|RU|154
532657|Lytkarino|RU|50
5327684|Berkeley|US|120
5328041|Beverly Hills|US|34
5331835|Burbank|US|105
5334223|Carlsbad|US|114
533543|Lukhovitsy|RU|32
5339066|Compton|US|98
5339840|Costa Mesa|US|113
5341145|Cupertino|US|60
5341704|Davis|US|67
534701|Livny|RU|52
5350937|Fresno|US|520
535121|Lipetsk|RU|515
5352963|Goleta|US|30
5358705|Huntington Beach|US|201
5359777|Irvine|US|256
536206|Yubileyny|RU|32
53654|Mogadishu|SO|2587
5367565|Lodi|US|64
5367929|Long Beach|US|474
5368335|Los Altos|US|30
5368361|Los Angeles|US|3971
5373900|Modesto|US|211
5374361|Monterey|US|28
537737|Kuznetsk|RU|90
5378538|Oakland|US|419
5380184|Oxnard|US|207
5381396|Pasadena|US|142
538340|Kushva|RU|34
5384170|Pomona|US|153
538560|Kursk|RU|409
538601|Kurovskoye|RU|19
5388881|Roseville|US|130
5389489|Sacramento|US|490
5391710|San Bernardino|US|216
5391811|San Diego|US|1394
5391959|San Francisco|US|864
5392171|San Jose|US|1026
5392952|Santa Barbara|US|91
5393052|Santa Cruz|US|64
5393212|Santa Monica|US|93
539817|Kudymkar|RU|31
5399020|Stockton|US|305
540251|Krymsk|RU|57
5417598|Colorado Springs|US|456
5419384|Denver|US|715
542420|Krasnodar|RU|649
542463|Krasnoarmeysk|RU|25
542464|Krasnoarmeysk|RU|25
5454711|Albuquerque|US|559
546230|Kolomna|RU|147
546672|Kokhma|RU|28
547475|Klintsy|RU|66
548278|Kirzhach|RU|30
548395|Kirovo-Chepetsk|RU|90
548442|Kirishi|RU|56
548506|Kireyevsk|RU|25
548602|Kingisepp|RU|50
548605|Kineshma|RU|92
548652|Kimry|RU|52
5488441|Roswell|US|48
5490263|Santa Fe|US|84
5501344|Carson City|US|54
550280|Khimki|RU|239
5506956|Las Vegas|US|623
550846|Khadyzhensk|RU|21
551487|Kazan’|RU|1104
551964|Kashira|RU|40
551986|Kashin|RU|16
5520993|El Paso|US|681
553216|Kanash|RU|49
553287|Kamyshin|RU|128
554233|Korolyov|RU|139
554234|Kaliningrad|RU|434
554397|Kalach-na-Donu|RU|27
554840|Izhevsk|RU|631
5552301|Avondale|US|80
555312|Ivanovo|RU|420
5554072|Juneau|US|32
5574991|Boulder|US|107
557882|Gusev|RU|28
558209|Gubakha|RU|26
558418|Grozny|RU|226
5586437|Boise|US|145
559678|Gorodets|RU|31
560756|Golitsyno|RU|16
561667|Gelendzhik|RU|50
561887|Gatchina|RU|89
562161|Galich|RU|18
563514|Elista|RU|106
563522|Elektrougli|RU|20
563524|Elektrogorsk|RU|20
563708|Dzerzhinsk|RU|233
565348|Donetsk|RU|50
5656882|Helena|US|30
567434|Chusovoy|RU|50
567774|Chudovo|RU|17
568595|Chernyakhovsk|RU|45
5688025|Bismarck|US|71
568808|Chernogolovka|RU|20
569223|Cherepovets|RU|315
569591|Chekhov|RU|75
569696|Cheboksary|RU|446
569955|Chapayevsk|RU|70
571476|Bryansk|RU|427
571557|Bronnitsy|RU|18
5720727|Corvallis|US|55
572154|Borovichi|RU|56
5725846|Eugene|US|163
5746545|Portland|US|652
5750162|Salem|US|164
575591|Bogoroditsk|RU|30
576116|Blagoveshchensk|RU|34
576566|Bezhetsk|RU|28
576697|Beslan|RU|35
577881|Beloretsk|RU|70
577893|Belorechensk|RU|54
577901|Beloozyorsky|RU|18
5780993|Salt Lake City|US|192
578120|Belebey|RU|62
578155|Belaya Kalitva|RU|47
5785243|Aberdeen|US|16
578931|Barysh|RU|18
579460|Balashov|RU|98
579464|Balashikha|RU|150
580054|Azov|RU|82
580497|Astrakhan|RU|502
5805687|Olympia|US|50
5808079|Redmond|US|60
580922|Armavir|RU|199
5809844|Seattle|US|737
581313|Apsheronsk|RU|40
581357|Apatity|RU|61
5816320|Bainbridge Island|US|23
5821086|Cheyenne|US|63
582750|Aleksin|RU|66
584717|Xaçmaz|AZ|37
5856195|Honolulu|US|371
586523|Ganja|AZ|313
587057|Bǝrdǝ|AZ|37
587084|Baku|AZ|1116
5879400|Anchorage|US|298
588335|Tartu|EE|101
588409|Tallinn|EE|394
588686|Sillamäe|EE|16
589165|Rakvere|EE|16
590031|Narva|EE|66
590447|Maardu|EE|16
591260|Kohtla-Järve|EE|46
5913490|Calgary|CA|1019
5920288|Charlottetown|CA|42
593116|Vilnius|LT|542
593672|Utena|LT|33
5946768|Edmonton|CA|712
594739|Šiauliai|LT|130
5957776|Fredericton|CA|52
5959974|Gatineau|CA|242
59611|Gaalkacyo|SO|61
596128|Panevezys|LT|117
598098|Klaipėda|LT|192
5990579|Kelowna|CA|142
601084|Alytus|LT|70
601294|Nukus|UZ|230
601594|Türkmenbaşy|TM|68
601734|Daşoguz|TM|166
602150|Umeå|SE|83
604490|Luleå|SE|43
605155|Kiruna|SE|17
6077243|Montreal|CA|1600
6087892|Niagara Falls|CA|82
6094817|Ottawa|CA|812
610529|Atyrau|KZ|180
610611|Aktobe|KZ|262
610612|Aktau|KZ|147
610824|Zugdidi|GE|73
611694|Telavi|GE|21
611717|Tbilisi|GE|1049
611847|Sukhumi|GE|81
6119109|Regina|CA|176
612287|Rustavi|GE|50
613273|Lebedyn|UA|24
613607|Kutaisi|GE|178
613988|Khashuri|GE|27
6141439|Sault Ste. Marie|CA|66
614455|Gori|GE|46
6155033|St. Albert|CA|57
615532|Batumi|GE|121
615860|Akhalts'ikhe|GE|17
616052|Yerevan|AM|1093
616062|Vagharshapat|AM|46
616635|Gyumri|AM|148
6167865|Toronto|CA|2600
616877|Ashtarak|AM|18
617026|Abovyan|AM|35
617076|Edineţ|MD|22
617180|Ungheni|MD|34
617239|Tiraspol|MD|157
617302|Strășeni|MD|19
6173331|Vancouver|CA|600
6174041|Victoria|CA|289
617486|Rîbniţa|MD|55
617638|Orhei|MD|24
617993|Hînceşti|MD|16
6180550|Whitehorse|CA|23
618120|Căușeni|MD|21
6183235|Winnipeg|CA|632
618365|Dubăsari|MD|23
618405|Comrat|MD|22
618426|Chișinău|MD|635
618456|Cahul|MD|34
6185377|Yellowknife|CA|19
618577|Tighina|MD|110
618605|Bălţi|MD|125
620127|Vitebsk|BY|342
6217081|Ashburton|NZ|20
621741|Slutsk|BY|62
6230919|Whangarei|NZ|50
623317|Polatsk|BY|82
623549|Pinsk|BY|130
624079|Orsha|BY|125
6241325|Rotorua|NZ|65
624784|Navapolatsk|BY|108
625144|Minsk|BY|1742
625324|Mazyr|BY|112
6254843|Birendranagar|NP|31
625665|Mogilev|BY|369
627904|Hrodna|BY|317
627907|Homyel|BY|480
629634|Brest|BY|300
630752|Ylöjärvi|FI|22
632370|Varkaus|FI|22
6324733|St. John's|CA|99
6325494|Québec|CA|528
632672|Valkeakoski|FI|20
632978|Vaasa|FI|57
633221|Uusikaupunki|FI|16
633679|Turku|FI|175
634093|Tornio|FI|21
634963|Tampere|FI|202
637067|Sipoo|FI|19
637219|Seinäjoki|FI|32
637292|Savonlinna|FI|27
63795|Burao|SO|99
638936|Rovaniemi|FI|34
639406|Riihimäki|FI|26
640124|Raisio|FI|23
640276|Raahe|FI|22
640999|Pori|FI|76
6417459|Krasnoznamensk|RU|33
643492|Oulu|FI|128
644171|Nurmijärvi|FI|37
64435|Berbera|SO|242
644450|Nokia|FI|28
64536|Baidoa|SO|129
646005|Mikkeli|FI|46
647571|Loviisa|FI|15
647751|Lohja|FI|35
648366|Lempäälä|FI|18
648900|Lappeenranta|FI|59
649360|Lahti|FI|98
649630|Kirkkonummi|FI|32
649924|Kuusamo|FI|17
650224|Kuopio|FI|89
650859|Kouvola|FI|31
650946|Kotka|FI|54
651299|Korsholm|FI|17
653185|Kerava|FI|31
6534232|Lamezia Terme|IT|70
6534280|Cesano Boscone|IT|23
6543862|Villeneuve-d'Ascq|FR|62
654899|Kajaani|FI|35
655130|Kaarina|FI|21
655194|Jyväskylä|FI|85
655808|Joensuu|FI|53
655958|Järvenpää|FI|38
656083|Jämsä|FI|15
656130|Jakobstad|FI|19
656688|Imatra|FI|29
656820|Iisalmi|FI|22
656913|Hyvinkää|FI|43
658225|Helsinki|FI|558
658288|Heinola|FI|20
659169|Hamina|FI|21
659180|Hämeenlinna|FI|47
659935|Forssa|FI|17
660158|Espoo|FI|256
660561|Porvoo|FI|47
662334|Zalău|RO|63
663118|Vaslui|RO|69
664460|Turda|RO|54
664518|Tulcea|RO|92
664963|Târnăveni|RO|28
665000|Târgu Secuiesc|RO|20
665004|Târgu Mureş|RO|146
665010|Târgu Jiu|RO|97
665024|Târgovişte|RO|88
665087|Timișoara|RO|315
665850|Suceava|RO|105
666767|Slatina|RO|78
667227|Sighetu Marmaţiei|RO|40
667268|Sibiu|RO|151
667303|Sfântu Gheorghe|RO|60
667526|Sebeş|RO|27
667873|Satu Mare|RO|112
668732|Roman|RO|67
668828|Râşnov|RO|15
668872|Râmnicu Vâlcea|RO|107
668954|Reşiţa|RO|81
669289|Radauti|RO|23
6695754|Kogalym|RU|57
670474|Ploieşti|RO|228
670609|Piteşti|RO|167
670889|Piatra Neamţ|RO|102
670938|Petroşani|RO|44
671768|Oradea|RO|206
671964|Odorheiu Secuiesc|RO|36
673441|Miercurea-Ciuc|RO|41
673634|Mediaş|RO|53
673636|Medgidia|RO|43
673921|Mangalia|RO|39
674531|Lugoj|RO|43
675810|Iasi|RO|318
675918|Hunedoara|RO|69
677106|Giurgiu|RO|69
677697|Galati|RO|294
678015|Focşani|RO|77
678817|Drobeta-Turnu Severin|RO|102
679452|Deva|RO|67
679550|Dej|RO|38
679907|Curtea de Argeş|RO|32
680332|Craiova|RO|304
680963|Constanța|RO|303
681179|Codlea|RO|24
681290|Cluj-Napoca|RO|316
6822219|Gujō|JP|46
682321|Cernavodă|RO|18
683123|Buzau|RO|130
683506|Bucharest|RO|1877
683844|Brasov|RO|276
683902|Braila|RO|213
684039|Botosani|RO|114
684657|Bistriţa|RO|81
684802|Bârlad|RO|67
685823|Baia Sprie|RO|16
685826|Baia Mare|RO|136
685948|Bacau|RO|171
686254|Arad|RO|169
686578|Alba Iulia|RO|66
686803|Zvenihorodka|UA|16
686818|Zuhres|UA|17
686896|Zolochiv|UA|22
686967|Zhytomyr|UA|263
687116|Zhmerynka|UA|34
687196|Zhovti Vody|UA|42
688105|Yevpatoriya|UA|106
688373|Yasinovataya|UA|37
688533|Yalta|UA|77
688746|Vynohradiv|UA|25
688860|Voznesensk|UA|34
689159|Volochysk|UA|18
689198|Volnovakha|UA|23
689487|Vyshneve|UA|42
690412|Vasylkiv|UA|37
690548|Uzhhorod|UA|114
691179|Truskavets|UA|28
691650|Ternopil|UA|221
692129|Svalyava|UA|17
692194|Sumy|UA|294
692975|Stakhanov|UA|84
6930327|Slavutych|UA|24
693468|Sloviansk|UA|106
693615|Skvyra|UA|17
693805|Simferopol|UA|336
694423|Sevastopol|UA|416
694677|Selidovo|UA|21
694792|Sarny|UA|27
694910|Saki|UA|28
695357|Kurakhove|UA|18
695464|Romny|UA|48
695859|Rakhiv|UA|15
695965|Pyatykhatky|UA|18
696677|Polohy|UA|18
698131|Ovruch|UA|15
698740|Odessa|UA|1013
698782|Obukhiv|UA|31
699839|Nova Kakhovka|UA|45
699942|Nizhyn|UA|75
700646|Mukacheve|UA|85
700918|Mohyliv-Podilskyy|UA|30
701075|Myrhorod|UA|39
702116|Malyn|UA|25
702550|Lviv|UA|717
702563|Lutugino|UA|17
702658|Luhansk|UA|452
702723|Lubny|UA|45
703448|Kyiv|UA|2797
703656|Kupiansk|UA|32
703845|Kryvyi Rih|UA|624
704147|Kremenchuk|UA|220
704204|Lyman|UA|20
704403|Sorokyne|UA|49
704617|Kovel|UA|66
705392|Kolomyya|UA|61
705883|Kiliya|UA|19
706165|Khust|UA|28
706448|Kherson|UA|289
706483|Kharkiv|UA|1430
706524|Kerch|UA|148
707155|Kalynivka|UA|18
707244|Kakhovka|UA|35
707308|Izmail|UA|70
707565|Irpin|UA|62
707758|Hlukhiv|UA|32
709161|Feodosiya|UA|68
709429|Dunayivtsi|UA|15
709717|Donetsk|UA|1024
709755|Dolyna|UA|20
709930|Dnipro|UA|998
710035|Myrnohrad|UA|49
710098|Derhachi|UA|17
710400|Chortkiv|UA|28
710719|Chernivtsi|UA|266
710735|Chernihiv|UA|307
710791|Cherkasy|UA|276
71137|Sanaa|YE|1937
711390|Brovary|UA|88
711416|Brody|UA|23
711669|Boryslav|UA|32
711841|Bolhrad|UA|15
711894|Bohodukhiv|UA|17
712160|Bilhorod-Dnistrovskyi|UA|50
712165|Bila Tserkva|UA|199
712423|Berehove|UA|23
712441|Berdychiv|UA|86
712587|Bilohirsk|UA|16
712930|Balaklava|UA|18
713259|Antratsit|UA|52
715126|Szolnok|HU|75
715429|Szeged|HU|164
717582|Miskolc|HU|172
717902|Makó|HU|25
720292|Hajdúböszörmény|HU|31
720334|Gyula|HU|32
721239|Eger|HU|56
721472|Debrecen|HU|204
721592|Csongrád|HU|18
722437|Békéscsaba|HU|65
722439|Békés|HU|21
723195|Vranov nad Topľou|SK|23
723358|Trebišov|SK|22
723505|Stará Ľubovňa|SK|16
723526|Spišská Nová Ves|SK|39
723559|Snina|SK|22
723713|Rožňava|SK|19
723736|Rimavská Sobota|SK|25
723819|Prešov|SK|94
724144|Michalovce|SK|40
724443|Košice|SK|236
724503|Kežmarok|SK|16
724627|Humenné|SK|35
725168|Bardejov|SK|33
725712|Vratsa|BG|64
7259621|West Bloomfield|US|64
725993|Veliko Tarnovo|BG|66
726050|Varna|BG|312
726174|Targovishte|BG|37
726320|Troyan Municipality|BG|21
726418|Dobrich|BG|94
726848|Stara Zagora|BG|143
726872|Dupnitsa|BG|34
727011|Sofia|BG|1152
727523|Rousse|BG|156
7280528|Errachidia|MA|92
7281838|Logan City|AU|282
728193|Plovdiv|BG|340
728203|Pleven|BG|118
728288|Petrich|BG|30
729559|Lovech|BG|42
729794|Kardzhali|BG|51
731108|Gotse Delchev|BG|20
732770|Burgas|BG|195
733264|Berkovitsa Municipality|BG|15
733579|Aytos|BG|20
734077|Thessaloniki|GR|354
734330|Serres|GR|58
734426|Ptolemaida|GR|30
735563|Kozani|GR|36
735640|Komotini|GR|45
735736|Kilkis|GR|22
735861|Kavala|GR|54
735914|Katerini|GR|53
736083|Kalamaria|GR|91
736229|Florina|GR|17
736357|Edessa|GR|18
736364|Drama|GR|44
736928|Alexandroupoli|GR|52
738329|Skutari|TR|582
738648|Trabzon|TR|244
740264|Samsun|TR|394
745026|Nicaea|TR|22
745028|İzmit|TR|196
745044|Istanbul|TR|14804
746983|Gelibolu|TR|25
747712|Edirne|TR|126
748870|Çubuk|TR|62
750269|Bursa|TR|1412
750516|Bolu|TR|96
750637|Beypazarı|TR|38
752015|Amasya|TR|82
752967|Żyrardów|PL|41
753866|Zamość|PL|66
755889|Wieliczka|PL|18
756135|Warsaw|PL|1702
756867|Tomaszów Mazowiecki|PL|67
757026|Tarnów|PL|117
757033|Tarnobrzeg|PL|50
757718|Suwałki|PL|69
758390|Starachowice|PL|53
758445|Stalowa Wola|PL|66
758470|Śródmieście|PL|134
759123|Skierniewice|PL|49
759320|Siemiatycze|PL|15
759412|Siedlce|PL|77
759591|Sanok|PL|39
759603|Sandomierz|PL|25
759734|Rzeszów|PL|158
760778|Radom|PL|226
760917|Pułtusk|PL|19
760924|Puławy|PL|49
761131|Przeworsk|PL|15
761228|Pruszków|PL|55
762021|Płońsk|PL|22
762423|Piaseczno|PL|36
762788|Otwock|PL|43
762863|Ostrowiec Świętokrzyski|PL|73
762909|Ostrołęka|PL|53
763523|Nowy Targ|PL|33
763534|Nowy Sącz|PL|84
764849|Mielec|PL|60
764862|Międzyrzec Podlaski|PL|17
765876|Lublin|PL|360
766027|Łomża|PL|63
766307|Lidzbark Warmiński|PL|16
766555|Legionowo|PL|50
769250|Kielce|PL|208
769274|Kętrzyn|PL|27
770380|Jarosław|PL|40
770966|Hrubieszów|PL|18
771804|Gorlice|PL|28
772195|Giżycko|PL|29
772621|Ełk|PL|55
774558|Chełm|PL|63
774747|Busko-Zdrój|PL|17
775758|Bochnia|PL|29
775922|Biłgoraj|PL|26
776069|Bialystok|PL|291
776175|Biała Podlaska|PL|57
776337|Bartoszyce|PL|23
776597|Augustów|PL|29
781988|Pogradec|AL|61
782661|Kukës|AL|17
782756|Korçë|AL|58
783148|Gjirokastër|AL|23
783493|Burrel|AL|15
783770|Zvečan|XK|17
783814|Zrenjanin|RS|79
783926|Zelino|MK|25
784024|Zaječar|RS|49
784097|Vushtrri|XK|30
784136|Vršac|RS|36
784227|Vranje|RS|56
784372|Vitina|XK|46
784759|Ferizaj|XK|59
785058|Veles|MK|57
785082|Tetovo|MK|72
785238|Suva Reka|XK|72
785387|Struga|MK|37
785485|Shtime|XK|35
785756|Smederevo|RS|62
785842|Skopje|MK|474
786712|Prizren|XK|171
786714|Pristina|XK|550
786735|Prilep|MK|73
786827|Požarevac|RS|41
786950|Podujevo|XK|35
787157|Peć|XK|48
787237|Pančevo|RS|76
787456|Orahovac|XK|22
787487|Ohrid|MK|54
787657|Niš|RS|250
787716|Negotino|MK|19
7886881|Centar Župa|MK|45
788709|Leskovac|RS|94
788731|Leposaviq|XK|19
788886|Kumanovo|MK|76
789128|Kragujevac|RS|147
789225|Kosovska Mitrovica|XK|107
789228|Kosovo Polje|XK|16
789518|Kikinda|RS|41
789527|Kičevo|MK|31
789541|Kavadarci|MK|38
789996|Istok|XK|40
790295|Gostivar|MK|50
790674|Gnjilane|XK|51
790701|Glogovac|XK|58
790744|Gevgelija|MK|20
791122|Dragash|XK|35
791580|Deçan|XK|50
791606|Debar|MK|18
791646|Gjakova|XK|94
792078|Čačak|RS|117
792578|Bitola|MK|86
792680|Belgrade|RS|1273
81302|Tobruk|LY|121
8533869|West Vancouver|CA|42
8581467|Slobozia|RO|52
8629640|Thoothukudi|IN|410
877178|Katima Mulilo|NA|25
88319|Benghazi|LY|650
890299|Harare|ZW|1542
894701|Bulawayo|ZW|699
90150|Tikrit|IQ|42
909137|Lusaka|ZM|1267
912764|Kasama|ZM|91
921772|Moroni|KM|42
921815|Mamoudzou|YT|54
922704|Lubumbashi|CD|1373
927967|Lilongwe|MW|646
932505|Maseru|LS|118
933088|Serowe|BW|47
933099|Selebi-Phikwe|BW|53
933305|Molepolole|BW|63
933340|Mochudi|BW|36
933366|Maun|BW|49
933685|Kanye|BW|44
933773|Gaborone|BW|208
933778|Francistown|BW|89
934154|Port Louis|MU|155
934985|Mbabane|SZ|76
935264|Saint-Denis|RE|137
94824|Karbala|IQ|434
964137|Pretoria|ZA|1619
964420|Port Elizabeth|ZA|967
967106|Oudtshoorn|ZA|61
98182|Baghdad|IQ|7216
98717|Ramadi|IQ|274
98854|Nasiriyah|IQ|400
98860|Najaf|IQ|482
988698|Knysna|ZA|68
99072|Mosul|IQ|1739
990930|Kimberley|ZA|142
99135|Kufa|IQ|110
993800|Johannesburg|ZA|2026
99454|Fallujah|IQ|190
99532|Basra|IQ|2600
AD|Andorra
AD.02|Canillo
AE|United Arab Emirates
AF|Afghanistan
AF.02|Badghis Province
AF.07|Faryab Province
AF.10|Helmand Province
AF.11|Herat Province
AF.24|Kunduz Province
AF.28|Zabul Province
AF.36|Paktia Province
AF.39|Oruzgan
AF.42|Panjshir Province
AG|Antigua and Barbuda
AG.09|Redonda
AI|Anguilla
AL|Albania
AM|Armenia
AN|Netherlands Antilles
AO|Angola
AO.01|Benguela Province
AO.03|Cabinda Province
AO.08|Huambo Province
AO.14|Moxico Province
AO.16|Zaire Province
AO.18|Lunda Sul Province
AQ|Antarctica
AR|Argentina
AS|American Samoa
AT|Austria
AT.01|Burgenland
AT.02|Carinthia
AT.03|Lower Austria
AT.04|Upper Austria
AT.05|Salzburg
AT.06|Styria
AT.07|Tyrol
AT.08|Vorarlberg
AT.09|Vienna
AU|Australia
AU.01|Australian Capital Territory
AU.03|Northern Territory
AW|Aruba
AX|Åland Islands
AZ|Azerbaijan
AZ.35|Nakhichevan
BA|Bosnia and Herzegovina
BA.BRC|Brčko
BB|Barbados
BD|Bangladesh
BD.84|Chittagong
BE|Belgium
BE.BRU|Brussels Capital
BE.WAL|Walloon Region
BF|Burkina Faso
BF.08|Est Region
BG|Bulgaria
BG.41|Gabrovo
BG.58|Sofia Province
BH|Bahrain
BH.15|Muharraq
BH.19|Northern
BI|Burundi
BJ|Benin
BJ.07|Alibori Department
BJ.13|Donga Department
BJ.14|Littoral Department
BL|Saint Barthélemy
BM|Bermuda
BN|Brunei
BO|Bolivia
BQ|Caribbean Netherlands
BR|Brazil
BR.07|Federal District
BR.15|Minas Gerais
BR.30|Pernambuco
BS|Bahamas
BS.32|Berry Islands
BS.36|Black Point
BT|Bhutan
BT.06|Chukha District
BV|Bouvet Island
BW|Botswana
BY|Belarus
BZ|Belize
CA|Canada
CA.02|British Columbia
CA.04|New Brunswick
CA.07|Nova Scotia
CA.09|Prince Edward Island
CC|Cocos (Keeling) Islands
CD|DR Congo
CD.25|Mongala
CD.30|Tshopo
CD.31|Tshuapa Province
CF|Central African Republic
CF.01|Bamingui-Bangoran Prefecture
CF.02|Basse-Kotto Prefecture
CF.03|Haute-Kotto Prefecture
CF.04|Mambéré-Kadéï Prefecture
CF.05|Haut-Mbomou Prefecture
CF.07|Lobaye Prefecture
CF.08|Mbomou Prefecture
CF.11|Ouaka Prefecture
CF.12|Ouham Prefecture
CF.14|Vakaga Prefecture
CG|Congo Republic
CG.06|Likouala Department
CG.13|Cuvette Department
CH|Switzerland
CH.AG|Canton of Aargau
CH.AI|Appenzell Innerrhoden
CH.AR|Canton of Appenzell Ausserrhoden
CH.BE|Canton of Bern
CH.BL|Basel-Landschaft
CH.BS|Canton of Basel-City
CH.FR|Canton of Fribourg
CH.GE|Canton of Geneva
CH.GL|Canton of Glarus
CH.GR|Grisons
CH.JU|Canton of Jura
CH.LU|Canton of Lucerne
CH.NE|Canton of Neuchâtel
CH.NW|Canton of Nidwalden
CH.OW|Canton of Obwalden
CH.SG|Canton of St. Gallen
CH.SH|Canton of Schaffhausen
CH.SO|Canton of Solothurn
CH.SZ|Canton of Schwyz
CH.TG|Thurgau
CH.TI|Canton Ticino
CH.UR|Canton of Uri
CH.VD|Canton of Vaud
CH.VS|Valais
CH.ZG|Canton of Zug
CH.ZH|Canton of Zurich
CI|Ivory Coast
CK|Cook Islands
CL|Chile
CL.12|Santiago Metropolitan
CL.15|Tarapacá
CM|Cameroon
CN|China
CN.12|Hubei
CO|Colombia
CR|Costa Rica
CR.06|Limón
CS|Serbia and Montenegro
CU|Cuba
CV|Cabo Verde
CW|Curaçao
CX|Christmas Island
CY|Cyprus
CZ|Czech Republic
CZ.78|South Moravian
CZ.79|Jihočeský kraj
CZ.88|Central Bohemia
DE|Germany
DE.01|Baden-Württemberg
DE.02|Bavaria
DE.03|Bremen
DE.04|Free and Hanseatic City of Hamburg
DE.05|Hesse
DE.06|Lower Saxony
DE.07|North Rhine-Westphalia
DE.08|Rhineland-Palatinate
DE.09|Saarland
DE.10|Schleswig-Holstein
DE.11|Brandenburg
DE.12|Mecklenburg-Vorpommern
DE.13|Saxony
DE.14|Saxony-Anhalt
DE.15|Free State of Thuringia
DE.16|Berlin
DJ|Djibouti
DJ.04|Obock Region
DJ.05|Tadjourah Region
DJ.06|Dikhil Region
DK|Denmark
DK.18|Central Jutland
DK.20|Region Zealand
DK.21|Region South Denmark
DM|Dominica
DO|Dominican Republic
DZ|Algeria
EC|Ecuador
EE|Estonia
EE.01|Harju
EE.02|Hiiu County
EE.03|Ida-Viru County
EE.04|Järva County
EE.05|Jõgeva County
EE.07|Lääne
EE.08|Lääne-Viru County
EE.11|Pärnu County
EE.12|Põlva County
EE.13|Rapla County
EE.14|Saare
EE.18|Tartu
EE.19|Valgamaa
EE.20|Viljandi County
EE.21|Võru County
EG|Egypt
EH|Western Sahara
ER|Eritrea
ER.03|Southern Red Sea Region
ER.06|Northern Red Sea Region
ES|Spain
ES.07|Balearic Islands
ES.27|La Rioja
ES.29|Madrid
ES.31|Murcia
ES.34|Principality of Asturias
ES.39|Cantabria
ES.51|Andalusia
ES.52|Aragon
ES.53|Canary Islands
ES.54|Castille-La Mancha
ES.55|Castille and León
ES.56|Catalonia
ES.57|Extremadura
ES.58|Galicia
ES.59|Basque Country
ES.60|Valencia
ES.CE|Ceuta
ET|Ethiopia
FI|Finland
FI.01|Uusimaa
FI.02|Southwest Finland
FI.06|Pirkanmaa
FI.08|Kymenlaakso
FI.13|Central Finland Region
FI.14|South Ostrobothnia
FI.15|Ostrobothnia
FI.17|North Ostrobothnia
FI.18|Kainuu
FI.19|Lapland Region
FJ|Fiji
FJ.01|Central
FJ.02|Eastern
FJ.03|Northern
FJ.05|Western
FK|Falkland Islands
FM|Micronesia
FO|Faroe Islands
FR|France
FR.24|Centre-Val de Loire
FR.27|Bourgogne-Franche-Comté
FR.28|Normandy
FR.32|Hauts-de-France
FR.44|Grand Est
FR.52|Pays de la Loire Region
FR.53|Brittany Region
FR.75|Nouvelle-Aquitaine
FR.76|Occitanie
FR.84|Auvergne-Rhône-Alpes
FR.93|Provence-Alpes-Côte d'Azur Region
FR.94|Corsica
GA|Gabon
GA.01|Estuaire Province
GB|United Kingdom
GB.ENG|England
GB.NIR|Northern Ireland
GB.SCT|Scotland
GB.WLS|Wales
GD|Grenada
GE|Georgia
GE.02|Abkhazia
GE.66|Imereti
GE.67|Kakheti
GE.70|Racha-Lechkhumi and Kvemo Svaneti
GF|French Guiana
GF.GF|Guyane
GG|Guernsey
GH|Ghana
GI|Gibraltar
GL|Greenland
GM|The Gambia
GN|Guinea
GP|Guadeloupe
GP.GP|Guadeloupe
GQ|Equatorial Guinea
GR|Greece
GR.736572|Autonomous Monastic State of the Holy Mountain
GR.ESYE11|East Macedonia and Thrace
GR.ESYE12|Central Macedonia
GR.ESYE13|West Macedonia
GR.ESYE14|Thessaly
GR.ESYE21|Epirus
GR.ESYE22|Ionian Islands
GR.ESYE23|West Greece
GR.ESYE24|Central Greece
GR.ESYE25|Peloponnese
GR.ESYE41|North Aegean
GR.ESYE42|South Aegean
GR.ESYE43|Crete
GS|South Georgia and the South Sandwich Islands
GT|Guatemala
GU|Guam
GW|Guinea-Bissau
GW.02|Quinara Region
GW.05|Bolama and Bijagos
GW.07|Tombali Region
GW.12|Biombo Region
GY|Guyana
HK|Hong Kong S.A.R
HK.KKC|Kowloon City
HK.NST|Sha Tin
HK.NTM|Tuen Mun
HM|Heard and McDonald Islands
HN|Honduras
HR|Croatia
HR.01|Bjelovarsko-Bilogorska
HR.02|Slavonski Brod-Posavina
HR.03|Dubrovačko-Neretvanska
HR.04|Istria
HR.05|Karlovačka
HR.06|Koprivničko-Križevačka
HR.07|Krapinsko-Zagorska
HR.08|Ličko-Senjska
HR.09|Međimurska
HR.10|Osječko-Baranjska
HR.11|Požeško-Slavonska
HR.12|Primorsko-Goranska
HR.13|Šibensko-Kniniska
HR.14|Sisačko-Moslavačka
HR.15|Split-Dalmatia
HR.16|Varaždinska
HR.17|Virovitičk-Podravska
HR.18|Vukovar-Sirmium
HR.19|Zadarska
HR.20|Zagrebačka
HR.21|City of Zagreb
HT|Haiti
HU|Hungary
HU.01|Bács-Kiskun county
HU.02|Baranya
HU.03|Bekes County
HU.04|Borsod-Abauj Zemplen county
HU.08|Fejér
HU.09|Győr-Moson-Sopron
HU.10|Hajdú-Bihar County
HU.12|Komárom-Esztergom
HU.18|Szabolcs-Szatmár-Bereg
HU.20|Jász-Nagykun-Szolnok County
HU.22|Vas
HU.24|Zala
ID|Indonesia
ID.07|Central Java
ID.08|East Java
ID.21|Central Sulawesi
ID.26|North Sumatra
ID.30|West Java
ID.31|North Sulawesi
ID.32|South Sumatra
ID.38|South Sulawesi
IE|Ireland
IE.L|Leinster
IE.M|Munster
IL|Israel
IL.04|Haifa District
IM|Isle of Man
IN|India
IN.01|Andaman and Nicobar Islands
IN.28|State of West Bengal
IN.33|Goa
IO|British Indian Ocean Territory
IQ|Iraq
IR|Iran
IR.07|Fars
IR.11|Hormozgan
IR.22|Bushehr
IR.25|Semnan Province
IR.34|Markazi Province
IR.35|Mazandaran
IR.36|Zanjan Province
IR.42|Razavi Khorasan Province
IS|Iceland
IS.38|East
IS.39|Capital Region
IS.40|Northeast
IS.41|Northwest
IS.43|Southern Peninsula
IS.44|Westfjords
IS.45|West
IT|Italy
IT.01|Abruzzo
IT.02|Basilicate
IT.03|Calabria
IT.04|Campania
IT.05|Emilia-Romagna
IT.06|Friuli Venezia Giulia
IT.07|Lazio
IT.08|Liguria
IT.09|Lombardy
IT.10|The Marches
IT.11|Molise
IT.12|Piedmont
IT.13|Apulia
IT.14|Sardinia
IT.15|Sicily
IT.16|Tuscany
IT.17|Trentino-Alto Adige
IT.18|Umbria
IT.19|Aosta Valley
IT.20|Veneto
JE|Jersey
JM|Jamaica
JM.17|Kingston
JO|Hashemite Kingdom of Jordan
JO.18|Irbid Governorate
JP|Japan
JP.02|Akita
JP.03|Aomori
JP.06|Fukui
JP.07|Fukuoka
JP.08|Fukushima-ken
JP.09|Gifu
JP.10|Gunma
JP.13|Hyōgo
JP.14|Ibaraki
JP.16|Iwate
JP.17|Kagawa Prefecture
JP.19|Kanagawa
JP.21|Kumamoto
JP.24|Miyagi
JP.25|Miyazaki
JP.26|Nagano
JP.29|Niigata
JP.31|Okayama Prefecture
JP.35|Shiga Prefecture
JP.36|Shimane
JP.37|Shizuoka Prefecture
JP.38|Tochigi
JP.41|Tottori
JP.43|Wakayama
JP.44|Yamagata
JP.45|Yamaguchi
JP.46|Yamanashi
JP.47|Okinawa
KE|Kenya
KE.52|Uasin Gishu
KG|Kyrgyzstan
KH|Cambodia
KH.02|Kampong Cham
KH.03|Kampong Chhnang
KH.07|Kandal
KH.08|Koh Kong
KH.12|Pursat
KH.13|Preah Vihear
KH.18|Svay Rieng
KH.21|Kampot
KH.23|Ratanakiri
KH.25|Banteay Meanchey
KH.29|Battambang
KI|Kiribati
KM|Comoros
KN|St Kitts and Nevis
KP|North Korea
KR|Republic of Korea
KR.11|Seoul
KW|Kuwait
KY|Cayman Islands
KZ|Kazakhstan
LA|Laos
LB|Lebanon
LB.06|South Governorate
LC|Saint Lucia
LC.03|Castries
LC.04|Choiseul
LC.05|Dennery
LC.07|Laborie
LC.08|Micoud
LI|Liechtenstein
LK|Sri Lanka
LK.29|Central
LK.32|North Western
LK.38|Northern Province
LR|Liberia
LS|Lesotho
LS.10|Berea District
LS.11|Butha-Buthe District
LS.14|Maseru
LS.16|Mokhotlong
LS.18|Quthing District
LS.19|Thaba-Tseka District
LT|Republic of Lithuania
LU|Luxembourg
LV|Latvia
LV.10|Jēkabpils Municipality
LV.32|Ventspils
LY|Libya
LY.64|Al Jufrah
LY.65|Al Kufrah
MA|Morocco
MC|Principality of Monaco
MD|Republic of Moldova
MD.57|Chișinău Municipality
MD.59|Anenii Noi District
MD.61|Basarabeasca District
MD.62|Bender Municipality
MD.63|Briceni District
MD.64|Cahul
MD.65|Cantemir District
MD.68|Cimișlia District
MD.69|Criuleni District
MD.70|Dondușeni District
MD.71|Drochia
MD.73|Raionul Edineţ
MD.74|Fălești District
MD.75|Floreşti
MD.76|Glodeni
MD.77|Hîncești District
MD.78|Ialoveni District
MD.79|Leova District
MD.80|Nisporeni District
MD.81|Raionul Ocniţa
MD.82|Orhei District
MD.83|Rezina District
MD.84|Rîșcani District
MD.85|Sîngerei District
MD.86|Șoldănești District
MD.87|Raionul Soroca
MD.89|Strășeni
MD.90|Taraclia District
MD.91|Telenești District
MD.92|Ungheni
ME|Montenegro
ME.04|Bijelo Polje
ME.08|Herceg Novi
ME.10|Kotor
ME.11|Mojkovac
ME.20|Ulcinj
ME.22|Gusinje
ME.24|Tuzi
MF|Saint Martin
MG|Madagascar
MH|Marshall Islands
MK|North Macedonia
MK.08|Bogdanci Municipality
MK.11|Bosilovo Municipality
MK.12|Brvenica Municipality
MK.19|Češinovo-Obleševo
MK.28|Dolneni Municipality
MK.35|Gradsko Municipality
MK.36|Ilinden Municipality
MK.40|Karbinci Municipality
MK.60|Lozovo Municipality
MK.62|Makedonska Kamenica Municipality
MK.80|Plasnica Municipality
MK.86|Resen Municipality
MK.87|Rosoman Municipality
MK.A4|Sveti Nikole Municipality
MK.A5|Tearce Municipality
MK.C6|Zrnovci Municipality
MK.C7|Bogovinje
MK.C9|Čaška Municipality
MK.D4|Gostivar
MK.D5|Jegunovce Municipality
MK.E4|Mavrovo and Rostuša Municipality
MK.E9|Valandovo Municipality
MK.F5|Debarca Municipality
ML|Mali
MM|Myanmar
MN|Mongolia
MO|Macao S.A.R
MP|Northern Mariana Islands
MQ|Martinique
MQ.MQ|Martinique
MR|Mauritania
MR.03|Assaba Region
MR.04|Gorgol Region
MR.05|Brakna Region
MR.07|Adrar Region
MR.08|Dakhlet Nouadhibou Region
MR.09|Tagant Region
MR.10|Guidimaka Region
MR.11|Tiris Zemmour Region
MR.12|Inchiri Region
MS|Montserrat
MT|Malta
MU|Mauritius
MV|Maldives
MW|Malawi
MX|Mexico
MX.01|Aguascalientes
MX.03|Baja California Sur
MX.04|Campeche
MX.05|Chiapas
MX.06|Chihuahua
MX.07|Coahuila
MX.08|Colima
MX.10|Durango
MX.11|Guanajuato
MX.12|Guerrero
MX.13|Hidalgo
MX.14|Jalisco
MX.15|México
MX.16|Michoacán
MX.17|Morelos
MX.18|Nayarit
MX.19|Nuevo León
MX.20|Oaxaca
MX.21|Puebla
MX.22|Querétaro
MX.23|Quintana Roo
MX.24|San Luis Potosí
MX.25|Sinaloa
MX.26|Sonora
MX.27|Tabasco
MX.28|Tamaulipas
MX.29|Tlaxcala
MX.31|Yucatán
MX.32|Zacatecas
MY|Malaysia
MZ|Mozambique
MZ.04|Maputo Province
MZ.06|Nampula Province
MZ.08|Tete
NA|Namibia
NA.21|Khomas
NA.33|Ohangwena
NA.35|Omaheke
NA.36|Omusati
NA.37|Oshana
NA.38|Oshikoto
NC|New Caledonia
NE|Niger
NE.01|Agadez
NE.02|Diffa Region
NF|Norfolk Island
NG|Nigeria
NI|Nicaragua
NL|Netherlands
NL.02|Friesland
NL.03|Gelderland
NL.04|Province of Groningen
NL.05|Limburg
NL.06|North Brabant
NL.07|North Holland
NL.10|Zeeland
NL.11|South Holland
NO|Norway
NP|Nepal
NR|Nauru
NR.14|Yaren
NU|Niue
NZ|New Zealand
NZ.E7|Auckland
NZ.G2|Wellington
OM|Oman
PA|Panama
PE|Peru
PE.01|Amazonas
PE.02|Ancash
PE.04|Arequipa
PE.05|Ayacucho
PE.09|Huancavelica
PE.11|Ica
PE.12|Junín Region
PE.13|La Libertad
PE.14|Lambayeque
PE.15|Lima region
PE.16|Loreto
PE.17|Madre de Dios Region
PE.19|Pasco Region
PE.20|Piura
PE.21|Puno
PE.23|Tacna
PE.24|Tumbes Region
PE.25|Ucayali
PF|French Polynesia
PG|Papua New Guinea
PG.10|East New Britain
PG.15|New Ireland Province
PG.17|West New Britain
PH|Philippines
PH.02|Cagayan Valley
PH.03|Central Luzon
PH.06|Western Visayas
PH.07|Central Visayas
PH.08|Region VIII
PH.10|Northern Mindanao
PH.14|Autonomous Region in Muslim Mindanao
PH.15|Cordillera
PK|Pakistan
PL|Poland
PL.72|Lower Silesian Voivodeship
PL.73|Kujawsko-Pomorskie Voivodship
PL.74|Łódź Voivodeship
PL.75|Lublin Voivodeship
PL.76|Lubusz Voivodship
PL.77|Lesser Poland Voivodeship
PL.78|Masovian Voivodeship
PL.79|Opole Voivodeship
PL.80|Subcarpathian Voivodeship
PL.81|Podlasie Voivodship
PL.82|Pomeranian Voivodeship
PL.83|Silesian Voivodeship
PL.84|Świętokrzyskie Voivodship
PL.85|Warmian-Masurian Voivodeship
PL.86|Greater Poland Voivodeship
PL.87|West Pomeranian Voivodeship
PM|Saint Pierre and Miquelon
PN|Pitcairn Islands
PR|Puerto Rico
PS|Palestine
PS.GZ|Gaza Strip
PT|Portugal
PT.14|Lisbon District
PT.17|Porto
PT.23|Azores
PW|Palau
PY|Paraguay
QA|Qatar
RE|Réunion
RE.RE|Réunion
RO|Romania
RO.02|Arad
RO.05|Bihor
RO.14|Constanța
RO.15|Covasna
RO.17|Dolj County
RO.19|Gorj
RO.20|Harghita
RO.21|Hunedoara
RO.29|Olt County
RO.30|Prahova
RO.32|Satu Mare
RO.33|Sibiu
RO.34|Suceava
RO.35|Teleorman
RO.40|Vrancea
RO.42|Giurgiu
RO.43|Ilfov
RS|Serbia
RS.VO|Vojvodina
RU|Russia
RU.16|Chuvashia
RU.17|Dagestan
RU.28|Republic of Karelia
RU.34|Komi Republic
RU.47|Moscow Oblast
RU.49|Murmansk Oblast
RU.81|Ulyanovsk Oblast
RU.89|Jewish Autonomous Oblast
RU.90|Perm
RW|Rwanda
SA|Saudi Arabia
SB|Solomon Islands
SC|Seychelles
SC.01|Anse-aux-Pins
SC.03|Anse Etoile
SC.06|Baie Lazare
SC.07|Baie Sainte Anne
SC.09|Bel Air
SC.10|Bel Ombre
SC.11|Cascade
SC.12|Glacis
SC.17|Mont Buxton
SC.18|Mont Fleuri
SC.19|Plaisance
SC.23|Takamaka
SC.28|Au Cap
SC.29|Les Mamelles
SC.30|Roche Caiman
SD|Sudan
SE|Sweden
SE.03|Gävleborg County
SE.15|Örebro County
SE.28|Västra Götaland County
SG|Singapore
SH|St. Helena
SI|Slovenia
SI.04|Bohinj
SI.12|Municipality of Cerklje na Gorenjskem
SI.14|Cerkno
SI.22|Municipality of Dol pri Ljubljani
SI.24|Municipality of Dornava
SI.36|Idrija
SI.38|Ilirska Bistrica
SI.40|Izola-Isola
SI.50|Koper-Capodistria
SI.64|Municipality of Logatec
SI.68|Municipality of Lukovica
SI.89|Municipality of Pesnica
SI.91|Municipality of Pivka
SI.94|Postojna
SI.A3|Municipality of Radovljica
SI.B9|Municipality of Škofja Loka
SI.D4|Municipality of Trebnje
SI.G1|Municipality of Destrnik
SI.G3|Municipality of Dobrna
SI.G6|Municipality of Dolenjske Toplice
SI.H8|Municipality of Komenda
SI.I6|Municipality of Ljutomer
SI.J9|Piran-Pirano
SI.K2|Podvelka
SI.L7|Municipality of Šentjur
SI.O2|Municipality of Gorje
SI.P1|Renče-Vogrsko
SI.P9|Ankaran
SJ|Svalbard and Jan Mayen
SJ.21|Svalbard
SK|Slovakia
SL|Sierra Leone
SM|San Marino
SM.02|Chiesanuova
SN|Senegal
SN.01|Dakar
SN.03|Diourbel
SN.05|Tambacounda
SN.10|Kaolack Region
SN.11|Kolda Region
SN.12|Ziguinchor
SN.13|Louga Region
SN.14|Saint-Louis Region
SN.15|Matam Region
SO|Somalia
SO.07|Hiiraan
SR|Suriname
SS|South Sudan
ST|São Tomé and Príncipe
ST.01|Príncipe
ST.02|São Tomé Island
SV|El Salvador
SX|Sint Maarten
SY|Syria
SY.13|Damascus Governorate
SZ|Eswatini
TC|Turks and Caicos Islands
TD|Chad
TD.18|Hadjer-Lamis Region
TD.19|Mandoul Region
TD.25|Sila Region
TF|French Southern Territories
TG|Togo
TG.22|Centrale
TG.23|Kara Region
TG.24|Maritime Region
TG.25|Plateaux Region
TG.26|Savanes Region
TH|Thailand
TJ|Tajikistan
TK|Tokelau
TL|Timor-Leste
TL.AL|Aileu District
TL.AN|Ainaro District
TL.BA|Baucau District
TL.LA|Lautém District
TL.LI|Liquiçá District
TL.MT|Manatuto District
TL.VI|Viqueque District
TM|Turkmenistan
TM.01|Ahal Province
TM.02|Balkan Province
TM.04|Lebap
TM.05|Mary Province
TN|Tunisia
TN.34|Tataouine
TN.39|Manouba Governorate
TO|Tonga
TO.EU|ʻEua
TR|Turkey
TR.05|Amasya Province
TR.07|Antalya Province
TR.08|Artvin Province
TR.09|Aydın Province
TR.10|Balıkesir Province
TR.11|Bilecik Province
TR.12|Bingöl Province
TR.13|Bitlis Province
TR.14|Bolu Province
TR.15|Burdur Province
TR.17|Çanakkale Province
TR.19|Çorum Province
TR.20|Denizli Province
TR.22|Edirne Province
TR.24|Erzincan Province
TR.25|Erzurum Province
TR.26|Eskişehir Province
TR.28|Giresun Province
TR.31|Hatay Province
TR.32|Mersin Province
TR.33|Isparta Province
TR.37|Kastamonu Province
TR.38|Kayseri Province
TR.39|Kırklareli Province
TR.40|Kırşehir Province
TR.41|Kocaeli Province
TR.43|Kütahya Province
TR.44|Malatya Province
TR.45|Manisa Province
TR.46|Kahramanmaraş Province
TR.48|Muğla Province
TR.49|Muş Province
TR.52|Ordu
TR.54|Sakarya Province
TR.55|Samsun Province
TR.57|Sinop Province
TR.58|Sivas Province
TR.59|Tekirdağ Province
TR.61|Trabzon Province
TR.62|Tunceli Province
TR.64|Uşak Province
TR.65|Van Province
TR.66|Yozgat Province
TR.71|Konya Province
TR.72|Mardin Province
TR.74|Siirt Province
TR.75|Aksaray Province
TR.76|Batman Province
TR.78|Karaman Province
TR.79|Kırıkkale Province
TR.80|Şırnak Province
TR.81|Adana Province
TR.82|Çankırı Province
TR.83|Gaziantep Province
TR.86|Ardahan Province
TR.87|Bartın Province
TR.88|Iğdır Province
TR.90|Kilis Province
TR.91|Osmaniye Province
TR.92|Yalova Province
TT|Trinidad and Tobago
TV|Tuvalu
TW|Taiwan
TZ|Tanzania
UA|Ukraine
UA.01|Cherkasy Oblast
UA.03|Chernivtsi Oblast
UA.04|Dnipropetrovsk Oblast
UA.08|Kherson Oblast
UA.10|Kirovohrad Oblast
UA.11|Autonomous Republic of Crimea
UA.13|Kyiv Oblast
UA.17|Odes’ka Oblast’
UA.18|Poltava Oblast
UA.21|Sumy
UA.22|Ternopil Oblast
UA.23|Vinnytsya Oblast
UA.25|Transcarpathia
UA.26|Zaporizhzhya Oblast
UG|Uganda
UM|U.S. Outlying Islands
UM.050|Baker Island
UM.350|Navassa Island
UM.450|Wake Island
US|United States of America
US.AL|Alabama
US.AR|Arkansas
US.AZ|Arizona
US.CA|California
US.CT|Connecticut
US.DE|Delaware
US.HI|Hawaii
US.IA|Iowa
US.KS|Kansas
US.MD|Maryland
US.ME|State of Maine
US.MO|Missouri
US.NC|North Carolina
US.ND|North Dakota
US.NH|New Hampshire
US.NM|New Mexico
US.NY|New York
US.OR|Oregon
US.RI|Rhode Island
US.SC|South Carolina
US.SD|South Dakota
US.VT|Vermont
US.WV|West Virginia
UY|Uruguay
UY.07|Florida Department
UY.09|Maldonado Department
UZ|Uzbekistan
VA|Vatican City
VC|St Vincent and Grenadines
VE|Venezuela
VE.25|Distrito Federal
VG|British Virgin Islands
VI|U.S. Virgin Islands
VN|Vietnam
VN.20|Ho Chi Minh City
VU|Vanuatu
WF|Wallis and Futuna
WS|Samoa
XK|Kosovo
YE|Yemen
YE.05|Shabwah
YT|Mayotte
ZA|South Africa
ZA.05|Province of Eastern Cape
ZA.06|Gauteng
ZA.07|Mpumalanga
ZA.09|Limpopo
ZM|Zambia
ZW|Zimbabwe
"""


if __name__ == "__main__":
    main(sys.argv)
