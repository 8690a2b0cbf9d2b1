"""Writers: JSON Lines of articles (``jsonl``), a readable view of them (``pretty``), and rows of
queries as a table, JSON or CSV (``rows``). Each module is imported by what uses it."""
