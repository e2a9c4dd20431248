"""Plug & Charge authorization in the pure SECC engine (fake clock, no sockets): AuthorizationSetup with
a GenChallenge, every refusal path and its response code, Ongoing while firmware decides, the good path
through to charging, EIM unaffected, hostile PnC requests, and Josev's real signed AuthorizationReq."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from tests.secc.driver import Driver
from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.session import Control
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.timing import Timing
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import (
    AuthorizationMode,
    AuthorizationStatus,
    ChainCheck,
    ContractRejection,
    ControlMode,
    EnergyService,
    StopReason,
)
from v2gstack.security import xmldsig
from v2gstack.security.errors import ChainValidationError
from v2gstack.security.pki import Issued, KeyProfile, build_pki, generate_key, issue_certificate, make_name
from v2gstack.security.xmldsig import SignedPart, sign

ELEMENT = f"{{{ns.ISO20_CM}}}PnC_AReqAuthorizationMode"
BOTH = (AuthorizationMode.EIM, AuthorizationMode.PNC)
EMAID = "DEV2G123456789"
JOSEV = "iso20-authorizationreq-josev-d459e1"


def code(res: Any) -> str:
    return str(res.response_code.value)


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(Encoding.DER)


@pytest.fixture(scope="module")
def pki() -> dict[str, Issued]:
    return build_pki(KeyProfile.SECP521R1)


@dataclasses.dataclass
class Contract:
    """What the EV presents: leaf, Sub-CAs (Sub-CA 2 first) and the leaf's key."""

    leaf: bytes
    subs: tuple[bytes, ...]
    key: Any


def contract_of(pki: dict[str, Issued]) -> Contract:
    subs = (der(pki["mo_sub_ca2"].certificate), der(pki["mo_sub_ca1"].certificate))
    return Contract(der(pki["contract"].certificate), subs, pki["contract"].key)


def reissued(pki: dict[str, Issued], not_before: datetime, not_after: datetime,
             subject: x509.Name | None = None) -> Contract:
    """A contract leaf under the real MO Sub-CA 2 with other validity dates or subject."""
    key = generate_key(KeyProfile.SECP521R1)
    ca = pki["mo_sub_ca2"]
    cert = issue_certificate(subject or make_name(EMAID, "MO"), key.public_key(), (ca.certificate, ca.key),
                             is_ca=False, usage=("digital_signature", "content_commitment"),
                             not_before=not_before, not_after=not_after)
    return Contract(der(cert), contract_of(pki).subs, key)


def roots(pki: dict[str, Issued]) -> ContractTrust:
    return ContractTrust((pki["mo_root"].certificate, pki["v2g_root"].certificate))


def pnc_driver(pki: dict[str, Issued], trust: ContractTrust | None = None,
               tolerances: Tolerances | None = None, **evse: Any) -> Driver:
    """A session set up to AuthorizationSetup, PnC and EIM offered, the contract roots configured."""
    d = Driver(SimulatedEVSE(authorization_modes=BOTH, **evse))
    d.evse.clock = lambda: d.now
    d.session.ctx.contract_trust = roots(pki) if trust is None else trust
    d.session.ctx.tolerances = tolerances or Tolerances()
    d.setup()
    res = d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    assert code(res) == "OK"
    return d


def pnc_req(d: Driver, contract: Contract, *, challenge: bytes | None = None, signer: Any = None,
            signed: bool = True, mutate: Any = None) -> Any:
    """A PnC AuthorizationReq as an EV builds it, after an EXI round trip (what the SECC decodes)."""
    chain = m.cm.ContractCertificateChain(certificate=contract.leaf,
                                          sub_certificates=m.cm.SubCertificates(certificate=list(contract.subs)))
    gen = d.session.ctx.gen_challenge if challenge is None else challenge
    assert gen is not None
    mode = m.cm.PnC_AReqAuthorizationMode(id="id1", gen_challenge=gen, contract_certificate_chain=chain)
    hdr = d.hdr()
    if signed:
        hdr.signature = sign([SignedPart(mode, ELEMENT)], signer or contract.key)
    req = m.cm.AuthorizationReq(header=hdr, selected_authorization_service=m.cm.authorization.PnC,
                                pn_c_a_req_authorization_mode=mode)
    if mutate is not None:
        mutate(req)
    return exi.decode(exi.encode(req), ns.ISO20_CM)


