#!/usr/bin/env python3
"""Build the bundled knowledge base of newsgraph from public data.

Usage::

    python scripts/build_kb.py --data ../shared/data --out newsgraph/data/kb

Inputs (read, never copied):

* ``<data>/dictionaries/countryinfo/CountryInfo.*.txt``: English country-name variants;
* ``<data>/dictionaries/petrarch2_phoenix/``: Phoenix actor and agent dictionaries (CAMEO codes
  for organisations and titles);
* ``<data>/wikidata_world_leaders_2021/wikidata.csv``: heads of state and government with
  Wikidata ids and years (``diff.csv``, a comparison with Wikipedia, is too noisy to use);
* ``<data>/world_leaders_current_2026/data/``: current heads (G20, ASEAN, EU, AU) with dates;
* ``<data>/cia_world_leaders_2019/dist/json/``: CIA World Leaders (2019) heads, foreign and
  defence ministers;
* ``scripts/kb_supplements/``: hand-written facts, each with its public source.

Outputs: ``countries.jsonl``, ``organizations.jsonl``, ``people.jsonl``, ``places.jsonl``
(cities, regions and features inside a country, see ``kb/places.py``) under ``--out`` and the
title lexicons ``<lang-out>/{en,fr}/titles.json``. Every JSON Lines file starts with a
``{"_meta": ...}`` header. Output is deterministic: records are sorted, keys are sorted, and the
version comes from ``--version`` (default :data:`kb.cli.KB_VERSION`), never from the clock.
"""

from __future__ import annotations

from kb.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
