"""Speakers that the parse or the actors leave unnamed: speech tags after a time expression,
descriptions of institutions and officials, names no actor has."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .build import Cast, quotes_of, speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


CAST: Cast = {
    "Maria Zakharova": ("person", ["Maria Zakharova"]),
    "María Corina Machado": ("person", ["María Corina Machado"]),
    "Lars Løkke Rasmussen": ("person", ["Lars Løkke Rasmussen"]),
    "Georgia": ("country", ["Georgia", "Georgian", "Georgia's interior ministry"]),
    "World Food Programme": ("organization", ["World Food Programme", "UN food agency"]),
    "Russia": ("country", ["Russie", "russe", "Moscou"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "piece", "speaker"),
    [
        # a time expression between the cue and its subject, which the French model tags not
        (
            "« Il s'agit d'actions hostiles, a déclaré lundi soir la porte-parole de la "
            "diplomatie russe, Maria Zakharova. Nous attendons des explications. »",
            "fr",
            "Nous attendons des explications",
            "Maria Zakharova",
        ),
        (
            "« Nous sommes ouverts à la critique », a déclaré vendredi soir le ministre danois "
            "des Affaires étrangères, Lars Løkke Rasmussen.",
            "fr",
            "Nous sommes ouverts à la critique",
            "Lars Løkke Rasmussen",
        ),
        # an object before a colon is not the speaker
        (
            "María Corina Machado, sortie de la clandestinité, a harangué la foule : « Nous "
            "avons les procès-verbaux, nous avons les preuves. »",
            "fr",
            "Nous avons les procès-verbaux",
            "María Corina Machado",
        ),
    ],
)
def test_direct_quote_speakers(
    build: Build, text: str, lang: str, piece: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, CAST)) if q[2] and piece in q[0]]
    assert found, f"no quote with {piece!r}"
    assert found[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        # a description names the actor last mentioned with its head word
        (
            "The UN food agency sent 20 trucks to Darfur on Monday. The agency said it hoped "
            "to send more trucks next month.",
            "it hoped to send more trucks",
            "World Food Programme",
        ),
        (
            "Georgia's interior ministry opened an inquiry. Some threw fireworks, and the "
            "ministry said 32 officers were injured.",
            "32 officers were injured",
            "Georgia",
        ),
        # unnamed officials fold into the state last mentioned
        (
            "Georgian police fired water cannon at protesters outside parliament. Some threw "
            "fireworks at police lines, and officials said 32 officers were injured.",
            "32 officers were injured",
            "Georgia",
        ),
    ],
)
def test_described_speakers(build: Build, text: str, piece: str, speaker: str) -> None:
    found = [q for q in quotes_of(build(text, "en", CAST)) if not q[2] and piece in q[0]]
    assert found, f"no statement with {piece!r}"
    assert found[0][1] == speaker


def test_a_statement_of_a_name_no_actor_has_is_kept_unattributed(build: Build) -> None:
    text = (
        "Les frappes ont fait au moins douze morts à Kharkiv, a indiqué le gouverneur régional "
        "Oleh Synehoubov."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if "douze morts" in q[0]]
    assert [(speaker, direct) for _, speaker, direct in found] == [(None, False)]


def test_a_bystander_is_no_source(build: Build) -> None:
    text = "The shelling went on all night, a resident said."
    assert quotes_of(build(text, "en", CAST)) == []


def test_the_object_of_a_tag_before_a_quote_is_no_speaker(build: Build) -> None:
    text = (
        "Lee Jae-myung, the leader of the opposition Democratic party, called it \u2018the "
        "biggest humiliation and stain in our diplomatic history\u2019, and thousands rallied."
    )
    cast: Cast = {"Lee Jae-myung": ("person", ["Lee Jae-myung"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Lee Jae-myung"]


def test_the_subject_nearest_the_verb_speaks(build: Build) -> None:
    text = (
        "20.05 BST \u2013 The Belarusian president, Alexander Lukashenko, says he has persuaded "
        "the Wagner chief to stand down."
    )
    cast: Cast = {"Alexander Lukashenko": ("person", ["Alexander Lukashenko"])}
    assert [speaker for _, speaker, _ in quotes_of(build(text, "en", cast))] == [
        "Alexander Lukashenko"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "piece", "cast", "speaker"),
    [
        # a fronted place the parser takes for the subject
        (
            "A Paris, le Quai d'Orsay a fait savoir que la France « condamnait fermement » ces "
            "agissements et se tenait aux côtés de la Lituanie.",
            "fr",
            "condamnait fermement",
            {
                "France": ("country", ["Quai d'Orsay", "France"]),
                "Lithuania": ("country", ["Lituanie"]),
            },
            "France",
        ),
        # a noun with a preposition of its own is no subject; the relative clause's antecedent
        (
            "Joe Biden, qui s'est entretenu samedi soir avec le premier ministre britannique "
            "Rishi Sunak, a condamné « dans les termes les plus fermes » l'attaque iranienne et "
            "réaffirmé l'engagement des États-Unis.",
            "fr",
            "dans les termes les plus fermes",
            {
                "Joe Biden": ("person", ["Joe Biden"]),
                "Rishi Sunak": ("person", ["premier ministre britannique", "Rishi Sunak"]),
            },
            "Joe Biden",
        ),
        # an infinitive's "to" makes no finite verb that would take the noun before it
        (
            "On Monday, the army's spokesman, Colonel Ibrahim Sow, went on national radio to "
            "announce that the agreement was cancelled “with immediate effect.”",
            "en",
            "with immediate effect",
            {"Ibrahim Sow": ("person", ["army's spokesman", "Colonel Ibrahim Sow"])},
            "Ibrahim Sow",
        ),
        (
            "In June Li Qiang, Beijing's premier, urged French and Germans to rediscover their "
            "European identity, telling a forum in Tianjin that ‘no matter how loudly you "
            "protest, you can never become an American’.",
            "en",
            "you can never become an American",
            {
                "Li Qiang": ("person", ["Li Qiang", "Beijing's premier"]),
                "France": ("country", ["French"]),
                "Germany": ("country", ["Germans"]),
            },
            "Li Qiang",
        ),
        # the main clause before a colon, not a clause before it
        (
            "Less than an hour after EU ministers sat down in Luxembourg on Monday, Kaja Kallas, "
            "the EU's foreign policy chief, posted a short message on X: “We have an agreement. "
            "Unity.”",
            "en",
            "We have an agreement",
            {
                "Kaja Kallas": ("person", ["Kaja Kallas"]),
                "European Union": ("organization", ["EU"]),
            },
            "Kaja Kallas",
        ),
    ],
)
def test_subjects_the_parse_mislabels(
    build: Build, text: str, lang: str, piece: str, cast: Cast, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, cast)) if q[2] and piece in q[0]]
    assert found, f"no quote with {piece!r}"
    assert found[0][1] == speaker


def test_a_title_alone_refers_back_to_the_person(build: Build) -> None:
    text = (
        "Le 30 juillet, le roi Abdallah II avait pourtant tendu la main. Dans son discours, il "
        "a invité le président Recep Tayyip Erdogan à « travailler ensemble ».\n\n"
        "Le souverain assurait que « le danger ne viendra jamais de la Jordanie »."
    )
    cast: Cast = {
        "Abdullah II": ("person", ["roi Abdallah II", "il"]),
        "Recep Tayyip Erdoğan": ("person", ["président Recep Tayyip Erdogan"]),
        "Jordan": ("country", ["Jordanie"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "le danger" in q[0]]
    assert [name for _, name, _ in found] == ["Abdullah II"]


def test_a_subject_before_its_verb_ends_there(build: Build) -> None:
    text = (
        "In Seoul the picture was different. President Yoon Suk Yeol's government said it saw "
        "no scientific problem with the plan, a stance that infuriated the opposition."
    )
    article = build(text, "en", {"Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"])})
    _, found = find(article, load("en"))
    words = [text[f.speaker.start : f.speaker.end] for f in found if f.speaker is not None]
    assert words == ["President Yoon Suk Yeol's government"]


def test_a_participle_hung_on_a_verb_takes_that_verbs_subject(build: Build) -> None:
    text = (
        "Les données radar du ministère de la Défense « attestent de la violation » de "
        "l'espace aérien, a-t-il assuré, ajoutant qu'elles pourraient être communiquées à qui le "
        "souhaiterait."
    )
    article = build(text, "fr", {})
    _, found = find(article, load("fr"))
    words = [
        text[f.speaker.start : f.speaker.end]
        for f in found
        if f.speaker is not None and "communiquées" in text[f.start : f.end]
    ]
    assert words == ["-t-il"]


@pytest.mark.parametrize(
    ("text", "lang", "piece", "speaker"),
    [
        (
            "“We will not give in,” Maria Zakharova said as she accepted her award. “The law "
            "will pass.”",
            "en",
            "The law will pass",
            "Maria Zakharova",
        ),
        (
            "« Nous ne céderons pas », a déclaré Marie Dupont alors qu'elle répondait aux "
            "députés. « La loi sera votée. »",
            "fr",
            "La loi sera votée",
            "Marie Dupont",
        ),
    ],
)
def test_a_cue_in_a_subordinate_clause_after_the_tag_is_not_the_next_quotes(
    build: Build, text: str, lang: str, piece: str, speaker: str
) -> None:
    _, found = find(build(text, lang, {}), load(lang))
    words = [f.speaker and text[f.speaker.start : f.speaker.end] for f in found]
    assert any(piece in text[f.start : f.end] for f in found)
    assert words == [speaker]  # the quotation goes on over its tag: one quote


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Blinken seemed to be ready to joke about the incident, telling the crowd, “Some "
            "people get a little carried away, have you noticed that?”",
            "en",
            "Blinken",
        ),
        (
            "Marie Dupont semblait prête à plaisanter, disant à la foule : « Certaines personnes "
            "s'emportent un peu, vous avez remarqué ? »",
            "fr",
            "Marie Dupont",
        ),
    ],
)
def test_words_inside_the_quotation_marks_never_speak_for_a_verb_outside(
    build: Build, text: str, lang: str, speaker: str
) -> None:
    _, found = find(build(text, lang, {}), load(lang))
    assert [f.speaker and text[f.speaker.start : f.speaker.end] for f in found] == [speaker]


def _speakers(build: Build, text: str) -> dict[str, str | None]:
    """The words naming the speaker of each quote ``find`` reads in ``text``, by its words."""
    return speaker_words(build(text, "en", {}))


def test_quoted_words_inside_an_apposition_do_not_cut_the_tag_off(build: Build) -> None:
    text = (
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, "
        "wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti "
        "fluttered down around him."
    )
    speakers = _speakers(build, text)
    quote = next(words for words in speakers if words.startswith("“We’ve had"))
    assert speakers[quote] == "Texas delegate Bill Eastland"


def test_a_past_tense_read_as_a_participle_on_the_speaker_tags_a_quote(build: Build) -> None:
    text = '"We will win this," Murphy, the head of Right to Rise USA, tweeted on Friday.'
    assert _speakers(build, text)["We will win this"] == "Murphy"


def test_a_past_tense_read_as_a_participle_before_a_colon_has_the_noun_for_subject(
    build: Build,
) -> None:
    text = (
        "The issue had come up Friday.  Mitt Romney, the 2012 Republican presidential nominee, "
        "tweeted in response: ''Important distinction: thug Putin kills journalists and "
        "opponents; our presidents kill terrorists.''"
    )
    speakers = _speakers(build, text)
    quote = next(words for words in speakers if words.startswith("Important distinction"))
    assert (speakers[quote] or "").startswith("Mitt Romney")


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        ("en", '"We will not bend," Johnson posted on Facebook.', "We will not bend", "Johnson"),
        (
            "fr",
            "« Nous ne céderons pas », a posté le ministre sur X.",
            "Nous ne céderons pas",
            "le ministre",
        ),
    ],
)
def test_a_post_on_social_media_tags_the_quote_before_it(
    build: Build, lang: str, text: str, words: str, speaker: str
) -> None:
    _, found = find(build(text, lang, {}), load(lang))
    spoken = {text[f.start : f.end]: f.speaker for f in found}
    who = spoken[words]
    assert who is not None and text[who.start : who.end].startswith(speaker)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The ruling was a blow. As Akhil Amar, a law professor at Yale, put it, "
            '"Senate Republicans have no duty to act on the nomination."',
            "Senate Republicans have no duty",
            "Akhil Amar",
        ),
        ("The race tightened. As Vulture put it, “Hello, it is the end.”", "Hello, it", "Vulture"),
    ],
)
def test_the_subject_of_a_manner_clause_as_x_put_it_speaks(
    build: Build, text: str, words: str, speaker: str
) -> None:
    speakers = _speakers(build, text)
    quote = next(quoted for quoted in speakers if quoted.startswith(words))
    assert (speakers[quote] or "").startswith(speaker)


def test_put_it_outside_a_manner_clause_is_no_cue(build: Build) -> None:
    speakers = _speakers(build, "He put it on the table. “This is mine.”")
    assert speakers["This is mine."] is None


def test_a_manner_clause_after_a_quote_reports_no_clause_of_its_own(build: Build) -> None:
    text = (
        "Rahm Emanuel urged a strong stand, saying that Mr. Netanyahu would ''walk all over "
        "us,'' as Mrs. Clinton, then the secretary of state, put it in her memoir."
    )
    _, found = find(build(text, "en", {}), load("en"))
    cues = [text[f.cue[0] : f.cue[1]] for f in found if f.cue is not None]
    assert "put" not in cues
    assert "saying" in cues


def test_a_person_pronoun_the_parse_takes_for_impersonal_speaks(build: Build) -> None:
    text = (
        "Le gouvernement moldave a répondu dans la soirée. Le premier ministre, Tomas "
        "Verlanko, a rejeté ces mesures. Il a nié que la police ait fait un usage excessif de "
        "la force, assurant que les policiers avaient « défendu l'ordre public »."
    )
    cast: Cast = {
        "Tomas Verlanko": ("person", ["Tomas Verlanko"]),
        "Moldova": ("country", ["moldave"]),
    }
    found = quotes_of(build(text, "fr", cast))
    # the denial « Il a nié que … » and the quotation in the participle after it, both his
    assert any(quote.startswith("que la police") for quote, _, _ in found), found
    assert any(direct and "défendu" in quote for quote, _, direct in found), found
    assert {name for _, name, _ in found} == {"Tomas Verlanko"}
