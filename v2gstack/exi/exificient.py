"""EXIficient (Java, through JPype) as an optional EXI backend and as the test oracle of our codec.

EXIficient is configured like the ISO 15118 implementations in the field: schema-informed, bit-packed,
default fidelity options (non-strict), no header options (a stream starts with 0x80), no string table
(valueMaxLength 0, valuePartitionCapacity 0), no built-in grammar learning. Grammars are compiled once
per namespace from the iso15118 wheel's schema copies (or a given schema folder), fully offline.

Thread safety: one :class:`Exificient` keeps one reusable encoder/decoder per namespace, so each call
holds that instance's lock; any thread may call, calls on one instance run one at a time. The JVM is
started once per process (a JVM cannot be restarted); the first call pays for it (about half a second).
"""

from __future__ import annotations

import importlib
import os
import re
import threading
from pathlib import Path
from typing import Any

from v2gstack.exi import namespaces
from v2gstack.exi._exificient_jvm import (
    ExificientUnavailable,
    compile_grammars,
    compile_grammars_file,
    default_schema_dir,
    find_jar,
    start_jvm,
)
from v2gstack.exi.errors import ExiDecodeError, ExiEncodeError, ExiError

__all__ = [
    "Exificient",
    "ExificientUnavailable",
    "decode",
    "decode_xml",
    "decode_xml_fragment",
    "encode",
    "encode_xml",
    "encode_xml_fragment",
    "get_backend",
    "is_xml11",
]

_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
XML11_DECLARATION = '<?xml version="1.1"?>'


def is_xml11(xml: str) -> bool:
    """True if ``xml`` holds C0 control characters as character references (legal in XML 1.1 only)."""
    for match in _CHAR_REF.finditer(xml):
        ref = match.group(1)
        code = int(ref[1:], 16) if ref[0] == "x" else int(ref)
        if code < 0x20 and code not in (0x9, 0xA, 0xD):
            return True
    return False


def _java_message(exc: BaseException) -> str:
    """``Class: message <- Cause: message ...`` for a Java exception chain."""
    parts: list[str] = []
    throwable: Any = exc
    while throwable is not None and len(parts) < 5:
        try:
            parts.append(f"{throwable.getClass().getSimpleName()}: {throwable.getMessage()}")
            throwable = throwable.getCause()
        except AttributeError:
            parts.append(str(throwable))
            break
    return " <- ".join(parts)


class _Coder:
    """EXIficient encoder and decoder for one grammar and mode, reused across calls."""

    def __init__(self, jp: Any, grammars: Any, fragment: bool) -> None:
        cls = jp.JClass
        factory = cls("com.siemens.ct.exi.core.helpers.DefaultEXIFactory").newInstance()
        factory.setGrammars(grammars)
        factory.setFidelityOptions(cls("com.siemens.ct.exi.core.FidelityOptions").createDefault())
        factory.setCodingMode(cls("com.siemens.ct.exi.core.CodingMode").BIT_PACKED)
        factory.setFragment(fragment)
        factory.setValueMaxLength(0)
        factory.setValuePartitionCapacity(0)
        factory.setMaximumNumberOfBuiltInElementGrammars(0)
        factory.setMaximumNumberOfBuiltInProductions(0)
        self._jp = jp
        self._bytes_out = cls("java.io.ByteArrayOutputStream")
        self._bytes_in = cls("java.io.ByteArrayInputStream")
        self._input_source = cls("org.xml.sax.InputSource")
        self._string_reader = cls("java.io.StringReader")
        self._string_writer = cls("java.io.StringWriter")
        self._sax_source = cls("javax.xml.transform.sax.SAXSource")
        self._stream_result = cls("javax.xml.transform.stream.StreamResult")
        self._byte_array = jp.JArray(jp.JByte)

        self._result = cls("com.siemens.ct.exi.main.api.sax.EXIResult")(factory)
        parsers = cls("javax.xml.parsers.SAXParserFactory").newInstance()
        parsers.setNamespaceAware(True)
        self._xml_reader = parsers.newSAXParser().getXMLReader()
        self._xml_reader.setContentHandler(self._result.getHandler())

        self._exi_reader = cls("com.siemens.ct.exi.main.api.sax.EXISource")(factory).getXMLReader()
        self._transformer = cls("javax.xml.transform.TransformerFactory").newInstance().newTransformer()
        omit = cls("javax.xml.transform.OutputKeys").OMIT_XML_DECLARATION
        self._transformer.setOutputProperty(omit, "yes")

    def encode(self, xml: str) -> bytes:
        out = self._bytes_out()
        self._result.setOutputStream(out)
        self._xml_reader.parse(self._input_source(self._string_reader(xml)))
        return bytes(out.toByteArray())

    def decode(self, data: bytes) -> str:
        stream = self._input_source(self._bytes_in(self._byte_array(data)))
        source = self._sax_source(self._exi_reader, stream)
        writer = self._string_writer()
        self._transformer.transform(source, self._stream_result(writer))
        return str(writer.toString())


