"""Restricted character sets of pattern facets (EXI 1.0 §7.1.10.1).

The set of a pattern is the union of the characters its atoms can match: literal characters, the
characters of character classes (ranges, ``\\s``, subtractions) and single-character escapes. A
pattern with ``.``, a negated class, a category escape (``\\p{..}`` / ``\\P{..}``), a multi-character
escape other than ``\\s``, a character outside the BMP, or a set of more than 255 characters has no
restricted set (the full String representation applies), like EXIficient's analysis of the
XML Schema regular expression (XML Schema part 2, appendix F).
"""

from __future__ import annotations

import re

MAX_CHARS = 255

_CAT = r"(L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|Z[slp]?|S[mcko]?|C[cfon]?)|(Is[a-zA-Z0-9-]+)"
_CAT_ESC = re.compile(r"\\[pP]\{(" + _CAT + r")\}")
_MULTI = re.compile(r"\\[SiIcCdDwW]")
_SINGLE = {"n": "\n", "r": "\r", "t": "\t"}
_SPACE = frozenset(" \t\n\r")


class _Unrestricted(Exception):
    pass


def restricted_set(pattern: str) -> str | None:
    """The sorted restricted character set of ``pattern``, or None when the full set applies."""
    if any(ord(c) > 0xFFFF for c in pattern) or _CAT_ESC.search(pattern):
        return None
    for m in _MULTI.finditer(pattern):
        if not (m.start() > 0 and pattern[m.start() - 1] == "\\"):
            return None
    try:
        chars = _Parser(pattern).parse()
    except _Unrestricted:
        return None
    if not chars or len(chars) > MAX_CHARS:
        return None
    return "".join(sorted(chars))


class _Parser:
    """Collects the characters of an XML Schema regular expression (structure is irrelevant)."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def take(self) -> str:
        c = self.s[self.i]
        self.i += 1
        return c

    def parse(self) -> set[str]:
        out: set[str] = set()
        while self.i < len(self.s):
            c = self.take()
            if c in "()|?*+":
                continue
            if c == "{":  # quantifier {n,m}
                while self.i < len(self.s) and self.take() != "}":
                    pass
                continue
            if c == ".":
                raise _Unrestricted
            if c == "[":
                neg, chars = self.char_class()
                if neg:
                    raise _Unrestricted
                out |= chars
            elif c == "\\":
                out |= self.escape()
            else:
                out.add(c)
            if len(out) > MAX_CHARS:
                raise _Unrestricted
        return out

    def escape(self) -> set[str]:
        c = self.take()
        if c == "s":
            return set(_SPACE)
        if c in _SINGLE:
            return {_SINGLE[c]}
        if c in "\\|.?*+(){}-[]^":
            return {c}
        raise _Unrestricted  # multi-character and category escapes

    def char_class(self) -> tuple[bool, set[str]]:
        """After '[': (negated, characters) of a charClassExpr, subtractions applied."""
        neg = False
        if self.peek() == "^":
            self.take()
            neg = True
        chars: set[str] = set()
        first = True
        while True:
            if self.i >= len(self.s):
                raise _Unrestricted  # unterminated class: let the schema processor complain
            c = self.take()
            if c == "]" and not first:
                return neg, chars
            if c == "-" and self.peek() == "[":  # subtraction: the rest is one class, then ']'
                self.take()
                sub_neg, sub = self.char_class()
                if self.peek() == "]":
                    self.take()
                chars = chars & sub if sub_neg else chars - sub
                return neg, chars
            first = False
            if c == "\\":
                lo_set = self.escape()
                if len(lo_set) != 1:
                    chars |= lo_set
                    continue
                (lo,) = lo_set
            else:
                lo = c
            if self.peek() == "-" and self.i + 1 < len(self.s) and self.s[self.i + 1] not in "[]":
                self.take()
                hi_c = self.take()
                hi = next(iter(self.escape())) if hi_c == "\\" else hi_c
                if ord(hi) - ord(lo) > MAX_CHARS:
                    raise _Unrestricted
                chars |= {chr(x) for x in range(ord(lo), ord(hi) + 1)}
            else:
                chars.add(lo)
            if len(chars) > 4 * MAX_CHARS:
                raise _Unrestricted
