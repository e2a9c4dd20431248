"""Document-level encode/decode (EXI 1.0 §5 header, §8.5.1 document grammar) over generated codecs."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from v2gstack.exi import _wild
from v2gstack.exi import namespaces as ns
from v2gstack.exi._rt import OUT, Invalid, Redo, finish, start
from v2gstack.exi.errors import ExiDecodeError, ExiEncodeError

#: Namespace URI -> codec (schema set) that decodes documents rooted in it.
CODEC_OF_NAMESPACE: dict[str, str] = {
    ns.SAP: "sap",
    ns.ISO20_CM: "cm",
    ns.ISO20_CT: "cm",
    ns.ISO20_DC: "dc",
    ns.ISO20_AC: "ac",
    ns.ISO20_WPT: "wpt",
    ns.ISO20_ACDP: "acdp",
    ns.XMLDSIG: "xmldsig",
    ns.ISO2: "iso2",
    ns.DIN: "din",
}

#: Generated class module -> codec that encodes its classes.
CODEC_OF_MODULE: dict[str, str] = {
    "sap": "sap",
    "iso20_ct": "cm",
    "iso20_cm": "cm",
    "iso20_dc": "dc",
    "iso20_ac": "ac",
    "iso20_wpt": "wpt",
    "iso20_acdp": "acdp",
    "xmldsig": "xmldsig",
    "iso2": "iso2",
    "din": "din",
}

#: Codecs of other compiled packages (``register_package``): namespace URI -> codec module path,
#: class module path -> codec module path.
_EXTRA_NAMESPACES: dict[str, str] = {}
_EXTRA_MODULES: dict[str, str] = {}

_CODECS: dict[str, ModuleType] = {}
_ROOTS: dict[str, dict[type, list[int]]] = {}


def register_package(package: str, sets: dict[str, list[str]], modules: dict[str, str]) -> None:
    """Make ``exi.encode`` / ``decode`` / ``to_xml`` / ``from_xml`` serve another compiled package.

    ``sets`` maps each schema set (codec) name to the namespace URIs whose documents it decodes;
    ``modules`` maps each class module name of the package to the schema set that encodes its
    classes. Used for schemas compiled with ``v2gstack.exi.compiler.build.write(..., package=...)``.
    """
    for name, uris in sets.items():
        for uri in uris:
            _EXTRA_NAMESPACES[uri] = f"{package}._codec_{name}"
    for module, name in modules.items():
        _EXTRA_MODULES[f"{package}.{module}"] = f"{package}._codec_{name}"
    _MOD_OF_NAMESPACE.clear()


def codec(name: str) -> ModuleType:
    """The codec module of schema set ``name`` (or a module path of a registered package)."""
    mod = _CODECS.get(name)
    if mod is None:
        mod = importlib.import_module(name if "." in name else f"v2gstack.exi.generated._codec_{name}")
        roots: dict[type, list[int]] = {}
        for i, entry in enumerate(mod.DOC):
            if entry[2] is not None:
                roots.setdefault(entry[2], []).append(i)
        _CODECS[name] = mod
        _ROOTS[name] = roots
    return mod


def codec_for_namespace(namespace: str) -> str:
    extra = _EXTRA_NAMESPACES.get(namespace)
    if extra is not None:
        return extra
    try:
        uri = ns.resolve(namespace)
    except ValueError as exc:
        raise ExiDecodeError(str(exc)) from None
    return CODEC_OF_NAMESPACE[uri]


def codec_for_class(cls: type) -> str:
    extra = _EXTRA_MODULES.get(cls.__module__)
    if extra is not None:
        return extra
    module = cls.__module__.rsplit(".", 1)[-1]
    name = CODEC_OF_MODULE.get(module)
    if name is None or not cls.__module__.startswith("v2gstack.exi.generated."):
        raise ExiEncodeError(f"{cls.__qualname__} is not a generated EXI message class")
    return name


def core_value(message: Any) -> Any:
    """The generated-class instance inside the wrappers of the generic path (XsiType, WithUndeclared)."""
    if hasattr(type(message), "_exi_fields"):
        return message
    from v2gstack.exi.values import WithUndeclared, XsiType

    while isinstance(message, XsiType | WithUndeclared):
        message = message.value
    return message


def root_index(message: Any, element: str | None) -> tuple[ModuleType, int]:
    """Codec and DocContent event code of the root element for ``message``."""
    cls = type(message)
    core = message if hasattr(cls, "_exi_fields") else core_value(message)
    if core is not message:
        cls = type(core)
        if element is None:
            element = _root_of_wrapper(message)
    if not hasattr(cls, "_exi_fields"):  # Nil, Untyped, ...: only the element name tells the root
        return _root_by_name(message, _root_of_wrapper(message) or element)
    name = codec_for_class(cls)
    mod = codec(name)
    cands = _ROOTS[name].get(cls, [])
    if element is not None:
        named = [i for i, e in enumerate(mod.DOC) if element in (e[1], "{{{}}}{}".format(*e[:2]))]
        cands = [i for i in cands if i in named] or (named if core is not message else [])
    if not cands:
        what = f" named {element!r}" if element else ""
        raise ExiEncodeError(f"no global element{what} has type {cls.__qualname__} in the {name} schema set")
    if len(cands) > 1:
        names = ", ".join(mod.DOC[i][1] for i in cands)
        raise ExiEncodeError(
            f"{cls.__qualname__} is the type of several global elements ({names}): pass element="
        )
    return mod, cands[0]


def _root_of_wrapper(message: Any) -> str | None:
    from v2gstack.exi.values import WithUndeclared, XsiType

    while isinstance(message, XsiType | WithUndeclared):
        if isinstance(message, XsiType) and message.element is not None:
            return "{{{}}}{}".format(*message.element)
        message = message.value
    return None


def _root_by_name(message: Any, element: str | None) -> tuple[ModuleType, int]:
    uri, local = _split(element) if element else (None, "")
    if uri is None:
        raise ExiEncodeError(f"a root {type(message).__name__} needs element='{{namespace}}name'")
    mod = codec(codec_for_namespace(uri))
    for i, e in enumerate(mod.DOC):
        if (e[0], e[1]) == (uri, local):
            return mod, i
    raise ExiEncodeError(f"{element!r} is not a global element of the {uri} schema set")


#: Root element of each generated class that is the type of exactly one global element: codec,
#: DocContent event code, encoder, and the header and event code bits that start the stream.
_ROOT_OF_CLASS: dict[type, tuple[ModuleType, int, Any, int]] = {}


def encode(message: Any, element: str | None) -> bytes:
    hit = _ROOT_OF_CLASS.get(message.__class__) if element is None else None
    if hit is None:
        mod, idx = root_index(message, element)
        enc, a = mod.DOC[idx][3], (((1 << 8) | 0x80) << mod.DOC_WIDTH) | idx
        if element is None and hasattr(type(message), "_exi_fields"):
            _ROOT_OF_CLASS[type(message)] = (mod, idx, enc, a)
    else:
        mod, idx, enc, a = hit
    OUT.chunks = []  # start()
    try:
        a = enc(message, a)
    except _ENCODE_FAILURES:
        return _encode_generic(mod, mod.DOC, idx, message, mod.DOC[idx][1], mod.DOC_WIDTH, False)
    return finish(a)


#: What generated encoders raise on values they cannot write: the generic path takes over.
_ENCODE_FAILURES = (Invalid, TypeError, AttributeError, KeyError, ValueError, IndexError)


def encode_generic(message: Any, element: str | None = None) -> bytes:
    """Encode through the generic, table-driven path only (tests compare it with the generated one)."""
    mod, idx = root_index(message, element)
    return _encode_generic(mod, mod.DOC, idx, message, mod.DOC[idx][1], mod.DOC_WIDTH, False)


def decode_generic(data: bytes, namespace: str) -> Any:
    """Decode through the generic, table-driven path only (header as for ``decode``)."""
    mod = codec(codec_for_namespace(namespace))
    if not data or data[0] != 0x80:
        raise ExiDecodeError("EXI header byte must be 0x80")
    return _decode_generic(mod, bytes(data), False)


def _encode_generic(
    mod: ModuleType, entries: tuple[Any, ...], idx: int, message: Any, root: str, width: int, fragment: bool
) -> bytes:
    """Encode with the generic, table-driven path (values beyond the generated encoders: xsi:type,
    xsi:nil, undeclared content, untyped values, EXI 1.0 §8.5.4.4); report the first problem if that
    fails too."""
    from v2gstack.exi import _generic
    from v2gstack.exi._validate import first_problem

    problem = first_problem(message, root)  # facets, occurrences, choices: as for the generated path
    if problem is not None:
        raise ExiEncodeError(problem)
    start()
    a = (((1 << 8) | 0x80) << width) | idx
    try:
        a = _generic.encode_root(mod, entries, idx, message, a, _wild.current_tables(mod))
    except (*_ENCODE_FAILURES, RecursionError) as exc:
        raise ExiEncodeError(f"{root}: cannot encode ({type(exc).__name__}: {exc})") from None
    if fragment:
        a = (a << width) | (len(entries) + 1)  # ED
    return finish(a)


def encode_error(message: Any, root: str, exc: BaseException) -> ExiEncodeError:
    from v2gstack.exi._validate import first_problem

    problem = first_problem(message, root) if not isinstance(exc, RecursionError) else None
    if problem is None:
        problem = f"{root}: cannot encode ({type(exc).__name__}: {exc})"
    return ExiEncodeError(problem)


#: Codec module of each namespace argument seen by ``decode`` (URI or alias, as given).
_MOD_OF_NAMESPACE: dict[str, ModuleType] = {}


def decode(data: bytes, namespace: str) -> Any:
    if data.__class__ is not bytes:
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ExiDecodeError(f"EXI input must be bytes, not {type(data).__name__}")
        data = bytes(data)
    mod = _MOD_OF_NAMESPACE.get(namespace)
    if mod is None:
        mod = codec(codec_for_namespace(namespace))
        _MOD_OF_NAMESPACE[namespace] = mod
    return decode_with(mod, data)


def decode_with(mod: ModuleType, data: bytes) -> Any:
    if not data or data[0] != 0x80:
        if not data:
            raise ExiDecodeError("empty input: an EXI stream has at least the header byte")
        if data[:4] == b"$EXI":
            raise ExiDecodeError("EXI cookie ($EXI) present: streams with a cookie are not supported")
        raise ExiDecodeError(
            f"EXI header byte is 0x{data[0]:02x}, expected 0x80 (EXI 1.0, no options in the header)"
        )
    D = int.from_bytes(data, "big")
    T = len(data) * 8
    w = mod.DOC_WIDTH
    if 8 + w > T:
        raise ExiDecodeError("stream ends inside the document's first event code (bit 8)")
    idx = (D >> (T - 8 - w)) & ((1 << w) - 1)
    if idx >= len(mod.DOC) or mod.DOC[idx][4] is None:  # SE(*), or a root of simple type
        return _decode_generic(mod, data, False)
    entry = mod.DOC[idx]
    try:
        obj, p = entry[4](D, T, 8 + w)
    except RecursionError:
        raise ExiDecodeError("stream nests elements too deeply") from None
    except Redo:
        return _decode_generic(mod, data, False)
    if p > T:
        raise ExiDecodeError(f"stream truncated: decoding needed {p} bits, input has {T}")
    return obj


def _decode_generic(mod: ModuleType, data: bytes, fragment: bool) -> Any:
    """Decode with the generic, table-driven path (second-level events, EXI 1.0 §8.5.4.4)."""
    from v2gstack.exi import _generic

    try:
        if fragment:
            return _generic.decode_fragment(mod, data)
        return _generic.decode_document(mod, data)
    except RecursionError:
        raise ExiDecodeError("stream nests elements too deeply") from None


def _split(element: str) -> tuple[str | None, str]:
    if element.startswith("{"):
        uri, _, local = element[1:].partition("}")
        return uri, local
    return None, element


def encode_fragment(obj: Any, element: str, grammar: str | None = None) -> bytes:
    """EXI fragment (§8.5.2) of one element: header, SE(element), content, ED.

    ``grammar`` (namespace URI or alias) picks the schema set; by default the element's namespace
    (xmldsig elements: the xmldsig schema alone, as ISO 15118-20 signs SignedInfo).
    """
    uri, local = _split(element)
    if grammar is not None:
        name: str | None = codec_for_namespace(grammar)
    else:
        name = CODEC_OF_NAMESPACE.get(uri) if uri else codec_for_class(type(core_value(obj)))
    if name is None and uri is not None:
        name = _EXTRA_NAMESPACES.get(uri)
    if name is None:
        raise ExiEncodeError(f"no schema set for the namespace of {element!r}")
    mod = codec(name)
    frag = mod.FRAG
    idx = next(
        (
            i
            for i, e in enumerate(frag)
            if e[1] == local and (uri is None or e[0] == uri) and e[2] is not None
        ),
        None,
    )
    if idx is None:
        raise ExiEncodeError(f"{element!r} is not an element with a complex type in the {name} schema set")
    entry = frag[idx]
    if type(obj) is not entry[2] and core_value(obj) is obj:
        raise ExiEncodeError(f"{element!r} holds a {entry[2].__name__}, not a {type(obj).__name__}")
    w = mod.FRAG_WIDTH
    start()
    a = (((1 << 8) | 0x80) << w) | idx
    try:
        a = entry[3](obj, a)
    except _ENCODE_FAILURES:
        return _encode_generic(mod, frag, idx, obj, local, w, True)
    a = (a << w) | (len(frag) + 1)  # ED
    return finish(a)


def decode_fragment(data: bytes, namespace: str) -> Any:
    """Decode an EXI fragment holding one element (the grammar of ``namespace``'s schema set)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ExiDecodeError(f"EXI input must be bytes, not {type(data).__name__}")
    mod = codec(codec_for_namespace(namespace))
    data = bytes(data)
    if not data or data[0] != 0x80:
        raise ExiDecodeError("EXI fragment must start with the header byte 0x80")
    D = int.from_bytes(data, "big")
    T = len(data) * 8
    w = mod.FRAG_WIDTH
    frag = mod.FRAG
    if 8 + w > T:
        raise ExiDecodeError("fragment ends inside its first event code (bit 8)")
    idx = (D >> (T - 8 - w)) & ((1 << w) - 1)
    if idx > len(frag):
        raise ExiDecodeError(f"fragment event code {idx} at bit 8: an empty fragment is not supported")
    if idx == len(frag) or frag[idx][4] is None:  # SE(*), or simple content / relaxed grammar
        return _decode_generic(mod, data, True)
    entry = frag[idx]
    try:
        obj, p = entry[4](D, T, 8 + w)
    except RecursionError:
        raise ExiDecodeError("fragment nests elements too deeply") from None
    except Redo:
        return _decode_generic(mod, data, True)
    if p + w > T:
        raise ExiDecodeError(f"fragment truncated at bit {p}: no ED")
    ed = (D >> (T - p - w)) & ((1 << w) - 1)
    if ed != len(frag) + 1:
        raise ExiDecodeError(
            f"fragment has more than one element (event code {ed} at bit {p}): not supported"
        )
    return obj