class Exificient:
    """An EXIficient backend: one jar, one schema folder, grammars and coders cached per namespace."""

    def __init__(self, jar: str | os.PathLike[str] | None = None,
                 schema_dir: str | os.PathLike[str] | None = None) -> None:
        self.jar = find_jar(jar)
        self.schema_dir = Path(schema_dir) if schema_dir is not None else default_schema_dir()
        if not self.schema_dir.is_dir():
            raise ExificientUnavailable(f"schema directory {self.schema_dir} does not exist")
        self._lock = threading.RLock()
        self._jp: Any = None
        self._grammars: dict[str, Any] = {}
        self._coders: dict[tuple[str, bool], _Coder] = {}  # (namespace URI or "file:" path, fragment)

    def _coder(self, uri: str, fragment: bool) -> _Coder:
        coder = self._coders.get((uri, fragment))
        if coder is None:
            if self._jp is None:
                self._jp = start_jvm(self.jar)
            grammars = self._grammars.get(uri)
            if grammars is None:
                grammars = self._grammars[uri] = compile_grammars(self._jp, self.schema_dir, uri)
            coder = self._coders[(uri, fragment)] = _Coder(self._jp, grammars, fragment)
        return coder

    def _schema_coder(self, xsd: Path, fragment: bool) -> _Coder:
        key = ("file:" + str(xsd.resolve()), fragment)
        coder = self._coders.get(key)
        if coder is None:
            if self._jp is None:
                self._jp = start_jvm(self.jar)
            grammars = self._grammars.get(key[0])
            if grammars is None:
                grammars = self._grammars[key[0]] = compile_grammars_file(self._jp, self.schema_dir, xsd)
            coder = self._coders[key] = _Coder(self._jp, grammars, fragment)
        return coder

    def encode_xml_with_schema(self, xml: str, xsd: str | os.PathLike[str], fragment: bool = False) -> bytes:
        """EXI stream of ``xml`` with the grammars of the schema document ``xsd`` (any schema)."""
        path = Path(xsd)
        if is_xml11(xml) and not xml.lstrip().startswith("<?xml"):
            xml = XML11_DECLARATION + xml
        with self._lock:
            coder = self._schema_coder(path, fragment)
            try:
                return coder.encode(xml)
            except self._jp.JException as exc:
                self._coders.pop(("file:" + str(path.resolve()), fragment), None)
                problem = _java_message(exc)
                raise ExiEncodeError(f"EXIficient could not encode with {path.name}: {problem}") from exc

    def decode_xml_with_schema(self, data: bytes, xsd: str | os.PathLike[str], fragment: bool = False) -> str:
        """XML text of an EXI stream made with the grammars of the schema document ``xsd``."""
        path = Path(xsd)
        with self._lock:
            coder = self._schema_coder(path, fragment)
            try:
                return coder.decode(bytes(data))
            except self._jp.JException as exc:
                self._coders.pop(("file:" + str(path.resolve()), fragment), None)
                problem = _java_message(exc)
                raise ExiDecodeError(f"EXIficient could not decode with {path.name}: {problem}") from exc

    def warm_up(self, namespace: str) -> None:
        """Start the JVM and compile the grammars of ``namespace`` now rather than on first use."""
        with self._lock:
            self._coder(namespaces.resolve(namespace), False)

    def _encode(self, xml: str, namespace: str, fragment: bool) -> bytes:
        if not isinstance(xml, str):
            raise ExiEncodeError(f"EXIficient encodes XML text (str), not {type(xml).__name__}")
        uri = _resolve(namespace, ExiEncodeError)
        if is_xml11(xml) and not xml.lstrip().startswith("<?xml"):
            xml = XML11_DECLARATION + xml
        with self._lock:
            coder = self._coder(uri, fragment)
            try:
                return coder.encode(xml)
            except self._jp.JException as exc:
                self._coders.pop((uri, fragment), None)  # its state after a failure is unknown
                raise ExiEncodeError(f"EXIficient could not encode for {uri}: {_java_message(exc)}") from exc

    def _decode(self, data: bytes, namespace: str, fragment: bool) -> str:
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ExiDecodeError(f"EXIficient decodes bytes, not {type(data).__name__}")
        data = bytes(data)
        if not data:
            raise ExiDecodeError("EXIficient cannot decode an empty stream")
        uri = _resolve(namespace, ExiDecodeError)
        with self._lock:
            coder = self._coder(uri, fragment)
            try:
                xml = coder.decode(data)
            except self._jp.JException as exc:
                self._coders.pop((uri, fragment), None)
                raise ExiDecodeError(f"EXIficient could not decode for {uri}: {_java_message(exc)}") from exc
        if "<" not in xml:
            raise ExiDecodeError(f"EXIficient decoded {data[:16].hex()}... for {uri} to no element at all")
        return xml

    def encode_xml(self, xml: str, namespace: str) -> bytes:
        """EXI document (header 0x80 first) of the XML text ``xml``; ``namespace`` picks the grammar."""
        return self._encode(xml, namespace, False)

    def decode_xml(self, data: bytes, namespace: str) -> str:
        """XML text of an EXI document (no declaration; XML 1.1 character references if :func:`is_xml11`)."""
        return self._decode(data, namespace, False)

    def encode_xml_fragment(self, xml: str, namespace: str) -> bytes:
        """EXI fragment (EXIficient fragment=true), as used for signed parts such as ``SignedInfo``."""
        return self._encode(xml, namespace, True)

    def decode_xml_fragment(self, data: bytes, namespace: str) -> str:
        """XML text of an EXI fragment."""
        return self._decode(data, namespace, True)

    def encode(self, message: Any, element: str | None = None) -> bytes:
        """Encode one of our typed messages through its XML form (``exi.to_xml(message, element)``)."""
        xml: str = _codec().to_xml(message, element)
        return self.encode_xml(xml, _root_namespace(xml))

    def decode(self, data: bytes, namespace: str) -> Any:
        """Decode to one of our typed messages through XML (``exi.from_xml``)."""
        xml = self.decode_xml(data, namespace)
        if is_xml11(xml):
            xml = XML11_DECLARATION + xml
        return _codec().from_xml(xml)


