"""Certificate installation in the pure SECC engine (fake clock, no sockets): where CertificateInstallationReq
is allowed, the SECC's own checks with their response codes, firmware's answers (the simulated CPS, refusals,
a broken backend), Ongoing while the backend works, and the good path installation -> PnC authorization with
the new contract -> charging, for the P-521 and the Ed448 PKI.

The requests go to the engine as objects (the Driver does not decode requests): ``v2gstack.exi`` cannot
decode X509SerialNumbers longer than 20 EXI octets yet (``test_request_survives_the_exi_codec``)."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed448, x448
from cryptography.hazmat.primitives.serialization import Encoding

from tests.secc.driver import Driver
from v2gstack import exi
from v2gstack.evcc.requests import SignedPnC, authorization
from v2gstack.evcc.types import EVContract
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.cps import SimulatedCPS
from v2gstack.secc.events import CallFirmware
from v2gstack.secc.session import Control
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.states.certificate_installation import MAX_INSTALLATIONS
from v2gstack.secc.timing import Timing
from v2gstack.secc.types import (
    AuthorizationMode,
    AuthorizationStatus,
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
    ChainCheck,
    ControlMode,
    EnergyService,
    InstallationRefusal,
    RootCertificateID,
    StopReason,
)
from v2gstack.security.contract_key import pcid_of
from v2gstack.security.installation import (
    build_installation_request,
    open_installation_data,
    verify_installation_response,
)
from v2gstack.security.pki import Issued, KeyProfile, build_pki, generate_key, issue_certificate

BOTH = (AuthorizationMode.EIM, AuthorizationMode.PNC)
OEM_CHAIN = ("oem_prov", "oem_sub_ca2", "oem_sub_ca1")
EMAID = "DEV2G123456789"
ELEMENT = f"{{{ns.ISO20_CM}}}OEMProvisioningCertificateChain"
INSTALL_TIME = Timing().performance_certificate_installation
def code(res: Any) -> str:
    return str(res.response_code.value)


@dataclasses.dataclass
class Pki:
    """A test PKI and the EV's key agreement key (the provisioning key, or an X448 key for Ed448)."""

    issued: dict[str, Issued]
    agreement: Any

    def chain(self) -> list[x509.Certificate]:
        return [self.issued[name].certificate for name in OEM_CHAIN]

    def cert(self, name: str) -> x509.Certificate:
        return self.issued[name].certificate

    def cps(self) -> SimulatedCPS:
        keys = ({pcid_of(self.cert("oem_prov")): self.agreement.public_key()}
                if isinstance(self.agreement, x448.X448PrivateKey) else None)
        return SimulatedCPS(self.issued, x448_keys=keys)


def _pki(profile: KeyProfile) -> Pki:
    issued = build_pki(profile)
    key = issued["oem_prov"].key
    return Pki(issued, x448.X448PrivateKey.generate() if isinstance(key, ed448.Ed448PrivateKey) else key)


@pytest.fixture(scope="module")
def p521() -> Pki:
    return _pki(KeyProfile.SECP521R1)


@pytest.fixture(scope="module", params=[KeyProfile.SECP521R1, KeyProfile.ED448], ids=["P-521", "Ed448"])
def pki(request: pytest.FixtureRequest) -> Pki:
    return _pki(request.param)


def trust(pki: Pki, oem_roots: bool = True) -> ContractTrust:
    return ContractTrust((pki.cert("mo_root"), pki.cert("v2g_root")),
                         oem_roots=(pki.cert("oem_root"),) if oem_roots else ())


def driver(pki: Pki, *, oem_roots: bool = True, backend: Any = "cps", modes: Any = BOTH,
           auto: bool = True, **evse: Any) -> Driver:
    """A session after AuthorizationSetup: PnC and EIM offered, installation answered by ``backend``."""
    service = pki.cps() if backend == "cps" else backend
    evse_ = SimulatedEVSE(authorization_modes=modes, certificate_service=service, **evse)
    d = Driver(evse_, auto_firmware=auto)
    d.evse.clock = lambda: d.now
    d.session.ctx.contract_trust = trust(pki, oem_roots)
    d.setup()
    assert code(d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))) == "OK"
    return d


