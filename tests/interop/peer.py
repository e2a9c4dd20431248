"""The independent peer: the ``iso15118`` PyPI stack (SECC and EVCC), configured for scripted runs.

Configuration is by environment variables (and a ``.env`` file in the working directory, which
is why every run gets a fresh empty directory and an environment built from scratch: nothing
from the caller's environment such as a stray ``PKI_PATH`` leaks in). The EVCC also takes a
JSON file (path as its only argument). See docs/interop.md for every key.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from tests.interop.harness import SideSpec
from tests.interop.trace import parse_iso15118_log

PEER_VERSION = "0.31.2"

# our service names (CLI spelling) -> the peer's EVCC energy service names and -20 protocols
SERVICES = {"dc": "DC", "dc-bpt": "DC_BPT", "ac": "AC", "ac-bpt": "AC_BPT"}
PROTOCOL = {"dc": "ISO_15118_20_DC", "dc-bpt": "ISO_15118_20_DC", "ac": "ISO_15118_20_AC",
            "ac-bpt": "ISO_15118_20_AC"}
# ISO 15118-20 energy transfer ServiceIDs, as sent in ServiceSelectionReq
SERVICE_ID = {"ac": 1, "dc": 2, "ac-bpt": 5, "dc-bpt": 6}

# the SECC logs this (INFO) once its SDP server is bound to ff02::1 on the interface
SECC_READY = "UDP server started at address"
# after a failed session the EVCC restarts SDP, runs out of retry cycles, logs this and then
# idles until interrupted instead of exiting
EVCC_GAVE_UP = ("maximum number of SDP retry cycles", "EVCC terminated:")
# Q16: the SECC logs these two errors on every AC_ChargeLoopReq, whatever the EV sent: its simulator's
# own AC session limits set both a charge and a discharge power (iso15118/secc/controller/interface.py,
# get_ac_charge_loop_params_v20)
SECC_AC_LIMIT_ERRORS = (
    "Both Max Charge and Discharge power are set, Just one is allowed at a time.",
    "Both Max Reactive Charge and Discharge power are set, Just one is allowed at a time.",
)


def package_dir() -> Path:
    spec = importlib.util.find_spec("iso15118")
    if spec is None or spec.origin is None:
        raise RuntimeError("the iso15118 package is not installed")
    return Path(spec.origin).parent


def unavailable_reason() -> str | None:
    """Why the peer cannot run here (None if it can)."""
    try:
        version = importlib.metadata.version("iso15118")
    except importlib.metadata.PackageNotFoundError:
        return "iso15118 is not installed (pip install -e '.[test]')"
    if version != PEER_VERSION:
        return f"iso15118 {version} installed; the interop suite is written against {PEER_VERSION}"
    # the 0.31.2 wheel imports aiofile in its EVCC but does not declare it
    if importlib.util.find_spec("aiofile") is None:
        return "the iso15118 EVCC needs `aiofile`, which its wheel does not declare: pip install aiofile"
    if shutil.which("java") is None:
        return "the iso15118 stack needs `java` (its EXI codec is EXIficient through py4j)"
    return None


def stray_dotenv(*starts: Path) -> list[Path]:
    """`.env` files the peer would read: it searches from its working directory (SECC) and from
    its own package directory (EVCC's shared settings) up to `/` (environs' read_env recurses).
    Variables we set win over the file, but any we leave unset would be taken from it."""
    found: list[Path] = []
    for start in starts:
        for directory in (start, *start.parents):
            candidate = directory / ".env"
            if candidate.is_file() and candidate not in found:
                found.append(candidate)
    return found


def base_env() -> dict[str, str]:
    """A minimal environment: enough to find python and java, nothing else inherited."""
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "JAVA_HOME", "TMPDIR")
    return {k: os.environ[k] for k in keep if k in os.environ}


def _common_env(iface: str, *, tls: bool, pki: Path | None, log_level: str) -> dict[str, str]:
    env = {
        **base_env(),
        "NETWORK_INTERFACE": iface,
        "LOG_LEVEL": log_level,
        "MESSAGE_LOG_JSON": "true",  # message bodies in the log (the parser reads them)
        "MESSAGE_LOG_EXI": "false",
        "ENABLE_TLS_1_3": "true" if tls else "false",
    }
    if pki is not None:
        env["PKI_PATH"] = str(pki).rstrip("/") + "/"
    return env


def secc_spec(
    iface: str,
    work_dir: Path,
    *,
    services: tuple[str, ...] = ("dc", "dc-bpt"),
    tls: bool = False,
    pki: Path | None = None,
    log_level: str = "DEBUG",
    pnc: bool = False,
) -> SideSpec:
    """The peer's SECC on ``iface`` (EIM only, or with ``pnc`` Plug & Charge and EIM; TLS enforced
    when ``tls``: it offers PnC only over TLS).

    The peer offers every -20 service of the chosen protocols (DC offers DC and DC_BPT), so
    ``services`` only selects the protocols (ISO_15118_20_DC and/or ISO_15118_20_AC).
    """
    protocols = list(dict.fromkeys(PROTOCOL[s] for s in services))
    env = {
        **_common_env(iface, tls=tls, pki=pki, log_level=log_level),
        "PROTOCOLS": ",".join(protocols),
        "AUTH_MODES": "EIM,PNC" if pnc else "EIM",
        "SECC_ENFORCE_TLS": "true" if tls else "false",
        "FREE_CHARGING_SERVICE": "false",
        "ALLOW_CERT_INSTALL_SERVICE": "false",
        "STANDBY_ALLOWED": "false",
    }
    cwd = _fresh_dir(work_dir / "iso15118-secc")
    return SideSpec(
        name="iso15118-secc",
        role="secc",
        argv=[sys.executable, "-m", "iso15118.secc.main"],
        env=env,
        cwd=cwd,
        parse=parse_iso15118_log,
        ready=lambda output: SECC_READY in output,
        known_errors=SECC_AC_LIMIT_ERRORS if "ISO_15118_20_AC" in protocols else (),
    )


def evcc_config(service: str, *, tls: bool, cycles: int) -> dict[str, Any]:
    """The EVCC's JSON configuration (keys as in iso15118/evcc/evcc_config.py)."""
    return {
        "supportedProtocols": [PROTOCOL[service]],
        "supportedEnergyServices": [SERVICES[service]],
        "isCertInstallNeeded": False,
        "useTls": tls,
        "enforceTls": tls,
        "sdpRetryCycles": 1,
        "maxContractCerts": 3,
        "maxSupportingPoints": 1024,
        "chargeLoopCycle": cycles,
        "chargeLoopDelay": 0,
    }


