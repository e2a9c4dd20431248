"""EXIficient backend: fragments (checked against a real signed frame), layouts, errors, recovery."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
from lxml import etree

from tests.exi.infoset import assert_same_infoset
from tests.exi.oracle import require_exificient
from v2gstack.exi import _exificient_jvm, namespaces
from v2gstack.exi.errors import ExiDecodeError, ExiEncodeError, ExiError
from v2gstack.exi.exificient import Exificient, ExificientUnavailable, is_xml11

DS = namespaces.XMLDSIG
CM = namespaces.ISO20_CM
SIGNED_VECTOR = "iso20-authorizationreq-josev-d459e1"


@pytest.fixture(scope="module")
def backend() -> Exificient:
    return require_exificient()


def _vector(vectors: list[dict[str, Any]], vector_id: str) -> dict[str, Any]:
    for vector in vectors:
        if vector["id"] == vector_id:
            return vector
    pytest.fail(f"vector {vector_id} is missing from exi_vectors.json")


@pytest.mark.exificient
def test_fragments_reproduce_a_real_signature(backend: Exificient, exi_vectors: list[dict[str, Any]]) -> None:
    # A PnC AuthorizationReq from a real session: its DigestValue is SHA-256 over the EXI fragment of the
    # signed element (CommonMessages grammar), its SignatureValue an ECDSA signature over the EXI
    # fragment of SignedInfo (xmldsig grammar) made with the contract certificate's key.
    root = etree.fromstring(_vector(exi_vectors, SIGNED_VECTOR)["exificient_xml"])
    signed = root.find(f"{{{CM}}}PnC_AReqAuthorizationMode")
    signed_info = root.find(f".//{{{DS}}}SignedInfo")
    assert signed is not None and signed_info is not None
    digest = base64.b64decode(root.findtext(f".//{{{DS}}}DigestValue") or "")
    fragment = backend.encode_xml_fragment(etree.tostring(signed).decode(), "cm")
    assert hashlib.sha256(fragment).digest() == digest

    certificate = x509.load_der_x509_certificate(
        base64.b64decode(root.findtext(f".//{{{CM}}}ContractCertificateChain/{{{CM}}}Certificate") or "")
    )
    raw = base64.b64decode(root.findtext(f".//{{{DS}}}SignatureValue") or "")
    signature = utils.encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    signed_info_xml = etree.tostring(signed_info).decode()
    exi_signed_info = backend.encode_xml_fragment(signed_info_xml, DS)
    public_key = certificate.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    public_key.verify(signature, exi_signed_info, ec.ECDSA(hashes.SHA256()))

    assert_same_infoset(backend.decode_xml_fragment(exi_signed_info, DS), signed_info_xml)
    assert backend.encode_xml(signed_info_xml, DS) != exi_signed_info  # a document is not a fragment


@pytest.mark.exificient
def test_schema_folder_in_shared_layout(shared_dir: Path, exi_vectors: list[dict[str, Any]]) -> None:
    require_exificient()
    other = Exificient(schema_dir=shared_dir / "xsd")
    wanted = {namespaces.SAP, namespaces.ISO20_DC}  # two grammars: compiling each takes seconds
    for vector in exi_vectors:
        if vector["exificient_xml"] is not None and vector["namespace"] in wanted:
            data = bytes.fromhex(vector["hex"])
            assert other.encode_xml(other.decode_xml(data, vector["namespace"]), vector["namespace"]) == data


@pytest.mark.exificient
def test_remote_schema_references_are_refused(tmp_path: Path) -> None:
    require_exificient()
    (tmp_path / "V2G_CI_AppProtocol.xsd").write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"'
        ' targetNamespace="urn:iso:15118:2:2010:AppProtocol">'
        '<xs:include schemaLocation="http://schemas.example.invalid/remote.xsd"/></xs:schema>'
    )
    with pytest.raises(ExificientUnavailable, match=r"refusing to fetch http://schemas\.example\.invalid"):
        Exificient(schema_dir=tmp_path).warm_up("sap")


@pytest.mark.exificient
def test_bad_input_raises_typed_errors_and_backend_recovers(
    backend: Exificient, exi_vectors: list[dict[str, Any]]
) -> None:
    vector = exi_vectors[0]
    with pytest.raises(ExiDecodeError, match="EXIficient could not decode"):
        backend.decode_xml(bytes.fromhex(vector["hex"])[:10], vector["namespace"])
    with pytest.raises(ExiDecodeError, match="no element"):
        backend.decode_xml(b"\x80\xff\xff\xff", "sap")
    with pytest.raises(ExiDecodeError, match="empty"):
        backend.decode_xml(b"", "sap")
    with pytest.raises(ExiDecodeError, match="bytes"):
        backend.decode_xml("80", "sap")  # type: ignore[arg-type]
    with pytest.raises(ExiDecodeError, match="unknown namespace 'nope'"):
        backend.decode_xml(b"\x80", "nope")
    with pytest.raises(ExiEncodeError, match="SAXParseException"):
        backend.encode_xml("<unclosed", "sap")
    with pytest.raises(ExiEncodeError, match="str"):
        backend.encode_xml(b"<a/>", "sap")  # type: ignore[arg-type]
    data = bytes.fromhex(vector["hex"])
    assert backend.encode_xml(backend.decode_xml(data, vector["namespace"]), vector["namespace"]) == data


@pytest.mark.exificient
def test_threads_share_one_backend(backend: Exificient, exi_vectors: list[dict[str, Any]]) -> None:
    cases = [v for v in exi_vectors if v["exificient_xml"] is not None][:24]
    failures: list[str] = []

    def work(part: list[dict[str, Any]]) -> None:
        for vector in part * 5:
            data = bytes.fromhex(vector["hex"])
            if backend.encode_xml(backend.decode_xml(data, vector["namespace"]), vector["namespace"]) != data:
                failures.append(vector["id"])

    threads = [threading.Thread(target=work, args=(cases[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_xml11_detection() -> None:
    assert is_xml11("<a>&#1;&#x1F;</a>")
    assert not is_xml11("<a>&#9;&#10;&#xD;&#65;&amp;</a>")


def test_missing_jar_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nowhere" / "EXICodec.jar"
    with pytest.raises(ExificientUnavailable, match=f"EXIficient jar {missing} does not exist"):
        Exificient(jar=missing)
    monkeypatch.setenv(_exificient_jvm.JAR_ENV, str(missing))
    with pytest.raises(ExificientUnavailable, match="V2GSTACK_EXIFICIENT_JAR"):
        Exificient()
    monkeypatch.delenv(_exificient_jvm.JAR_ENV)
    monkeypatch.setattr(_exificient_jvm, "_iso15118_shared_dir", lambda: None)
    with pytest.raises(ExificientUnavailable, match=r"pip install 'v2gstack\[exificient\]'"):
        Exificient()
    assert issubclass(ExificientUnavailable, ExiError)


def test_missing_schema_folder_is_reported(tmp_path: Path) -> None:
    jar = tmp_path / "EXICodec.jar"
    jar.write_bytes(b"")
    with pytest.raises(ExificientUnavailable, match=r"schema directory .* does not exist"):
        Exificient(jar=jar, schema_dir=tmp_path / "absent")
    with pytest.raises(ExificientUnavailable, match="no schema for urn:din:70121:2012:MsgDef"):
        _exificient_jvm.schema_file(tmp_path, namespaces.DIN)


_NO_JAVA = """
import sys
from pathlib import Path
from v2gstack.exi.exificient import Exificient, ExificientUnavailable
jar = Path(sys.argv[1])
if sys.argv[2] == "no-jpype":
    sys.modules["jpype"] = None
else:
    import jpype
    def refuse(*args, **kwargs):
        raise OSError("libjvm.so: cannot open shared object file")
    jpype.startJVM = refuse
try:
    Exificient(jar=jar, schema_dir=jar.parent).decode_xml(b"\\x80", "sap")
except ExificientUnavailable as exc:
    print(exc)
"""


@pytest.mark.parametrize(("mode", "message"), [
    ("no-jpype", "jpype is not installed"),
    ("no-jvm", "could not start a Java VM for EXIficient: libjvm.so"),
])
def test_no_java_is_reported(tmp_path: Path, mode: str, message: str) -> None:
    # In a fresh process: this one's JVM, once started, cannot be taken away.
    jar = tmp_path / "EXICodec.jar"
    jar.write_bytes(b"")
    done = subprocess.run([sys.executable, "-c", _NO_JAVA, str(jar), mode], capture_output=True, text=True,
                          timeout=60, check=False)
    assert message in done.stdout, done.stdout + done.stderr
