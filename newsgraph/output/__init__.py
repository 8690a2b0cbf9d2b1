"""Writers of processed articles: JSON Lines for machines, a readable view for people."""

from .jsonl import write_jsonl
from .pretty import write_pretty

__all__ = ["write_jsonl", "write_pretty"]
