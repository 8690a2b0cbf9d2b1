"""What the actors stage knows before reading an article, built once: the knowledge base's names
as gazetteers per language, the titles lexicons, and the language cues (pronouns, honorifics…)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import lang
from ..errors import ConfigurationError
from ..knowledge import CountryMatch, KnowledgeBase, Organization, Person, shipped
from ..knowledge.loose import shipped_loose
from .anaphors import AnaphorWords
from .blocs import BlocWords
from .bodywords import BodyWords
from .gazetteer import Gazetteer, key
from .institutions import institutions
from .statenouns import StateNounWords

Known = CountryMatch | Organization | Person


@dataclass(frozen=True, slots=True)
class Title:
    """A title or function ("secrétaire d’État", "national security adviser", "armée")."""

    text: str
    role: str
    role_key: str
    sector: str | None
    #: The one state whose government uses this title ("ministre des Armées" is France's).
    country: str | None = None


#: A party tag's pattern, and the state and sector it tells.
PartyTag = tuple[re.Pattern[str], str, str]


@dataclass(frozen=True)
class LanguageCues:
    version: str
    person_pronouns: frozenset[str]
    honorifics: frozenset[str]
    locatives: frozenset[str]
    place_nouns: frozenset[str]
    title_joiners: frozenset[str]
    #: Prepositions before the country an envoy is posted to ("ambassador to", "ambassadeur au").
    host_prepositions: frozenset[str] = frozenset()
    #: Words dropped at the start of a name ("the", "la").
    articles: frozenset[str] = frozenset()
    #: Definite articles of one person ("le", "the"): a bare title after one takes someone up.
    singular_articles: frozenset[str] = frozenset()
    #: Other words that end a run of capitalised words before a head word ("A Rome court").
    determiners: frozenset[str] = frozenset()
    #: Endings of a possessive, as written ("'s", "’").
    possessives: frozenset[str] = frozenset()
    #: Lower-case words inside a person's name ("de", "van", "bin"), as written.
    name_particles: frozenset[str] = frozenset()
    #: Articles a name may also hold after a title ("le"), as written.
    name_articles: frozenset[str] = frozenset()
    #: Words of a ministry's name, as written ("Ministry").
    ministries: frozenset[str] = frozenset()
    #: Words that make a capitalised name no person's ("Escoda Shoal", "BRP Bagacay").
    not_person_words: frozenset[str] = frozenset()
    #: Nouns of crafts (ships, drones) and hull prefixes: a name right after one is no person's.
    craft_nouns: frozenset[str] = frozenset()
    #: Prepositions that take a place alone ("near", "dans"): a name only ever after one is one.
    place_prepositions: frozenset[str] = frozenset()
    #: Words that make a country next to them a ship's or a firm's flag, owner or operator
    #: ("Barbados-flagged", "Liberian-owned", "battant pavillon portugais"): no actor.
    registry_words: frozenset[str] = frozenset()
    #: Nouns of meetings, treaties and waters a city names ("le sommet de Vilnius", "the Rome
    #: Statute", "the Gulf of Aden"), and the words linking them to it ("de", "of").
    namesake_nouns: frozenset[str] = frozenset()
    namesake_links: frozenset[str] = frozenset()
    #: Nouns a pair of names joined by a hyphen qualifies ("the Biden-Harris administration",
    #: « le gouvernement Borne-Attal »): the known name before the hyphen is its person's.
    hyphen_heads: frozenset[str] = frozenset()
    #: Locatives of direction: a state named after one is where an act goes, not a place
    #: ("fired missiles at Israel", "sent troops to Niger").
    directions: frozenset[str] = frozenset()
    #: Possessive determiners ("son", "its"): a title they open is the sentence subject's.
    possessive_determiners: frozenset[str] = frozenset()
    #: Reciprocal pronouns ("each other", "mutuellement"): an act on them is mutual.
    reciprocal_pronouns: frozenset[str] = frozenset()
    #: Prefixes of a hyphenated adjective ("pro-North Korean"): a word they lead is no name's.
    name_prefixes: frozenset[str] = frozenset()
    #: Copulas ("is", "est"): "X is the Review's Asia editor" says what X is.
    copulas: frozenset[str] = frozenset()
    #: Words of a region that lead a state's adjective ("Latin American", "sud-américain"):
    #: the adjective is then the region's, no state's.
    regional_prefixes: frozenset[str] = frozenset()
    #: Nouns of seas and gulfs ("sea", « golfe ») and the link words after them ("of", « du »):
    #: a state's name in the name of waters ("the Sea of Japan") is a place's name.
    water_nouns: frozenset[str] = frozenset()
    water_links: frozenset[str] = frozenset()
    #: Prepositions before a recipient ("à", "to") and the stems of words of giving, sending
    #: or blaming that take one ("transfert", "supplied"): a capital there is its state.
    recipient_prepositions: frozenset[str] = frozenset()
    recipient_stems: frozenset[str] = frozenset()
    #: Locatives that mark a recipient when an article comes before the state's name ("à la
    #: Russie", "à l'Ukraine": in a state is "en Russie"): the state is a party, not a place.
    article_datives: frozenset[str] = frozenset()
    #: Participles that open a title's remit (« chargé de la Mer »): a title's phrase goes on
    #: past them, though the parser reads them as verbs.
    title_complements: frozenset[str] = frozenset()
    #: A legislator's party and constituency in parentheses after the name, with the state and
    #: sector it tells: "Sen. Ann Holt (R-Idaho)" is a United States legislator.
    party_tag: PartyTag | None = None

    @classmethod
    def load(cls, code: str) -> LanguageCues:
        """One language's cues, with the words shared by all languages (``xx``) added."""
        data, shared = lang.load(code, "actors"), lang.load(lang.SHARED, "actors")
        words = [
            "person_pronouns", "honorifics", "locatives", "place_nouns", "title_joiners",
            "host_prepositions", "articles", "singular_articles", "determiners",
            "not_person_words", "directions", "craft_nouns", "place_prepositions",
            "possessive_determiners", "reciprocal_pronouns",
            "copulas", "registry_words", "namesake_nouns", "namesake_links", "regional_prefixes",
            "hyphen_heads", "water_nouns", "water_links",
            "recipient_prepositions", "recipient_stems", "article_datives", "title_complements",
        ]  # fmt: skip
        written = ["possessives", "name_particles", "name_articles", "ministries", "name_prefixes"]
        return cls(
            data["version"],
            **{w: frozenset(" ".join(key(x)) for x in _both(data, shared, w)) for w in words},
            **{w: frozenset(_both(data, shared, w)) for w in written},
            party_tag=_party_tag(code, data.get("party_tag")),
        )


