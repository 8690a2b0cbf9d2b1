"""Places inside a country (cities, regions, geographic features) for the knowledge base.

Part of the ``scripts/build_kb.py`` build; the table it writes is ``places.jsonl``, one record
per place with its country::

    {"country": "UKR", "kind": "city", "name": "Kharkiv", "sources": ["countryinfo"]}

Sources (read, never copied):

* ``<data>/dictionaries/countryinfo/CountryInfo.*.txt``: ``<MajorCities>``, ``<Regions>`` and
  ``<GeogFeatures>`` of each country block;
* ``<data>/dictionaries/petrarch2_phoenix/Phoenix.Countries.actors.txt`` (MIT): the synonyms
  (``+`` lines) listed under a country's own entry (``UKRAINE_ ... +KHARKIV_ ... [UKR]``);
* ``scripts/kb_supplements/places_fr.txt``: French forms of places the sources give in English;
* ``scripts/kb_supplements/places_exclude.txt``: places the sources put under a wrong country.

Left out: names that are a country's name, adjective or capital (the countries table has
them), names found under two countries, names of people or organisations, names shorter
than four letters, and names that are also common words (written in lower case in the public
English and French text of ``<data>``, see :func:`public_texts`).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

KINDS = {"MajorCities": "city", "Regions": "region", "GeogFeatures": "feature"}
#: Shortest place name kept (shorter ones collide with acronyms and words).
MIN_LENGTH = 4
#: How often a name must be seen written in lower case to count as a common word.
COMMON_MIN = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def key(text: str) -> str:
    """Comparison key: no accents, lower case, punctuation and hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[-_.,()'\"]+", " ", text).split())


def display(raw: str) -> str:
    """``"MAZAR-I-SHARIF_"`` -> ``"Mazar-I-Sharif"``: the source's upper case as a name."""
    name = raw.strip().strip("_").replace("_", " ").title()
    return re.sub(r"'S\b", "'s", name).replace(" Of ", " of ").replace(" And ", " and ")


def countryinfo_places(path: Path) -> Iterator[tuple[str, str, str]]:
    """(alpha-3, kind, name) for the cities, regions and features of every CountryInfo block."""
    files = sorted(path.glob("CountryInfo*.txt"))
    if not files:
        return
    text = files[-1].read_text(encoding="utf-8", errors="replace")
    for body in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        code = re.search(r"<ISO3166-alpha3>\s*(\w+)", body)
        if code is None:
            continue
        for tag, kind in KINDS.items():
            for block in re.findall(rf"<{tag}>(.*?)</{tag}>", body, re.S):
                for line in block.splitlines():
                    raw = line.split("#")[0].strip()
                    if raw and "(" not in raw:
                        yield code.group(1), kind, display(raw)


def countryinfo_names(path: Path) -> set[str]:
    """Keys of the country names, their variants and misspellings, and capitals of every
    CountryInfo block (``<Nationality>``, ``<Capital>``): no places, even when Phoenix lists
    them among a country's synonyms ("ARXINTINA")."""
    names: set[str] = set()
    for file in sorted(path.glob("CountryInfo*.txt"))[-1:]:
        text = file.read_text(encoding="utf-8", errors="replace")
        for tag in ("Nationality", "Capital", "CountryName"):
            for block in re.findall(rf"<{tag}>(.*?)</{tag}>", text, re.S):
                names.update(key(display(ln.split("#")[0])) for ln in block.splitlines())
    return names


def phoenix_places(path: Path, country_keys: dict[str, str]) -> Iterator[tuple[str, str, str]]:
    """(alpha-3, "place", name) for the synonyms under an entry that is a country's name and
    whose undated code is that country (``UKRAINE_`` ... ``[UKR >911221]``)."""
    if not path.exists():
        return
    head: str | None = None
    synonyms: list[str] = []
    codes: list[str] = []
    for raw in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), "END_"]:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        name = line.split("[")[0].strip()
        if name and not name.startswith("+") and not raw[:1].isspace():
            yield from _phoenix_block(head, synonyms, codes, country_keys)
            head, synonyms, codes = name, [], []
        elif name.startswith("+"):
            synonyms.append(name[1:])
        codes += re.findall(r"\[([A-Z]{3})(?:\s*>\s*\d+)?\s*\]", line)


def _phoenix_block(
    head: str | None, synonyms: list[str], codes: list[str], country_keys: dict[str, str]
) -> Iterator[tuple[str, str, str]]:
    """The synonyms of a finished Phoenix block as places, when its head is the country its
    code names (``UKRAINE_ +KHARKIV_ [UKR]`` gives Kharkiv in UKR)."""
    if head is None or not codes or country_keys.get(key(display(head))) != codes[-1]:
        return
    for synonym in synonyms:
        yield codes[-1], "place", display(synonym)