def request(d: Driver, pki: Pki, *, chain: list[x509.Certificate] | None = None, key: Any = None,
            roots: list[x509.Certificate] | None = None, emaids: tuple[str, ...] = (),
            mutate: Any = None) -> Any:
    """A signed CertificateInstallationReq as an EV builds it (``mutate`` changes it after signing)."""
    req = build_installation_request(chain or pki.chain(), key or pki.issued["oem_prov"].key,
                                     roots or [pki.cert("v2g_root")], session_id=d.sid,
                                     time_stamp=int(time.time()), prioritized_emaids=emaids)
    if mutate is not None:
        mutate(req)
    return req


def reissued_prov(pki: Pki, not_before: datetime, not_after: datetime) -> list[x509.Certificate]:
    """The OEM provisioning certificate again (same key) with other validity dates."""
    prov, ca = pki.cert("oem_prov"), pki.issued["oem_sub_ca2"]
    usage = ("digital_signature", "key_agreement")
    cert = issue_certificate(prov.subject, prov.public_key(), (ca.certificate, ca.key), is_ca=False,  # type: ignore[arg-type]
                             usage=usage, not_before=not_before, not_after=not_after)
    return [cert, *pki.chain()[1:]]


def installed(res: Any, pki: Pki) -> EVContract:
    """What the EV does with an OK response: verify the CPS signature, open the data."""
    verify_installation_response(res, [pki.cert("v2g_root")])
    pcid = pcid_of(pki.cert("oem_prov"))
    opened = open_installation_data(res.signed_installation_data, pki.agreement, pcid=pcid)
    leaf, *subs = (c.public_bytes(Encoding.DER) for c in opened.chain)
    return EVContract(leaf, tuple(subs), opened.private_key)


def pnc(d: Driver, contract: EVContract) -> Any:
    challenge = d.session.ctx.gen_challenge
    assert challenge is not None
    return d.send(authorization(d.hdr(), SignedPnC.make(contract, challenge)))


# -- where it is allowed -------------------------------------------------------------------------------------
def test_announced_only_with_a_backend_and_pnc(p521: Pki) -> None:
    for modes, backend, expected in [(BOTH, p521.cps(), True), (BOTH, None, False),
                                     ((AuthorizationMode.EIM,), p521.cps(), False)]:
        d = Driver(SimulatedEVSE(authorization_modes=modes, certificate_service=backend))
        d.setup()
        res = d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
        assert res.certificate_installation_service is expected


def test_not_announced_is_a_sequence_error(p521: Pki) -> None:
    d = driver(p521, backend=None)
    res = d.send(request(d, p521))
    assert type(res).__name__ == "CertificateInstallationRes" and code(res) == "FAILED_SequenceError"
    assert d.session.ended and d.stops and d.closed and d.evse.installations == []


# -- the good path ------------------------------------------------------------------------------------------
def test_installation_then_pnc_then_charging(pki: Pki) -> None:
    d = driver(pki)
    res = d.send(request(d, pki))
    assert code(res) == "OK" and res.evse_processing.value == "Finished"
    assert res.header.session_id == d.sid and res.remaining_contract_certificate_chains == 0
    assert d.session.state == "Authorization"
    [seen] = d.evse.installations
    assert seen.pcid == pcid_of(pki.cert("oem_prov")) and seen.check is ChainCheck.VALIDATED
    assert seen.oem_provisioning_chain == tuple(c.public_bytes(Encoding.DER) for c in pki.chain())
    root = pki.cert("v2g_root")
    listed = RootCertificateID(root.subject.rfc4514_string(), root.serial_number)
    assert seen.root_certificate_ids == (listed,)
    assert seen.maximum_contract_certificate_chains == 1 and seen.prioritized_emaids == ()
    contract = installed(res, pki)  # the CPS signature survived our header
    assert contract.emaid == EMAID
    res = pnc(d, contract)
    assert code(res) == "OK" and d.session.ctx.info.authorization is AuthorizationMode.PNC
    assert d.session.ctx.info.emaid == EMAID and d.evse.contracts[0].validated
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.schedule(dynamic=False)
    d.cable_check()
    d.precharge(finished=True)
    assert code(d.power("Start")) == "OK" and code(d.dc_loop()) == "OK"
    assert code(d.power("Stop")) == "OK" and code(d.welding()) == "OK" and code(d.stop()) == "OK"
    assert d.session.end_reason is StopReason.SESSION_STOPPED


