"""SignedInstallationData and CertificateInstallationReq/Res: building, both sides' checks, hostile input.

Hostile input is walked exhaustively: every field (and list item) of a valid request, response or
SignedInstallationData replaced by nothing, an EXI deviation wrapper, another type, an oversized list or
a huge value. Only InstallationError may come out, and an edit may pass only where the signature does
not reach (header SessionID/TimeStamp, ResponseCode and the like).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.security.conftest import NOW
from tests.security.installation_helpers import (
    EV_EC,
    EV_X448,
    NS,
    PCID,
    SECP521,
    SESSION,
    X448,
    FieldPath,
    contract,
    ev_key,
    hostile_edits,
    hostile_values,
    only_typed,
    raw_key,
    refused,
    request,
)
from v2gstack import exi
from v2gstack.exi.generated import iso20_cm, iso20_ct
from v2gstack.exi.testing import messages
from v2gstack.security import contract_key as ck
from v2gstack.security import installation as inst
from v2gstack.security.cps import CertificateProvisioningService, CPSAnswer
from v2gstack.security.errors import (
    ChainFailure,
    ChainValidationError,
    InstallationError,
    InstallationFailure,
)
from v2gstack.security.pki import Issued, validate_chain

PKIFixture = tuple[Path, dict[str, Issued]]


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


@pytest.fixture(scope="module")
def answer(pki_521: PKIFixture) -> CPSAnswer:
    """One CPS answer for the PKI's own OEM provisioning certificate (its key does the ECDH)."""
    return CertificateProvisioningService(pki_521[1], clock=lambda: NOW).answer(request(pki_521[1]))


# --- SignedInstallationData -----------------------------------------------------------------------------


@pytest.mark.parametrize(("fixture", "curve"), [("pki_521", SECP521), ("pki_448", X448)], ids=["521", "448"])
def test_installation_data_round_trip(request: pytest.FixtureRequest, fixture: str, curve: Any) -> None:
    issued = request.getfixturevalue(fixture)[1]
    ev = ev_key(curve)
    chain, key = contract(issued, curve)
    data = inst.build_installation_data(chain, key, ev.public_key(), pcid=PCID)
    assert data.ecdh_curve is curve
    assert (data.secp521_encrypted_private_key is None) == (curve is X448)
    assert data.tpm_encrypted_private_key is None
    # through the EXI codec as the fragment the CPS signs
    decoded = exi.decode_fragment(exi.encode_fragment(data, inst.SIGNED_INSTALLATION_DATA), NS)
    opened = inst.open_installation_data(decoded, ev, pcid=PCID)
    assert opened.chain == chain
    assert raw_key(opened.private_key) == raw_key(key)
    chain_, key_ = opened  # a plain (chain, key) tuple too
    assert chain_ is opened.chain and key_ is opened.private_key


