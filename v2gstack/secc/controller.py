"""The one interface charger firmware implements: :class:`EVSEController`.

The session engine never touches hardware. It calls these coroutines, each bounded by the SECC's
performance time: when a call has not returned in time the engine answers the EV with "Ongoing" where
the message allows it and with FAILED where it does not, and asks
again on the next request. Whenever a session ends for any reason (stop, error, timeout, dropped link),
:meth:`EVSEController.stop_power` is called at once: it must be idempotent and quick.

Grid-side commands (stop, pause, a new dynamic setpoint) go the other way: firmware calls methods of
the :class:`SessionControl` it receives in :meth:`EVSEController.session_started`.
"""

from __future__ import annotations

import abc
from typing import Protocol

from v2gstack.secc.types import (
    ACChargeTargets,
    AuthorizationStatus,
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
    ContractCertificate,
    ContractRejection,
    DCChargeTargets,
    DCPresent,
    EVChargingNeeds,
    EVSECapabilities,
    IsolationStatus,
    LoopStatus,
    MeterReading,
    PowerScheduleEntry,
    ScheduleOffer,
    SessionEvent,
    SessionInfo,
    StopReason,
)


class SessionControl(Protocol):
    """Commands from the charger or grid side into a running session."""

    def request_stop(self) -> None:
        """Ask the EV to terminate (EVSENotification Terminate); power stops at PowerDelivery Stop."""

    def request_pause(self) -> None:
        """Ask the EV to pause the session (EVSENotification Pause)."""

    def request_renegotiation(self) -> None:
        """Ask the EV to renegotiate its schedule (EVSENotification ScheduleRenegotiation)."""

    def request_service_renegotiation(self) -> None:
        """Ask the EV to renegotiate the service (EVSENotification ServiceRenegotiation): it stops
        power, ends with SessionStop(ServiceRenegotiation) and selects a service again. Only useful
        when the capabilities announce ``service_renegotiation_supported``."""