def test_firmware_gets_the_request_bytes_as_received(p521: Pki) -> None:
    d = driver(p521)
    req = request(d, p521)
    raw = exi.encode(req)
    res = d._process(d.session.receive(req, m.PT_COMMON, d.now, raw=raw))[-1]
    assert code(res) == "OK"
    [seen] = d.evse.installations
    assert seen.exi == raw and seen.message is req
    import base64

    assert base64.b64decode(seen.exi_base64()) == raw and seen.schema == ns.ISO20_CM


def test_without_oem_roots_the_backend_validates(p521: Pki) -> None:
    other = _pki(KeyProfile.SECP521R1)  # its OEM root is unknown to the CPS of p521
    d = driver(p521, oem_roots=False)
    res = d.send(request(d, other, roots=[p521.cert("v2g_root")]))
    assert code(res) == "WARNING_CertificateValidationError"  # from the CPS (response_code_for)
    assert d.evse.installations[0].check is ChainCheck.NO_TRUST_ANCHORS
    d = driver(p521, oem_roots=False)
    assert code(d.send(request(d, p521))) == "OK"


# -- the SECC's own checks ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("days", "expected"), [((-400, -1), "WARNING_CertificateExpired"),
                                                 ((1, 400), "WARNING_CertificateNotYetValid")])
@pytest.mark.parametrize("oem_roots", [True, False], ids=["roots", "no-roots"])
def test_provisioning_certificate_outside_its_validity(p521: Pki, days: tuple[int, int], expected: str,
                                                       oem_roots: bool) -> None:
    now = datetime.now(UTC)
    d = driver(p521, oem_roots=oem_roots)
    chain = reissued_prov(p521, now + timedelta(days=days[0]), now + timedelta(days=days[1]))
    res = d.send(request(d, p521, chain=chain))
    assert code(res) == expected and res.evse_processing.value == "Finished"
    assert d.evse.installations == [] and not d.session.ended and d.session.state == "Authorization"


def test_chain_to_an_unknown_oem_root_is_validation_error(p521: Pki) -> None:
    other = _pki(KeyProfile.SECP521R1)
    d = driver(p521)
    res = d.send(request(d, other, roots=[p521.cert("v2g_root")]))
    assert code(res) == "WARNING_CertificateValidationError" and d.evse.installations == []


def test_provisioning_certificate_that_does_not_parse(p521: Pki) -> None:
    def garble(req: Any) -> None:
        req.oem_provisioning_certificate_chain.certificate = b"\x30\x03\x02\x01\x01"

    for oem_roots in (True, False):
        d = driver(p521, oem_roots=oem_roots)
        assert code(d.send(request(d, p521, mutate=garble))) == "WARNING_CertificateValidationError"


def test_missing_signature_is_failed_signature_error(p521: Pki) -> None:
    def unsign(req: Any) -> None:
        req.header.signature = None

    d = driver(p521)
    res = d.send(request(d, p521, mutate=unsign))
    assert code(res) == "FAILED_SignatureError" and d.session.ended
    assert d.stops[0].reason is StopReason.PROTOCOL_ERROR and d.closed and d.evse.installations == []