def _party_tag(code: str, data: Mapping[str, str] | None) -> PartyTag | None:
    """The ``party_tag`` entry of a language's actors data, its pattern compiled once: what
    follows a legislator's name, and the state and sector it tells."""
    if not data:
        return None
    missing = [k for k in ("pattern", "country", "sector") if k not in data]
    if missing:
        raise ConfigurationError(
            f"language data {code}/actors.json",
            f"the party_tag entry lacks {', '.join(missing)}",
            'give it a "pattern", a "country" (ISO alpha-3) and a "sector" code',
        )
    return re.compile(data["pattern"]), data["country"], data["sector"]


@dataclass(frozen=True)
class Policy:
    """Language-independent rules: which offices have one holder, which sectors are no actors."""

    version: str
    unique_roles: frozenset[str]
    collective_roles: frozenset[str]
    military_roles: frozenset[str]
    excluded_sectors: frozenset[str]
    excluded_roles: frozenset[str]
    attached_roles: frozenset[str]
    state_sectors: frozenset[str]
    family_first: frozenset[str]
    armed_forces: str
    #: Countries whose people go by their given name, written first (Abiy Ahmed: "Abiy").
    given_name_first: frozenset[str] = frozenset()
    #: Sectors of the seats of power that fold into their state ("the Kremlin": GOV).
    folded_seats: frozenset[str] = frozenset()
    #: The offices a bare general title may take up besides its own ("le ministre" a foreign
    #: minister named before, "the spokesman" a government spokesperson), by role key.
    narrower_roles: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def takes_up(self, role_key: str) -> frozenset[str]:
        """The role keys of the people a bare title of ``role_key`` may stand for: none for a
        title not listed, which may name many ("the troops", "les soldats")."""
        if role_key not in self.narrower_roles:
            return frozenset()
        return self.narrower_roles[role_key] | {role_key}

    @property
    def first_word(self) -> frozenset[str]:
        """Countries where the first word of a name refers to the person alone."""
        return self.family_first | self.given_name_first

    @classmethod
    def load(cls) -> Policy:
        data: dict[str, Any] = lang.load(lang.SHARED, "actors")
        sets = [
            "unique_roles", "collective_roles", "military_roles", "excluded_sectors",
            "excluded_roles", "attached_roles", "state_sectors", "family_first",
            "given_name_first", "folded_seats",
        ]  # fmt: skip
        narrower = {k: frozenset(v) for k, v in data.get("narrower_roles", {}).items()}
        return cls(data["version"], armed_forces=data["armed_forces"], narrower_roles=narrower,
                   **{s: frozenset(data.get(s, ())) for s in sets})  # fmt: skip


