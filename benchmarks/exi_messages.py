"""The messages the EXI benchmarks time, as XML text (values of a realistic DC BPT session)."""

from __future__ import annotations

from v2gstack.exi import namespaces

_CT = namespaces.ISO20_CT


def _rational(name: str, exponent: int, value: int, prefix: str = "ct") -> str:
    return (f"<{prefix}:{name}><ct:Exponent>{exponent}</ct:Exponent><ct:Value>{value}</ct:Value>"
            f"</{prefix}:{name}>")


_HEADER = ("<ct:Header><ct:SessionID>4A1F9C07D2E36B58</ct:SessionID>"
           "<ct:TimeStamp>1767225600</ct:TimeStamp></ct:Header>")

#: DC_ChargeLoopReq in dynamic BPT mode, every optional element a real EV sends in that mode.
DC_CHARGE_LOOP_REQ_BPT_DYNAMIC = (
    f'<dc:DC_ChargeLoopReq xmlns:dc="{namespaces.ISO20_DC}" xmlns:ct="{_CT}">'
    + _HEADER
    + "<ct:DisplayParameters><ct:PresentSOC>47</ct:PresentSOC><ct:MinimumSOC>20</ct:MinimumSOC>"
    "<ct:TargetSOC>80</ct:TargetSOC><ct:MaximumSOC>100</ct:MaximumSOC>"
    "<ct:RemainingTimeToTargetSOC>1860</ct:RemainingTimeToTargetSOC>"
    "<ct:ChargingComplete>false</ct:ChargingComplete></ct:DisplayParameters>"
    "<ct:MeterInfoRequested>false</ct:MeterInfoRequested>"
    + _rational("EVPresentVoltage", -1, 7214, "dc")
    + "<dc:BPT_Dynamic_DC_CLReqControlMode><ct:DepartureTime>7200</ct:DepartureTime>"
    + _rational("EVTargetEnergyRequest", 1, 2450)
    + _rational("EVMaximumEnergyRequest", 1, 4200)
    + _rational("EVMinimumEnergyRequest", 0, -1500)
    + _rational("EVMaximumChargePower", 1, 15000, "dc")
    + _rational("EVMinimumChargePower", 0, 0, "dc")
    + _rational("EVMaximumChargeCurrent", -1, 3500, "dc")
    + _rational("EVMaximumVoltage", -1, 8200, "dc")
    + _rational("EVMinimumVoltage", -1, 5500, "dc")
    + _rational("EVMaximumDischargePower", 1, 11000, "dc")
    + _rational("EVMinimumDischargePower", 0, 0, "dc")
    + _rational("EVMaximumDischargeCurrent", -1, 2500, "dc")
    + _rational("EVMaximumV2XEnergyRequest", 1, 3000, "dc")
    + _rational("EVMinimumV2XEnergyRequest", 0, -2000, "dc")
    + "</dc:BPT_Dynamic_DC_CLReqControlMode></dc:DC_ChargeLoopReq>"
)

SUPPORTED_APP_PROTOCOL_REQ = (
    f'<sap:supportedAppProtocolReq xmlns:sap="{namespaces.SAP}">'
    + "".join(
        f"<AppProtocol><ProtocolNamespace>{uri}</ProtocolNamespace><VersionNumberMajor>{major}"
        f"</VersionNumberMajor><VersionNumberMinor>0</VersionNumberMinor><SchemaID>{i}</SchemaID>"
        f"<Priority>{i}</Priority></AppProtocol>"
        for i, (uri, major) in enumerate([(namespaces.ISO20_DC, 1), (namespaces.ISO2, 2)], start=1)
    )
    + "</sap:supportedAppProtocolReq>"
)

SESSION_SETUP_REQ = (
    f'<cm:SessionSetupReq xmlns:cm="{namespaces.ISO20_CM}" xmlns:ct="{_CT}">'
    "<ct:Header><ct:SessionID>0000000000000000</ct:SessionID><ct:TimeStamp>1767225590</ct:TimeStamp>"
    "</ct:Header><cm:EVCCID>WMIV1234567890ABCDEX</cm:EVCCID></cm:SessionSetupReq>"
)

#: name -> (namespace URI, XML text)
MESSAGES: dict[str, tuple[str, str]] = {
    "DC_ChargeLoopReq (BPT dynamic)": (namespaces.ISO20_DC, DC_CHARGE_LOOP_REQ_BPT_DYNAMIC),
    "supportedAppProtocolReq (2 protocols)": (namespaces.SAP, SUPPORTED_APP_PROTOCOL_REQ),
    "SessionSetupReq": (namespaces.ISO20_CM, SESSION_SETUP_REQ),
}
