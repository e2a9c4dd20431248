"""Helpers shared by the sub-command modules."""

from __future__ import annotations

import sys
from pathlib import Path


def read_input(arg: str) -> str:
    """Read text from a file path, or from standard input when ``arg`` is ``-``."""
    if arg == "-":
        return sys.stdin.read()
    return Path(arg).read_text(encoding="utf-8")