def test_signature_by_another_key_is_failed_signature_error(p521: Pki) -> None:
    d = driver(p521)
    res = d.send(request(d, p521, key=p521.issued["vehicle"].key))
    assert code(res) == "FAILED_SignatureError" and d.session.ended


def test_signature_over_something_else_is_failed_signature_error(p521: Pki) -> None:
    def swap(req: Any) -> None:
        req.oem_provisioning_certificate_chain.sub_certificates.certificate.reverse()

    def rename(req: Any) -> None:
        req.oem_provisioning_certificate_chain.id = "Other"

    for mutate in (swap, rename):
        d = driver(p521, oem_roots=False)
        assert code(d.send(request(d, p521, mutate=mutate))) == "FAILED_SignatureError"


def test_p256_signature_needs_the_compat_policy() -> None:
    p256 = _pki(KeyProfile.SECP256R1)
    d = driver(p256, oem_roots=False, backend=CannedBackend(InstallationRefusal.NO_CONTRACT_MATCHING_PCID))
    assert code(d.send(request(d, p256))) == "WARNING_CertificateValidationError"  # the curve, NOTE 3
    d = driver(p256, oem_roots=False, backend=CannedBackend(InstallationRefusal.NO_CONTRACT_MATCHING_PCID))
    d.session.ctx.contract_trust = dataclasses.replace(d.session.ctx.contract_trust, strict=False)
    assert code(d.send(request(d, p256))) == "WARNING_NoContractMatchingPCIDFound"


def test_after_a_refusal_authorization_follows_not_another_installation(p521: Pki) -> None:
    now = datetime.now(UTC)
    expired = reissued_prov(p521, now - timedelta(days=400), now - timedelta(days=1))
    d = driver(p521)
    assert code(d.send(request(d, p521, chain=expired))) == "WARNING_CertificateExpired"
    assert code(d.send(d.auth_req())) == "OK"  # EIM [V2G20-1580]
    d = driver(p521)
    assert code(d.send(request(d, p521, chain=expired))) == "WARNING_CertificateExpired"
    res = d.send(request(d, p521))
    assert code(res) == "FAILED_SequenceError" and d.session.ended  # [V2G20-2225]: AuthorizationReq next