def read_excluded(path: Path) -> set[str]:
    """``places_exclude.txt``: keys of places left out (one name a line, ``#`` comments)."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {key(line) for line in lines if line.strip() and not line.startswith("#")}


def read_french_forms(path: Path) -> dict[str, list[str]]:
    """``places_fr.txt``: English source name -> French forms (``Tigray | Tigré``)."""
    forms: dict[str, list[str]] = {}
    if not path.exists():
        return forms
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, french = (cell.strip() for cell in line.split("|"))
            forms[key(english)] = [f.strip() for f in french.split(";") if f.strip()]
    return forms


def lower_case_words(texts: Iterable[str]) -> set[str]:
    """Keys of the words written in lower case at least :data:`COMMON_MIN` times."""
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for word in _WORD.findall(text):
            if word.islower():
                counts[key(word)] += 1
    return {word for word, n in counts.items() if n >= COMMON_MIN}


def public_texts(data: Path) -> Iterator[str]:
    """Running English and French text of the public data sets: PolNeAR's training articles,
    the TimeML bodies of TempEval-3 and the French pages of the extraction benchmark."""
    files = sorted((data / "polnear" / "data" / "train" / "text").glob("*.txt"))
    files += sorted((data / "tempeval3_tbaq_cleaned").rglob("*.tml"))
    files += sorted((data / "trafilatura_eval_fr" / "html").glob("*.html"))
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        yield re.sub(r"<[^>]+>", " ", text) if file.suffix != ".txt" else text


def build_places(
    data: Path,
    countries: list[dict[str, Any]],
    taken: set[str],
    french: dict[str, list[str]],
    excluded: frozenset[str] | set[str] = frozenset(),
) -> tuple[list[dict[str, Any]], list[str]]:
    """The places table and its sources. ``taken``: keys of people and organisation names."""
    country_keys = _country_keys(countries)
    dictionaries = data / "dictionaries"
    found, owners = _gathered(dictionaries, countries, country_keys)
    common = lower_case_words(public_texts(data))
    common |= countryinfo_names(dictionaries / "countryinfo") | excluded
    places = []
    for k, record in sorted(found.items()):
        if len(owners[k]) > 1 or k in country_keys or k in taken or k in common:
            continue
        if record["sources"] == ["phoenix"] and _misspelt(k, country_keys):
            continue
        if len(k.replace(" ", "")) < MIN_LENGTH or not re.fullmatch(r"[a-z0-9 ]+", k):
            continue
        record["names_fr"] = french.pop(k, [])
        places.append(record)
    for k in sorted(french):
        print(f"warning: places_fr.txt: {k!r} is not in the places table", file=sys.stderr)
    sources = [
        "openeventdata/CountryInfo (CountryInfo.120116.txt): MajorCities, Regions, GeogFeatures",
        "openeventdata/petrarch2 Phoenix.Countries.actors.txt (MIT): synonyms under a country",
        "scripts/kb_supplements/places_fr.txt",
        "scripts/kb_supplements/places_exclude.txt",
    ]
    return places, sources


def _gathered(
    dictionaries: Path, countries: list[dict[str, Any]], country_keys: dict[str, str]
) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]]]:
    """Every place of CountryInfo and Phoenix under a known country, by key, with the sources
    that name it, and the countries each key is found under ("Kharkiv": {"UKR"}); a more
    precise kind (city, region, feature) wins over Phoenix's plain "place"."""
    found: dict[str, dict[str, Any]] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    rows = [
        *((c, k, n, "countryinfo") for c, k, n in countryinfo_places(dictionaries / "countryinfo")),
        *(
            (c, k, n, "phoenix")
            for c, k, n in phoenix_places(
                dictionaries / "petrarch2_phoenix" / "Phoenix.Countries.actors.txt", country_keys
            )
        ),
    ]
    known = {c["iso3"] for c in countries}
    for iso3, kind, name, source in rows:
        iso3 = "XKX" if iso3 == "KSV" else iso3
        k = key(name)
        if iso3 not in known or not k:
            continue
        owners[k].add(iso3)
        record = found.setdefault(k, {"country": iso3, "kind": kind, "name": name, "sources": []})
        if record["kind"] == "place":
            record["kind"] = kind
        record["sources"] = sorted({*record["sources"], source})
    return found, owners


def _misspelt(k: str, country_keys: dict[str, str]) -> bool:
    """Whether a Phoenix synonym is a country name spelt another way ("Istrael", "Rawanda")."""
    return any(k[:3] == c[:3] and abs(len(k) - len(c)) <= 3 for c in country_keys if len(c) > 4)


def _country_keys(countries: list[dict[str, Any]]) -> dict[str, str]:
    """Key of every country name, adjective, capital and seat -> its alpha-3."""
    keys: dict[str, str] = {}
    for c in countries:
        words = [*c["names"]["en"], *c["names"]["fr"], *c["adjectives"]["en"]]
        words += [*c["adjectives"]["fr"], *(s["text"] for s in c["seats"])]
        words += [v for v in c["capital"].values() if v]
        words += [*c["capital_variants"]["en"], *c["capital_variants"]["fr"]]
        for word in words:
            keys.setdefault(key(word), c["iso3"])
    return keys
