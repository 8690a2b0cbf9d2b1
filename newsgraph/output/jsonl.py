from __future__ import annotations

import json
from typing import TextIO

from ..article import Article
from ..serialize import to_dict


def write_jsonl(article: Article, stream: TextIO) -> None:
    """One article as one line of JSON (UTF-8 kept readable, not escaped)."""
    stream.write(json.dumps(to_dict(article), ensure_ascii=False) + "\n")