# -- firmware (the backend) decides ------------------------------------------------------------------------
class CannedBackend:
    """A backend that answers every request the same way."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.requests: list[CertificateInstallationRequest] = []

    async def install_certificate(self, request: CertificateInstallationRequest) -> Any:
        self.requests.append(request)
        if isinstance(self.answer, InstallationRefusal):
            return CertificateInstallationAnswer.refused(self.answer)
        if isinstance(self.answer, bytes):
            return CertificateInstallationAnswer(exi=self.answer)
        return self.answer


@pytest.mark.parametrize("refusal", list(InstallationRefusal), ids=lambda r: r.name)
def test_backend_refusals(p521: Pki, refusal: InstallationRefusal) -> None:
    d = driver(p521, backend=CannedBackend(refusal))
    res = d.send(request(d, p521))
    assert type(res).__name__ == "CertificateInstallationRes" and code(res) == refusal.value
    assert res.evse_processing.value == "Finished"
    if refusal.value.startswith("FAILED"):
        assert d.session.ended and d.stops
    else:
        assert not d.session.ended and d.session.state == "Authorization"
        assert code(d.send(d.auth_req())) == "OK"


def test_emsp_unknown_allows_another_request_up_to_a_bound(p521: Pki) -> None:
    d = driver(p521, backend=CannedBackend(InstallationRefusal.EMSP_UNKNOWN))
    for _ in range(MAX_INSTALLATIONS):
        assert code(d.send(request(d, p521, emaids=("DEXYZ123",)))) == "WARNING_eMSPUnknown"
    assert code(d.send(request(d, p521))) == "FAILED_SequenceError" and d.session.ended


def test_default_firmware_has_no_backend(p521: Pki) -> None:
    class Offering(SimulatedEVSE):
        def capabilities(self) -> Any:
            return dataclasses.replace(super().capabilities(), certificate_installation_service=True)

    d = Driver(Offering(authorization_modes=BOTH))
    d.session.ctx.contract_trust = trust(p521)
    d.setup()
    assert d.send(m.cm.AuthorizationSetupReq(header=d.hdr())).certificate_installation_service
    res = d.send(request(d, p521))
    assert code(res) == "WARNING_NoCertificateAvailable" and len(d.evse.installations) == 1


def _cps_response(p521: Pki, d: Driver, **changes: Any) -> Any:
    answer = p521.cps().cps.answer(request(d, p521))
    res = answer.response(b"\x99" * 8, 1)
    for name, value in changes.items():
        setattr(res, name, value)
    return res


def test_backend_exi_is_forwarded_with_our_header(p521: Pki) -> None:
    d = driver(p521)
    res = _cps_response(p521, d, remaining_contract_certificate_chains=1)
    signature = res.header.signature
    d.evse.certificate_service = CannedBackend(exi.encode(res))
    out = d.send(request(d, p521))
    assert code(out) == "OK" and out.header.session_id == d.sid and out.header.signature == signature
    installed(out, p521)
    # RemainingContractCertificateChains > 0: another request may follow [V2G20-1579] ...
    out = d.send(request(d, p521))
    assert code(out) == "OK" and d.session.state == "Authorization"
    # ... also after that one (the backend says 1 again); with 0 it may not:
    d.evse.certificate_service = CannedBackend(exi.encode(_cps_response(p521, d)))
    assert code(d.send(request(d, p521))) == "OK"
    assert code(d.send(request(d, p521))) == "FAILED_SequenceError"


def test_backend_warning_in_its_exi_is_forwarded(p521: Pki) -> None:
    d = driver(p521)
    res = _cps_response(p521, d, response_code=m.code("WARNING_NoContractMatchingPCIDFound"))
    d.evse.certificate_service = CannedBackend(exi.encode(res))
    assert code(d.send(request(d, p521))) == "WARNING_NoContractMatchingPCIDFound"
    assert d.session.state == "Authorization"


@pytest.mark.parametrize("answer", ["garbage", "other message", "unsigned", "bad base64", "wrong type",
                                    "empty"])
def test_unusable_backend_answers_are_no_certificate_available(p521: Pki, answer: str) -> None:
    d = driver(p521)
    unsigned = _cps_response(p521, d)
    unsigned.header.signature = None
    canned = {
        "garbage": CertificateInstallationAnswer(exi=bytes(range(40))),
        "other message": CertificateInstallationAnswer(exi=exi.encode(m.cm.SessionStopRes(
            header=m.header(d.sid), response_code=m.code("OK")))),
        "unsigned": CertificateInstallationAnswer(exi=exi.encode(unsigned)),
        "bad base64": CertificateInstallationAnswer.from_base64("not base64!"),
        "wrong type": AuthorizationStatus.ACCEPTED,
        "empty": CertificateInstallationAnswer(),
    }[answer]
    d.evse.certificate_service = CannedBackend(canned)
    res = d.send(request(d, p521))
    assert code(res) == "WARNING_NoCertificateAvailable" and not d.session.ended


def test_backend_base64_round_trip(p521: Pki) -> None:
    import base64

    d = driver(p521)
    text = base64.b64encode(exi.encode(_cps_response(p521, d))).decode()
    d.evse.certificate_service = CannedBackend(CertificateInstallationAnswer.from_base64(text))
    assert code(d.send(request(d, p521))) == "OK"


def test_firmware_failure_is_failed(p521: Pki) -> None:
    d = driver(p521, auto=False)
    assert d.send(request(d, p521)) is None
    [call] = d.pending_calls
    res = d.firmware(call, RuntimeError("CSMS down"), failed=True)
    assert type(res).__name__ == "CertificateInstallationRes" and code(res) == "FAILED"
    assert d.session.end_reason is StopReason.FIRMWARE_ERROR and d.stops


# -- Ongoing while the backend works ----------------------------------------------------------------------
def _slow(p521: Pki) -> tuple[Driver, Any, CallFirmware]:
    d = driver(p521, auto=False)
    req = request(d, p521)
    assert d.send(req) is None
    [call] = d.pending_calls
    assert call.method == "install_certificate" and isinstance(call.args[1], CertificateInstallationRequest)
    [res] = d.advance(INSTALL_TIME + 0.01)
    assert code(res) == "OK" and res.evse_processing.value == "Ongoing"
    assert d.session.state == "CertificateInstallation"
    return d, req, call


def test_slow_backend_is_ongoing_and_asked_once(p521: Pki) -> None:
    d, req, call = _slow(p521)
    for _ in range(3):
        d.now += 1
        assert d.send(req) is None  # waits for the same call again, no second one
        [res] = d.advance(INSTALL_TIME + 0.01)
        assert res.evse_processing.value == "Ongoing"
    assert len(d.pending_calls) == 1
    answer = run_cps(p521, call.args[1])
    assert d.firmware(call, answer) is None  # kept for the next repetition
    res = d.send(req)
    assert code(res) == "OK" and res.evse_processing.value == "Finished"
    assert d.session.state == "Authorization"
    installed(res, p521)


def run_cps(p521: Pki, request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
    return p521.cps().answer(request)


def test_answer_while_waiting_is_sent_at_once(p521: Pki) -> None:
    d, req, call = _slow(p521)
    assert d.send(req) is None
    res = d.firmware(call, run_cps(p521, call.args[1]))
    assert code(res) == "OK" and res.evse_processing.value == "Finished"


def test_changed_request_or_authorization_while_ongoing_is_a_sequence_error(p521: Pki) -> None:
    d, req, _ = _slow(p521)
    changed = request(d, p521, emaids=("DEV2GOTHER",))
    assert code(d.send(changed)) == "FAILED_SequenceError" and d.session.ended
    d, req, _ = _slow(p521)
    assert code(d.send(d.auth_req())) == "FAILED_SequenceError" and d.session.ended
    d, req, _ = _slow(p521)  # only the time stamp and the signature may differ
    again = request(d, p521)
    assert again.header.signature != req.header.signature
    assert d.send(again) is None


def test_ongoing_timeout_is_no_certificate_available(p521: Pki) -> None:
    d, req, _ = _slow(p521)
    started = d.now
    while True:
        d.now += 1
        assert d.send(req) is None
        [res] = d.advance(INSTALL_TIME + 0.01)
        if res.evse_processing.value == "Finished":
            break
        assert d.now - started <= Timing().ongoing
    assert d.now - started > Timing().ongoing
    assert code(res) == "WARNING_NoCertificateAvailable"
    assert not d.session.ended and d.session.state == "Authorization"
    assert d.send(d.auth_req()) is None  # [V2G20-2225]: AuthorizationReq next
    call = d.pending_calls[-1]
    assert call.method == "authorize" and code(d.firmware(call, AuthorizationStatus.ACCEPTED)) == "OK"


def test_grid_stop_during_ongoing_ends_with_failed(p521: Pki) -> None:
    d, req, _ = _slow(p521)
    d._process(d.session.control(Control.STOP, d.now))
    res = d.send(req)
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.EVSE_REQUEST and d.stops


def test_session_stop_while_ongoing(p521: Pki) -> None:
    d, _, _ = _slow(p521)
    assert code(d.stop()) == "OK" and d.session.end_reason is StopReason.SESSION_STOPPED


# -- around authorization ---------------------------------------------------------------------------------
def test_installation_after_a_refused_pnc_attempt(p521: Pki) -> None:
    """[V2G20-1978]: after a WARNING for the contract, CertificateInstallationReq may follow."""
    d = driver(p521)
    other = _pki(KeyProfile.SECP521R1)
    subs = tuple(other.cert(n).public_bytes(Encoding.DER) for n in ("mo_sub_ca2", "mo_sub_ca1"))
    leaf = other.cert("contract").public_bytes(Encoding.DER)
    foreign = EVContract(leaf, subs, other.issued["contract"].key)
    assert code(pnc(d, foreign)) == "WARNING_CertificateValidationError"
    res = d.send(request(d, p521))
    assert code(res) == "OK"
    assert code(pnc(d, installed(res, p521))) == "OK"


def test_installation_while_authorization_is_ongoing_is_a_sequence_error(p521: Pki) -> None:
    d = driver(p521, authorization=AuthorizationStatus.PENDING)
    assert d.send(d.auth_req()).evse_processing.value == "Ongoing"
    assert code(d.send(request(d, p521))) == "FAILED_SequenceError" and d.session.ended


def test_only_authorization_refused_with_installation_left_stays(p521: Pki) -> None:
    """EIM only is offered with PnC off: a refused EIM attempt leaves nothing but SessionStop; with PnC and
    installation offered the session stays in Authorization."""
    d = driver(p521, authorization=AuthorizationStatus.REJECTED)
    assert code(d.send(d.auth_req())) == "WARNING_EIMAuthorizationFailure"
    assert d.session.state == "Authorization"
    assert code(d.send(request(d, p521))) == "OK"


def test_after_expires_soon_a_new_contract_may_be_installed(p521: Pki) -> None:
    """[V2G20-2232]: after OK_CertificateExpiresSoon the next request is ServiceDiscoveryReq or
    CertificateInstallationReq; after installing, the EV authorizes again with the new contract."""
    now = datetime.now(UTC)
    key = generate_key(KeyProfile.SECP521R1)
    ca = p521.issued["mo_sub_ca2"]
    soon = issue_certificate(p521.cert("contract").subject, key.public_key(), (ca.certificate, ca.key),
                             is_ca=False, usage=("digital_signature", "content_commitment"),
                             not_before=now - timedelta(days=300), not_after=now + timedelta(days=10))
    subs = tuple(p521.cert(n).public_bytes(Encoding.DER) for n in ("mo_sub_ca2", "mo_sub_ca1"))
    old = EVContract(soon.public_bytes(Encoding.DER), subs, key)
    d = driver(p521)
    assert code(pnc(d, old)) == "OK_CertificateExpiresSoon"
    assert d.session.state == "ServiceDiscoveryOrInstallation"
    res = d.send(request(d, p521))
    assert code(res) == "OK" and d.session.state == "Authorization"
    assert code(pnc(d, installed(res, p521))) == "OK" and d.session.state == "ServiceDiscovery"
    d = driver(p521)
    assert code(pnc(d, old)) == "OK_CertificateExpiresSoon"
    assert code(d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))) == "OK"
    assert code(d.send(request(d, p521))) == "FAILED_SequenceError"


# -- hostile requests ----------------------------------------------------------------------------------------
def test_mangled_requests_always_get_a_response(p521: Pki) -> None:
    """Whatever a peer puts into the chain or the signature, the engine answers with a code (never raises,
    never hangs); the session ends only on FAILED codes."""
    rng = random.Random(20)

    def flip(data: bytes) -> bytes:
        raw = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        return bytes(raw)

    def mangle(req: Any) -> None:
        chain = req.oem_provisioning_certificate_chain
        sig = req.header.signature
        target = rng.choice(["leaf", "sub", "value", "digest", "subs", "method", "root", "shape"])
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
        elif target == "root":
            req.list_of_root_certificate_i_ds.root_certificate_id[0].x509_serial_number = rng.getrandbits(160)
        else:  # content of the wrong shape, as a schema-deviating decode could give
            entry = req.list_of_root_certificate_i_ds.root_certificate_id[0]
            entry.x509_serial_number = rng.choice(["12x", None, b"\x01"])

    seen = set()
    for index in range(40):
        d = driver(p521, oem_roots=bool(index % 2))
        res = d.send(request(d, p521, mutate=mangle))
        assert res is not None and type(res).__name__ == "CertificateInstallationRes"
        seen.add(code(res))
        assert d.session.ended == code(res).startswith("FAILED")
    assert "FAILED_SignatureError" in seen and "WARNING_CertificateValidationError" in seen


# -- pause and resume keep the authorization ----------------------------------------------------------------
def test_resumed_session_keeps_authorization_and_emaid(p521: Pki) -> None:
    d = driver(p521)
    contract = installed(d.send(request(d, p521)), p521)
    assert code(pnc(d, contract)) == "OK"
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    assert code(d.stop("Pause")) == "OK"
    paused, sid = d.session.ctx.paused, d.sid
    resumed = Driver(d.evse)
    resumed.session.ctx.paused = paused
    resumed.setup(old_sid=sid)
    info = resumed.session.ctx.info
    assert info.session_id == sid and info.authorization is AuthorizationMode.PNC and info.emaid == EMAID


# -- the codec ---------------------------------------------------------------------------------------------
def test_request_survives_the_exi_codec(p521: Pki) -> None:
    d = driver(p521)
    req = request(d, p521)
    decoded = exi.decode(exi.encode(req), ns.ISO20_CM)
    assert decoded == req
    assert code(d.send(decoded)) == "OK"


def test_response_survives_the_exi_codec(p521: Pki) -> None:
    """What the EV decodes still verifies (the Driver round-trips every response)."""
    d = driver(p521)
    installed(d.send(request(d, p521)), p521)


# -- over a socket -----------------------------------------------------------------------------------------
def _small_serial_root() -> x509.Certificate:
    """A root the EV may list whose serial the codec can decode already (not the PKI's 159-bit ones)."""
    key = generate_key(KeyProfile.SECP521R1)
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Small Serial Root")])
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
               .serial_number(7).not_valid_before(now).not_valid_after(now + timedelta(days=1)))
    return builder.sign(key, hashes.SHA512())  # type: ignore[arg-type]


