"""The store: articles, actors, mentions, quotes and events in a database, and the queries and
exports over it.

The default store is an SQLite file (WAL mode: a server reads while an ingest writes);
``Options.db`` or ``--db`` may name a PostgreSQL database instead (``postgresql://…``). Both
have one schema, brought up to date by the migrations recorded in the database.

>>> from newsgraph import Options
>>> from newsgraph.store import Store, ingest, dyad
>>> with Store.open("newsgraph.db") as store:                       # doctest: +SKIP
...     report = ingest(["examples/"], store, Options(on_error="record"))
...     rows = dyad(store, "USA", "PRK", by="month")
"""

from __future__ import annotations

from .backend import DEFAULT_DB, Backend, Dialect, connect
from .export import FORMATS, LAYOUTS, export
from .ingest import IngestReport, Problem, count_inputs, ingest
from .queries import PERIODS, EventQuery, actors, dyad, events, quotes
from .schema import MIGRATIONS, applied, migrate
from .store import Store, Written

__all__ = [
    "DEFAULT_DB",
    "FORMATS",
    "LAYOUTS",
    "MIGRATIONS",
    "PERIODS",
    "Backend",
    "Dialect",
    "EventQuery",
    "IngestReport",
    "Problem",
    "Store",
    "Written",
    "actors",
    "applied",
    "connect",
    "count_inputs",
    "dyad",
    "events",
    "export",
    "ingest",
    "migrate",
    "quotes",
]
