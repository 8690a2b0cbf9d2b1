"""The knowledge-base build behind ``scripts/build_kb.py``, one module per part."""