class ActorIndex:
    """Everything the actors stage looks up, per language."""

    def __init__(self, kb: KnowledgeBase, languages: list[str]) -> None:
        self.kb = kb
        self.policy = Policy.load()
        #: Country names and adjectives of several states, read by the article.
        self.loose = shipped_loose()
        self.names: dict[str, Gazetteer[Known]] = {code: Gazetteer() for code in languages}
        self.titles: dict[str, Gazetteer[Title]] = {code: _titles(code) for code in languages}
        self.cues = {code: LanguageCues.load(code) for code in languages}
        self.institutions = {code: institutions(lang.load(code, "actors")) for code in languages}
        self.body_words = {
            code: BodyWords.from_data(lang.load(code, "actors"), lang.load(code, "dates"))
            for code in languages
        }
        self.blocs = {code: BlocWords.from_data(lang.load(code, "actors")) for code in languages}
        self.anaphors = {
            code: AnaphorWords.from_data(lang.load(code, "actors")) for code in languages
        }
        shared = lang.load(lang.SHARED, "actors")
        self.state_nouns = {
            code: StateNounWords.from_data(lang.load(code, "actors"), shared) for code in languages
        }
        self.adjective: dict[str, str] = {}
        #: Organisations standing for their state, as its seat of power ("the Kremlin").
        self.seats = frozenset(
            org for org, sector in kb.seat_sectors.items() if sector in self.policy.folded_seats
        )
        #: Organisation names written in lower case ("armée congolaise", "département d'État").
        self.common_names: set[tuple[str, ...]] = set()
        for phrase in kb.phrases():
            value = phrase.value
            if isinstance(value, Organization) and _common(phrase.text):
                self.common_names.add(key(phrase.text))
            if isinstance(value, CountryMatch) and value.via == "adjective" and phrase.lang == "en":
                self.adjective.setdefault(value.iso3, phrase.text)
            for code, gazetteer in self.names.items():
                if phrase.lang in (None, code):
                    gazetteer.add(phrase.text, phrase.value)
        title_versions = [lang.load(code, "titles")["version"] for code in languages]
        self.version = "+".join(
            [kb.version, self.policy.version, *title_versions,
             *(cues.version for cues in self.cues.values())]
        )  # fmt: skip

    @classmethod
    def load(cls, languages: list[str]) -> ActorIndex:
        return cls(shipped(), languages)


def _both(data: dict[str, Any], shared: dict[str, Any], name: str) -> list[str]:
    return [*data.get(name, ()), *shared.get(name, ())]


def _common(name: str) -> bool:
    """A name in lower case, article aside ("the Commission" is a proper name)."""
    words = name.split()
    return name[:1].islower() and not (len(words) > 1 and words[0] in ("the", "la", "le", "les"))


def _titles(code: str) -> Gazetteer[Title]:
    gazetteer: Gazetteer[Title] = Gazetteer()
    for entry in lang.load(code, "titles")["titles"]:
        title = Title(
            entry["text"], entry["role"], entry["role_key"], entry.get("sector"),
            entry.get("country"),
        )  # fmt: skip
        gazetteer.add(entry["text"], title, acronym=False)
    return gazetteer
