"""The press as a source: "selon la presse israélienne", "à en croire plusieurs médias
américains", "according to Israeli media".

A newspaper, a channel or "the media" (``press_nouns``) that reports a fact or a plan speaks
for no actor of the article, even when an adjective names its country: "Selon la presse
israélienne, la marine aurait mis des frégates en alerte" tells what Israeli papers
wrote, not what Israel said, and "Selon plusieurs médias américains, Washington pourrait
notifier la vente" is no statement of the United States. The statement they report is dropped.
A medium that speaks for its state says so (``state_press_words``: "la télévision d'État",
"l'agence officielle Irna", "state media") and is read as before; so is a medium named by its
own name ("selon Haaretz"), whose head is no noun of ``press_nouns``.
"""

from __future__ import annotations

from .layout import Layout, Speaker


def press_source(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether ``speaker`` is the press, speaking for no state ("la presse israélienne",
    "des médias américains", "la chaîne publique Reshet"; not "la télévision d'État")."""
    if speaker is None:
        return False
    lexicon = layout.lexicon
    head = layout.doc[speaker.head]
    if not ({head.lemma_.lower(), head.lower_} & lexicon.press_nouns):
        return False
    words = [layout.doc[i] for i in layout.tokens(speaker.start, speaker.end)]
    state = lexicon.state_press_words
    return not any(w.lower_ in state or w.text in state for w in words)
