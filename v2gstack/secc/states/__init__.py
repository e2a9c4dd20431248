"""The SECC's states, one module each, and the table the engine dispatches on.

A state is named after what the SECC waits for next. The table below is the whole -20 sequence:
SupportedAppProtocol -> SessionSetup -> AuthorizationSetup -> (CertificateInstallation) -> Authorization
-> ServiceDiscovery -> ServiceDetail (-> ServiceSelection) -> ChargeParameterDiscovery -> ScheduleExchange
-> (DC: CableCheck -> PreCharge) -> PowerDelivery -> ChargeLoop -> (DC: WeldingDetection) -> SessionStop.
"""

from __future__ import annotations

from v2gstack.secc.states import (
    authorization,
    authorization_setup,
    cable_check,
    certificate_installation,
    charge_loop,
    charge_parameter_discovery,
    power_delivery,
    pre_charge,
    schedule_exchange,
    service_detail,
    service_discovery,
    session_setup,
    session_stop,
    supported_app_protocol,
    welding_detection,
)
from v2gstack.secc.states._base import SequenceError, State

STATES: dict[str, State] = {
    s.STATE.name: s.STATE
    for s in (
        supported_app_protocol,
        session_setup,
        authorization_setup,
        authorization,
        certificate_installation,
        service_discovery,
        service_detail,
        charge_parameter_discovery,
        schedule_exchange,
        cable_check,
        pre_charge,
        power_delivery,
        charge_loop,
        welding_detection,
        session_stop,
    )
}
STATES[certificate_installation.EXPIRES_SOON_STATE.name] = certificate_installation.EXPIRES_SOON_STATE
INITIAL_STATE = supported_app_protocol.NAME

__all__ = ["INITIAL_STATE", "STATES", "SequenceError", "State"]
