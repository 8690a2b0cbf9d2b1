"""The matching rules of ``GOLD.md``: names, countries and organisations, dates, one-to-one pairs.

- Names match with accents, case, non-breaking (and other typographic) spaces, hyphens and
  dashes, and curly apostrophes set aside; a person's surname alone matches (see
  :func:`surnames`), either way round.
- Country codes match when equal. ``IGO:<name>`` codes match loosely: the two names match when
  they are the same organisation in :data:`IGOS` (English or French name, acronym, or one of its
  organs, e.g. the Security Council for the UN), when one is the acronym of the other, or when
  one name's words begin the other's ("United Nations" and "United Nations Children's Fund").
- A date is right when it equals the gold date or lies inside it (a day inside a month-level or
  year-level gold date).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..textutil import strip_accents

#: Letters that Unicode decomposition does not take the accent off.
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d", "Đ": "D"}
    | {"ł": "l", "Ł": "L", "ı": "i", "ð": "d", "þ": "th"}
)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u00a0\u202f\u2007\u2009]+")
_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc`´]")
#: Generational suffixes that are not a surname ("Ferdinand Marcos Jr.").
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Countries whose press writes the family name first ("Kim Jong Un", "Mao Ning").
SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
_STOPWORDS = frozenset({"of", "the", "for", "and", "de", "des", "du", "la", "le", "l", "et", "d"})

#: International organisations: canonical acronym -> other names (English, French, organs).
IGOS: Mapping[str, tuple[str, ...]] = {
    "UN": (
        "United Nations",
        "Nations unies",
        "ONU",
        "UNO",
        "United Nations Security Council",
        "UN Security Council",
        "UNSC",
        "Security Council",
        "Conseil de sécurité",
        "Conseil de sécurité de l'ONU",
        "Conseil de sécurité des Nations unies",
        "United Nations General Assembly",
        "UN General Assembly",
        "Assemblée générale des Nations unies",
        "Assemblée générale de l'ONU",
        "United Nations Secretariat",
        "Office of the United Nations High Commissioner for Human Rights",
        "OHCHR",
        "Haut-Commissariat des Nations unies aux droits de l'homme",
        "Office for the Coordination of Humanitarian Affairs",
        "OCHA",
        "Bureau de la coordination des affaires humanitaires",
    ),
    "EU": (
        "European Union",
        "Union européenne",
        "UE",
        "European Commission",
        "Commission européenne",
        "Council of the European Union",
        "Conseil de l'Union européenne",
        "European Council",
        "Conseil européen",
        "European Parliament",
        "Parlement européen",
        "European External Action Service",
        "EEAS",
        "Brussels",
        "Bruxelles",
    ),
    "NATO": ("North Atlantic Treaty Organization", "OTAN", "Alliance atlantique"),
    "AU": ("African Union", "Union africaine", "UA"),
    "ECOWAS": (
        "Economic Community of West African States",
        "CEDEAO",
        "Communauté économique des États de l'Afrique de l'Ouest",
    ),
    "G7": ("Group of Seven", "Groupe des sept", "G-7"),
    "G20": ("Group of 20", "Group of Twenty", "Groupe des vingt", "G-20"),
    "IAEA": (
        "International Atomic Energy Agency",
        "AIEA",
        "Agence internationale de l'énergie atomique",
    ),
    "WFP": ("World Food Programme", "PAM", "Programme alimentaire mondial"),
    "ASEAN": ("Association of Southeast Asian Nations", "ANASE"),
    "CSTO": ("Collective Security Treaty Organization", "OTSC"),
    "UNRWA": ("United Nations Relief and Works Agency",),
    "CoE": ("Council of Europe", "Conseil de l'Europe"),
    "Mercosur": ("Mercosul", "Southern Common Market"),
    "Frontex": ("European Border and Coast Guard Agency",),
    "WHO": ("World Health Organization", "OMS", "Organisation mondiale de la santé"),
    "WTO": ("World Trade Organization", "OMC", "Organisation mondiale du commerce"),
    "IMF": ("International Monetary Fund", "FMI", "Fonds monétaire international"),
    "ICC": ("International Criminal Court", "CPI", "Cour pénale internationale"),
    "ICJ": ("International Court of Justice", "CIJ", "Cour internationale de justice"),
    "OSCE": ("Organization for Security and Co-operation in Europe",),
    "OPEC": ("Organization of the Petroleum Exporting Countries", "OPEP"),
    "AES": ("Alliance of Sahel States", "Alliance des États du Sahel"),
    "OAS": ("Organization of American States", "OEA"),
    "SCO": ("Shanghai Cooperation Organisation", "OCS"),
    "GCC": ("Gulf Cooperation Council", "Conseil de coopération du Golfe"),
    "Arab League": ("League of Arab States", "Ligue arabe"),
    "UNHCR": ("HCR", "Haut Commissariat des Nations unies pour les réfugiés"),
    "CARICOM": ("Caribbean Community", "Communauté caribéenne"),
}


def name_key(name: str) -> str:
    """The form names are compared in: no accents, no case, spaces and hyphens alike."""
    plain = strip_accents(name).translate(_LETTERS).casefold()
    plain = _APOSTROPHES.sub("'", plain)
    return _SEPARATORS.sub(" ", plain).strip()


def surnames(name: str, country: str | None = None) -> set[str]:
    """Shorter forms of a person's name that the press uses alone, as name keys.

    Every trailing part of the name ("Wagner", "Kayikwamba Wagner"), generational suffixes set
    aside; and the first word where the family name comes first (:data:`SURNAME_FIRST`).
    """
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    forms = {" ".join(words[i:]) for i in range(1, len(words))}
    if country in SURNAME_FIRST and len(words) > 1:
        forms.add(words[0])
    return forms


def name_match(name: str, names: Iterable[str], person: bool, country: str | None = None) -> int:
    """How well ``name`` matches one of ``names``: 2 the same name, 1 a surname, 0 not at all."""
    key = name_key(name)
    best = 0
    for candidate in names:
        if key == name_key(candidate):
            return 2
        if person and (
            key in surnames(candidate, country) or name_key(candidate) in surnames(name, country)
        ):
            best = 1
    return best


def _igo_index() -> dict[str, str]:
    index = {name_key(acronym): acronym for acronym in IGOS}
    for acronym, names in IGOS.items():
        index.update({name_key(name): acronym for name in names})
    return index


_IGO_INDEX = _igo_index()


def igo_forms(name: str) -> set[str]:
    """Name keys an organisation is known by: its own, and all of its :data:`IGOS` entry."""
    key = name_key(name)
    acronym = _IGO_INDEX.get(key)
    if acronym is None:
        return {key}
    return {key, name_key(acronym), *(name_key(other) for other in IGOS[acronym])}


def acronym(key: str) -> str:
    """Initials of the significant words of a name key ("united nations" -> "un")."""
    words = [w for w in re.split(r"[ ']", key) if w and w not in _STOPWORDS]
    return "".join(word[0] for word in words)


def igo_match(a: str, b: str) -> bool:
    """Whether two organisation names (without ``IGO:``) name the same organisation."""
    forms_a, forms_b = igo_forms(a), igo_forms(b)
    if forms_a & forms_b:
        return True
    for x in forms_a:
        for y in forms_b:
            short, long = sorted((x.split(), y.split()), key=len)
            if long[: len(short)] == short or acronym(x) == y or acronym(y) == x:
                return True
    return False


def code_match(output: str, gold: str) -> bool:
    """Whether an output country code (or ``IGO:<name>``) is the gold one."""
    if output.startswith("IGO:") and gold.startswith("IGO:"):
        return igo_match(output[4:], gold[4:])
    return output.strip().upper() == gold.strip().upper()


def actor_codes(reference: str, actors: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """The country codes an output event's ``source`` or ``target`` entry stands for.

    The entry is an actor id: the actor's ``country`` when it has one; ``IGO:<name>`` for an
    actor without a country that is an international organisation (sector ``IGO``, or an
    organisation); nothing otherwise (a person without a country). An entry that is not an
    actor id is taken as a code itself.
    """
    actor = actors.get(reference)
    if actor is None:
        return {reference}
    if actor.get("country"):
        return {str(actor["country"])}
    if actor.get("sector") == "IGO" or actor.get("kind") == "organization":
        return {f"IGO:{actor.get('name', '')}"}
    return set()


def codes_match(outputs: Iterable[str], golds: Iterable[str]) -> bool:
    """Whether one of the output codes is one of the gold codes."""
    golds = list(golds)
    return any(code_match(output, gold) for output in outputs for gold in golds)


def date_right(output: str | None, gold: str | None) -> bool:
    """The output date is the gold date, or a day (or month) inside it; null only matches null."""
    if gold is None or output is None:
        return gold is output
    return output == gold or output.startswith(gold + "-")


def max_matching(
    lefts: int, rights: int, costs: Callable[[int], Mapping[int, int]]
) -> dict[int, int]:
    """A maximum one-to-one matching, as ``{left: right}``, of least total cost among those.

    ``costs(left)`` maps each right ``left`` may pair with to the (non-negative) cost of that
    pair. The Hungarian algorithm runs on a square matrix in which a missing pair costs more than
    all real pairs together, so no matching with more pairs is ever traded for a cheaper one.
    """
    size = max(lefts, rights)
    table = [dict(costs(left)) for left in range(lefts)]
    missing = 1 + sum(max(row.values(), default=0) for row in table)

    def cost(left: int, right: int) -> int:
        row = table[left] if left < lefts else {}
        return row.get(right, missing)

    owner = _hungarian(size, cost)
    return {
        left: right for right, left in enumerate(owner) if left < lefts and right in table[left]
    }


def _hungarian(size: int, cost: Callable[[int, int], int]) -> list[int]:
    """The row assigned to each column of a ``size`` × ``size`` least-cost assignment.

    Shortest augmenting paths with row and column potentials, one row added at a time
    (Kuhn–Munkres in its O(n³) form); index ``size`` stands for "no column yet".
    """
    free = size
    row_pot = [0] * (size + 1)
    col_pot = [0] * (size + 1)
    owner = [free] * (size + 1)  # owner[size] is the row being placed
    for row in range(size):
        owner[size] = row
        column = size
        reach = [float("inf")] * (size + 1)
        back = [size] * (size + 1)
        done = [False] * (size + 1)
        while True:
            done[column] = True
            current, step, nearest = owner[column], float("inf"), size
            for j in range(size):
                if done[j]:
                    continue
                slack = cost(current, j) - row_pot[current] - col_pot[j]
                if slack < reach[j]:
                    reach[j], back[j] = slack, column
                if reach[j] < step:
                    step, nearest = reach[j], j
            for j in range(size + 1):
                if done[j]:
                    row_pot[owner[j]] += int(step)
                    col_pot[j] -= int(step)
                else:
                    reach[j] -= step
            column = nearest
            if owner[column] == free:
                break
        while column != size:
            previous = back[column]
            owner[column] = owner[previous]
            column = previous
    return owner[:size]
