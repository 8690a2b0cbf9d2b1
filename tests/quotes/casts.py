"""The actors, by name, that several quotation test modules share (see :data:`.build.Cast`)."""

from __future__ import annotations

from .build import Cast

REPORTED_CAST: Cast = {
    "Antony Blinken": ("person", ["Antony Blinken", "Blinken"]),
    "Sergei Lavrov": ("person", ["Sergei Lavrov", "Lavrov"]),
    "Tatiana Moskalkova": ("person", ["Tatiana Moskalkova"]),
    "Donald Trump": ("person", ["Donald Trump", "Trump"]),
    "United States": ("country", ["États-Unis", "Washington", "U.S.", "américain"]),
    "Russia": ("country", ["Russie", "Kremlin", "Moscou", "russe"]),
    "Ukraine": ("country", ["Ukraine", "ukrainienne", "ukrainiennes", "Ukrainian"]),
    "Mexico": ("country", ["Mexique", "mexicaine"]),
    "Iran": ("country", ["Iran", "Tehran", "Iran's"]),
    "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky"]),
    "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
    "Hamas": ("organization", ["Hamas"]),
    "Ursula von der Leyen": ("person", ["Ursula von der Leyen"]),
    "Keir Starmer": ("person", ["Keir Starmer"]),
}


RESOLVE_CAST: Cast = {
    "Mao Ning": ("person", ["Mao Ning"]),
    "China": ("country", ["chinois", "Chine", "Pékin"]),
    "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky"]),
    "Dmytro Kuleba": ("person", ["Dmytro Kouleba"]),
    "Russia": ("country", ["Moscou", "russe"]),
    "Sylvain Ekenge": ("person", ["Sylvain Ekenge"]),
    "Armed Forces of the DRC": ("organization", ["l'armée congolaise"]),
}


DIRECT_PEOPLE: Cast = {
    "Jean Dupont": ("person", ["Jean Dupont", "Dupont"]),
    "Antony Blinken": ("person", ["Antony Blinken", "Blinken", "secrétaire d'État"]),
    "Dmitry Peskov": ("person", ["Dmitri Peskov", "Dmitry Peskov"]),
    "Félix Tshisekedi": ("person", ["Félix Tshisekedi"]),
    "Rafael Grossi": ("person", ["Rafael Grossi"]),
    "Enrique Manalo": ("person", ["Enrique Manalo"]),
    "Ararat Mirzoyan": ("person", ["Ararat Mirzoyan"]),
    "Kim Jong-un": ("person", ["Kim\u00a0Jong-un", "Kim Jong-un"]),
    "Vladimir Putin": ("person", ["Vladimir Poutine", "Vladimir Putin"]),
    "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky", "Zelensky"]),
    "Gabrielius Landsbergis": ("person", ["Gabrielius Landsbergis"]),
    "Mauro Vieira": ("person", ["Mauro Vieira"]),
    "Jake Sullivan": ("person", ["Jake Sullivan"]),
    "Dmytro Kuleba": ("person", ["Dmytro Kuleba"]),
    "Kaja Kallas": ("person", ["Kaja Kallas"]),
    "Olaf Scholz": ("person", ["Olaf Scholz"]),
    "Rapid Support Forces": ("organization", ["RSF"]),
    "al-Shabaab": ("group", ["al-Shabaab"]),
    "Russia": ("country", ["Russie", "Russia", "Kremlin", "Moscou", "Moscow", "russe"]),
    "United States": ("country", ["États-Unis", "Washington", "américain"]),
    "China": ("country", ["Chine", "Pékin", "chinois"]),
    "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
    "Mette Frederiksen": ("person", ["Mette Frederiksen"]),
    "Élysée": ("organization", ["Élysée"]),
    "Lithuania": ("country", ["Vilnius"]),
    "European Union": ("organization", ["UE"]),
    "Michael McFaul": ("person", ["Michael McFaul"]),
    "Scott Pruitt": ("person", ["Scott Pruitt"]),
    "Jeff Merkley": ("person", ["Merkley"]),
    "David Vitter": ("person", ["Vitter"]),
    "Michael Flynn": ("person", ["Flynn"]),
    "Francisco Herrero": ("person", ["Francisco Herrero"]),
    "Jorge Falcon": ("person", ["Jorge Falcon"]),
    "Barack Obama": ("person", ["Barack Obama", "Obama"]),
    "John Kerry": ("person", ["Kerry"]),
    "Terry Strada": ("person", ["Terry Strada", "Strada"]),
    "North Korea": ("country", ["North Korea"]),
    "Zero Hedge": ("organization", ["Zero Hedge"]),
    "Norman Ham": ("person", ["Norman Ham", "Ham"]),
    "Bola Tinubu": ("person", ["Bola Tinubu", "président nigérian"]),
    "Aykhan Hajizada": ("person", ["Aykhan Hajizada"]),
    "Donald Trump": ("person", ["Donald Trump"]),
}
