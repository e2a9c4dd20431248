"""Errors of the EXI codec."""

from __future__ import annotations

from v2gstack.errors import V2GStackError


class ExiError(V2GStackError):
    """Base class of every EXI codec error."""


class ExiDecodeError(ExiError):
    """The input is not a valid EXI stream for the grammar (says the bit offset and grammar position)."""


class ExiEncodeError(ExiError):
    """A message cannot be encoded (names the field and the facet violated)."""
