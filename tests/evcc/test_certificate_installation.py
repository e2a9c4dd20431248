"""Certificate installation on the EVCC side: an EV without a contract but with an OEM provisioning
certificate asks for one when the SECC announces it, verifies and opens the response, and authorizes with
the new contract (PnC) in the same session; refusals and rejected responses fall back to EIM; Ongoing
repeats the unaltered request. Against our SECC in memory with a fake clock, for the P-521 and the Ed448 PKI.
Every request and response goes through the EXI codec (RootCertificateID serials of up to 160 bits)."""

from __future__ import annotations

import asyncio
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from v2gstack import exi
from v2gstack.evcc.client import ClientConfig, SessionReport, run_evcc
from v2gstack.evcc.demo import wait_idle
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import InMemoryRun, run_in_memory
from v2gstack.evcc.report import session_line
from v2gstack.evcc.session import EvccConfig, EvccSession, Stage
from v2gstack.evcc.types import EVContract, EVProvisioning
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.cps import EV_X448_KEY_FILE, SimulatedCPS
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import (
    AuthorizationMode,
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
)
from v2gstack.security.pki import KeyProfile, init_pki, load_certificates
from v2gstack.security.tls import client_context, server_context

BOTH = (AuthorizationMode.EIM, AuthorizationMode.PNC)
EMAID = "DEV2G123456789"
@pytest.fixture(scope="module", params=[KeyProfile.SECP521R1, KeyProfile.ED448], ids=["P-521", "Ed448"])
def pki(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("install-pki")
    init_pki(directory, request.param)
    return directory


@pytest.fixture(scope="module")
def p521(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("install-p521")
    init_pki(directory, KeyProfile.SECP521R1)
    return directory


def trust(pki: Path) -> ContractTrust:
    return ContractTrust((*load_certificates(pki / "mo_root.pem"), *load_certificates(pki / "v2g_root.pem")),
                         oem_roots=tuple(load_certificates(pki / "oem_root.pem")))


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def step(self) -> None:
        self.now += 0.05


def run(evse: SimulatedEVSE, config: EvccConfig, contract_trust: ContractTrust, *,
        decode: bool = True) -> InMemoryRun:
    clock = Clock()
    evse.clock = clock
    engine = SeccSession(evse.capabilities(), clock(), contract_trust=contract_trust)
    return asyncio.run(run_in_memory(config, SimulatedEV(), evse, clock, advance=clock.step, secc=engine,
                                     decode_requests=decode))


def requests_of(done: InMemoryRun) -> list[str]:
    return [e.request for e in done.exchanges]


def installing(pki: Path, **config: Any) -> EvccConfig:
    return EvccConfig(cycles=2, provisioning=EVProvisioning.from_pki(pki), **config)


# -- the good path ------------------------------------------------------------------------------------------
def test_install_then_pnc_in_one_session(pki: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=SimulatedCPS(pki))
    done = run(evse, installing(pki), trust(pki))
    result = done.result
    assert result.completed, result.reason
    assert result.installation == "OK" and result.authorization == "PnC" and result.cycles == 2
    assert requests_of(done)[2:6] == ["AuthorizationSetupReq", "CertificateInstallationReq",
                                      "AuthorizationReq", "ServiceDiscoveryReq"]
    installed = result.installed_contract
    assert installed is not None and installed.emaid == EMAID
    [contract] = evse.contracts  # the SECC saw the installed contract, validated against the MO root
    assert contract.validated and contract.chain[0] == installed.certificate
    assert contract.chain[0] != EVContract.from_pki(pki).certificate  # a fresh one, not the PKI's
    [request] = evse.installations
    assert request.pcid == EVProvisioning.from_pki(pki).pcid
    assert "PnC authorization with the contract installed now (DEV2G123456789)" in session_line(
        0, SessionReport(result))


def test_install_then_pnc_through_the_exi_codec(p521: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=SimulatedCPS(p521))
    result = run(evse, installing(p521), trust(p521), decode=True).result
    assert result.completed and result.installation == "OK" and result.authorization == "PnC", result.reason


def test_an_ev_with_a_contract_does_not_install(p521: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=SimulatedCPS(p521))
    config = installing(p521, contract=EVContract.from_pki(p521))
    done = run(evse, config, trust(p521))
    assert done.result.completed and done.result.installation is None and done.result.authorization == "PnC"
    assert "CertificateInstallationReq" not in requests_of(done) and evse.installations == []


# -- no contract: EIM ----------------------------------------------------------------------------------------
def test_not_offered_means_eim(p521: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH)  # PnC, but no certificate backend
    done = run(evse, installing(p521), trust(p521))
    result = done.result
    assert result.completed and result.installation == "not offered" and result.authorization == "EIM"
    assert "CertificateInstallationReq" not in requests_of(done)
    line = session_line(0, SessionReport(result))
    assert "EIM authorization (certificate installation: not offered)" in line


def test_refused_installation_falls_back_to_eim(p521: Path, tmp_path: Path) -> None:
    init_pki(tmp_path, KeyProfile.SECP521R1)  # another PKI: its CPS does not trust our OEM root
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=SimulatedCPS(tmp_path))
    no_oem_roots = ContractTrust(trust(p521).roots)
    done = run(evse, installing(p521), no_oem_roots)
    result = done.result
    assert result.completed and result.authorization == "EIM", result.reason
    assert result.installation == "WARNING_CertificateValidationError" and result.installed_contract is None
    assert requests_of(done).count("AuthorizationReq") == 1


def test_pnc_only_charger_and_a_refused_installation_stops(p521: Path) -> None:
    class Refusing:
        async def install_certificate(self, request: CertificateInstallationRequest) -> Any:
            return CertificateInstallationAnswer.refused()

    evse = SimulatedEVSE(authorization_modes=(AuthorizationMode.PNC,), certificate_service=Refusing())
    result = run(evse, installing(p521), trust(p521)).result
    assert not result.completed and result.installation == "WARNING_NoCertificateAvailable"
    assert "does not offer EIM" in result.reason


class Tampering:
    """A backend (or a man in the middle) that changes the installation data after the CPS signed it."""

    def __init__(self, pki: Path) -> None:
        self.cps = SimulatedCPS(pki)

    async def install_certificate(self, request: CertificateInstallationRequest) -> Any:
        answer = self.cps.answer(request)
        assert answer.exi is not None
        res = exi.decode(answer.exi, ns.ISO20_CM)
        data = res.signed_installation_data
        key = data.secp521_encrypted_private_key or data.x448_encrypted_private_key
        flipped = bytes([key[0] ^ 1]) + key[1:]
        if data.secp521_encrypted_private_key is not None:
            data.secp521_encrypted_private_key = flipped
        else:
            data.x448_encrypted_private_key = flipped
        return CertificateInstallationAnswer(exi=exi.encode(res))


def test_a_response_that_does_not_verify_is_rejected(pki: Path) -> None:
    """[V2G20-2504]: the EV rejects the response; without a contract it authorizes with EIM."""
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=Tampering(pki))
    result = run(evse, installing(pki), trust(pki)).result
    assert result.completed and result.authorization == "EIM", result.reason
    assert result.installation is not None and result.installation.startswith("rejected: ")
    assert "signature" in result.installation and result.installed_contract is None


