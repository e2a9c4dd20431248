"""Schema-informed EXI 1.0 codec for ISO 15118-20, ISO 15118-2, DIN 70121 and SupportedAppProtocol.

Options are those of the field (EXI 1.0 with strict=false, bit-packed, header byte 0x80, no string
value table): the output is byte-identical with EXIficient and EVerest cbV2G. Importing this package is
cheap; each namespace's generated codec is loaded on first use.

>>> from v2gstack import exi
>>> data = exi.encode(message)                     # root element from the message's class
>>> message = exi.decode(data, "dc")               # namespace URI or alias
>>> xml = exi.to_xml(message); same = exi.from_xml(xml)
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from v2gstack.exi.errors import ExiDecodeError, ExiEncodeError, ExiError

__all__ = [
    "ExiDecodeError",
    "ExiEncodeError",
    "ExiError",
    "decode",
    "decode_fragment",
    "encode",
    "encode_fragment",
    "from_xml",
    "to_xml",
]


_API: ModuleType | None = None


def _load_api() -> ModuleType:
    """``v2gstack.exi._api``, imported on first use (the package import stays cheap)."""
    global _API
    if _API is None:
        from v2gstack.exi import _api as api

        _API = api
    return _API


def encode(message: Any, element: str | None = None) -> bytes:
    """Encode a generated message object as an EXI document (header byte 0x80 first).

    ``element`` (local name or ``{namespace}name``) selects the root element when the message's class
    is the type of several global elements.
    """
    data: bytes = (_API or _load_api()).encode(message, element)
    return data


def decode(data: bytes, namespace: str) -> Any:
    """Decode an EXI document of ``namespace`` (URI or alias sap, cm, dc, ac, wpt, acdp, iso2, din)."""
    return (_API or _load_api()).decode(data, namespace)


def encode_fragment(obj: Any, element: str, grammar: str | None = None) -> bytes:
    """Encode ``obj`` as an EXI fragment (EXI 1.0 §8.5.2) of ``element`` (``{uri}local`` or local name).

    The digest of a signed ISO 15118-20 element is the SHA-256 of this fragment. ``grammar`` (URI or
    alias) overrides the schema set, e.g. ``"iso2"`` for ISO 15118-2 SignedInfo.
    """
    data: bytes = _load_api().encode_fragment(obj, element, grammar)
    return data


def decode_fragment(data: bytes, namespace: str) -> Any:
    """Decode a one-element EXI fragment with the grammar of ``namespace`` (URI or alias)."""
    return _load_api().decode_fragment(data, namespace)


def to_xml(message: Any, element: str | None = None) -> str:
    """XML text of a message (EXIficient's lexical forms: true/false, upper-case hex, base64)."""
    from v2gstack.exi import _xml

    text: str = _xml.to_xml(message, element)
    return text


def from_xml(xml: str | bytes) -> Any:
    """Build a message object from XML; the root element decides the type."""
    from v2gstack.exi import _xml

    return _xml.from_xml(xml)
