"""JVM side of the EXIficient backend: finding the jar and schemas, starting Java, compiling grammars.

Nothing here is imported by the rest of the codec; ``jpype`` is imported only when a JVM is needed, so
the package works without the ``exificient`` extra.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from v2gstack.exi import namespaces as ns
from v2gstack.exi.errors import ExiError

#: Environment variable naming an EXIficient jar to use instead of the one in the iso15118 wheel.
JAR_ENV = "V2GSTACK_EXIFICIENT_JAR"

_XMLDSIG_FILE = "xmldsig-core-schema.xsd"


class ExificientUnavailable(ExiError):
    """EXIficient cannot be used here: no jpype, no Java, no jar, or the JVM would not start."""


def _iso15118_shared_dir() -> Path | None:
    """``iso15118/shared`` of the installed wheel, found without importing the package."""
    try:
        spec = importlib.util.find_spec("iso15118")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        shared = Path(location) / "shared"
        if shared.is_dir():
            return shared
    return None


def find_jar(jar: str | os.PathLike[str] | None = None) -> Path:
    """The EXIficient jar: ``jar`` if given, else $V2GSTACK_EXIFICIENT_JAR, else the iso15118 wheel's."""
    if jar is None:
        jar = os.environ.get(JAR_ENV) or None
    if jar is not None:
        path = Path(jar)
        if not path.is_file():
            raise ExificientUnavailable(f"EXIficient jar {path} does not exist (given or from ${JAR_ENV})")
        return path
    shared = _iso15118_shared_dir()
    if shared is None:
        raise ExificientUnavailable(
            "EXIficient jar not found: install the extra (pip install 'v2gstack[exificient]', which brings "
            f"the iso15118 wheel and its EXICodec.jar) or set ${JAR_ENV}"
        )
    path = shared / "EXICodec.jar"
    if not path.is_file():
        raise ExificientUnavailable(f"the iso15118 package has no {path}; set ${JAR_ENV} to a jar")
    return path


def default_schema_dir() -> Path:
    """The schema folder shipped in the iso15118 wheel (same files as the field's codecs used)."""
    shared = _iso15118_shared_dir()
    if shared is None or not (shared / "schemas").is_dir():
        raise ExificientUnavailable("no schema directory given and the iso15118 wheel's schemas are absent")
    return shared / "schemas"


def _iso20(name: str) -> tuple[str, ...]:
    return (f"iso15118_20/{name}", f"iso20/{name}", name)


#: Top-level schema file of each namespace, as relative paths tried in order. The first of each tuple is
#: the iso15118 wheel's layout, the second the ``shared/xsd`` one, the last a flat folder.
SCHEMA_FILES: dict[str, tuple[str, ...]] = {
    ns.SAP: ("V2G_CI_AppProtocol.xsd", "sap/V2G_CI_AppProtocol.xsd", "iso20/V2G_CI_AppProtocol.xsd"),
    ns.ISO20_CT: _iso20("V2G_CI_CommonTypes.xsd"),
    ns.ISO20_CM: _iso20("V2G_CI_CommonMessages.xsd"),
    ns.ISO20_DC: _iso20("V2G_CI_DC.xsd"),
    ns.ISO20_AC: _iso20("V2G_CI_AC.xsd"),
    ns.ISO20_WPT: _iso20("V2G_CI_WPT.xsd"),
    ns.ISO20_ACDP: _iso20("V2G_CI_ACDP.xsd"),
    ns.ISO2: ("iso15118_2/V2G_CI_MsgDef.xsd", "iso2/V2G_CI_MsgDef.xsd"),
    ns.DIN: ("din_spec/V2G_CI_MsgDef.xsd", "din/V2G_CI_MsgDef.xsd"),
    ns.XMLDSIG: (_XMLDSIG_FILE, f"iso20/{_XMLDSIG_FILE}"),
}


def schema_file(schema_dir: Path, namespace: str) -> Path:
    """The top-level XSD of ``namespace`` (a URI) inside ``schema_dir``."""
    for relative in SCHEMA_FILES[namespace]:
        path = schema_dir / relative
        if path.is_file():
            return path
    tried = ", ".join(SCHEMA_FILES[namespace])
    raise ExificientUnavailable(f"no schema for {namespace} in {schema_dir} (looked for {tried})")


def xmldsig_file(schema_dir: Path) -> Path | None:
    """xmldsig-core-schema.xsd inside ``schema_dir`` (several layouts), if there."""
    for relative in (_XMLDSIG_FILE, f"iso20/{_XMLDSIG_FILE}", f"iso2/{_XMLDSIG_FILE}"):
        if (schema_dir / relative).is_file():
            return schema_dir / relative
    return None


