"""Wildcard content (xs:any): SE(*) with its qname (EXI 1.0 §7.1.7, string tables §7.3.1 and
appendix D) and the element's content through the grammar of the global element of that name.

Elements without a global declaration (schema-less content) go through the generic path
(:mod:`v2gstack.exi._generic`): EXIficient, allowed no built-in element grammars, casts them to
xs:anyType (an AT(*) named xsi:type in the built-in start tag) and writes their content with that
grammar.

String tables are per stream: they start from the schema set's initial URI and local-name partitions
and grow with every name that misses. Tables live in a thread-local context keyed by the stream: the
stream int when decoding, the output chunk list of ``_rt`` (new for every encoding) when encoding.
"""

from __future__ import annotations

import threading
from types import ModuleType

from v2gstack.exi import _rt
from v2gstack.exi._rt import AnyElement, Unlocated, d_uint, e_uint

_CTX = threading.local()


def _stream_key() -> object:
    """The encoding stream in progress: ``_rt.start`` makes a new output chunk list for each."""
    key = getattr(_rt.OUT, "chunks", None)
    if key is None:
        _rt.start()
        key = _rt.OUT.chunks
    return key


class _Tables:
    def __init__(self, mod: ModuleType) -> None:
        self.uris: list[str] = list(mod.URIS)
        self.names: dict[str, list[str]] = {u: list(v) for u, v in mod.LOCAL_NAMES.items()}
        #: Undeclared elements whose built-in start tag learned its (unusable) AT(xsi:type)
        #: production: the first-level event code then takes one bit (EXIficient, see _generic).
        self.cast: set[tuple[str, str]] = set()


def _tables(mod: ModuleType, key: object) -> _Tables:
    if getattr(_CTX, "key", None) is not key or getattr(_CTX, "tables", None) is None or _CTX.mod is not mod:
        _CTX.key = key
        _CTX.mod = mod
        _CTX.tables = _Tables(mod)
    tables: _Tables = _CTX.tables
    return tables


def current_tables(mod: ModuleType) -> _Tables:
    """The string tables of the encoding stream in progress (see :func:`_stream_key`)."""
    return _tables(mod, _stream_key())


def _nbits(n: int) -> int:
    return (n - 1).bit_length() if n > 1 else 0


def _e_string(a: int, s: str) -> int:
    """A String (§7.1.10): length, then code points (no value table offset)."""
    a = e_uint(a, len(s))
    for ch in s:
        a = e_uint(a, ord(ch))
    return a


def _d_string(D: int, T: int, p: int, n: int) -> tuple[str, int]:
    if n * 8 > T - p:
        raise Unlocated(f"name of {n} characters at bit {p} exceeds the remaining input")
    out = []
    for _ in range(n):
        c, p = d_uint(D, T, p)
        if c > 0x10FFFF:
            raise Unlocated(f"invalid code point {c} at bit {p}")
        out.append(chr(c))
    return "".join(out), p


def e_qname(a: int, t: _Tables, uri: str, local: str) -> int:
    """URI: n-bit hit (index + 1) or 0 + literal; local name: 0 + compact id, or length + 1 + literal."""
    w = (len(t.uris)).bit_length()  # ceil(log2(m + 1))
    if uri in t.uris:
        a = (a << w) | (t.uris.index(uri) + 1)
    else:
        a = _e_string(a << w, uri)
        t.uris.append(uri)
        t.names.setdefault(uri, [])
    return e_local(a, t, uri, local)


def e_local(a: int, t: _Tables, uri: str, local: str) -> int:
    """The local-name part of a qname (alone after SE(uri:*) / AT(uri:*), §7.1.7)."""
    part = t.names.setdefault(uri, [])
    if local in part:
        a = e_uint(a, 0)
        w = _nbits(len(part))
        return (a << w) | part.index(local)
    a = e_uint(a, len(local) + 1)
    for ch in local:
        a = e_uint(a, ord(ch))
    part.append(local)
    return a


def d_qname(D: int, T: int, p: int, t: _Tables) -> tuple[str, str, int]:
    w = (len(t.uris)).bit_length()
    i = (D >> (T - p - w)) & ((1 << w) - 1) if w else 0
    p += w
    if i == 0:
        n, p = d_uint(D, T, p)
        uri, p = _d_string(D, T, p, n)
        t.uris.append(uri)
        t.names.setdefault(uri, [])
    elif i - 1 < len(t.uris):
        uri = t.uris[i - 1]
    else:
        raise Unlocated(f"URI table index {i - 1} at bit {p} is out of range")
    local, p = d_local(D, T, p, t, uri)
    return uri, local, p


def d_local(D: int, T: int, p: int, t: _Tables, uri: str) -> tuple[str, int]:
    """The local-name part of a qname in the partition of ``uri``."""
    part = t.names.setdefault(uri, [])
    n, p = d_uint(D, T, p)
    if n == 0:
        w = _nbits(len(part))
        k = (D >> (T - p - w)) & ((1 << w) - 1) if w else 0
        p += w
        if k >= len(part):
            raise Unlocated(f"local-name table index {k} at bit {p} is out of range")
        return part[k], p
    local, p = _d_string(D, T, p, n - 1)
    part.append(local)
    return local, p


def enc_any(v: AnyElement, a: int, mod: ModuleType) -> int:
    """Encode the qname and content of a wildcard element (its SE(*) code is already written)."""
    t = _tables(mod, _stream_key())
    a = e_qname(a, t, v.namespace, v.name)
    glob = mod.GLOBALS.get((v.namespace, v.name))
    if glob is None:
        from v2gstack.exi._generic import enc_schemaless

        return enc_schemaless(v, a, mod, t)
    if glob[0] is not None and type(v.value) is not glob[0]:
        raise TypeError(f"wildcard element {v.name} is declared: its value must be a {glob[0].__name__}")
    return int(glob[1](v.value, a))


def dec_any(D: int, T: int, p: int, mod: ModuleType) -> tuple[AnyElement, int]:
    t = _tables(mod, D)
    uri, local, p = d_qname(D, T, p, t)
    glob = mod.GLOBALS.get((uri, local))
    if glob is None:
        from v2gstack.exi._generic import dec_schemaless

        element: AnyElement
        element, p = dec_schemaless(D, T, p, mod, t, (uri, local))
        return element, p
    value, p = glob[2](D, T, p)
    return AnyElement(uri, local, value), p
