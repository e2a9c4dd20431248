"""Plug & Charge on the EVCC side: choosing PnC or EIM, the signed AuthorizationReq against our SECC (in
memory with a fake clock), refusals and the EIM fallback, and one full PnC session over TLS on loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from v2gstack.evcc.client import ClientConfig, SessionReport, run_evcc
from v2gstack.evcc.demo import wait_idle
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import InMemoryRun, run_in_memory
from v2gstack.evcc.report import session_line
from v2gstack.evcc.session import EvccConfig
from v2gstack.evcc.types import EVContract
from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import (
    AuthorizationMode,
    AuthorizationStatus,
    ChainCheck,
    ContractCertificate,
    ContractRejection,
    EnergyService,
    SessionInfo,
)
from v2gstack.security.pki import KeyProfile, init_pki, load_certificates
from v2gstack.security.tls import client_context, server_context

BOTH = (AuthorizationMode.EIM, AuthorizationMode.PNC)
EMAID = "DEV2G123456789"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("pnc-pki")
    init_pki(directory, KeyProfile.SECP521R1)
    return directory


def trust(pki: Path) -> ContractTrust:
    return ContractTrust((*load_certificates(pki / "mo_root.pem"), *load_certificates(pki / "v2g_root.pem")))


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def step(self) -> None:
        self.now += 0.05


def run(evse: SimulatedEVSE, config: EvccConfig, contract_trust: ContractTrust) -> InMemoryRun:
    clock = Clock()
    evse.clock = clock
    engine = SeccSession(evse.capabilities(), clock(), contract_trust=contract_trust)
    return asyncio.run(run_in_memory(config, SimulatedEV(), evse, clock, advance=clock.step, secc=engine))


def requests_of(run_: InMemoryRun) -> list[str]:
    return [e.request for e in run_.exchanges]


def test_contract_from_pki(pki: Path) -> None:
    contract = EVContract.from_pki(pki)
    assert len(contract.sub_certificates) == 2
    assert contract.certificate == load_certificates(pki / "contract.pem")[0].public_bytes(Encoding.DER)


def test_pnc_session_in_memory(pki: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH)
    result = run(evse, EvccConfig(cycles=3, contract=EVContract.from_pki(pki)), trust(pki)).result
    assert result.completed, result.reason
    assert result.authorization == "PnC" and result.pnc_refused is None and result.cycles == 3
    [contract] = evse.contracts
    assert contract.emaid == EMAID and contract.check is ChainCheck.VALIDATED
    assert "PnC authorization" in session_line(0, SessionReport(result))


def test_ed448_contract(tmp_path: Path) -> None:
    init_pki(tmp_path, KeyProfile.ED448)
    evse = SimulatedEVSE(authorization_modes=BOTH)
    result = run(evse, EvccConfig(cycles=1, contract=EVContract.from_pki(tmp_path)), trust(tmp_path)).result
    assert result.completed and result.authorization == "PnC", result.reason


@pytest.mark.parametrize(("offered", "with_contract", "expected"), [
    ((AuthorizationMode.EIM,), True, "EIM"),  # the SECC does not offer PnC
    (BOTH, False, "EIM"),  # the EV has no contract
])
def test_eim_when_pnc_is_not_possible(pki: Path, offered: Any, with_contract: bool, expected: str) -> None:
    config = EvccConfig(cycles=1, contract=EVContract.from_pki(pki) if with_contract else None)
    result = run(SimulatedEVSE(authorization_modes=offered), config, trust(pki)).result
    assert result.completed and result.authorization == expected
    assert "EIM authorization" in session_line(0, SessionReport(result))


def test_pnc_only_secc_and_an_ev_without_contract(pki: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=(AuthorizationMode.PNC,))
    result = run(evse, EvccConfig(cycles=1), trust(pki)).result
    assert not result.completed and "does not offer EIM" in result.reason


def test_refused_contract_stops_or_falls_back_to_eim(pki: Path) -> None:
    contract = EVContract.from_pki(pki)
    revoked = ContractRejection.CERTIFICATE_REVOKED
    evse = SimulatedEVSE(authorization_modes=BOTH, contract_authorization=revoked)
    done = run(evse, EvccConfig(cycles=1, contract=contract), trust(pki))
    assert not done.result.completed
    assert done.result.reason == "authorization refused: WARNING_CertificateRevoked"
    assert requests_of(done)[-1] == "SessionStopReq"
    evse = SimulatedEVSE(authorization_modes=BOTH, contract_authorization=AuthorizationStatus.REJECTED)
    done = run(evse, EvccConfig(cycles=1, contract=contract, eim_fallback=True), trust(pki))
    result = done.result
    assert result.completed and result.authorization == "EIM", result.reason
    assert result.pnc_refused == "WARNING_GeneralPnCAuthorizationError"
    assert requests_of(done).count("AuthorizationReq") == 2
    assert "EIM authorization (PnC refused: WARNING_GeneralPnCAuthorizationError)" in session_line(
        0, SessionReport(result))


def test_without_contract_roots_the_default_refuses(pki: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH)
    result = run(evse, EvccConfig(cycles=1, contract=EVContract.from_pki(pki)), ContractTrust()).result
    assert not result.completed and "WARNING_GeneralPnCAuthorizationError" in result.reason
    assert evse.contracts[0].check is ChainCheck.NO_TRUST_ANCHORS


class SlowBackend(SimulatedEVSE):
    """Answers PENDING twice (the EV waits with unaltered requests), then accepts."""

    async def authorize_contract(self, session: SessionInfo, contract: ContractCertificate) -> Any:
        self.contracts.append(contract)
        return AuthorizationStatus.PENDING if len(self.contracts) < 3 else AuthorizationStatus.ACCEPTED


def test_pending_backend_keeps_the_ev_waiting(pki: Path) -> None:
    evse = SlowBackend(authorization_modes=BOTH)
    done = run(evse, EvccConfig(cycles=1, contract=EVContract.from_pki(pki)), trust(pki))
    assert done.result.completed and done.result.authorization == "PnC", done.result.reason
    assert requests_of(done).count("AuthorizationReq") == 3 and len(evse.contracts) == 3


# -- over TLS on loopback ------------------------------------------------------------------------------
async def _tls_session(pki: Path, evse: SimulatedEVSE,
                       config: EvccConfig) -> tuple[SessionReport, SeccServer]:
    roots = trust(pki).roots
    server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0, tls=server_context(pki),
                                                           contract_roots=roots))
    try:
        client = ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_context(pki), session=config)
        report = await run_evcc(client, SimulatedEV())
        await wait_idle(server)
        return report, server
    finally:
        await server.close()


def test_pnc_session_over_tls(pki: Path) -> None:
    evse = SimulatedEVSE(authorization_modes=BOTH)
    config = EvccConfig(service=EnergyService.DC_BPT, cycles=4, contract=EVContract.from_pki(pki))
    report, server = asyncio.run(_tls_session(pki, evse, config))
    result = report.result
    assert result.completed and result.authorization == "PnC", result.reason
    assert report.tls_version == "TLSv1.3" and server.stats.completed == 1
    auth = [r for r in report.exchanges if r.request == "AuthorizationReq"]
    assert [(r.response, r.response_code) for r in auth] == [("AuthorizationRes", "OK")]
    [contract] = evse.contracts
    assert contract.emaid == EMAID and contract.validated
    setup = next(r for r in report.exchanges if r.request == "AuthorizationSetupReq")
    assert setup.response_code == "OK"
