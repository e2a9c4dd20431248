"""The session engine's view of the generated ISO 15118-20 message classes.

Everything the states need from the EXI layer goes through here: message names, V2GTP payload types,
headers, RationalNumber conversion and minimal FAILED responses, so the states read like the standard.
"""

from __future__ import annotations

import time
from typing import Any

from v2gstack.exi import namespaces as ns
from v2gstack.exi._rt import S
from v2gstack.exi.generated import iso20_ac as ac
from v2gstack.exi.generated import iso20_cm as cm
from v2gstack.exi.generated import iso20_ct as ct
from v2gstack.exi.generated import iso20_dc as dc
from v2gstack.exi.generated import sap

__all__ = ["ac", "cm", "ct", "dc", "sap"]

PT_SAP = 0x8001
PT_COMMON = 0x8002
PT_AC = 0x8003
PT_DC = 0x8004

_MODULE_INFO: dict[str, tuple[str, int]] = {
    sap.__name__: (ns.SAP, PT_SAP),
    cm.__name__: (ns.ISO20_CM, PT_COMMON),
    dc.__name__: (ns.ISO20_DC, PT_DC),
    ac.__name__: (ns.ISO20_AC, PT_AC),
}

#: Namespace URI of each V2GTP payload type of a -20 session (after SupportedAppProtocol).
PAYLOAD_NAMESPACES: dict[int, str] = {PT_SAP: ns.SAP, PT_COMMON: ns.ISO20_CM, PT_AC: ns.ISO20_AC,
                                      PT_DC: ns.ISO20_DC}

_REQUEST_MODULE: dict[str, Any] = {}
for _module in (sap, cm, dc, ac):
    for _name in dir(_module):
        if _name.endswith("Req") and isinstance(getattr(_module, _name), type):
            _REQUEST_MODULE[_name] = _module


def message_name(message: Any) -> str:
    """The root element name of a message object (its class name)."""
    return type(message).__name__


def where(message_or_cls: Any) -> tuple[str, int]:
    """(namespace URI, V2GTP payload type) of a message class or object."""
    cls = message_or_cls if isinstance(message_or_cls, type) else type(message_or_cls)
    return _MODULE_INFO[cls.__module__]


def payload_type_of(request_name: str) -> int:
    """The payload type a request must arrive with ([V2G20] V2GTP payload type per namespace)."""
    module = _REQUEST_MODULE.get(request_name)
    return _MODULE_INFO[module.__name__][1] if module is not None else -1


def session_matches(message: Any, session_id: bytes) -> bool:
    header = getattr(message, "header", None)
    return header is not None and header.session_id == session_id


def header(session_id: bytes, wall_time: float | None = None) -> ct.MessageHeader:
    """A response header: the session's ID and the time in seconds since the epoch."""
    stamp = int(time.time() if wall_time is None else wall_time)
    return ct.MessageHeader(session_id=session_id, time_stamp=stamp)


_RATIONALS: dict[float, tuple[int, int]] = {}
_RATIONALS_MAX = 4096


def rational(value: float) -> ct.RationalNumber:
    """``value`` as a RationalNumber (as ``RationalNumber.from_float``, memoised: the charge loop
    sends the same few values over and over)."""
    value = float(value)
    known = _RATIONALS.get(value)
    if known is None:
        made = ct.RationalNumber.from_float(value)
        if len(_RATIONALS) >= _RATIONALS_MAX:
            _RATIONALS.clear()
        known = _RATIONALS[value] = (made.exponent, made.value)
    return ct.RationalNumber(exponent=known[0], value=known[1])


def number(value: ct.RationalNumber | None) -> float | None:
    """A RationalNumber as the nearest float (Python's int division is correctly rounded)."""
    if value is None:
        return None
    mantissa: int = value.value
    exponent: int = value.exponent
    scale: int = 10 ** abs(exponent)
    return mantissa / scale if exponent < 0 else float(mantissa * scale)


def code(name: str) -> ct.responseCode:
    return ct.responseCode[name]


# -- minimal responses -------------------------------------------------------------------------------
def _default_simple(s: S) -> Any:
    if s.kind == "bool":
        return False
    if s.kind == "enum" and s.enum is not None:
        return next(iter(s.enum))
    if s.kind in ("int", "uint", "nbit"):
        lo = s.lo if s.lo is not None else 0
        return max(lo, 0) if s.hi is None or s.hi >= 0 else s.hi
    if s.kind in ("hex", "b64"):
        return b"\x00" * (s.min_len or 0)
    return "x" * (s.min_len or 0)


