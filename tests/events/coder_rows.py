"""The example tables of the coder tests, French and English: every PLOVER type, the hard forms
(passives, reciprocal events, nominalisations, quotes, coordinations, several events in one
sentence) and every modality. Each row: a name, a sentence, and one event it must yield as
(type, source countries, target countries, modality)."""

from __future__ import annotations

Row = tuple[str, str, tuple[str, set[str], set[str], str]]


FRENCH: list[Row] = [
    (
        "launched missiles",
        "L'Iran a lancé plus de 300 drones et missiles contre Israël.",
        ("ASSAULT", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "capture",
        "La Russie a capturé des soldats ukrainiens.",
        ("COERCE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    # PLOVER types
    (
        "AGREE",
        "La Russie et la Corée du Nord ont signé un accord de défense mutuelle.",
        ("AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "CONSULT",
        "Vladimir Poutine a rencontré Kim Jong-un à Vladivostok.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "SUPPORT",
        "Les États-Unis ont réaffirmé leur soutien aux Philippines.",
        ("SUPPORT", {"USA"}, {"PHL"}, "asserted"),
    ),
    (
        "CONCEDE",
        "La Russie a libéré deux ressortissants ukrainiens.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "COOPERATE",
        "La Chine coopère avec la Russie dans le domaine spatial.",
        ("COOPERATE", {"CHN", "RUS"}, {"CHN", "RUS"}, "asserted"),
    ),
    ("AID", "L'Allemagne a livré des chars à l'Ukraine.", ("AID", {"DEU"}, {"UKR"}, "asserted")),
    (
        "RETREAT",
        "Les forces russes se sont retirées de l'Ukraine.",
        ("RETREAT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "REQUEST",
        "Kiev a exhorté l'Union européenne à accélérer ses livraisons.",
        ("REQUEST", {"UKR"}, {"European Union"}, "asserted"),
    ),
    (
        "ACCUSE",
        "La Chine a accusé les Philippines de provocations.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "REJECT",
        "La Chine a rejeté les demandes des Philippines.",
        ("REJECT", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "reaction to an event: its author",
        "L'Iran a condamné les frappes israéliennes contre le Liban.",
        ("ACCUSE", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "a promise of aid is the AID to come",
        "L'Allemagne a promis à l'Ukraine une nouvelle batterie Patriot.",
        ("AID", {"DEU"}, {"UKR"}, "future"),
    ),
    (
        "a threat of sanctions is the SANCTION it may bring",
        "L'Union européenne a menacé l'Iran de nouvelles sanctions.",
        ("SANCTION", {"European Union"}, {"IRN"}, "hypothetical"),
    ),
    (
        "THREATEN",
        "La Russie a menacé l'Ukraine de représailles.",
        ("THREATEN", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "PROTEST",
        "Des milliers de Géorgiens ont manifesté contre le gouvernement géorgien.",
        ("PROTEST", {"GEO"}, {"GEO"}, "asserted"),
    ),
    (
        "SANCTION",
        "Les États-Unis ont imposé des sanctions à l'Iran.",
        ("SANCTION", {"USA"}, {"IRN"}, "asserted"),
    ),
    (
        "MOBILIZE",
        "La Russie a déployé des troupes à la frontière de l'Ukraine.",
        ("MOBILIZE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "COERCE",
        "La Géorgie a arrêté des militants ukrainiens.",
        ("COERCE", {"GEO"}, {"UKR"}, "asserted"),
    ),
    ("ASSAULT", "La Russie a bombardé Kiev.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    # hard forms
    (
        "passive",
        "Des sanctions ont été imposées par l’Union européenne contre la Biélorussie.",
        ("SANCTION", {"European Union"}, {"BLR"}, "asserted"),
    ),
    (
        "reciprocal-verb",
        "Joe Biden et Yoon Suk-yeol se sont rencontrés à Washington.",
        ("CONSULT", {"USA", "KOR"}, {"USA", "KOR"}, "asserted"),
    ),
    (
        "reciprocal-noun",
        "Kim Jong-un et Vladimir Poutine ont signé un accord. Lors de leur rencontre à "
        "Vladivostok, les deux dirigeants ont parlé d'armes.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "nominal-visit",
        "Le voyage de Kim Jong-un en Russie a inquiété Séoul.",
        ("CONSULT", {"PRK"}, {"RUS"}, "asserted"),
    ),
    (
        "nominal-invasion",
        "Kim a affirmé son soutien à l’invasion de l’Ukraine menée par Vladimir Poutine.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "nominal-support",
        "Kim a affirmé son soutien à l’invasion de l’Ukraine menée par Vladimir Poutine.",
        ("SUPPORT", {"PRK"}, {"RUS"}, "asserted"),
    ),
    (
        "quote",
        "« La Corée du Nord en paiera le prix », a déclaré Jake Sullivan.",
        ("THREATEN", {"USA"}, {"PRK"}, "asserted"),
    ),
    (
        "coordination",
        "Les États-Unis ont condamné la coopération militaire entre la Corée du Nord et la Russie.",
        ("ACCUSE", {"USA"}, {"PRK", "RUS"}, "asserted"),
    ),
    # modality
    (
        "negated",
        "La Corée du Nord n'a pas signé d'accord avec la Russie.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "negated"),
    ),
    (
        "hypothetical-cond",
        "La Corée du Nord et la Russie pourraient être sur le point de signer un accord.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "hypothetical"),
    ),
    (
        "hypothetical-si",
        "Si la Corée du Nord et la Russie devaient conclure un accord, Washington réagirait.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "hypothetical"),
    ),
    (
        "future-doit",
        "Kim Jong-un doit se rendre en Russie la semaine prochaine.",
        ("CONSULT", {"PRK"}, {"RUS"}, "future"),
    ),
    (
        "future-tense",
        "La Russie livrera des missiles à la Corée du Nord.",
        ("AID", {"RUS"}, {"PRK"}, "future"),
    ),
    (
        "denied",
        "La Corée du Nord a nié toute implication dans la fourniture d’armes à la Russie.",
        ("AID", {"PRK"}, {"RUS"}, "denied"),
    ),
    (
        "denied-clause",
        "Pékin a démenti que des navires chinois aient attaqué les Philippines.",
        ("ASSAULT", {"CHN"}, {"PHL"}, "denied"),
    ),
    (
        "refusal",
        "L'Allemagne a refusé de livrer des missiles à l'Ukraine.",
        ("REJECT", {"DEU"}, {"UKR"}, "asserted"),
    ),
    (
        "several",
        "La Russie a bombardé Kiev et l'Ukraine a accusé Moscou de crimes de guerre.",
        ("ACCUSE", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "a relative clause on the measure it imposes",
        "Le Japon a levé les restrictions qu'il avait imposées à la Corée du Sud en 2019.",
        ("SANCTION", {"JPN"}, {"KOR"}, "asserted"),
    ),
    (
        "a relative clause on the phrase of the measure it imposes",
        "La France avait levé l'embargo de fait qu'elle imposait sur les armes vers la Russie.",
        ("SANCTION", {"FRA"}, {"RUS"}, "asserted"),
    ),
]


ENGLISH: list[Row] = [
    (
        "launched missiles",
        "Iran launched more than 300 drones and missiles at Israel.",
        ("ASSAULT", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "AGREE",
        "Russia and North Korea signed a mutual defence treaty.",
        ("AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "CONSULT",
        "Vladimir Putin met Kim Jong Un in Vladivostok.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "SUPPORT",
        "The United States reaffirmed its support for the Philippines.",
        ("SUPPORT", {"USA"}, {"PHL"}, "asserted"),
    ),
    (
        "CONCEDE",
        "Russia released two Ukrainian prisoners.",
        ("CONCEDE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "COOPERATE",
        "China is cooperating with Russia on space research.",
        ("COOPERATE", {"CHN", "RUS"}, {"CHN", "RUS"}, "asserted"),
    ),
    ("AID", "Germany delivered tanks to Ukraine.", ("AID", {"DEU"}, {"UKR"}, "asserted")),
    ("RETREAT", "Russian forces withdrew from Ukraine.", ("RETREAT", {"RUS"}, {"UKR"}, "asserted")),
    (
        "REQUEST",
        "Kyiv urged the European Union to speed up deliveries.",
        ("REQUEST", {"UKR"}, {"European Union"}, "asserted"),
    ),
    (
        "ACCUSE",
        "China accused the Philippines of provocations.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "REJECT",
        "China rejected the demands of the Philippines.",
        ("REJECT", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "reaction to an event: its author",
        "Iran condemned the Israeli strikes on Lebanon.",
        ("ACCUSE", {"IRN"}, {"ISR"}, "asserted"),
    ),
    (
        "a promise of aid is the AID to come",
        "Germany pledged another Patriot battery to Ukraine.",
        ("AID", {"DEU"}, {"UKR"}, "future"),
    ),
    (
        "a threat of sanctions is the SANCTION it may bring",
        "The European Union threatened Iran with new sanctions.",
        ("SANCTION", {"European Union"}, {"IRN"}, "hypothetical"),
    ),
    (
        "THREATEN",
        "Russia threatened Ukraine with retaliation.",
        ("THREATEN", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "PROTEST",
        "Thousands of Georgians demonstrated against the Georgian government.",
        ("PROTEST", {"GEO"}, {"GEO"}, "asserted"),
    ),
    (
        "SANCTION",
        "The United States imposed sanctions on Iran.",
        ("SANCTION", {"USA"}, {"IRN"}, "asserted"),
    ),
    (
        "MOBILIZE",
        "Russia deployed troops to the border with Ukraine.",
        ("MOBILIZE", {"RUS"}, {"UKR"}, "asserted"),
    ),
    ("COERCE", "Georgia arrested Ukrainian activists.", ("COERCE", {"GEO"}, {"UKR"}, "asserted")),
    ("ASSAULT", "Russia bombed Kyiv.", ("ASSAULT", {"RUS"}, {"UKR"}, "asserted")),
    (
        "passive",
        "Sanctions were imposed by the European Union on Belarus.",
        ("SANCTION", {"European Union"}, {"BLR"}, "asserted"),
    ),
    (
        "reciprocal-verb",
        "Joe Biden and Yoon met in Washington.",
        ("CONSULT", {"USA", "KOR"}, {"USA", "KOR"}, "asserted"),
    ),
    (
        "reciprocal-noun",
        "Putin and Kim Jong Un signed a treaty. Their meeting in Vladivostok lasted four hours.",
        ("CONSULT", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "nominal-deal",
        "The arms deal between Russia and North Korea worried Seoul.",
        ("AGREE", {"RUS", "PRK"}, {"RUS", "PRK"}, "asserted"),
    ),
    (
        "nominal-invasion",
        "Kim affirmed his support for Russia's invasion of Ukraine.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "nominal-support",
        "Kim affirmed his support for Russia's invasion of Ukraine.",
        ("SUPPORT", {"PRK"}, {"RUS"}, "asserted"),
    ),
    (
        "quote",
        '"China attacked Philippine ships," the Philippines said.',
        ("ASSAULT", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "coordination",
        "The United States condemned the military cooperation between North Korea and Russia.",
        ("ACCUSE", {"USA"}, {"PRK", "RUS"}, "asserted"),
    ),
    (
        "negated",
        "Ukraine did not attend the meeting with Russia.",
        ("CONSULT", {"UKR"}, {"RUS"}, "negated"),
    ),
    (
        "hypothetical-could",
        "North Korea and Russia could sign an arms deal.",
        ("AGREE", {"PRK", "RUS"}, {"PRK", "RUS"}, "hypothetical"),
    ),
    (
        "hypothetical-if",
        "If North Korea supplied weapons to Russia, Washington would respond.",
        ("AID", {"PRK"}, {"RUS"}, "hypothetical"),
    ),
    (
        "future-plans",
        "Kim Jong Un plans to visit Russia next week.",
        ("CONSULT", {"PRK"}, {"RUS"}, "future"),
    ),
    ("future-will", "Germany will deliver tanks to Ukraine.", ("AID", {"DEU"}, {"UKR"}, "future")),
    (
        "denied",
        "Tehran denied that it had supplied missiles to Moscow.",
        ("AID", {"IRN"}, {"RUS"}, "denied"),
    ),
    (
        "denied-gerund",
        "The Kremlin denied targeting Ukrainian civilians.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "denied"),
    ),
    (
        "refusal",
        "Germany refused to send missiles to Ukraine.",
        ("REJECT", {"DEU"}, {"UKR"}, "asserted"),
    ),
    (
        "would-not",
        "Ukraine would not accept a ceasefire proposed by Russia.",
        ("REJECT", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "several",
        "Russia bombed Kyiv and Ukraine accused Moscow of war crimes.",
        ("ACCUSE", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "voiced-concern",
        "Japan voiced concern over North Korea's missile launches.",
        ("ACCUSE", {"JPN"}, {"PRK"}, "asserted"),
    ),
    (
        "a relative clause on the measure it imposes",
        "Japan lifted the sanctions it had imposed on South Korea in 2019.",
        ("SANCTION", {"JPN"}, {"KOR"}, "asserted"),
    ),
]