# -- AuthorizationSetup ------------------------------------------------------------------------------------
def test_setup_offers_pnc_with_a_fresh_challenge_and_providers(pki: dict[str, Issued]) -> None:
    challenges = set()
    for _ in range(3):
        d = Driver(SimulatedEVSE(authorization_modes=BOTH))
        d.setup()
        res = d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
        assert [a.value for a in res.authorization_services] == ["EIM", "PnC"]
        assert res.eim_as_res_authorization_mode is None
        challenge = res.pn_c_as_res_authorization_mode.gen_challenge
        assert len(challenge) == 16 and challenge == d.session.ctx.gen_challenge
        assert res.pn_c_as_res_authorization_mode.supported_providers is None
        challenges.add(challenge)
    assert len(challenges) == 3

    class Providers(SimulatedEVSE):
        def capabilities(self) -> Any:
            return dataclasses.replace(super().capabilities(), supported_providers=("DEV2G", "X" * 90))

    d = Driver(Providers(authorization_modes=BOTH))
    d.setup()
    res = d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    assert res.pn_c_as_res_authorization_mode.supported_providers.provider_id == ["DEV2G", "X" * 80]


def test_eim_only_setup_has_no_challenge() -> None:
    d = Driver()
    d.setup()
    res = d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    assert res.pn_c_as_res_authorization_mode is None and res.eim_as_res_authorization_mode is not None
    assert d.session.ctx.gen_challenge is None