class CertificateBackend(Protocol):
    """Where contract certificates come from: what a CSMS with a certificate provisioning service behind it
    does for OCPP 2.0.1 Get15118EVCertificate. :class:`~v2gstack.secc.cps.SimulatedCPS` is one for demos
    and tests; an OCPP client is the real one."""

    async def install_certificate(self,
                                  request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
        """Answer one checked CertificateInstallationReq (see :meth:`EVSEController.install_certificate`)."""
        ...


class EVSEController(abc.ABC):
    """What charger firmware implements. Subclass it and override what your hardware does."""

    @abc.abstractmethod
    def capabilities(self) -> EVSECapabilities:
        """Identity, offered services and limits; read at each SessionSetup."""

    def session_started(self, session: SessionInfo, control: SessionControl) -> None:  # noqa: B027
        """A new session was set up; keep ``control`` to send stop/pause requests later."""

    def on_event(self, event: SessionEvent) -> None:  # noqa: B027
        """Notifications out; must not block. Kinds: ``state`` (from, to), ``ev_needs`` (the fields of
        :class:`EVChargingNeeds` whenever they change), ``ev_soc`` (soc), ``schedule_selected``
        (schedule_tuple_id, schedule_tuple_index: the ScheduleTuple the EV follows, scheduled mode; also in
        ``SessionInfo``), ``session_ended`` (reason, detail). More kinds may come: ignore unknown ones."""

    async def authorize(self, session: SessionInfo) -> AuthorizationStatus:
        """EIM authorization (RFID, app, free vend...). Default: accept everyone."""
        return AuthorizationStatus.ACCEPTED

    async def authorize_contract(self, session: SessionInfo,
                                 contract: ContractCertificate) -> AuthorizationStatus | ContractRejection:
        """Plug & Charge: decide on a contract the SECC has checked (GenChallenge, signature, chain;
        ``contract.check`` says whether the chain validated against the configured contract roots).
        Typically an OCPP Authorize with ``contract.emaid`` and ``contract.pem()``. PENDING keeps the EV
        waiting (Ongoing, asked again with each repeated request); REJECTED or a :class:`ContractRejection`
        refuses with that WARNING code. Default: accept exactly the chains that validated against the
        configured roots."""
        return AuthorizationStatus.ACCEPTED if contract.validated else ContractRejection.GENERAL

    async def install_certificate(self, session: SessionInfo,
                                  request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
        """Certificate installation (offered with ``EVSECapabilities.certificate_installation_service`` and
        PnC): a CertificateInstallationReq whose signature and OEM provisioning chain the SECC has checked.
        Typically an OCPP 2.0.1 Get15118EVCertificate (``exiRequest=request.exi_base64()``, action Install,
        ``iso15118SchemaVersion=request.schema``) and, on Accepted,
        ``CertificateInstallationAnswer.from_base64(exiResponse)``; on Failed or no answer a refusal.
        Taking longer than the performance time is fine: the EV is told Ongoing and this call is awaited
        (not repeated) until the Ongoing timeout. Default: no backend, WARNING_NoCertificateAvailable."""
        return CertificateInstallationAnswer.refused()

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        """The power schedule for scheduled mode (ignored in dynamic mode) and its prices: a
        ``ScheduleOffer.tariff`` (:class:`~v2gstack.secc.prices.AbsolutePriceSchedule` or
        :class:`~v2gstack.secc.prices.PriceLevelSchedule`; in dynamic mode it is sent on its own), for BPT
        services a discharge schedule and tariff, and up to two alternative ScheduleTuples. The tariff
        kind must be the ``EVSECapabilities.pricing`` announced for the service (else FAILED). Default:
        full power, no tariff."""
        caps = self.capabilities()
        limit = caps.dc_limits.max_charge_power if caps.dc_limits else 0.0
        if caps.ac_limits is not None and not (session.service and session.service.is_dc):
            limit = caps.ac_limits.max_charge_power
        return ScheduleOffer(schedule=(PowerScheduleEntry(duration=86400, power=limit),))

    async def cable_check(self, session: SessionInfo) -> IsolationStatus:
        """Run (or report progress of) the DC isolation test. Return ONGOING while it runs."""
        raise NotImplementedError("DC services need cable_check()")

    async def precharge(self, session: SessionInfo, target_voltage: float, max_current: float) -> DCPresent:
        """Drive the DC output towards ``target_voltage`` (current-limited); return the present output."""
        raise NotImplementedError("DC services need precharge()")

    async def start_power(self, session: SessionInfo) -> bool:
        """PowerDelivery Start: close contactors, get ready to deliver. False refuses (FAILED). In scheduled
        mode ``session.schedule_tuple_id`` / ``schedule_tuple_index`` say which offered ScheduleTuple the EV
        follows (when its PowerDeliveryReq names one)."""
        return True

    async def dc_charge_loop(self, session: SessionInfo, targets: DCChargeTargets) -> LoopStatus:
        """One DC charge-loop cycle: apply the EV's targets and report the present output."""
        raise NotImplementedError("DC services need dc_charge_loop()")

    async def ac_charge_loop(self, session: SessionInfo, targets: ACChargeTargets) -> LoopStatus:
        """One AC charge-loop cycle: report present power and, in dynamic mode, the setpoint."""
        raise NotImplementedError("AC services need ac_charge_loop()")

    @abc.abstractmethod
    async def stop_power(self, session: SessionInfo | None, reason: StopReason) -> None:
        """Stop power transfer now (open contactors, ramp down). Idempotent; called on every end."""

    async def welding_detection(self, session: SessionInfo) -> DCPresent:
        """Present DC output while checking for welded contactors after the stop."""
        raise NotImplementedError("DC services need welding_detection()")

    async def meter_reading(self, session: SessionInfo) -> MeterReading | None:
        """The current meter reading for MeterInfo, or None when there is no meter."""
        return None