def test_server_hands_firmware_the_bytes_it_received(p521: Pki) -> None:
    """Through the asyncio server: the request EXI reaches firmware exactly as sent, the CPS refuses (the EV
    lists none of its roots) and the EV may authorize next."""
    from tests.secc.test_server import Client
    from v2gstack.secc.server import SeccServer, SeccServerConfig
    from v2gstack.transport.stream import read_message, write_message

    async def main() -> None:
        evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=p521.cps())
        config = SeccServerConfig(host="::1", sdp_port=0, oem_roots=(p521.cert("oem_root"),))
        async with await SeccServer.start(evse, config) as server:
            client = await Client.connect(server.tcp_port)
            await client.hello()
            res = await client.ask(m.cm.AuthorizationSetupReq(header=m.header(client.sid)))
            assert res.certificate_installation_service
            key = p521.issued["oem_prov"].key
            req = build_installation_request(p521.chain(), key, [_small_serial_root()],
                                             session_id=client.sid, time_stamp=int(time.time()))
            sent = exi.encode(req)
            await write_message(client.writer, m.PT_COMMON, sent)
            frame = await asyncio.wait_for(read_message(client.reader, client.parser), 5)
            assert frame is not None
            res = exi.decode(frame.payload, ns.ISO20_CM)
            assert code(res) == "WARNING_NoCertificateAvailable" and res.header.session_id == client.sid
            [seen] = evse.installations
            assert seen.exi == sent and seen.root_certificate_ids == (
                RootCertificateID("CN=Small Serial Root", 7),)
            res = await client.ask(m.cm.AuthorizationReq(
                header=m.header(client.sid), selected_authorization_service=m.cm.authorization.EIM,
                eim_a_req_authorization_mode=m.cm.EIM_AReqAuthorizationMode()))
            assert code(res) == "OK"
            client.writer.close()

    asyncio.run(main())
