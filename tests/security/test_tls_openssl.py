"""Proof from outside: Debian's `openssl s_client` against our SECC server context on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.x509 import ocsp

from tests.conftest import require_tool
from tests.security.tls_harness import Listener, SClient, s_client, tls_listener
from v2gstack.security.errors import TLSConfigError
from v2gstack.security.pki import Issued, KeyProfile, generate_key, issue_certificate, make_name
from v2gstack.security.pki.issue import key_pem, pem, write_private
from v2gstack.security.tls import TLSProfile, server_context

PKIFixture = tuple[Path, dict[str, Issued]]
STRICT_SUITES = {"TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"}


@pytest.fixture(scope="module")
def openssl() -> str:
    return require_tool("openssl")


@pytest.fixture(scope="module")
def secc_521(pki_521: PKIFixture) -> Iterator[Listener]:
    with tls_listener(server_context(pki_521[0])) as listener:
        yield listener


@pytest.fixture(scope="module")
def secc_448(pki_448: PKIFixture) -> Iterator[Listener]:
    with tls_listener(server_context(pki_448[0])) as listener:
        yield listener


def vehicle_args(d: Path, leaf: str = "vehicle") -> list[str | Path]:
    return [
        "-cert",
        d / f"{leaf}.pem",
        "-key",
        d / f"{leaf}.key",
        "-cert_chain",
        d / f"{leaf}_chain.pem",
        "-CAfile",
        d / "v2g_root.pem",
        "-verify_return_error",
    ]


def _accepted(res: SClient, listener: Listener) -> None:
    outcome = listener.next_outcome()
    assert outcome.error is None, outcome.error
    assert res.returncode == 0, res.output
    assert "OK TLS_" in res.output  # the server's line, sent after the handshake
    assert res.field(r"^Verification: (\S+)") == "OK"


@pytest.mark.parametrize(
    ("groups", "temp_key", "group"),
    [("P-521", "ECDH, secp521r1, 521 bits", "secp521r1"), ("X448", "X448, 448 bits", "X448")],
)
def test_compliant_client_p521(
    openssl: str, pki_521: PKIFixture, secc_521: Listener, groups: str, temp_key: str, group: str
) -> None:
    res = s_client(openssl, secc_521.port, *vehicle_args(pki_521[0]), "-groups", groups)
    outcome = secc_521.outcomes.get(timeout=15)
    assert outcome.error is None, outcome.error
    assert res.returncode == 0 and "OK TLS_" in res.output, res.output
    assert res.cipher == "TLS_AES_256_GCM_SHA384"
    assert res.temp_key == temp_key
    assert res.peer_signature == "ECDSA+SHA512"
    assert "Server public key is 521 bit" in res.output
    assert outcome.negotiated is not None
    assert outcome.negotiated.group == group
    assert outcome.negotiated.cipher == "TLS_AES_256_GCM_SHA384"
    assert outcome.negotiated.peer_signature == "ecdsa_secp521r1_sha512"  # the vehicle's CertificateVerify
    assert outcome.negotiated.local_signature == "ecdsa_secp521r1_sha512"
    assert "WV2GSTACK00000001" in (outcome.peer_subject or "")


def test_compliant_client_ed448_chacha(openssl: str, pki_448: PKIFixture, secc_448: Listener) -> None:
    res = s_client(
        openssl,
        secc_448.port,
        *vehicle_args(pki_448[0]),
        "-groups",
        "X448",
        "-ciphersuites",
        "TLS_CHACHA20_POLY1305_SHA256",
    )
    outcome = secc_448.next_outcome()
    assert outcome.error is None, outcome.error
    assert res.returncode == 0 and "OK TLS_" in res.output, res.output
    assert res.cipher == "TLS_CHACHA20_POLY1305_SHA256"
    assert res.temp_key == "X448, 448 bits"
    assert res.peer_signature == "ed448"
    assert outcome.negotiated is not None
    assert outcome.negotiated.peer_signature == outcome.negotiated.local_signature == "ed448"


def test_default_client_is_steered_to_a_minus_20_group(
    openssl: str, pki_521: PKIFixture, secc_521: Listener
) -> None:
    """s_client's default key share is X25519: the server asks again (HelloRetryRequest)."""
    res = s_client(openssl, secc_521.port, *vehicle_args(pki_521[0]))
    _accepted(res, secc_521)
    assert res.cipher in STRICT_SUITES
    assert res.temp_key in {"X448, 448 bits", "ECDH, secp521r1, 521 bits"}


def test_certificate_request_names_the_roots(openssl: str, pki_521: PKIFixture, secc_521: Listener) -> None:
    res = s_client(openssl, secc_521.port, *vehicle_args(pki_521[0]))
    _accepted(res, secc_521)
    assert res.ca_names == [
        "CN = OEM Root CA, O = v2gstack test PKI, C = DE, DC = OEM",
        "CN = V2G Root CA, O = v2gstack test PKI, C = DE, DC = V2G",
    ]
    assert res.field(r"^Requested Signature Algorithms: (\S+)") == "ECDSA+SHA512:ed448"


def _expired_vehicle(tmp_path: Path, issued: dict[str, Issued]) -> Path:
    sub2 = issued["oem_sub_ca2"]
    key = generate_key(KeyProfile.SECP521R1)
    start = datetime.now(UTC) - timedelta(days=30)
    cert = issue_certificate(
        make_name("EXPIRED VEHICLE", "OEM"),
        key.public_key(),
        (sub2.certificate, sub2.key),
        is_ca=False,
        usage=("digital_signature",),
        not_before=start,
        not_after=start + timedelta(days=10),
    )
    (tmp_path / "vehicle.pem").write_bytes(pem(cert))
    chain = [cert, sub2.certificate, issued["oem_sub_ca1"].certificate]
    (tmp_path / "vehicle_chain.pem").write_bytes(b"".join(pem(c) for c in chain))
    write_private(tmp_path / "vehicle.key", key_pem(key))
    (tmp_path / "v2g_root.pem").write_bytes(pem(issued["v2g_root"].certificate))
    return tmp_path