def test_aad_binds_pcid_and_contract_certificate(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    chain, key = contract(issued, SECP521)
    data = inst.build_installation_data(chain, key, EV_EC.public_key(), pcid=PCID)
    refused(
        InstallationFailure.DECRYPTION,
        lambda: inst.open_installation_data(data, EV_EC, pcid="WV2GSTACK00000002"),
    )
    # another contract certificate (another SKI) in place of the real one
    other_chain, _ = contract(issued, SECP521)
    swapped = replace(
        data,
        contract_certificate_chain=iso20_cm.ContractCertificateChain(
            certificate=_der(other_chain[0]),
            sub_certificates=data.contract_certificate_chain.sub_certificates,
        ),
    )
    refused(InstallationFailure.DECRYPTION, lambda: inst.open_installation_data(swapped, EV_EC, pcid=PCID))


def test_installation_data_shape_errors(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    chain, key = contract(issued, SECP521)
    data = inst.build_installation_data(chain, key, EV_EC.public_key(), pcid=PCID)
    enc = data.secp521_encrypted_private_key
    chain_el = data.contract_certificate_chain
    four_subs = iso20_cm.SubCertificates(certificate=[_der(c) for c in chain[1:]] * 2)
    cases = {
        InstallationFailure.MALFORMED: [
            replace(data, secp521_encrypted_private_key=None),
            replace(data, x448_encrypted_private_key=bytes(84)),
            replace(data, contract_certificate_chain=replace(chain_el, certificate=b"\x30\x00")),
            replace(data, contract_certificate_chain=replace(chain_el, sub_certificates=four_subs)),
            replace(
                data,
                contract_certificate_chain=replace(
                    chain_el, sub_certificates=iso20_cm.SubCertificates(certificate=[])
                ),
            ),
        ],
        InstallationFailure.UNSUPPORTED: [
            replace(data, secp521_encrypted_private_key=None, tpm_encrypted_private_key=bytes(206))
        ],
        InstallationFailure.CURVE_MISMATCH: [
            replace(data, secp521_encrypted_private_key=None, x448_encrypted_private_key=enc)
        ],
    }
    for reason, variants in cases.items():
        for variant in variants:
            refused(reason, lambda: inst.open_installation_data(variant, EV_EC, pcid=PCID))  # noqa: B023
    # build: the key must be the contract certificate's, 1..3 Sub-CAs
    stranger = ck.generate_contract_key(SECP521)
    refused(
        InstallationFailure.INVALID_KEY,
        lambda: inst.build_installation_data(chain, stranger, EV_EC.public_key(), pcid=PCID),
    )
    for bad_chain in (chain[:1], [chain[0], *chain[1:] * 2], []):
        refused(
            InstallationFailure.MALFORMED,
            lambda: inst.build_installation_data(bad_chain, key, EV_EC.public_key(), pcid=PCID),  # noqa: B023
        )


def test_key_must_belong_to_the_contract_certificate(pki_521: PKIFixture) -> None:
    """[V2G20-2507]: a key that decrypts but is not the certificate's is refused."""
    chain, key = contract(pki_521[1], SECP521)
    stranger = ck.generate_contract_key(SECP521)
    sealed = ck.encrypt_private_key(stranger, EV_EC.public_key(), aad=ck.installation_aad(PCID, chain[0]))
    data = inst.build_installation_data(chain, key, EV_EC.public_key(), pcid=PCID)
    forged = replace(data, dh_public_key=sealed.dh_public_key, secp521_encrypted_private_key=sealed.encrypted)
    refused(InstallationFailure.INVALID_KEY, lambda: inst.open_installation_data(forged, EV_EC, pcid=PCID))


def test_cbv2g_vector_is_no_evidence_and_is_refused(exi_vectors: list[dict[str, Any]]) -> None:
    """The only public -20 CertificateInstallationRes vector (cbV2G via WWCP) has 2-byte placeholders.

    It comes without keys and its DHPublicKey / SECP521_EncryptedPrivateKey violate the schema's
    lengths (cbV2G does not enforce them), so it proves nothing about sizes; opening it must fail
    with a typed error.
    """
    vector = next(v for v in exi_vectors if v["id"] == "iso20-certificateinstallationres-wwcp-cbv2g-04c002")
    res = exi.decode(bytes.fromhex(vector["hex"]), NS)
    data = res.signed_installation_data
    assert (len(data.dh_public_key), len(data.secp521_encrypted_private_key or b"")) == (2, 2)
    refused(InstallationFailure.MALFORMED, lambda: inst.open_installation_data(data, EV_EC, pcid=PCID))
    refused(
        InstallationFailure.MALFORMED,
        lambda: ck.decrypt_private_key(
            data.secp521_encrypted_private_key or b"", data.dh_public_key, EV_EC, data.ecdh_curve, aad=b""
        ),
    )


# --- certificates a peer sends ----------------------------------------------------------------------------


def _with_bad_ski(cert: x509.Certificate) -> bytes:
    """``cert`` whose SKI extension value is a SEQUENCE instead of an OCTET STRING.

    The outer DER still parses; cryptography only notices when the extensions are read.
    """
    raw = bytearray(_der(cert))
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    index = raw.find(ski)
    assert raw[index - 2] == 0x04  # the inner OCTET STRING's tag
    raw[index - 2] = 0x30
    data = bytes(raw)
    with pytest.raises(ValueError):
        _ = x509.load_der_x509_certificate(data).extensions
    return data


def _patched(cert: x509.Certificate, marker: str, offset: int, value: int) -> bytes:
    """``cert``'s DER with the byte ``offset`` after the first ``marker`` (hex) set to ``value``."""
    raw = bytearray(_der(cert))
    index = raw.find(bytes.fromhex(marker))
    assert index >= 0
    raw[index + offset] = value
    return bytes(raw)


def test_load_certificate_bounds_and_lazy_parts(pki_521: PKIFixture) -> None:
    """What cryptography 44 raises for a malformed certificate is not always a ValueError."""
    prov = pki_521[1]["oem_prov"].certificate
    assert inst.load_certificate(_der(prov), "x") == prov
    version_10 = _patched(prov, "a003020102", 4, 0x0A)  # [0] EXPLICIT INTEGER 2 -> 10
    with pytest.raises(x509.InvalidVersion):  # an Exception, not a ValueError
        x509.load_der_x509_certificate(version_10)
    tag_13 = _patched(prov, "0603550403", 5, 0x0D)  # the issuer CN's UTF8String tag -> 13
    with pytest.raises(KeyError):
        x509.load_der_x509_certificate(tag_13).issuer.rfc4514_string()
    bad = [
        _with_bad_ski(prov),
        version_10,
        tag_13,
        b"",
        _der(prov) + bytes(2000),
        b"\x30" * 1601,
        "MIIB",
        None,
        bytearray(10),
    ]
    for value in bad:
        refused(InstallationFailure.MALFORMED, lambda: inst.load_certificate(value, "x"))  # noqa: B023


def test_certificate_der_refuses_what_the_schema_cannot_carry(pki_521: PKIFixture) -> None:
    key = ec.generate_private_key(ec.SECP521R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "big")])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(NOW)
        .not_valid_after(NOW)
        .add_extension(x509.UnrecognizedExtension(x509.ObjectIdentifier("1.2.3.4"), bytes(1600)), False)
    )
    big = builder.sign(key, hashes.SHA512())
    refused(InstallationFailure.MALFORMED, lambda: inst.certificate_der(big))