# -- the pure session: Ongoing ---------------------------------------------------------------------------
def _to_installation(p521: Path) -> tuple[EvccSession, Any]:
    core = EvccSession(installing(p521), SimulatedEV(), 0.0, wall_start=time.time())
    core.start(0.0)
    sid = bytes(range(8))
    core.receive(m.sap.supportedAppProtocolRes(response_code=m.sap.responseCode.OK_SuccessfulNegotiation,
                                               schema_id=1), 0.1)
    core.receive(m.cm.SessionSetupRes(header=m.header(sid), response_code=m.code("OK_NewSessionEstablished"),
                                      evseid="DE*V2G*E1"), 0.2)
    setup = m.cm.AuthorizationSetupRes(
        header=m.header(sid), response_code=m.code("OK"), authorization_services=[m.cm.authorization.PnC],
        certificate_installation_service=True,
        pn_c_as_res_authorization_mode=m.cm.PnC_ASResAuthorizationMode(gen_challenge=bytes(16)))
    request = core.receive(setup, 0.3)
    assert request is not None and request.name == "CertificateInstallationReq"
    assert core.stage is Stage.CERTIFICATE_INSTALLATION and request.timeout == 5.0
    assert request.message.header.session_id == sid and request.message.header.signature is not None
    return core, request