def evcc_spec(
    iface: str,
    work_dir: Path,
    *,
    service: str = "dc",
    tls: bool = False,
    pki: Path | None = None,
    cycles: int = 2,
    log_level: str = "DEBUG",
) -> SideSpec:
    """The peer's EVCC on ``iface``: one session of ``service`` with ``cycles`` charge loops."""
    cwd = _fresh_dir(work_dir / "iso15118-evcc")
    config = cwd / "evcc_config.json"
    config.write_text(json.dumps(evcc_config(service, tls=tls, cycles=cycles), indent=2))
    env = {**_common_env(iface, tls=tls, pki=pki, log_level=log_level), "EVCC_CONFIG_PATH": str(config)}
    return SideSpec(
        name="iso15118-evcc",
        role="evcc",
        argv=[sys.executable, "-m", "iso15118.evcc.main", str(config)],
        env=env,
        cwd=cwd,
        parse=parse_iso15118_log,
        gave_up=lambda output: any(marker in output for marker in EVCC_GAVE_UP),
    )


def _fresh_dir(path: Path) -> Path:
    """An empty working directory (so no `.env` file is picked up)."""
    path.mkdir(parents=True, exist_ok=False)
    return path


# ---------------------------------------------------------------------------------------------
# PKI


def make_peer_pki(dest: Path, password: str = "12345") -> Path:
    """Run the peer's own create_certs.sh (P-256, encrypted keys) into ``dest``; returns PKI_PATH.

    The script writes relative to its working directory and reads ``configs/``, so it runs in a
    copy of the package's ``shared/pki``. ``-v iso-2``: the peer reads ``iso15118_2/`` even for
    ISO 15118-20 (its CertPath/KeyPath hard-code that folder).
    """
    if shutil.which("openssl") is None:
        raise RuntimeError("create_certs.sh needs the openssl command")
    shutil.copytree(package_dir() / "shared" / "pki", dest)
    done = subprocess.run(
        ["bash", "create_certs.sh", "-v", "iso-2", "-p", password],
        cwd=dest, capture_output=True, text=True, timeout=120, check=False,
    )
    if done.returncode != 0 or not (dest / "iso15118_2" / "certs" / "cpoCertChain.pem").exists():
        raise RuntimeError(f"create_certs.sh failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return dest


# The files the peer reads for TLS, relative to PKI_PATH, and the v2gstack PKI file each one is
# taken from by peer_pki_from_v2gstack (docs/security.md, "Directory layout").
PEER_TLS_FILES = {
    # SECC (server): its chain and key, and the root it verifies the EVCC against (TLS 1.3 only)
    "iso15118_2/certs/cpoCertChain.pem": "secc_chain.pem",
    "iso15118_2/private_keys/seccLeaf.key": "secc.key",
    "iso15118_2/certs/oemRootCACert.pem": "oem_root.pem",
    # EVCC (client): the root it verifies the SECC against, and its own chain and key (TLS 1.3)
    "iso15118_2/certs/v2gRootCACert.pem": "v2g_root.pem",
    "iso15118_2/certs/oemCertChain.pem": "vehicle_chain.pem",
    "iso15118_2/private_keys/oemLeaf.key": "vehicle.key",
}
# Plug & Charge: the EVCC's contract chain (DER, leaf and MO Sub-CAs, read from these three files by
# load_cert_chain) and key, signing PnC_AReqAuthorizationMode; the MO root for completeness (its -20
# SECC does not validate contract chains). From the contract chain of a v2gstack PKI, in chain order.
PEER_CONTRACT_CHAIN = ("contractLeafCert.der", "moSubCA2Cert.der", "moSubCA1Cert.der")
PEER_PNC_KEY = ("iso15118_2/private_keys/contractLeaf.key", "contract.key")
# empty password files: the peer then loads the key unencrypted (load_priv_key_pass -> None)
PEER_PASSWORD_FILES = ("seccLeafPassword.txt", "oemLeafPassword.txt", "contractLeafPassword.txt")


def peer_pki_from_v2gstack(ours: Path, dest: Path) -> Path:
    """Lay a v2gstack PKI (``v2gstack pki init``) out the way the peer reads it; returns PKI_PATH.

    With this, both sides trust the same roots: the peer's EVCC trusts our V2G root and presents
    our vehicle chain, the peer's SECC presents our SECC chain and trusts our OEM root.
    """
    for target, source in PEER_TLS_FILES.items():
        path = dest / target
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ours / source, path)
    certs = dest / "iso15118_2" / "certs"
    chain = x509.load_pem_x509_certificates((ours / "contract_chain.pem").read_bytes())
    for name, cert in zip(PEER_CONTRACT_CHAIN, chain, strict=True):
        (certs / name).write_bytes(cert.public_bytes(Encoding.DER))
    (mo_root,) = x509.load_pem_x509_certificates((ours / "mo_root.pem").read_bytes())
    (certs / "moRootCACert.der").write_bytes(mo_root.public_bytes(Encoding.DER))
    shutil.copyfile(ours / PEER_PNC_KEY[1], dest / PEER_PNC_KEY[0])
    for name in PEER_PASSWORD_FILES:
        (dest / "iso15118_2" / "private_keys" / name).write_text("")
    return dest