# --- the request (CPS side) ---------------------------------------------------------------------------


def test_verify_installation_request(pki_521: PKIFixture, pki_other: PKIFixture) -> None:
    issued, other = pki_521[1], pki_other[1]
    oem_roots = [issued["oem_root"].certificate]
    good = request(issued, prioritized_emaids=["DEV2GABC000001"])
    checked = inst.verify_installation_request(good, oem_roots, NOW)
    assert checked.provisioning_certificate == issued["oem_prov"].certificate
    assert checked.emaids == ("DEV2GABC000001",)
    assert [e.x509_serial_number for e in checked.root_certificate_ids] == [
        issued["v2g_root"].certificate.serial_number
    ]
    unsigned = replace(good, header=replace(good.header, signature=None))
    refused(
        InstallationFailure.REQUEST_SIGNATURE,
        lambda: inst.verify_installation_request(unsigned, oem_roots, NOW),
    )
    assert inst.verify_installation_request(unsigned, oem_roots, NOW, require_signature=False)
    forged = inst.sign_installation_request(good.oem_provisioning_certificate_chain, other["oem_prov"].key)
    with_forged = replace(good, header=replace(good.header, signature=forged))
    refused(
        InstallationFailure.REQUEST_SIGNATURE,
        lambda: inst.verify_installation_request(with_forged, oem_roots, NOW),
    )
    err = refused(
        InstallationFailure.PROVISIONING_CHAIN,
        lambda: inst.verify_installation_request(request(other), oem_roots, NOW),
    )
    assert (
        isinstance(err.__cause__, ChainValidationError) and err.__cause__.reason is ChainFailure.UNKNOWN_ROOT
    )
    chain_el = good.oem_provisioning_certificate_chain
    lazy = replace(
        good,
        oem_provisioning_certificate_chain=replace(
            chain_el, certificate=_with_bad_ski(issued["oem_prov"].certificate)
        ),
    )
    refused(InstallationFailure.MALFORMED, lambda: inst.verify_installation_request(lazy, oem_roots, NOW))


