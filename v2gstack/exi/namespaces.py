"""Namespace URIs of the V2G schema sets and their short aliases (sap, cm, dc, ...)."""

from __future__ import annotations

SAP = "urn:iso:15118:2:2010:AppProtocol"
ISO20_CT = "urn:iso:std:iso:15118:-20:CommonTypes"
ISO20_CM = "urn:iso:std:iso:15118:-20:CommonMessages"
ISO20_DC = "urn:iso:std:iso:15118:-20:DC"
ISO20_AC = "urn:iso:std:iso:15118:-20:AC"
ISO20_WPT = "urn:iso:std:iso:15118:-20:WPT"
ISO20_ACDP = "urn:iso:std:iso:15118:-20:ACDP"
ISO2 = "urn:iso:15118:2:2013:MsgDef"
DIN = "urn:din:70121:2012:MsgDef"
XMLDSIG = "http://www.w3.org/2000/09/xmldsig#"

#: Alias -> namespace URI of every schema set that has EXI documents of its own.
ALIASES: dict[str, str] = {
    "sap": SAP,
    "cm": ISO20_CM,
    "dc": ISO20_DC,
    "ac": ISO20_AC,
    "wpt": ISO20_WPT,
    "acdp": ISO20_ACDP,
    "iso2": ISO2,
    "din": DIN,
}

#: Every namespace URI that can be given to the codec (the aliases' targets, CommonTypes, xmldsig).
ALL_NAMESPACES: frozenset[str] = frozenset([*ALIASES.values(), ISO20_CT, XMLDSIG])


def resolve(namespace: str) -> str:
    """Return the namespace URI for an alias or a URI; raise ``ValueError`` for anything else."""
    uri = ALIASES.get(namespace.lower(), namespace)
    if uri not in ALL_NAMESPACES:
        known = ", ".join(sorted(ALIASES))
        raise ValueError(f"unknown namespace {namespace!r}: give a namespace URI or one of {known}")
    return uri