# -- the good path -----------------------------------------------------------------------------------------
def test_pnc_accepted_and_charging(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    res = d.send(pnc_req(d, contract_of(pki)))
    assert code(res) == "OK" and res.evse_processing.value == "Finished"
    [contract] = d.evse.contracts
    assert contract.emaid == EMAID and contract.check is ChainCheck.VALIDATED and contract.validated
    assert contract.root == pki["mo_root"].certificate.subject.rfc4514_string()
    assert contract.chain == (contract_of(pki).leaf, *contract_of(pki).subs)
    assert "BEGIN CERTIFICATE" in contract.pem() and contract.pem().count("BEGIN") == 3
    info = d.session.ctx.info
    assert info.authorization is AuthorizationMode.PNC and info.emaid == EMAID
    assert d.session.state == "ServiceDiscovery"
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.schedule(dynamic=False)
    d.cable_check()
    d.precharge(finished=True)
    assert code(d.power("Start")) == "OK"
    assert code(d.dc_loop()) == "OK"
    assert code(d.power("Stop")) == "OK" and code(d.welding()) == "OK" and code(d.stop()) == "OK"
    assert d.session.end_reason is StopReason.SESSION_STOPPED


def test_contract_expiring_within_14_days_is_ok_expires_soon(pki: dict[str, Issued]) -> None:
    now = datetime.now(UTC)
    d = pnc_driver(pki)
    res = d.send(pnc_req(d, reissued(pki, now - timedelta(days=300), now + timedelta(days=10))))
    assert code(res) == "OK_CertificateExpiresSoon" and d.session.state == "ServiceDiscovery"


def test_eim_still_works_when_pnc_is_offered(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    res = d.send(d.auth_req())
    assert code(res) == "OK" and d.session.ctx.info.authorization is AuthorizationMode.EIM
    assert d.evse.contracts == []


# -- refusals by the SECC's own checks ---------------------------------------------------------------------
def test_wrong_challenge_is_challenge_invalid_and_firmware_is_not_asked(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    res = d.send(pnc_req(d, contract_of(pki), challenge=bytes(16)))
    assert code(res) == "WARNING_ChallengeInvalid" and res.evse_processing.value == "Finished"
    assert d.evse.contracts == [] and not d.session.ended and d.session.state == "Authorization"
    # [V2G20-2228]: the EV may fall back to EIM ...
    assert code(d.send(d.auth_req())) == "OK"


def test_after_a_warning_the_same_chain_again_is_a_sequence_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    assert code(d.send(pnc_req(d, contract_of(pki), challenge=bytes(16)))) == "WARNING_ChallengeInvalid"
    res = d.send(pnc_req(d, contract_of(pki)))
    assert code(res) == "FAILED_SequenceError" and d.session.ended and d.stops


def test_after_a_warning_another_chain_may_be_tried(pki: dict[str, Issued]) -> None:
    now = datetime.now(UTC)
    d = pnc_driver(pki)
    expired = reissued(pki, now - timedelta(days=400), now - timedelta(days=1))
    assert code(d.send(pnc_req(d, expired))) == "WARNING_CertificateExpired"
    assert code(d.send(pnc_req(d, contract_of(pki)))) == "OK"


def test_refused_attempts_are_bounded(pki: dict[str, Issued]) -> None:
    from v2gstack.secc.states.authorization import MAX_REFUSED

    d = pnc_driver(pki)
    for _ in range(MAX_REFUSED):
        fresh = contract_of(build_pki(KeyProfile.SECP521R1))  # another chain each time (forged)
        assert code(d.send(pnc_req(d, fresh))) == "WARNING_CertificateValidationError"
    res = d.send(pnc_req(d, contract_of(pki)))
    assert code(res) == "FAILED_SequenceError" and d.session.ended and d.stops


def test_after_a_warning_only_authorization_or_session_stop(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    assert code(d.send(pnc_req(d, contract_of(pki), challenge=bytes(16)))) == "WARNING_ChallengeInvalid"
    assert code(d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))) == "FAILED_SequenceError"
    d = pnc_driver(pki)
    assert code(d.send(pnc_req(d, contract_of(pki), challenge=bytes(16)))) == "WARNING_ChallengeInvalid"
    assert code(d.stop()) == "OK" and d.session.end_reason is StopReason.SESSION_STOPPED


def test_missing_signature_is_failed_signature_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    res = d.send(pnc_req(d, contract_of(pki), signed=False))
    assert code(res) == "FAILED_SignatureError" and d.session.ended
    assert d.stops[0].reason is StopReason.PROTOCOL_ERROR and d.closed and d.evse.contracts == []


def test_signature_by_another_key_is_failed_signature_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    res = d.send(pnc_req(d, contract_of(pki), signer=pki["oem_prov"].key))
    assert code(res) == "FAILED_SignatureError" and d.session.ended


def _swap_subs(req: Any) -> None:
    subs = req.pn_c_a_req_authorization_mode.contract_certificate_chain.sub_certificates.certificate
    subs.reverse()  # after signing: the signed element changed


def _rename(req: Any) -> None:
    req.pn_c_a_req_authorization_mode.id = "id2"  # the Reference names #id1


@pytest.mark.parametrize("mutate", [_swap_subs, _rename], ids=["digest", "reference"])
def test_signature_over_something_else_is_failed_signature_error(pki: dict[str, Issued], mutate: Any) -> None:
    d = pnc_driver(pki)
    assert code(d.send(pnc_req(d, contract_of(pki), mutate=mutate))) == "FAILED_SignatureError"


@pytest.mark.parametrize(("days", "expected"), [((-400, -1), "WARNING_CertificateExpired"),
                                                 ((1, 400), "WARNING_CertificateNotYetValid")])
@pytest.mark.parametrize("with_roots", [True, False], ids=["roots", "no-roots"])
def test_leaf_outside_its_validity(pki: dict[str, Issued], days: tuple[int, int], expected: str,
                                   with_roots: bool) -> None:
    now = datetime.now(UTC)
    d = pnc_driver(pki, None if with_roots else ContractTrust())
    contract = reissued(pki, now + timedelta(days=days[0]), now + timedelta(days=days[1]))
    res = d.send(pnc_req(d, contract))
    assert code(res) == expected and d.evse.contracts == [] and not d.session.ended


def test_chain_to_an_unknown_root_is_validation_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki, ContractTrust((pki["v2g_root"].certificate,)))
    assert code(d.send(pnc_req(d, contract_of(pki)))) == "WARNING_CertificateValidationError"
    other = build_pki(KeyProfile.SECP521R1)  # same names, other keys: a forged chain
    d = pnc_driver(pki)
    assert code(d.send(pnc_req(d, contract_of(other)))) == "WARNING_CertificateValidationError"


def test_missing_sub_ca_is_validation_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    contract = dataclasses.replace(contract_of(pki), subs=contract_of(pki).subs[:1])
    assert code(d.send(pnc_req(d, contract))) == "WARNING_CertificateValidationError"


def test_leaf_that_does_not_parse_is_validation_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    contract = dataclasses.replace(contract_of(pki), leaf=b"\x30\x03\x02\x01\x01")
    assert code(d.send(pnc_req(d, contract))) == "WARNING_CertificateValidationError"


def test_leaf_with_an_unknown_version_is_validation_error(pki: dict[str, Issued]) -> None:
    """cryptography raises x509.InvalidVersion (not a ValueError) for this one."""
    good = contract_of(pki)
    at = good.leaf.index(b"\xa0\x03\x02\x01\x02")  # [0] EXPLICIT version INTEGER 2 (v3)
    bad = good.leaf[:at] + b"\xa0\x03\x02\x01\x0a" + good.leaf[at + 5:]
    with pytest.raises(x509.InvalidVersion):
        x509.load_der_x509_certificate(bad)
    d = pnc_driver(pki)
    res = d.send(pnc_req(d, dataclasses.replace(good, leaf=bad)))
    assert code(res) == "WARNING_CertificateValidationError"


def test_leaf_without_emaid_is_validation_error(pki: dict[str, Issued]) -> None:
    now = datetime.now(UTC)
    d = pnc_driver(pki)
    no_cn = x509.Name([x509.NameAttribute(x509.NameOID.ORGANIZATION_NAME, "MO without CN")])
    res = d.send(pnc_req(d, reissued(pki, now - timedelta(days=1), now + timedelta(days=300), no_cn)))
    assert code(res) == "WARNING_CertificateValidationError"


@pytest.fixture(scope="module")
def p256() -> dict[str, Issued]:
    return build_pki(KeyProfile.SECP256R1)


P256_TOLERATED = Tolerances(p256_contract_signature=True)


@pytest.mark.parametrize("with_roots", [True, False], ids=["roots", "no-roots"])
def test_p256_contract_needs_the_tolerance_or_the_compat_policy(p256: dict[str, Issued],
                                                                with_roots: bool) -> None:
    """Q18: strict -20 refuses an ECDSA-SHA256 contract signature (FAILED_SignatureError, [V2G20-461]); the
    tolerance p256-contract-signature admits it and the P-256 chain it comes in (validated against the roots,
    or within validity without them), as ``contract_compat`` does."""
    trust = roots(p256) if with_roots else ContractTrust()
    d = pnc_driver(p256, trust)  # strict: ECDSA-SHA256 is not a -20 signature method
    assert code(d.send(pnc_req(d, contract_of(p256)))) == "FAILED_SignatureError" and d.session.ended
    d = pnc_driver(p256, trust, tolerances=P256_TOLERATED,
                   contract_authorization=AuthorizationStatus.ACCEPTED)
    assert code(d.send(pnc_req(d, contract_of(p256)))) == "OK"
    [contract] = d.evse.contracts
    assert contract.check is (ChainCheck.VALIDATED if with_roots else ChainCheck.NO_TRUST_ANCHORS)
    d = pnc_driver(p256, dataclasses.replace(trust, strict=False),
                   contract_authorization=AuthorizationStatus.ACCEPTED)
    assert code(d.send(pnc_req(d, contract_of(p256)))) == "OK"


def test_the_p256_tolerance_keeps_the_20_algorithms(pki: dict[str, Issued]) -> None:
    """The tolerance adds P-256 to what -20 allows; a P-521 contract is accepted as before."""
    d = pnc_driver(pki, tolerances=P256_TOLERATED)
    assert code(d.send(pnc_req(d, contract_of(pki)))) == "OK"


def test_the_p256_tolerance_is_narrower_than_compat() -> None:
    """Only P-256 and ECDSA-SHA256 join the -20 algorithms: a P-384 certificate stays refused (compat, which
    admits any algorithm, takes it)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from v2gstack.secc import contract

    key = ec.generate_private_key(ec.SECP384R1())
    now = datetime.now(UTC)
    p384 = issue_certificate(make_name(EMAID, "MO"), key.public_key(), key, is_ca=False,
                             usage=("digital_signature",), not_before=now - timedelta(days=1),
                             not_after=now + timedelta(days=30))
    tolerated = contract.algorithms(ContractTrust(), P256_TOLERATED)
    assert contract.algorithms(ContractTrust(), Tolerances()).signatures == xmldsig.ISO20_ALGORITHMS
    assert tolerated.signatures == xmldsig.ISO20_ALGORITHMS | {xmldsig.SignatureAlgorithm.ECDSA_SHA256}
    assert contract.algorithms(ContractTrust(strict=False), Tolerances()).signatures == xmldsig.ALL_ALGORITHMS
    with pytest.raises(ChainValidationError, match="secp384r1"):
        tolerated.check_certificate(p384)
    contract.algorithms(ContractTrust(strict=False), Tolerances()).check_certificate(p384)


def test_pnc_element_missing_is_failed(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    req = m.cm.AuthorizationReq(header=d.hdr(), selected_authorization_service=m.cm.authorization.PnC,
                                eim_a_req_authorization_mode=m.cm.EIM_AReqAuthorizationMode())
    assert code(d.send(req)) == "FAILED" and d.session.ended


def test_pnc_not_offered_is_selection_invalid_then_eim_may_follow(pki: dict[str, Issued]) -> None:
    d = Driver()
    d.setup()
    d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    pnc = m.minimal(m.cm.AuthorizationReq, header=d.hdr(),
                    selected_authorization_service=m.cm.authorization.PnC)
    assert code(d.send(pnc)) == "WARNING_AuthorizationSelectionInvalid"  # [V2G20-2209]
    assert code(d.send(d.auth_req())) == "OK"  # [V2G20-2226]: another AuthorizationReq with an offered one
    d = Driver()
    d.setup()
    d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    pnc.header = d.hdr()
    assert code(d.send(pnc)) == "WARNING_AuthorizationSelectionInvalid"
    assert code(d.send(pnc)) == "FAILED_SequenceError"  # the same invalid selection again


# -- firmware decides ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("answer", "expected"), [
    (AuthorizationStatus.REJECTED, "WARNING_GeneralPnCAuthorizationError"),
    (ContractRejection.GENERAL, "WARNING_GeneralPnCAuthorizationError"),
    (ContractRejection.EMSP_UNKNOWN, "WARNING_eMSPUnknown"),
    (ContractRejection.CERTIFICATE_REVOKED, "WARNING_CertificateRevoked"),
    (ContractRejection.CERTIFICATE_EXPIRED, "WARNING_CertificateExpired"),
    (ContractRejection.CERTIFICATE_NOT_YET_VALID, "WARNING_CertificateNotYetValid"),
    (ContractRejection.CERTIFICATE_INVALID, "WARNING_CertificateValidationError"),
])
def test_firmware_rejections(pki: dict[str, Issued], answer: Any, expected: str) -> None:
    d = pnc_driver(pki, contract_authorization=answer)
    res = d.send(pnc_req(d, contract_of(pki)))
    assert code(res) == expected and res.evse_processing.value == "Finished"
    assert len(d.evse.contracts) == 1 and d.session.ctx.info.authorization is None
    assert code(d.stop()) == "OK" and d.session.end_reason is StopReason.SESSION_STOPPED


def test_without_roots_firmware_decides_and_the_default_refuses(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki, ContractTrust())
    assert code(d.send(pnc_req(d, contract_of(pki)))) == "WARNING_GeneralPnCAuthorizationError"
    assert d.evse.contracts[0].check is ChainCheck.NO_TRUST_ANCHORS
    d = pnc_driver(pki, ContractTrust(), contract_authorization=AuthorizationStatus.ACCEPTED)
    assert code(d.send(pnc_req(d, contract_of(pki)))) == "OK"


def test_pending_is_ongoing_until_firmware_accepts(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki, contract_authorization=AuthorizationStatus.PENDING)
    req = pnc_req(d, contract_of(pki))
    for _ in range(3):
        d.now += 1
        res = d.send(req)
        assert code(res) == "OK" and res.evse_processing.value == "Ongoing"
    d.evse.contract_authorization = AuthorizationStatus.WAITING_FOR_CUSTOMER
    assert d.send(req).evse_processing.value == "Ongoing_WaitingForCustomerInteraction"
    d.evse.contract_authorization = AuthorizationStatus.ACCEPTED
    res = d.send(req)
    assert code(res) == "OK" and res.evse_processing.value == "Finished" and len(d.evse.contracts) == 5


def test_changed_request_while_ongoing_is_a_sequence_error(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki, contract_authorization=AuthorizationStatus.PENDING)
    assert d.send(pnc_req(d, contract_of(pki))).evse_processing.value == "Ongoing"
    assert code(d.send(d.auth_req())) == "FAILED_SequenceError" and d.session.ended  # [V2G20-1977]


def test_ongoing_timeout_ends_pnc_authorization(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki, contract_authorization=AuthorizationStatus.PENDING)
    req = pnc_req(d, contract_of(pki))
    assert d.send(req).evse_processing.value == "Ongoing"
    for _ in range(5):
        d.now += 11.9
        assert code(d.send(req)) == "OK"
    d.now += 0.6  # 60.1 s after the first Ongoing
    res = d.send(req)
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.ONGOING_TIMEOUT and d.stops


def test_grid_stop_ends_pnc_ongoing(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki, contract_authorization=AuthorizationStatus.PENDING)
    req = pnc_req(d, contract_of(pki))
    assert d.send(req).evse_processing.value == "Ongoing"
    d._process(d.session.control(Control.STOP, d.now))
    res = d.send(req)
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.EVSE_REQUEST and d.stops


def test_slow_firmware_answers_ongoing_and_its_late_answer_is_used(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    d.auto_firmware = False
    req = pnc_req(d, contract_of(pki))
    assert d.send(req) is None
    [call] = d.pending_calls
    assert call.method == "authorize_contract" and call.args[1].emaid == EMAID
    [res] = d.advance(Timing().performance + 0.01)
    assert code(res) == "OK" and res.evse_processing.value == "Ongoing"
    assert d.firmware(call, AuthorizationStatus.ACCEPTED) is None
    res = d.send(req)
    assert code(res) == "OK" and res.evse_processing.value == "Finished"


def test_firmware_failure_is_failed(pki: dict[str, Issued]) -> None:
    d = pnc_driver(pki)
    d.auto_firmware = False
    d.send(pnc_req(d, contract_of(pki)))
    [call] = d.pending_calls
    res = d.firmware(call, RuntimeError("backend down"), failed=True)
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.FIRMWARE_ERROR and d.stops


# -- hostile requests ------------------------------------------------------------------------------------
def test_mangled_pnc_requests_always_get_a_response(pki: dict[str, Issued]) -> None:
    """Whatever a peer puts into the PnC element or the signature, the engine answers with a code (never
    raises, never hangs); the session ends only on FAILED codes."""
    rng = random.Random(15118)
    base = contract_of(pki)

    def flip(data: bytes) -> bytes:
        raw = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        return bytes(raw)

    def mangle(req: Any) -> None:
        mode = req.pn_c_a_req_authorization_mode
        chain = mode.contract_certificate_chain
        sig = req.header.signature
        target = rng.choice(["leaf", "sub", "value", "digest", "subs", "method", "empty"])
        if target == "leaf":
            chain.certificate = flip(chain.certificate)
        elif target == "sub":
            chain.sub_certificates.certificate[0] = flip(chain.sub_certificates.certificate[0])
        elif target == "value":
            sig.signature_value.value = flip(sig.signature_value.value)
        elif target == "digest":
            sig.signed_info.reference[0].digest_value = flip(sig.signed_info.reference[0].digest_value)
        elif target == "subs":
            chain.sub_certificates.certificate = [rng.randbytes(rng.randint(1, 200))]
        elif target == "method":
            sig.signed_info.signature_method.algorithm = rng.choice(["", "urn:x", "#"])
        else:
            sig.signature_value.value = b""

    seen = set()
    for _ in range(60):
        d = pnc_driver(pki)
        res = d.send(pnc_req(d, base, mutate=mangle))
        assert res is not None and type(res).__name__ == "AuthorizationRes"
        seen.add(code(res))
        assert d.session.ended == code(res).startswith("FAILED")
    assert seen <= {"FAILED_SignatureError", "WARNING_CertificateValidationError", "OK"}
    assert "FAILED_SignatureError" in seen


# -- the real signed vector ------------------------------------------------------------------------------
def test_josev_signed_authorization_req_reaches_firmware(exi_vectors: list[dict[str, Any]]) -> None:
    """Josev's captured PnC AuthorizationReq: its signature is real (ECDSA-SHA256 on P-256, -2 style, so
    only with the tolerance p256-contract-signature or the compatibility policy); its chain is Josev's test
    PKI, so without roots the contract reaches firmware. Its GenChallenge is set as the one we sent; its
    header gets our SessionID (the signature covers only the PnC element)."""
    vector = next(v for v in exi_vectors if v["id"] == JOSEV)
    message = exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"])
    mode = message.pn_c_a_req_authorization_mode

    def drive(trust: ContractTrust, challenge: bytes | None = None,
              tolerances: Tolerances | None = None) -> tuple[Driver, Any]:
        evse = SimulatedEVSE(authorization_modes=BOTH, contract_authorization=AuthorizationStatus.ACCEPTED)
        d = Driver(evse)
        d.session.ctx.contract_trust = trust
        d.session.ctx.tolerances = tolerances or Tolerances()
        d.session.ctx.wall_clock = lambda: datetime(2027, 1, 1, tzinfo=UTC)  # inside the chain's validity
        d.setup()
        d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
        d.session.ctx.gen_challenge = mode.gen_challenge if challenge is None else challenge
        req = dataclasses.replace(message, header=dataclasses.replace(message.header, session_id=d.sid))
        return d, d.send(req)

    d, res = drive(ContractTrust(), tolerances=P256_TOLERATED)  # p256-contract-signature (Q18)
    assert code(res) == "OK"
    d, res = drive(ContractTrust(strict=False))
    assert code(res) == "OK"
    [contract] = d.evse.contracts
    assert contract.emaid == "UKSWI123456791A" and contract.check is ChainCheck.NO_TRUST_ANCHORS
    assert len(contract.chain) == 3
    d, res = drive(ContractTrust())  # strict -20: ECDSA-SHA256 is not allowed
    assert code(res) == "FAILED_SignatureError" and d.evse.contracts == []
    d, res = drive(ContractTrust(strict=False), challenge=bytes(16))  # our real challenge would differ
    assert code(res) == "WARNING_ChallengeInvalid" and d.evse.contracts == []