def test_build_installation_request_bounds(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    chain = [issued[n].certificate for n in ("oem_prov", "oem_sub_ca2", "oem_sub_ca1")]
    key, root = issued["oem_prov"].key, issued["v2g_root"].certificate

    def build(chain: list[Any], roots: list[Any], emaids: list[str]) -> object:
        return inst.build_installation_request(
            chain, key, roots, session_id=SESSION, time_stamp=1, prioritized_emaids=emaids
        )

    for args in (
        ([], [root], []),
        (chain * 2, [root], []),
        (chain, [], []),
        (chain, [root] * 21, []),
        (chain, [root], ["E"] * 9),
    ):
        refused(InstallationFailure.MALFORMED, lambda: build(*args))  # noqa: B023
    assert build(chain, [root] * 20, ["E"] * 8)


# --- the response (EV side) -------------------------------------------------------------------------


def _v2g_roots(issued: dict[str, Issued]) -> list[x509.Certificate]:
    return [issued["v2g_root"].certificate]


def _ev(issued: dict[str, Issued]) -> ec.EllipticCurvePrivateKey:
    """The EV's key agreement key in a secp521r1 PKI: its OEM provisioning key."""
    key = issued["oem_prov"].key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key


def test_verify_and_open_response(pki_521: PKIFixture, answer: CPSAnswer) -> None:
    issued = pki_521[1]
    res = answer.response(SESSION, 2)
    opened = inst.open_installation_response(res, _v2g_roots(issued), _ev(issued), pcid=PCID, now=NOW)
    path = validate_chain(opened.chain[0], opened.chain[1:], [issued["mo_root"].certificate], NOW)
    assert len(path) == 4 and opened.chain[0].public_key() == opened.private_key.public_key()


def test_ev_refuses_tampered_or_foreign_answers(
    pki_521: PKIFixture, pki_other: PKIFixture, answer: CPSAnswer
) -> None:
    issued, other = pki_521[1], pki_other[1]
    roots = _v2g_roots(issued)
    res = answer.response(SESSION, 2)
    inst.verify_installation_response(res, roots, NOW)
    data = res.signed_installation_data
    flipped = bytearray(data.dh_public_key)
    flipped[-1] ^= 1
    variants = [
        replace(res, signed_installation_data=replace(data, dh_public_key=bytes(flipped))),
        replace(res, header=replace(res.header, signature=None)),
    ]
    for variant in variants:
        refused(InstallationFailure.SIGNATURE, lambda: inst.verify_installation_response(variant, roots, NOW))  # noqa: B023
    foreign = _v2g_roots(other)
    refused(InstallationFailure.SIGNATURE, lambda: inst.verify_installation_response(res, foreign, NOW))
    ev = _ev(issued)
    refused(
        InstallationFailure.SIGNATURE,
        lambda: inst.open_installation_response(variants[0], roots, ev, pcid=PCID, now=NOW),
    )


def test_only_a_cps_may_sign_installation_data(pki_521: PKIFixture, answer: CPSAnswer) -> None:
    """The charger's own SECC leaf chains to the same V2G root, but is no CPS: its signature is refused.

    Without the role check a charger could install a contract and key of its choosing in the EV
    (which need not verify the contract chain, 7.9.2.5).
    """
    issued = pki_521[1]
    data = answer.signed_installation_data
    secc_chain = iso20_cm.CertificateChain(
        certificate=_der(issued["secc"].certificate),
        sub_certificates=iso20_cm.SubCertificates(
            certificate=[_der(issued[n].certificate) for n in ("cpo_sub_ca2", "cpo_sub_ca1")]
        ),
    )
    by_secc = CPSAnswer(secc_chain, data, inst.sign_installation_data(data, issued["secc"].key), 0)
    res = by_secc.response(SESSION, 2)
    err = refused(
        InstallationFailure.SIGNATURE, lambda: inst.verify_installation_response(res, _v2g_roots(issued), NOW)
    )
    assert "not a CPS" in str(err) and "DC=CPO" in str(err)
    # a PKI without the -2 style DC can switch the role check off
    inst.verify_installation_response(res, _v2g_roots(issued), NOW, cps_domain=None)


# --- hostile edits: nothing but InstallationError, and nothing signed may change ---------------------


def _each_malformed(values: list[Any], call: Callable[[Any], object]) -> None:
    """``call(value)`` is refused as MALFORMED for each of ``values`` (a whole message replaced)."""
    for value in values:
        refused(InstallationFailure.MALFORMED, functools.partial(call, value))


def _unsigned(path: FieldPath, signed: tuple[str, ...]) -> bool:
    """Whether ``path`` is outside what the signature (and its signer's chain) covers.

    The Signature's own Id is outside SignedInfo and allowed ([V2G20-771] bans only the Ids of
    SignedInfo and SignatureValue); the verifier ignores it.
    """
    if path[:2] == ("header", "signature"):
        return path == ("header", "signature", "id")
    return path[0] not in signed


def test_hostile_edits_of_a_response(pki_521: PKIFixture, answer: CPSAnswer) -> None:
    issued = pki_521[1]
    roots, ev = _v2g_roots(issued), _ev(issued)
    signed = ("cps_certificate_chain", "signed_installation_data")
    res = answer.response(SESSION, 2)
    _each_malformed(
        hostile_values(res),
        lambda whole: inst.open_installation_response(whole, roots, ev, pcid=PCID, now=NOW),
    )
    passed = 0
    for path, edited in hostile_edits(res, skip=lambda p: p[:2] == ("header", "signature")):
        if only_typed(lambda: inst.open_installation_response(edited, roots, ev, pcid=PCID, now=NOW)):  # noqa: B023
            assert _unsigned(path, signed), f"an edit of {path} passed"
            passed += 1
    assert passed > 10  # the header's SessionID etc. are not signed


def test_hostile_edits_of_a_request(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    oem_roots = [issued["oem_root"].certificate]
    good = request(issued, prioritized_emaids=["DEV2GABC000001"])
    _each_malformed(
        hostile_values(good), lambda whole: inst.verify_installation_request(whole, oem_roots, NOW)
    )
    passed = 0
    for path, edited in hostile_edits(good, skip=lambda p: p[:2] == ("header", "signature") and len(p) > 4):
        if only_typed(lambda: inst.verify_installation_request(edited, oem_roots, NOW)):  # noqa: B023
            assert _unsigned(path, ("oem_provisioning_certificate_chain",)), f"an edit of {path} passed"
            passed += 1
    assert passed > 10


def test_hostile_edits_of_installation_data(pki_521: PKIFixture) -> None:
    chain, key = contract(pki_521[1], SECP521)
    data = inst.build_installation_data(chain, key, EV_EC.public_key(), pcid=PCID)
    _each_malformed(hostile_values(data), lambda whole: inst.open_installation_data(whole, EV_EC, pcid=PCID))
    for path, edited in hostile_edits(data):
        if only_typed(lambda: inst.open_installation_data(edited, EV_EC, pcid=PCID)):  # noqa: B023
            # not read by the EV (Id), or None where it was None already
            assert path == ("id",), path  # the Id is for the signature's Reference, not read by the EV


# --- fuzzing ------------------------------------------------------------------------------------------

_EV_KEYS: list[ck.AgreementPrivateKey] = [EV_EC, EV_X448]


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_fuzz_open_schema_valid_data(data: st.DataObject) -> None:
    """Any SignedInstallationData the schema admits (from the schema model)."""
    sid = data.draw(messages(NS, "SignedInstallationData"))
    ev = data.draw(st.sampled_from(_EV_KEYS))
    assert not only_typed(lambda: inst.open_installation_data(sid, ev, pcid=PCID))


@pytest.fixture(scope="module")
def valid_data(pki_521: PKIFixture) -> iso20_cm.SignedInstallationData:
    chain, key = contract(pki_521[1], SECP521)
    return inst.build_installation_data(chain, key, EV_EC.public_key(), pcid=PCID)


@settings(max_examples=150, deadline=None)
@given(
    field=st.sampled_from(["dh_public_key", "secp521_encrypted_private_key", "certificate"]),
    position=st.integers(min_value=0, max_value=2000),
    bit=st.integers(min_value=0, max_value=7),
    truncate=st.booleans(),
)
def test_fuzz_mutated_valid_data(
    valid_data: iso20_cm.SignedInstallationData, field: str, position: int, bit: int, truncate: bool
) -> None:
    """Bit flips and truncations of a real SignedInstallationData: refused with a typed error."""
    valid = valid_data  # module-scoped: built once, never mutated
    chain_el = valid.contract_certificate_chain
    original = chain_el.certificate if field == "certificate" else getattr(valid, field)
    raw = bytearray(original)
    index = position % len(raw)
    if truncate:
        del raw[index:]
    else:
        raw[index] ^= 1 << bit
    if field == "certificate":
        mutated = replace(valid, contract_certificate_chain=replace(chain_el, certificate=bytes(raw)))
    elif field == "dh_public_key":
        mutated = replace(valid, dh_public_key=bytes(raw))
    else:
        mutated = replace(valid, secp521_encrypted_private_key=bytes(raw))
    if only_typed(lambda: inst.open_installation_data(mutated, EV_EC, pcid=PCID)):
        # only a change the DER parser ignores or that leaves the certificate's SKI and key intact
        assert field == "certificate"


@settings(max_examples=150, deadline=None)
@given(
    slot=st.sampled_from(["request leaf", "request Sub-CA", "CPS leaf", "CPS Sub-CA"]),
    flips=st.lists(st.tuples(st.integers(0, 1599), st.integers(0, 7)), min_size=1, max_size=3),
)
def test_fuzz_mutated_certificates_in_messages(
    pki_521: PKIFixture, answer: CPSAnswer, slot: str, flips: list[tuple[int, int]]
) -> None:
    """Bit flips in the certificates of a request (CPS side) and of a response (EV side).

    cryptography raises ValueError, KeyError, TypeError, InvalidVersion, DuplicateExtension or
    InternalError for such certificates, depending on the part that breaks: all become MALFORMED or
    a chain/signature refusal, and nothing of it passes.
    """
    issued = pki_521[1]

    def flipped(der: bytes) -> bytes:
        raw = bytearray(der)
        for position, bit in flips:
            raw[position % len(raw)] ^= 1 << bit
        assume(raw != der)  # flips that cancel out are no edit
        return bytes(raw)

    if slot.startswith("request"):
        good = request(issued)
        chain_el = good.oem_provisioning_certificate_chain
        if slot == "request leaf":
            chain_el = replace(chain_el, certificate=flipped(chain_el.certificate))
        else:
            assert chain_el.sub_certificates is not None
            first, *rest = chain_el.sub_certificates.certificate
            subs = iso20_cm.SubCertificates(certificate=[flipped(first), *rest])
            chain_el = replace(chain_el, sub_certificates=subs)
        edited = replace(good, oem_provisioning_certificate_chain=chain_el)
        roots = [issued["oem_root"].certificate]
        passed = only_typed(lambda: inst.verify_installation_request(edited, roots, NOW))
    else:
        res = answer.response(SESSION, 2)
        cps_el = res.cps_certificate_chain
        if slot == "CPS leaf":
            cps_el = replace(cps_el, certificate=flipped(cps_el.certificate))
        else:
            assert cps_el.sub_certificates is not None
            first, *rest = cps_el.sub_certificates.certificate
            subs = iso20_cm.SubCertificates(certificate=[flipped(first), *rest])
            cps_el = replace(cps_el, sub_certificates=subs)
        changed = replace(res, cps_certificate_chain=cps_el)
        roots, ev = _v2g_roots(issued), _ev(issued)
        passed = only_typed(lambda: inst.open_installation_response(changed, roots, ev, pcid=PCID, now=NOW))
    # every byte of a request certificate is under the EV's signature; every byte of a CPS
    # certificate under its issuer's signature (or, for the signature itself, the issuer's key)
    assert not passed, (slot, flips)


def test_response_code_mapping() -> None:
    """Our mapping (-20 leaves the SA interface out of scope): the chain's reason picks the warning."""

    def chain_error(reason: ChainFailure) -> InstallationError:
        err = InstallationError(InstallationFailure.PROVISIONING_CHAIN, "x")
        err.__cause__ = ChainValidationError(reason, "s", "d")
        return err

    code = iso20_ct.responseCode
    assert inst.response_code_for(chain_error(ChainFailure.EXPIRED)) is code.WARNING_CertificateExpired
    assert (
        inst.response_code_for(chain_error(ChainFailure.NOT_YET_VALID)) is code.WARNING_CertificateNotYetValid
    )
    assert (
        inst.response_code_for(chain_error(ChainFailure.ALGORITHM)) is code.WARNING_CertificateValidationError
    )
    for reason, expected in (
        (InstallationFailure.REQUEST_SIGNATURE, code.FAILED_SignatureError),
        (InstallationFailure.NO_MATCHING_ROOT, code.WARNING_NoCertificateAvailable),
        (InstallationFailure.UNSUPPORTED, code.WARNING_NoCertificateAvailable),
        (InstallationFailure.MALFORMED, code.FAILED),
    ):
        assert inst.response_code_for(InstallationError(reason, "x")) is expected


def test_request_survives_the_exi_codec(pki_521: PKIFixture) -> None:
    """RootCertificateID serials of 159 bits (23 EXI octets) decode; the CPS answers the decoded request."""
    issued = pki_521[1]
    decoded = exi.decode(exi.encode(request(issued)), NS)
    assert CertificateProvisioningService(issued, clock=lambda: NOW).answer(decoded)
