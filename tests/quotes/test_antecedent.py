"""The antecedent of a pronoun speaker, or of a quote without one
(:mod:`newsgraph.quotes.antecedent`): the last person or institution mentioned, in the right
gender, or the speaker of the quote before."""

from __future__ import annotations

import pytest

from newsgraph.article import Span

from .build import Cast, quotes_of
from .casts import RESOLVE_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_pronoun_takes_the_last_person_mentioned_after_the_previous_quote(
    build: Build,
) -> None:
    text = (
        "« Nous avons besoin de ces systèmes maintenant », a écrit Volodymyr Zelensky.\n\n"
        "Le ministre Dmytro Kouleba a accusé Moscou de paralyser les exportations. Il a estimé "
        "que cette frappe constituait « un crime de guerre de plus »."
    )
    found = quotes_of(build(text, "fr", CAST))
    # the statement whose object is quoted is one direct quote
    assert [(speaker, direct) for _, speaker, direct in found] == [
        ("Volodymyr Zelensky", True),
        ("Dmytro Kuleba", True),
    ]


def test_a_pronoun_the_actors_stage_resolved_is_kept_when_nobody_is_found(
    build: Build,
) -> None:
    text = "Il a déclaré que le cessez-le-feu serait signé avant l'hiver."
    article = build(text, "fr", CAST)
    kuleba = next(actor for actor in article.actors if actor.name == "Dmytro Kuleba")
    kuleba.mentions.append(Span(0, 2, "Il"))
    [(_, speaker, _)] = quotes_of(article)
    assert speaker == "Dmytro Kuleba"


def test_a_pronoun_is_not_what_the_actors_stage_read_it_as(build: Build) -> None:
    text = (
        "Volodymyr Zelensky a visité le front russe. Il a déclaré que le cessez-le-feu "
        "serait signé avant l'hiver."
    )
    article = build(text, "fr", CAST)
    russia = next(actor for actor in article.actors if actor.name == "Russia")
    russia.mentions.append(Span(text.index("Il a"), text.index("Il a") + 2, "Il"))
    assert [speaker for _, speaker, _ in quotes_of(article)] == ["Volodymyr Zelensky"]


def test_a_pronoun_takes_the_subject_rather_than_a_name_after_it(build: Build) -> None:
    text = (
        "JD Vance, accompanied by Energy Secretary Chris Wright, used the stop to accuse "
        "Denmark. \u201cWe are not going to wait for Russia,\u201d he told service members."
    )
    cast: Cast = {
        "JD Vance": ("person", ["JD Vance"]),
        "Chris Wright": ("person", ["Chris Wright"]),
        "Denmark": ("country", ["Denmark"]),
    }
    assert [speaker for _, speaker, _ in quotes_of(build(text, "en", cast))] == ["JD Vance"]


