"""The certificate provisioning service simulator end to end: request -> CPS -> EXI -> EV.

The EV side runs what an EVCC runs on a CertificateInstallationRes (through the EXI codec, CPS chain and
signature, decryption) and the contract chain is then validated to the MO root independently.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import NOW
from tests.security.installation_helpers import (
    EV_X448,
    NS,
    PCID,
    SECP521,
    SESSION,
    X448,
    hostile_edits,
    only_typed,
    refused,
    reissue_with_alt_key,
    request,
)
from v2gstack import exi
from v2gstack.exi.generated import iso20_cm, iso20_ct
from v2gstack.exi.testing import messages
from v2gstack.security import installation as inst
from v2gstack.security.cps import CertificateProvisioningService, CPSAnswer, load_cps_credentials
from v2gstack.security.errors import InstallationError, InstallationFailure, PKIError
from v2gstack.security.pki import Issued, validate_chain

PKIFixture = tuple[Path, dict[str, Issued]]
MO_CHAIN = ("mo_sub_ca2", "mo_sub_ca1", "mo_root")


def _cps(issued: dict[str, Issued], **kwargs: Any) -> CertificateProvisioningService:
    return CertificateProvisioningService(issued, clock=lambda: NOW, **kwargs)


def _ev_side(answer: CPSAnswer, issued: dict[str, Issued], ev_key: Any) -> inst.OpenedInstallation:
    """What an EVCC does with the answer: whole message through EXI, then verify and open."""
    res = exi.decode(exi.encode(answer.response(SESSION, 2)), NS)
    assert isinstance(res, iso20_cm.CertificateInstallationRes)
    assert res.response_code is iso20_ct.responseCode.OK
    return inst.open_installation_response(res, [issued["v2g_root"].certificate], ev_key, pcid=PCID, now=NOW)


def _validates_to_mo_root(opened: inst.OpenedInstallation, issued: dict[str, Issued]) -> None:
    path = validate_chain(opened.chain[0], opened.chain[1:], [issued["mo_root"].certificate], NOW)
    assert [c.subject for c in path[1:]] == [issued[n].certificate.subject for n in MO_CHAIN]
    assert opened.chain[0].public_key() == opened.private_key.public_key()


def _cn(cert: x509.Certificate) -> str:
    return str(cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value)


def test_cps_secp521(pki_521: PKIFixture) -> None:
    directory, issued = pki_521
    for cps in (_cps(issued), CertificateProvisioningService(directory, clock=lambda: NOW)):
        answer = cps.answer(request(issued, prioritized_emaids=["DEV2GABC000001", "DEV2GABC000002"]))
        assert answer.remaining_contract_certificate_chains == 0
        assert answer.signed_installation_data.ecdh_curve is SECP521
        ev_key = issued["oem_prov"].key
        assert isinstance(ev_key, ec.EllipticCurvePrivateKey)  # the provisioning key does the ECDH
        opened = _ev_side(answer, issued, ev_key)
        assert isinstance(opened.private_key, ec.EllipticCurvePrivateKey)
        _validates_to_mo_root(opened, issued)
        assert _cn(opened.chain[0]) == "DEV2GABC000001"  # the EV's first prioritized EMAID


def test_cps_ed448_with_x448_alternate_key(pki_448: PKIFixture) -> None:
    """Ed448 provisioning certificate: the CPS encrypts to the EV's separate X448 key [V2G20-2534]."""
    issued = pki_448[1]
    prov = reissue_with_alt_key(issued, EV_X448.public_key())
    cps = _cps(issued)
    answer = cps.answer(request(issued, prov=prov))
    assert answer.signed_installation_data.ecdh_curve is X448
    assert answer.signed_installation_data.x448_encrypted_private_key is not None
    opened = _ev_side(answer, issued, EV_X448)
    assert isinstance(opened.private_key, ed448.Ed448PrivateKey)
    _validates_to_mo_root(opened, issued)
    assert _cn(opened.chain[0]) == cps.emaid
    # without the extension: the CPS's PCID -> X448 table
    table = _cps(issued, x448_keys={PCID: EV_X448.public_key()})
    _validates_to_mo_root(_ev_side(table.answer(request(issued)), issued, EV_X448), issued)
    refused(InstallationFailure.UNSUPPORTED, lambda: cps.answer(request(issued)))


