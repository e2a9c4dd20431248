"""SLAC (ISO 15118-3 Annex A) over HomePlug Green PHY: frames, state machines, transport, modem."""