def selected_service_id(trace_messages: list[Any]) -> int | None:
    """The ServiceID in the EVCC's ServiceSelectionReq, from a trace's messages."""
    for message in trace_messages:
        if message.name == "ServiceSelectionReq" and message.body:
            selected = message.body.get("SelectedEnergyTransferService") or {}
            service_id = selected.get("ServiceID")
            return service_id if isinstance(service_id, int) else None
    return None


# ISO 15118-20 ControlMode service parameter values
CONTROL_MODES = {1: "scheduled", 2: "dynamic"}


def selected_control_mode(trace_messages: list[Any]) -> str | None:
    """The ControlMode parameter of the parameter set the EVCC selected (ServiceSelectionReq's
    ParameterSetID looked up in the ServiceDetailRes of that service), from a trace's messages."""
    detail: dict[Any, Any] = {}
    for message in trace_messages:
        if message.name == "ServiceDetailRes" and message.body:
            detail[message.body.get("ServiceID")] = message.body
        if message.name == "ServiceSelectionReq" and message.body:
            selected = message.body.get("SelectedEnergyTransferService") or {}
            sets = (detail.get(selected.get("ServiceID")) or {}).get("ServiceParameterList", {})
            for parameter_set in sets.get("ParameterSet", []):
                if parameter_set.get("ParameterSetID") == selected.get("ParameterSetID"):
                    for parameter in parameter_set.get("Parameter", []):
                        if parameter.get("Name") == "ControlMode":
                            return CONTROL_MODES.get(parameter.get("intValue"))
    return None


def control_mode_element(name: str, mode: str, service: str) -> str:
    """The control-mode element a -20 message of ``name`` carries in ``mode`` for ``service``,
    e.g. ``BPT_Dynamic_DC_CLReqControlMode``, ``Scheduled_SEResControlMode``, ``Dynamic_EVPPTControlMode``."""
    kind = {"ScheduleExchangeReq": "SEReq", "ScheduleExchangeRes": "SERes", "PowerDeliveryReq": "EVPPT"}
    mode_name = mode.capitalize()
    if name in kind:
        return f"{mode_name}_{kind[name]}ControlMode"
    bpt = "BPT_" if service.endswith("-bpt") else ""
    ac_dc, _, direction = name.partition("_ChargeLoop")  # "AC", "Req"/"Res"
    return f"{bpt}{mode_name}_{ac_dc}_CL{direction}ControlMode"


def control_mode_elements(trace_messages: list[Any], service: str) -> dict[str, set[str]]:
    """Message name -> the control-mode elements found in its logged bodies (ScheduleExchange,
    PowerDeliveryReq's EVPowerProfile, the charge loop),
    e.g. ``{"DC_ChargeLoopReq": {"Dynamic_DC_CLReqControlMode"}}``."""
    loop = "DC_ChargeLoop" if service.startswith("dc") else "AC_ChargeLoop"
    names = ("ScheduleExchangeReq", "ScheduleExchangeRes", f"{loop}Req", f"{loop}Res")
    found: dict[str, set[str]] = {}
    for message in trace_messages:
        body = message.body or {}
        if message.name == "PowerDeliveryReq":
            body = body.get("EVPowerProfile") or {}
        elif message.name not in names:
            continue
        keys = {key for key in body if key.endswith("ControlMode")}
        found.setdefault(message.name, set()).update(keys)
    return {name: keys for name, keys in found.items() if keys}