def _codec() -> Any:
    """Our own codec package (imported late: it imports this module's package)."""
    return importlib.import_module("v2gstack.exi")


def _resolve(namespace: str, error: type[ExiError]) -> str:
    try:
        return namespaces.resolve(namespace)
    except ValueError as exc:
        raise error(str(exc)) from exc


_START_TAG = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>")


def _root_namespace(xml: str) -> str:
    """Namespace URI of the root element of ``xml`` (read from its start tag)."""
    for match in _START_TAG.finditer(xml):
        if xml[match.start() + 1] in "?!":
            continue
        prefix = (match.group(1) or "").rstrip(":")
        attribute = f"xmlns:{prefix}" if prefix else "xmlns"
        declared = re.search(rf'\s{re.escape(attribute)}\s*=\s*(["\'])(.*?)\1', match.group(3))
        if declared is None:
            break
        return declared.group(2)
    raise ExiEncodeError("the XML's root element has no namespace: cannot choose an EXI grammar")


_default: Exificient | None = None
_default_lock = threading.Lock()


def get_backend() -> Exificient:
    """The process-wide backend (iso15118 wheel's jar and schemas, or $V2GSTACK_EXIFICIENT_JAR)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Exificient()
        return _default


def encode_xml(xml: str, namespace: str) -> bytes:
    """:meth:`Exificient.encode_xml` on the process-wide backend."""
    return get_backend().encode_xml(xml, namespace)


def decode_xml(data: bytes, namespace: str) -> str:
    """:meth:`Exificient.decode_xml` on the process-wide backend."""
    return get_backend().decode_xml(data, namespace)


def encode_xml_fragment(xml: str, namespace: str) -> bytes:
    """:meth:`Exificient.encode_xml_fragment` on the process-wide backend."""
    return get_backend().encode_xml_fragment(xml, namespace)


def decode_xml_fragment(data: bytes, namespace: str) -> str:
    """:meth:`Exificient.decode_xml_fragment` on the process-wide backend."""
    return get_backend().decode_xml_fragment(data, namespace)


def encode(message: Any, element: str | None = None) -> bytes:
    """:meth:`Exificient.encode` on the process-wide backend."""
    return get_backend().encode(message, element)


def decode(data: bytes, namespace: str) -> Any:
    """:meth:`Exificient.decode` on the process-wide backend."""
    return get_backend().decode(data, namespace)