def test_ongoing_repeats_the_unaltered_request_until_the_ongoing_timeout(p521: Path) -> None:
    core, first = _to_installation(p521)
    ongoing = m.installation_response(bytes(range(8)), "OK", "Ongoing")
    again = core.receive(ongoing, 1.0)
    assert again is not None and again.message is first.message  # [V2G20-1578]
    assert core.receive(ongoing, 59.0) is not None
    assert core.receive(ongoing, 61.1) is None
    assert not core.result.completed and "certificate installation: Ongoing timeout" in core.result.reason


def test_a_warning_without_eim_ends_the_session(p521: Path) -> None:
    core, _ = _to_installation(p521)
    warning = m.installation_response(bytes(range(8)), "WARNING_NoContractMatchingPCIDFound")
    assert core.receive(warning, 1.0) is None
    assert core.result.installation == "WARNING_NoContractMatchingPCIDFound"
    assert "does not offer EIM" in core.result.reason


def test_failed_ends_the_session(p521: Path) -> None:
    core, _ = _to_installation(p521)
    assert core.receive(m.installation_response(bytes(range(8)), "FAILED_SignatureError"), 1.0) is None
    assert not core.result.completed and "FAILED_SignatureError" in core.result.reason


# -- credentials -------------------------------------------------------------------------------------------
def test_provisioning_from_an_ed448_pki_makes_its_x448_key_once(tmp_path: Path) -> None:
    init_pki(tmp_path, KeyProfile.ED448)
    first = EVProvisioning.from_pki(tmp_path)
    path = tmp_path / EV_X448_KEY_FILE
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    second = EVProvisioning.from_pki(tmp_path)
    assert first.agreement_key is not None and second.agreement_key is not None
    raw = first.agreement_key.public_key().public_bytes_raw()
    assert raw == second.agreement_key.public_key().public_bytes_raw()
    assert first.key_for_agreement() is first.agreement_key
    assert len(first.chain) == 3 and first.pcid and len(first.v2g_roots) == 1


def test_provisioning_from_a_p521_pki_uses_the_provisioning_key(p521: Path) -> None:
    prov = EVProvisioning.from_pki(p521)
    assert prov.agreement_key is None and prov.key_for_agreement() is prov.key


def test_installed_contract_can_be_written_and_read_back(p521: Path, tmp_path: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=SimulatedCPS(p521))
    installed = run(evse, installing(p521), trust(p521)).result.installed_contract
    assert installed is not None
    installed.write(tmp_path / "contract")
    again = EVContract.from_pki(tmp_path / "contract")
    assert again.certificate == installed.certificate and again.sub_certificates == installed.sub_certificates
    assert stat.S_IMODE((tmp_path / "contract" / "contract.key").stat().st_mode) == 0o600
    evse = SimulatedEVSE(authorization_modes=BOTH)  # the written contract authorizes a later session
    result = run(evse, EvccConfig(cycles=1, contract=again), trust(p521)).result
    assert result.completed and result.authorization == "PnC" and evse.contracts[0].emaid == EMAID


# -- over TLS on loopback ------------------------------------------------------------------------------------
async def _tls_session(pki: Path) -> tuple[SessionReport, SeccServer]:
    evse = SimulatedEVSE(authorization_modes=BOTH, certificate_service=SimulatedCPS(pki))
    config = SeccServerConfig(host="::1", sdp_port=0, tls=server_context(pki),
                              contract_roots=trust(pki).roots, oem_roots=trust(pki).oem_roots)
    server = await SeccServer.start(evse, config)
    try:
        client = ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_context(pki),
                              session=installing(pki))
        report = await run_evcc(client, SimulatedEV())
        await wait_idle(server)
        return report, server
    finally:
        await server.close()


def test_install_and_pnc_over_tls(p521: Path) -> None:
    report, server = asyncio.run(_tls_session(p521))
    result = report.result
    assert result.completed and result.installation == "OK" and result.authorization == "PnC", result.reason
    assert server.stats.completed == 1
    codes = [(r.request, r.response_code) for r in report.exchanges[3:5]]
    assert codes == [("CertificateInstallationReq", "OK"), ("AuthorizationReq", "OK")]