_jvm_lock = threading.Lock()
_started_with: Path | None = None


def start_jvm(jar: Path) -> Any:
    """Start the JVM once per process with ``jar`` on the class path; return the ``jpype`` module."""
    global _started_with
    try:
        import jpype
    except ImportError as exc:
        raise ExificientUnavailable(
            "jpype is not installed: pip install 'v2gstack[exificient]' (and a Java 17 runtime)"
        ) from exc
    with _jvm_lock:
        if not jpype.isJVMStarted():
            try:
                jpype.startJVM(jpype.getDefaultJVMPath(), "-Djava.awt.headless=true", classpath=[str(jar)],
                               convertStrings=False)
            except Exception as exc:  # JVMNotFoundException, OSError, a JVM that aborts while starting
                raise ExificientUnavailable(f"could not start a Java VM for EXIficient: {exc}") from exc
            _started_with = jar
        elif _started_with is not None and _started_with.resolve() != jar.resolve():
            raise ExificientUnavailable(
                f"the JVM of this process already runs with {_started_with}; it cannot load {jar} as well"
            )
    try:
        jpype.JClass("com.siemens.ct.exi.grammars.GrammarFactory")
    except Exception as exc:
        raise ExificientUnavailable(f"EXIficient classes are not on the JVM's class path: {exc}") from exc
    return jpype


def _local_path(uri: str) -> Path | None:
    parts = urlsplit(uri)
    return Path(unquote(parts.path)) if parts.scheme == "file" else None


def _make_resolver(jpype: Any, schema_dir: Path, refused: list[str]) -> Any:
    """An XNI entity resolver that never reaches the network.

    DTDs (xmldsig-core-schema.xsd declares one at w3.org) resolve to an empty document; an import of
    xmldsig-core-schema.xsd that has no file beside its importer (the wheel's iso15118_20 folder) is
    served from ``schema_dir``; any other remote reference is refused.
    """
    input_source = jpype.JClass("org.apache.xerces.xni.parser.XMLInputSource")
    string_reader = jpype.JClass("java.io.StringReader")
    io_exception = jpype.JClass("java.io.IOException")
    xmldsig = xmldsig_file(schema_dir)
    override: Callable[[Callable[..., Any]], Callable[..., Any]] = jpype.JOverride

    @jpype.JImplements("org.apache.xerces.xni.parser.XMLEntityResolver")
    class OfflineResolver:
        @override
        def resolveEntity(self, rid: Any) -> Any:
            literal = str(rid.getLiteralSystemId() or "")
            expanded = str(rid.getExpandedSystemId() or "")
            if literal.endswith(".dtd") or rid.getPublicId() is not None:
                return input_source(rid.getPublicId(), rid.getLiteralSystemId(), rid.getBaseSystemId(),
                                    string_reader(""), None)
            if literal.rsplit("/", 1)[-1] == _XMLDSIG_FILE and xmldsig is not None:
                local = _local_path(expanded)
                if local is None or not local.is_file():
                    return input_source(None, xmldsig.as_uri(), None)
            if "://" in expanded and not expanded.startswith("file:"):
                refused.append(expanded)
                raise io_exception(f"refusing to fetch {expanded}: EXIficient runs offline")
            return None

    return OfflineResolver()


def compile_grammars(jpype: Any, schema_dir: Path, namespace: str) -> Any:
    """EXIficient ``Grammars`` for the top-level schema of ``namespace``."""
    return compile_grammars_file(jpype, schema_dir, schema_file(schema_dir, namespace))


def compile_grammars_file(jpype: Any, schema_dir: Path, path: Path) -> Any:
    """EXIficient ``Grammars`` for the schema document ``path`` (offline, as for the V2G schemas)."""
    factory = jpype.JClass("com.siemens.ct.exi.grammars.GrammarFactory").newInstance()
    refused: list[str] = []
    try:
        grammars = factory.createGrammars(str(path), _make_resolver(jpype, schema_dir, refused))
    except jpype.JException as exc:
        problem = f"refusing to fetch {', '.join(refused)}" if refused else str(exc)
        raise ExificientUnavailable(f"EXIficient could not compile grammars from {path}: {problem}") from exc
    if refused:  # Xerces may carry on without a document it could not read: the grammar is incomplete
        raise ExificientUnavailable(f"{path} imports remote schemas: refusing to fetch {', '.join(refused)}")
    return grammars