REJECTIONS = {  # case: (extra s_client arguments, server-side error, alert s_client receives)
    "tls1_2": (["-tls1_2"], "unsupported protocol", "alert protocol version"),
    "aes128_only": (
        ["-ciphersuites", "TLS_AES_128_GCM_SHA256"],
        "no shared cipher",
        "alert handshake failure",
    ),
    "x25519_only": (["-groups", "X25519"], "no suitable key share", "alert handshake failure"),
    "no_client_certificate": ([], "peer did not return a certificate", "alert certificate required"),
    "unknown_root": (None, "unable to get local issuer certificate", "alert unknown ca"),
    "expired_certificate": (None, "certificate has expired", "alert certificate expired"),
}


@pytest.mark.parametrize("case", list(REJECTIONS))
def test_rejected(
    openssl: str, pki_521: PKIFixture, pki_other: PKIFixture, secc_521: Listener, tmp_path: Path, case: str
) -> None:
    args, server_error, client_alert = REJECTIONS[case]
    d = pki_521[0]
    if case == "no_client_certificate":
        argv: list[str | Path] = ["-CAfile", d / "v2g_root.pem"]
    elif case == "unknown_root":
        argv = [*vehicle_args(pki_other[0]), "-CAfile", d / "v2g_root.pem"]
    elif case == "expired_certificate":
        argv = vehicle_args(_expired_vehicle(tmp_path, pki_521[1]))
    else:
        argv = [*vehicle_args(d), *(args or [])]
    res = s_client(openssl, secc_521.port, *argv)
    outcome = secc_521.next_outcome()
    assert outcome.negotiated is None, f"{case} was accepted: {outcome}"
    assert outcome.error is not None and server_error in outcome.error.lower(), outcome.error
    assert "OK TLS_" not in res.output
    assert res.returncode != 0 and client_alert in res.output, res.output


def _ocsp_response(issued: dict[str, Issued]) -> bytes:
    secc, sub2 = issued["secc"].certificate, issued["cpo_sub_ca2"]
    now = datetime.now(UTC)
    builder = (
        ocsp.OCSPResponseBuilder()
        .add_response(
            cert=secc,
            issuer=sub2.certificate,
            algorithm=hashes.SHA256(),
            cert_status=ocsp.OCSPCertStatus.GOOD,
            this_update=now - timedelta(minutes=1),
            next_update=now + timedelta(days=1),
            revocation_time=None,
            revocation_reason=None,
        )
        .responder_id(ocsp.OCSPResponderEncoding.HASH, sub2.certificate)
    )
    from cryptography.hazmat.primitives.serialization import Encoding

    return builder.sign(sub2.key, hashes.SHA512()).public_bytes(Encoding.DER)


def test_ocsp_stapling(openssl: str, pki_521: PKIFixture, secc_521: Listener) -> None:
    d, issued = pki_521
    ctx = server_context(d, ocsp_response=_ocsp_response(issued))
    with tls_listener(ctx) as listener:
        res = s_client(openssl, listener.port, *vehicle_args(d), "-status")
        _accepted(res, listener)
    assert "OCSP Response Status: successful" in res.output
    assert "Cert Status: good" in res.output
    serial = format(issued["secc"].certificate.serial_number, "X")
    assert serial in res.output.replace(":", "")
    # Without a configured response, nothing is stapled.
    plain = s_client(openssl, secc_521.port, *vehicle_args(d), "-status")
    _accepted(plain, secc_521)
    assert "OCSP response: no response sent" in plain.output


def test_ocsp_response_must_parse(pki_521: PKIFixture) -> None:
    with pytest.raises(TLSConfigError, match="not a DER OCSP response"):
        server_context(pki_521[0], ocsp_response=b"\x30\x03garbage")


def test_compat_profile_accepts_p256_x25519_aes128(openssl: str, pki_256: PKIFixture) -> None:
    """What the strict SECC rejects (see test_rejected) the opt-in compatibility profile accepts."""
    d = pki_256[0]
    with tls_listener(server_context(d, profile=TLSProfile.COMPAT)) as listener:
        res = s_client(openssl, listener.port, *vehicle_args(d), "-groups", "X25519",
                       "-ciphersuites", "TLS_AES_128_GCM_SHA256")  # fmt: skip
        _accepted(res, listener)
    assert res.cipher == "TLS_AES_128_GCM_SHA256"
    assert res.temp_key == "X25519, 253 bits"
    assert res.peer_signature == "ECDSA+SHA256"


def test_strict_profile_rejects_p256_vehicle(openssl: str, pki_521: PKIFixture, pki_256: PKIFixture) -> None:
    d521, d256 = pki_521[0], pki_256[0]
    ctx = server_context(d521, client_roots=[d256 / "oem_root.pem"])
    with tls_listener(ctx) as listener:
        res = s_client(openssl, listener.port, *vehicle_args(d256), "-CAfile", d521 / "v2g_root.pem")
        outcome = listener.next_outcome()
    assert outcome.negotiated is None and "OK TLS_" not in res.output
    # Its key cannot produce any scheme the CertificateRequest allows, so no certificate is sent.
    assert outcome.error is not None and "peer did not return a certificate" in outcome.error.lower()
