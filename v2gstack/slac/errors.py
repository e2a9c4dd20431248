"""Typed errors of the SLAC layer."""

from __future__ import annotations

from v2gstack.errors import V2GStackError


class SlacError(V2GStackError):
    """Base class of every error raised by :mod:`v2gstack.slac`."""


class FrameError(SlacError):
    """A HomePlug AV / Green PHY management frame could not be parsed or built."""


class TransportError(SlacError):
    """The raw Ethernet socket could not be opened or used."""


class ModemError(SlacError):
    """The local PLC modem did not answer, or answered with a failure."""