def test_a_pronoun_for_an_unnamed_official_takes_the_state_she_speaks_for(
    build: Build,
) -> None:
    text = (
        "Germany was hit by a cyberattack in April.\n\n"
        "Alexander Graf Lambsdorff will spend a week in Berlin, a ministry spokeswoman said. "
        "\u201cThis is a clear signal that we do not accept such attacks,\u201d she told a "
        "news conference."
    )
    cast: Cast = {
        "Germany": ("country", ["Germany"]),
        "Alexander Graf Lambsdorff": ("person", ["Alexander Graf Lambsdorff"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [(speaker, direct) for _, speaker, direct in found] == [
        ("Germany", False),
        ("Germany", True),
    ]


def test_a_quote_without_a_cue_takes_the_speaker_of_the_quote_before(build: Build) -> None:
    text = (
        "« Nous ne céderons pas », a déclaré Dmytro Kouleba.\n\n"
        "« Chaque jour de retard se paie en vies humaines. »"
    )
    assert [speaker for _, speaker, _ in quotes_of(build(text, "fr", CAST))] == [
        "Dmytro Kuleba",
        "Dmytro Kuleba",
    ]


def test_the_latter_is_the_last_person_named(build: Build) -> None:
    text = (
        "Dmytro Kouleba a reçu Volodymyr Zelensky à Kiev. Ce dernier a affirmé qu'il "
        "entendait préserver le partenariat avec la Pologne."
    )
    assert [speaker for _, speaker, _ in quotes_of(build(text, "fr", CAST))] == [
        "Volodymyr Zelensky"
    ]


def test_a_pronoun_takes_a_name_in_apposition_to_the_subject(build: Build) -> None:
    text = (
        "Le chef de la garde présidentielle, le général Abdourahamane Tiani, a reçu vendredi "
        "Mohamed Bazoum. Il a justifié le putsch par « la dégradation continue de la situation "
        "sécuritaire »."
    )
    cast: Cast = {
        "Abdourahamane Tiani": ("person", ["Abdourahamane Tiani"]),
        "Mohamed Bazoum": ("person", ["Mohamed Bazoum"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Abdourahamane Tiani"]


def test_an_apposition_to_another_actors_subject_is_not_a_subject(build: Build) -> None:
    text = (
        "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said a signing could "
        "happen quickly. \u201cPeace is in our interest,\u201d he said."
    )
    cast: Cast = {
        # the actors stage may give the title to both
        "Hikmet Hajiyev": ("person", ["Hikmet Hajiyev", "foreign policy adviser to President"]),
        "Ilham Aliyev": ("person", ["Ilham Aliyev", "foreign policy adviser to President"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Hikmet Hajiyev"]


def test_a_document_speaks_for_the_speaker_of_the_statement_before(build: Build) -> None:
    text = (
        "Dans un communiqué, le ministère marocain des Affaires étrangères a dit regretter une "
        "décision injustifiée. Le royaume, ajoute le texte, restera « un partenaire crédible "
        "et loyal pour le peuple algérien »."
    )
    cast: Cast = {"Morocco": ("country", ["ministère marocain des Affaires étrangères"])}
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Morocco"]


def test_a_gendered_pronoun_stands_for_an_institution_subject(build: Build) -> None:
    text = (
        "Dimanche, le gouvernement malien a livré une tout autre version. Au terme de son "
        "enquête, il affirme que l'appareil a été détruit par « une action hostile préméditée "
        "du régime algérien »."
    )
    cast: Cast = {
        "Assimi Goïta": ("person", ["Assimi Goïta"]),
        "Mali": ("country", ["gouvernement malien"]),
    }
    text = "Assimi Goïta préside la transition.\n\n" + text
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Mali"]


def test_a_pronoun_of_another_gender_is_not_the_institution(build: Build) -> None:
    text = (
        "Aminata Touré est arrivée lundi.\n\nDimanche, le gouvernement malien a livré une tout "
        "autre version. Au terme de son enquête, elle affirme que l'appareil a été détruit par "
        "« une action hostile préméditée du régime algérien »."
    )
    cast: Cast = {
        "Aminata Touré": ("person", ["Aminata Touré"]),
        "Mali": ("country", ["gouvernement malien"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert "Mali" not in [speaker for _, speaker, direct in found if direct]


def test_a_gendered_pronoun_stands_for_no_subject_of_a_reported_clause(build: Build) -> None:
    text = (
        "À Belgrade, Petar Petković a salué une décision, tout en assurant que la Serbie "
        "n'avait « rien cédé sur le fond ». « Nous n'avons reconnu ni l'indépendance du Kosovo "
        "ni ses plaques », a-t-il déclaré."
    )
    cast: Cast = {
        "Petar Petković": ("person", ["Petar Petković"]),
        "Serbia": ("country", ["Serbie"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for text, speaker, _ in found if "plaques" in text] == ["Petar Petković"]


def test_a_pronoun_in_an_answer_stands_for_what_the_answer_names(build: Build) -> None:
    text = (
        "Nous avons interrogé la députée Claire Martin.\n\n"
        "— Pourquoi Moscou s'en prend-il à Berlin ?\n\n"
        "— Le communiqué russe est très explicite : il accuse le chancelier Olaf Scholz de "
        "« mentir délibérément aux Allemands »."
    )
    cast: Cast = {
        "Claire Martin": ("person", ["Claire Martin"]),
        "Russia": ("country", ["russe", "Moscou"]),
        "Germany": ("country", ["Berlin"]),
        "Olaf Scholz": ("person", ["Olaf Scholz"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if q[0].startswith("mentir")]
    assert [name for _, name, _ in found] == ["Russia"]


def test_a_pronoun_stands_for_no_one_named_in_the_other_gender(build: Build) -> None:
    text = (
        "La porte-parole du gouvernement rwandais, Yolande Makolo, a salué les efforts du "
        "médiateur et assuré que le président Kagame « reste attaché au processus de Luanda ». "
        "Une nouvelle rencontre pourrait être programmée « une fois les questions de fond "
        "réglées », a-t-elle ajouté."
    )
    cast: Cast = {
        "Yolande Makolo": ("person", ["Yolande Makolo"]),
        "Paul Kagame": ("person", ["Kagame"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "nouvelle rencontre" in q[0]]
    assert found and {name for _, name, _ in found} == {"Yolande Makolo"}


@pytest.mark.parametrize(
    ("text", "lang", "cast", "piece", "speaker"),
    [
        (
            "President Yoon Suk Yeol declared martial law on Tuesday night. We spoke to the "
            "opposition lawmaker Ahn Ji-hoon.\n\n"
            "— Why did the president do it?\n\n"
            "— He said the opposition had paralysed the government with impeachment motions. "
            "That is the normal work of a parliament.",
            "en",
            {
                "Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"]),
                "Ahn Ji-hoon": ("person", ["Ahn Ji-hoon"]),
            },
            "the opposition had paralysed",
            "Yoon Suk Yeol",
        ),
    ],
)
def test_a_third_person_pronoun_in_quoted_words_is_not_their_speaker(
    build: Build, text: str, lang: str, cast: Cast, piece: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[0].startswith(piece)]
    assert [name for _, name, _ in found] == [speaker]


def test_a_pronoun_does_not_stand_for_a_person_the_knowledge_base_gives_the_other_gender(
    build: Build,
) -> None:
    text = (
        "Donald Trump first raised the purchase of the island years ago. Mette Frederiksen "
        "rejected the idea. He said on Monday that the island was vital for American security."
    )
    cast: Cast = {
        "Donald Trump": ("person", ["Donald Trump"]),
        "Mette Frederiksen": ("person", ["Mette Frederiksen"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "vital" in q[0]]
    assert [name for _, name, _ in found] == ["Donald Trump"]


def test_a_pronoun_does_not_stand_for_a_person_whose_title_gives_the_other_gender(
    build: Build,
) -> None:
    text = (
        "Jane Doe spoke first. Then the talks were chaired by Mr John Smith. She said that the "
        "deal was close."
    )
    cast: Cast = {"Jane Doe": ("person", ["Jane Doe"]), "John Smith": ("person", ["John Smith"])}
    assert [name for _, name, _ in quotes_of(build(text, "en", cast))] == ["Jane Doe"]


def test_a_french_pronoun_takes_up_the_institution_that_spoke_before_it(build: Build) -> None:
    text = (
        "Le collège des chefs d'État, présidé par le général Assimi Goïta, a rappelé ses "
        "ambassadeurs.\n\n"
        "Alger a rejeté ces accusations. Dans un communiqué, le ministère des Affaires "
        "étrangères a dénoncé des « allégations fallacieuses » et une manœuvre de la junte "
        "malienne. Les données radar « attestent "
        "de la violation » de l'espace aérien, a-t-il assuré, ajoutant qu'elles pourraient être "
        "communiquées à qui le souhaiterait."
    )
    cast: Cast = {
        "Assimi Goïta": ("person", ["Assimi Goïta"]),
        "Algeria": ("country", ["Alger"]),
        "Mali": ("country", ["junte malienne"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "communiquées" in q[0]]
    assert [name for _, name, _ in found] == ["Algeria"]


@pytest.mark.parametrize(
    ("text", "lang", "cast", "piece"),
    [
        (
            "Mr Reyes met Anna Ortiz on Monday. Reyes later told reporters that the talks had "
            "failed. \u201cWe will try again next week,\u201d she said.",
            "en",
            {
                "Tom Reyes": ("person", ["Mr Reyes", "Reyes"]),
                "Anna Ortiz": ("person", ["Anna Ortiz"]),
            },
            "try again",
        ),
        (
            "M. Reyes a reçu Anna Ortiz lundi. Reyes a ensuite affirmé que les discussions "
            "avaient échoué. « Nous essaierons de nouveau », a-t-elle déclaré.",
            "fr",
            {
                "Tom Reyes": ("person", ["M. Reyes", "Reyes"]),
                "Anna Ortiz": ("person", ["Anna Ortiz"]),
            },
            "essaierons",
        ),
    ],
)
def test_a_pronoun_is_not_someone_a_title_gave_the_other_gender(
    build: Build, text: str, lang: str, cast: Cast, piece: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if piece in q[0]]
    assert [name for _, name, _ in found] == ["Anna Ortiz"]


@pytest.mark.parametrize(
    ("text", "lang", "cast", "piece", "speaker"),
    [
        (
            "Interior Minister Sofia Lindqvist and police chief Anders Berg presented the "
            "figures.\n\n"
            "Shootings fell. \u201cThe gangs are losing ground,\u201d she said.\n\n"
            "He was more cautious. \u201cWe have won a battle, not the war,\u201d he said.",
            "en",
            {
                "Sofia Lindqvist": ("person", ["Sofia Lindqvist"]),
                "Anders Berg": ("person", ["Anders Berg"]),
            },
            "We have won",
            "Anders Berg",
        ),
        (
            "La ministre Sofia Lindqvist et le commissaire Anders Berg ont présenté les "
            "chiffres.\n\n"
            "Les fusillades ont reculé. « Les gangs perdent du terrain », a-t-elle déclaré.\n\n"
            "Il s'est montré plus prudent. « Nous avons gagné une bataille, pas la guerre », "
            "a-t-il déclaré.",
            "fr",
            {
                "Sofia Lindqvist": ("person", ["Sofia Lindqvist"]),
                "Anders Berg": ("person", ["Anders Berg"]),
            },
            "Nous avons gagné",
            "Anders Berg",
        ),
    ],
)
def test_a_pronoun_does_not_stand_for_a_person_a_pronoun_of_the_other_gender_named(
    build: Build, text: str, lang: str, cast: Cast, piece: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[0].startswith(piece)]
    assert [name for _, name, _ in found] == [speaker]


def test_a_demonstrative_split_by_the_tokenizer_stands_for_the_actor_named_last(
    build: Build,
) -> None:
    cast: Cast = {
        "Jorge Almeida": ("person", ["Jorge Almeida"]),
        "Brazil": ("country", ["Brésil"]),
    }
    text = (
        "L'ambassadeur du Brésil a rencontré lundi le ministre de la Défense, Jorge Almeida.\n\n"
        "Celui-ci a pourtant assuré que ses patrouilles n'avaient jamais franchi la ligne "
        "de démarcation depuis janvier."
    )
    found = quotes_of(build(text, "fr", cast))
    assert [(speaker, direct) for _, speaker, direct in found] == [("Jorge Almeida", False)]


def test_a_demonstrative_stands_for_a_body_whose_name_holds_a_city(build: Build) -> None:
    cast: Cast = {
        "Inter-American Court": ("organization", ["Cour interaméricaine de San José"]),
        "Costa Rica": ("country", ["San José"]),
        "Brazil": ("country", ["Brésil"]),
    }
    text = (
        "Le Brésil a saisi en mars la Cour interaméricaine de San José. Celle-ci a estimé "
        "que la détention des pêcheurs était contraire au droit international."
    )
    found = quotes_of(build(text, "fr", cast))
    assert [(speaker, direct) for _, speaker, direct in found] == [("Inter-American Court", False)]


@pytest.mark.parametrize(
    ("text", "cast", "speaker"),
    [
        (
            "Le sénateur Paul Girard a reçu la gouverneure de la province, Nadia Kessler.\n\n"
            "Celui-ci a affirmé que le projet de barrage restait suspendu.",
            {
                "Paul Girard": ("person", ["sénateur Paul Girard"]),
                "Nadia Kessler": ("person", ["gouverneure de la province, Nadia Kessler"]),
            },
            "Paul Girard",
        ),
        (
            "La Belgique a rencontré le Portugal à Lisbonne.\n\n"
            "Celle-ci a estimé que les pourparlers sur la pêche avançaient.",
            {"Belgium": ("country", ["Belgique"]), "Portugal": ("country", ["Portugal"])},
            "Belgium",
        ),
        (
            "Claire Morel a reçu le directeur du port.\n\n"
            "Celui-ci a assuré que les quais rouvriraient en mars.",
            {"Claire Morel": ("person", ["Claire Morel"])},
            None,
        ),
    ],
)
def test_a_demonstrative_stands_for_the_last_phrase_of_its_gender_and_number(
    build: Build, text: str, cast: Cast, speaker: str | None
) -> None:
    names = [name for _, name, _ in quotes_of(build(text, "fr", cast))]
    assert names == [speaker] if speaker else names in ([], [None])  # none, or dropped