def test_cps_refusals_and_response_codes(pki_521: PKIFixture, pki_other: PKIFixture) -> None:
    issued, other = pki_521[1], pki_other[1]
    cps = _cps(issued)
    good = request(issued)
    code = iso20_ct.responseCode

    unsigned = replace(good, header=replace(good.header, signature=None))
    err = refused(InstallationFailure.REQUEST_SIGNATURE, lambda: cps.answer(unsigned))
    assert inst.response_code_for(err) is code.FAILED_SignatureError
    assert _cps(issued, require_request_signature=False).answer(unsigned).signed_installation_data
    # a provisioning chain of an unknown OEM
    err = refused(InstallationFailure.PROVISIONING_CHAIN, lambda: cps.answer(request(other)))
    assert inst.response_code_for(err) is code.WARNING_CertificateValidationError
    # expired by the CPS's clock
    late = CertificateProvisioningService(issued, clock=lambda: NOW + timedelta(days=20 * 365))
    err = refused(InstallationFailure.PROVISIONING_CHAIN, lambda: late.answer(good))
    assert inst.response_code_for(err) is code.WARNING_CertificateExpired
    # the EV does not trust this CPS's V2G root
    foreign = iso20_ct.ListOfRootCertificateIDs(
        root_certificate_id=[inst.root_certificate_id(other["v2g_root"].certificate)]
    )
    err = refused(
        InstallationFailure.NO_MATCHING_ROOT,
        lambda: cps.answer(replace(good, list_of_root_certificate_i_ds=foreign)),
    )
    assert inst.response_code_for(err) is code.WARNING_NoCertificateAvailable
    # garbage instead of the provisioning certificate
    chain_el = replace(good.oem_provisioning_certificate_chain, certificate=b"\x01")
    junk = replace(good, oem_provisioning_certificate_chain=chain_el)
    assert (
        inst.response_code_for(refused(InstallationFailure.MALFORMED, lambda: cps.answer(junk)))
        is code.FAILED
    )


def test_emaid_choice(pki_521: PKIFixture) -> None:
    """The first well-formed PrioritizedEMAID becomes the CN; what a CN cannot hold is passed over."""
    issued = pki_521[1]
    cps = _cps(issued)
    assert cps.choose_emaid(()) == cps.emaid
    assert cps.choose_emaid(("", "x" * 65, "-AB", "DE V2G", "DE-V2G-1", "DEV2G2")) == "DE-V2G-1"
    answer = cps.answer(request(issued, prioritized_emaids=["A" * 255, "DEV2GABC000003"]))
    chain = answer.signed_installation_data.contract_certificate_chain
    assert _cn(x509.load_der_x509_certificate(chain.certificate)) == "DEV2GABC000003"
    try:
        CertificateProvisioningService(issued, emaid="not an EMAID")
    except PKIError:
        pass
    else:
        raise AssertionError("a malformed default EMAID was accepted")


def test_root_certificate_id_names_the_root(pki_521: PKIFixture) -> None:
    root = pki_521[1]["v2g_root"].certificate
    entry = inst.root_certificate_id(root)
    assert entry.x509_serial_number == root.serial_number
    assert entry.x509_issuer_name == root.subject.rfc4514_string()
    assert inst.names_root(entry, root)
    assert inst.names_root(
        replace(entry, x509_issuer_name=entry.x509_issuer_name.lower().replace(",", ", ")), root
    )
    assert not inst.names_root(replace(entry, x509_serial_number=root.serial_number + 1), root)
    assert not inst.names_root(replace(entry, x509_issuer_name="CN=other"), root)


def test_load_cps_credentials(pki_521: PKIFixture, tmp_path: Path) -> None:
    directory, issued = pki_521
    creds = load_cps_credentials(directory)
    assert (
        creds.cps_chain[0] == issued["cps"].certificate and creds.v2g_root == issued["v2g_root"].certificate
    )
    try:
        load_cps_credentials(tmp_path)
    except PKIError:
        pass
    else:
        raise AssertionError("an empty directory gave CPS credentials")
    refused(InstallationFailure.MALFORMED, lambda: CertificateProvisioningService({}))


def test_hostile_edits_of_a_request(pki_521: PKIFixture) -> None:
    """Every field of a signed request replaced by junk: the CPS answers or refuses with a typed error,
    and answers only where the EV's signature does not reach (or the edit cannot matter)."""
    issued = pki_521[1]
    cps = _cps(issued)
    good = request(issued, prioritized_emaids=["DEV2GABC000001"])
    answered = 0
    for path, edited in hostile_edits(good, skip=lambda p: p[:2] == ("header", "signature") and len(p) > 3):
        if only_typed(lambda: cps.answer(edited)):  # noqa: B023
            assert path[0] in ("header", "maximum_contract_certificate_chains", "prioritized_emai_ds"), path
            assert path[:2] != ("header", "signature") or path == ("header", "signature", "id"), path
            answered += 1
    assert answered > 10


# --- fuzzing ----------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_fuzz_cps_requests(pki_521: PKIFixture, data: st.DataObject) -> None:
    """Any CertificateInstallationReq the schema admits, alone or carrying the real provisioning chain
    (so that the checks behind the certificate parser are reached too): a typed refusal."""
    issued = pki_521[1]
    req = data.draw(messages(NS, "CertificateInstallationReq"))
    if data.draw(st.booleans()):
        req = replace(
            req, oem_provisioning_certificate_chain=request(issued).oem_provisioning_certificate_chain
        )
    try:
        _cps(issued).answer(req)
    except InstallationError:
        return
    raise AssertionError("a random request was answered")


def test_x448_key_of_small_order_in_the_table(pki_448: PKIFixture) -> None:
    """An X448 key of small order (here u = 1) registered for the EV: a typed refusal, no answer."""
    issued = pki_448[1]
    small = x448.X448PublicKey.from_public_bytes((1).to_bytes(56, "little"))
    refused(
        InstallationFailure.MALFORMED, lambda: _cps(issued, x448_keys={PCID: small}).answer(request(issued))
    )