def _chosen(fields: Any, values: dict[str, Any], prefer: str) -> dict[int, int]:
    """The alternative a minimal instance uses in each required choice group: the one ``values``
    already fills, else the one whose element matches the mode in ``prefer`` (Scheduled/Dynamic),
    else the first."""
    groups: dict[int, list[Any]] = {}
    for f in fields:
        if f.group and f.gmin >= 1:
            groups.setdefault(f.group, []).append(f)
    mode = next((w for w in ("Scheduled", "Dynamic") if w in prefer), None)
    chosen: dict[int, int] = {}
    for group, members in groups.items():
        given = [f.alt for f in members if f.attr in values]
        matching = [f.alt for f in members if mode and any(n[1].startswith(mode) for n in f.names)]
        chosen[group] = (given or matching or [min(f.alt for f in members)])[0]
    return chosen


def minimal(cls: type, prefer: str = "", **values: Any) -> Any:
    """An instance of ``cls`` with every required field set to a neutral value.

    ``prefer`` picks, among substitution-group alternatives, the first element whose name contains it
    (e.g. "Scheduled_DC"), and in a required xs:choice the alternative of that control mode; ``values``
    override fields. Choice groups come from the generated field metadata (``group``/``alt``/``amin``).
    """
    fields = cls._exi_fields  # type: ignore[attr-defined]
    chosen = _chosen(fields, values, prefer)
    kwargs: dict[str, Any] = {}
    for f in fields:
        in_choice = f.group in chosen and chosen[f.group] == f.alt and f.amin >= 1
        if f.attr in values or not (f.min >= 1 or in_choice):
            continue
        options = [n for n in f.names if not prefer or prefer in n[1]] or list(f.names)
        content = options[0][2]
        if isinstance(content, S):
            value = _default_simple(content)
        elif isinstance(content, type) and hasattr(content, "_exi_fields"):
            value = minimal(content, prefer)
        else:
            value = None
        count = max(f.min, f.amin if in_choice else 0, 1)
        kwargs[f.attr] = [value] * count if f.max != 1 else value
    kwargs.update(values)
    return cls(**kwargs)


def response_class(request_name: str) -> type | None:
    """The response class that answers ``request_name``."""
    module = _REQUEST_MODULE.get(request_name)
    if module is None:
        return None
    found = getattr(module, request_name[:-3] + "Res", None)
    return found if isinstance(found, type) else None


def failed_response(request_name: str, response_code: str, ctx: Any) -> tuple[Any, str, int] | None:
    """A minimal response to ``request_name`` with a FAILED code, or None if there is none."""
    cls = response_class(request_name)
    if cls is None:
        return None
    if cls is sap.supportedAppProtocolRes:
        msg: Any = sap.supportedAppProtocolRes(response_code=sap.responseCode.Failed_NoNegotiation)
    else:
        prefer = "Scheduled_DC" if cls.__module__ == dc.__name__ else "Scheduled_AC"
        if ctx.service is not None and ctx.service.is_bpt:
            prefer = "BPT_" + prefer
        if cls is cm.CertificateInstallationRes:
            msg = installation_response(ctx.session_id or b"\x00" * 8, response_code)
            return msg, ns.ISO20_CM, PT_COMMON
        if ctx.control_mode is not None and ctx.control_mode.name == "DYNAMIC":
            prefer = prefer.replace("Scheduled", "Dynamic")
        msg = minimal(cls, prefer, header=header(ctx.session_id or b"\x00" * 8),
                      response_code=code(response_code))
    namespace, payload_type = where(cls)
    return msg, namespace, payload_type


def installation_response(session_id: bytes, response_code: str, processing: str = "Finished") -> Any:
    """A CertificateInstallationRes without a contract: the schema still requires CPSCertificateChain and
    SignedInstallationData, so they hold the smallest schema-conformant values ("arbitrary XSD conform
    values ... minimal size", [V2G20-2225]): empty certificates, zero-filled fixed-length keys."""
    return minimal(cm.CertificateInstallationRes, header=header(session_id),
                   response_code=code(response_code), evse_processing=ct.processing[processing],
                   signed_installation_data=minimal(cm.SignedInstallationData, id="id1"))
