"""The knowledge base's people: name variants and press spellings, office holders on a date,
their titles, sectors and countries."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Vladimir Poutine", "Vladimir Putin"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
        ("Sergueï Lavrov", "Sergey Lavrov"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("Antonio Guterres", "António Guterres"),
        ("Benyamin Netanyahou", "Benjamin Netanyahu"),
    ],
)
def test_person_variants(kb: KnowledgeBase, variant: str, canonical: str) -> None:
    found, expected = kb.person(variant), kb.person(canonical)
    assert found is not None and found == expected and found.name == canonical


@pytest.mark.parametrize(
    ("role_key", "where", "day", "name"),
    [
        ("foreign_minister", "USA", date(2023, 9, 1), "Antony Blinken"),
        ("foreign_minister", "USA", date(2025, 3, 1), "Marco Rubio"),
        ("foreign_minister", "USA", date(2019, 1, 1), "Mike Pompeo"),
        ("national_security_adviser", "USA", date(2022, 6, 1), "Jake Sullivan"),
        ("head_of_state", "USA", date(2024, 6, 1), "Joe Biden"),
        ("head_of_state", "USA", date(2025, 6, 1), "Donald Trump"),
        ("head_of_state", "KOR", date(2023, 1, 1), "Yoon Suk-yeol"),
        ("head_of_state", "PRK", date(2024, 1, 1), "Kim Jong-un"),
        ("head_of_state", "RUS", date(2024, 1, 1), "Vladimir Putin"),
        ("foreign_minister", "RUS", date(2024, 1, 1), "Sergey Lavrov"),
        ("head_of_state", "UKR", date(2023, 1, 1), "Volodymyr Zelensky"),
        ("head_of_state", "FRA", date(2024, 1, 1), "Emmanuel Macron"),
        ("head_of_government", "DEU", date(2023, 1, 1), "Olaf Scholz"),
        ("head_of_state", "CHN", date(2024, 1, 1), "Xi Jinping"),
        ("foreign_minister", "CHN", date(2024, 1, 1), "Wang Yi"),
        ("foreign_minister", "CHN", date(2023, 3, 1), "Qin Gang"),
        ("head_of_state", "TUR", date(2024, 1, 1), "Recep Tayyip Erdoğan"),
        ("head_of_government", "ISR", date(2024, 1, 1), "Benjamin Netanyahu"),
        ("head_of_government", "ISR", date(2022, 1, 1), "Naftali Bennett"),
        ("secretary_general", "un", date(2016, 6, 1), "Ban Ki-moon"),
        ("secretary_general", "un", date(2024, 1, 1), "António Guterres"),
        ("secretary_general", "nato", date(2020, 1, 1), "Jens Stoltenberg"),
        ("secretary_general", "nato", date(2025, 1, 1), "Mark Rutte"),
        ("president", "european_commission", date(2024, 1, 1), "Ursula von der Leyen"),
        ("high_representative", "eu", date(2023, 1, 1), "Josep Borrell"),
        ("high_representative", "eu", date(2025, 1, 1), "Kaja Kallas"),
        ("defence_minister", "RUS", date(2023, 1, 1), "Sergei Shoigu"),
    ],
)
def test_holder_on_a_date(
    kb: KnowledgeBase, role_key: str, where: str, day: date, name: str
) -> None:
    person = kb.holder(role_key, where, day)
    assert person is not None and person.name == name


def test_holder_unknown_is_none(kb: KnowledgeBase) -> None:
    assert kb.holder("foreign_minister", "USA", date(1900, 1, 1)) is None
    assert kb.holder("no_such_role", "USA", date(2023, 1, 1)) is None


def test_a_surname_names_the_one_person_in_office(kb: KnowledgeBase) -> None:
    kagame = kb.by_surname("Kagame", date(2024, 6, 1))
    assert kagame is not None and kagame.name == "Paul Kagame"
    erdogan = kb.by_surname("Erdoğan", date(2024, 6, 1))
    assert erdogan is not None and erdogan.name.startswith("Recep Tayyip")
    assert kb.by_surname("Kagame", None) is None  # no date, no certainty
    assert kb.by_surname("Kagame", date(1900, 1, 1)) is None  # not in office then
    assert kb.by_surname("Un", date(2024, 6, 1)) is None  # of "Kim Jong Un": too short


def test_role_title_in_both_languages(kb: KnowledgeBase) -> None:
    blinken = kb.person("Antony Blinken")
    assert blinken is not None
    (role,) = blinken.roles_on(date(2023, 9, 1))
    assert (role.title, role.title_fr, role.sector) == (
        "Secretary of State",
        "secrétaire d'État",
        "GOV",
    )


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Nikol Pachinian", "Nikol Pashinyan"),
        ("Volodymyr Zelenski", "Volodymyr Zelensky"),
        ("Mohammed ben Salmane", "Mohammed bin Salman"),
        ("Abdel Fattah al-Sissi", "Abdel Fattah el-Sisi"),
        ("Benyamin Nétanyahou", "Benjamin Netanyahu"),
        ("Salomé Zourabichvili", "Salome Zourabichvili"),
        ("Salome Zurabishvili", "Salome Zourabichvili"),
        ("Irakli Kobakhidzé", "Irakli Kobakhidze"),
        ("Abdel Fattah al-Burhane", "Abdel Fattah al-Burhan"),
        ("Mohamed Hamdane Daglo", "Mohamed Hamdan Dagalo"),
        ("Hemedti", "Mohamed Hamdan Dagalo"),
        ("Sergueï Choïgou", "Sergei Shoigu"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Ebrahim Raïssi", "Ebrahim Raisi"),
        ("Massoud Pezeshkian", "Masoud Pezeshkian"),
        ("Abbas Araqchi", "Abbas Araghchi"),
        ("Esmaïl Baghaï", "Esmaeil Baghaei"),
        ("Ilham Aliev", "Ilham Aliyev"),
        ("Djeyhoun Baïramov", "Jeyhun Bayramov"),
        ("Alexandre Loukachenko", "Alexander Lukashenko"),
        ("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
        ("Chehbaz Charif", "Shehbaz Sharif"),
        ("Ferdinand Marcos Jr.", "Bongbong Marcos"),
        ("Ferdinand Marcos Jr", "Bongbong Marcos"),
        ("Evika Silina", "Evika Siliņa"),
        ("William Lai", "Lai Ching-te"),
        ("Abdourahamane Tchiani", "Abdourahamane Tiani"),
        ("Maria Corina Machado", "María Corina Machado"),
        ("Edmundo Gonzalez Urrutia", "Edmundo González Urrutia"),
        ("Mohammed ben Zayed", "Mohamed bin Zayed Al Nahyan"),
        ("Kaïs Saïed", "Kais Saied"),
        ("Alexeï Navalny", "Alexei Navalny"),
    ],
)
def test_press_spellings(kb: KnowledgeBase, variant: str, canonical: str) -> None:
    found, expected = kb.person(variant), kb.person(canonical)
    assert found is not None and found == expected and found.name == canonical


@pytest.mark.parametrize(
    ("role_key", "where", "day", "name"),
    [
        ("head_of_government", "GEO", date(2024, 12, 1), "Irakli Kobakhidze"),
        ("head_of_government", "GEO", date(2023, 6, 1), "Irakli Garibashvili"),
        ("head_of_state", "GEO", date(2023, 6, 1), "Salome Zourabichvili"),
        ("head_of_state", "GEO", date(2025, 6, 1), "Mikheil Kavelashvili"),
        ("head_of_state", "TWN", date(2024, 10, 10), "Lai Ching-te"),
        ("head_of_state", "TWN", date(2023, 10, 10), "Tsai Ing-wen"),
        ("head_of_government", "TWN", date(2023, 6, 1), "Chen Chien-jen"),
        ("head_of_state", "SDN", date(2024, 5, 1), "Abdel Fattah al-Burhan"),
        ("head_of_state", "NER", date(2024, 1, 1), "Abdourahamane Tiani"),
        ("head_of_state", "NER", date(2023, 1, 1), "Mohamed Bazoum"),
        ("head_of_state", "BFA", date(2023, 6, 1), "Ibrahim Traoré"),
        ("head_of_state", "MLI", date(2024, 1, 1), "Assimi Goïta"),
        ("head_of_government", "LVA", date(2024, 1, 1), "Evika Siliņa"),
        ("head_of_state", "POL", date(2025, 10, 1), "Karol Nawrocki"),
        ("head_of_state", "FIN", date(2024, 6, 1), "Alexander Stubb"),
        ("head_of_state", "DNK", date(2024, 6, 1), "Frederik X"),
        ("head_of_state", "GBR", date(2022, 1, 1), "Elizabeth II"),
        ("head_of_state", "JAM", date(2023, 1, 1), "Charles III"),
        ("foreign_minister", "AZE", date(2024, 1, 1), "Jeyhun Bayramov"),
        ("foreign_minister", "ARM", date(2024, 1, 1), "Ararat Mirzoyan"),
        ("foreign_minister", "PHL", date(2023, 1, 1), "Enrique Manalo"),
        ("foreign_minister", "POL", date(2024, 6, 1), "Radosław Sikorski"),
        ("foreign_minister", "EGY", date(2025, 1, 1), "Badr Abdelatty"),
        ("foreign_minister", "QAT", date(2024, 1, 1), "Mohammed bin Abdulrahman Al Thani"),
        ("head_of_government", "QAT", date(2024, 1, 1), "Mohammed bin Abdulrahman Al Thani"),
        ("head_of_government", "PAK", date(2023, 10, 1), "Anwaar-ul-Haq Kakar"),
        ("head_of_government", "PAK", date(2024, 6, 1), "Shehbaz Sharif"),
        ("head_of_state", "PHL", date(2023, 1, 1), "Bongbong Marcos"),
        ("head_of_government", "PHL", date(2023, 1, 1), "Bongbong Marcos"),
        ("head_of_state", "KEN", date(2023, 1, 1), "William Ruto"),
        ("head_of_state", "VNM", date(2023, 6, 1), "Võ Văn Thưởng"),
        ("head_of_state", "KOR", date(2025, 1, 10), "Choi Sang-mok"),
        ("head_of_government", "THA", date(2024, 10, 1), "Paetongtarn Shinawatra"),
        ("head_of_state", "ARG", date(2024, 6, 1), "Javier Milei"),
        ("head_of_state", "COL", date(2023, 1, 1), "Gustavo Petro"),
        ("head_of_state", "VEN", date(2024, 8, 1), "Nicolás Maduro"),
        ("head_of_government", "IRQ", date(2023, 6, 1), "Mohammed Shia al-Sudani"),
        ("head_of_state", "LBN", date(2025, 6, 1), "Joseph Aoun"),
        ("head_of_government", "LBY", date(2022, 6, 1), "Abdul Hamid Dbeibeh"),
        ("head_of_government", "SYR", date(2025, 6, 1), "Ahmed al-Sharaa"),
        ("head_of_state", "AFG", date(2023, 1, 1), "Hibatullah Akhundzada"),
        ("head_of_government", "XKX", date(2023, 1, 1), "Albin Kurti"),
        ("head_of_government", "PSE", date(2024, 6, 1), "Mohammad Mustafa"),
        ("head_of_state", "HUN", date(2023, 1, 1), "Katalin Novák"),
        ("defense_minister", "ISR", date(2023, 6, 1), "Yoav Gallant"),
        ("defense_minister", "TWN", date(2025, 1, 1), "Wellington Koo"),
        ("defense_minister", "NOR", date(2025, 1, 1), "Tore O. Sandvik"),
        ("spokesperson", "IRN", date(2025, 3, 1), "Esmaeil Baghaei"),
        ("spokesperson", "IND", date(2025, 3, 1), "Randhir Jaiswal"),
        ("government_spokesperson", "JPN", date(2024, 6, 1), "Yoshimasa Hayashi"),
        ("leader", "rsf_sudan", date(2024, 5, 1), "Mohamed Hamdan Dagalo"),
        ("leader", "isis", date(2024, 1, 1), "Abu Hafs al-Hashimi al-Qurashi"),
    ],
)
def test_office_holders_2022_2026(
    kb: KnowledgeBase, role_key: str, where: str, day: date, name: str
) -> None:
    person = kb.holder(role_key, where, day)
    assert person is not None and person.name == name


def test_vacant_office_has_no_holder(kb: KnowledgeBase) -> None:
    # Lebanon had no president between Michel Aoun and Joseph Aoun.
    assert kb.holder("head_of_state", "LBN", date(2024, 1, 1)) is None


@pytest.mark.parametrize(
    ("name", "day", "role_key", "country", "sector"),
    [
        ("Mohamed Hamdan Dagalo", date(2024, 5, 1), "leader", "SDN", "REB"),
        ("Mohamed Hamdan Dagalo", date(2021, 5, 1), "vice_president", "SDN", "GOV"),
        ("María Corina Machado", date(2024, 8, 1), "leader", "VEN", "OPP"),
        ("Edmundo González Urrutia", date(2024, 8, 1), "presidential_candidate", "VEN", "OPP"),
        ("Tatiana Moskalkova", date(2024, 1, 1), "human_rights_commissioner", "RUS", "GOV"),
        ("Abdul-Malik al-Houthi", date(2024, 1, 1), "leader", "YEM", "REB"),
        ("Corneille Nangaa", date(2025, 2, 1), "leader", "COD", "REB"),
        ("Piyush Goyal", date(2025, 2, 1), "trade_minister", "IND", "GOV"),
    ],
)
def test_sector_and_country_of_people(
    kb: KnowledgeBase, name: str, day: date, role_key: str, country: str, sector: str
) -> None:
    person = kb.person(name)
    assert person is not None
    roles = [r for r in person.roles_on(day) if r.role_key == role_key]
    assert roles and (roles[0].country, roles[0].sector) == (country, sector)


_UN_MEMBERS = (
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA"
    " BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE"
    " PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD"
    " GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ"
    " LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE"
    " MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT"
    " QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF"
    " SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA"
    " USA URY UZB VUT VEN VNM YEM ZMB ZWE"
)


UN_MEMBERS = _UN_MEMBERS.split()


def test_every_un_member_has_heads_in_2022_2026(kb: KnowledgeBase) -> None:
    assert len(UN_MEMBERS) == 193
    vacant = {("head_of_state", "HTI"), ("head_of_state", "LBN")}
    for day in (date(2022, 6, 1), date(2024, 1, 1)):
        for code in [*UN_MEMBERS, "TWN", "XKX", "PSE"]:
            for role_key in ("head_of_state", "head_of_government"):
                if (role_key, code) not in vacant:
                    assert kb.holder(role_key, code, day) is not None, (role_key, code, day)
        with_fm = [c for c in UN_MEMBERS if kb.holder("foreign_minister", c, day)]
        assert len(with_fm) >= 175, day


def test_interior_and_justice_ministers_of_france_and_germany(kb: KnowledgeBase) -> None:
    assert kb.holder("interior_minister", "FRA", date(2023, 5, 16)) is not None
    assert kb.holder("interior_minister", "FRA", date(2019, 6, 1)) is not None
    assert kb.holder("justice_minister", "FRA", date(2022, 1, 1)) is not None
    assert kb.holder("interior_minister", "DEU", date(2023, 1, 1)) is not None
    darmanin = kb.person("Gérald Darmanin")
    assert darmanin is not None
    assert {r.role_key for r in darmanin.roles_on(date(2025, 3, 1))} == {"justice_minister"}
