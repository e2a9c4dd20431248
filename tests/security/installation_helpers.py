"""Shared by the certificate installation tests (test_contract_key, test_installation, test_cps).

EV keys are made once per process: key generation is cheap, but there is no reason to repeat it.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, x448

from tests.security.conftest import NOW
from v2gstack.exi.generated import iso20_cm
from v2gstack.exi.values import UndeclaredItem, WithUndeclared, XsiType
from v2gstack.security import contract_key as ck
from v2gstack.security import installation as inst
from v2gstack.security.cps import CertificateProvisioningService
from v2gstack.security.errors import InstallationError, InstallationFailure
from v2gstack.security.pki import Issued

NS = "urn:iso:std:iso:15118:-20:CommonMessages"
SECP521 = iso20_cm.ecdhCurve.SECP521
X448 = iso20_cm.ecdhCurve.X448
PCID = "WV2GSTACK00000001"
SESSION = bytes(range(8))
MO_CHAIN = ("mo_sub_ca2", "mo_sub_ca1")
OEM_CHAIN = ("oem_prov", "oem_sub_ca2", "oem_sub_ca1")

#: The EV's key agreement keys: secp521r1 (its OEM provisioning key in a P-521 PKI) and the separate
#: X448 key of an Ed448 PKI [V2G20-2534].
EV_EC = ec.generate_private_key(ec.SECP521R1())
EV_X448 = x448.X448PrivateKey.generate()


def ev_key(curve: iso20_cm.ecdhCurve) -> Any:
    return EV_EC if curve is SECP521 else EV_X448


def raw_key(key: ck.ContractKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def refused(reason: InstallationFailure, call: Callable[[], object]) -> InstallationError:
    """``call`` raises an InstallationError for ``reason``."""
    with pytest.raises(InstallationError) as exc:
        call()
    assert exc.value.reason is reason, str(exc.value)
    return exc.value


def only_typed(call: Callable[[], object]) -> bool:
    """Run ``call``; an InstallationError is fine, any other exception fails the test. True if it passed."""
    try:
        call()
    except InstallationError:
        return False
    return True


def contract(issued: dict[str, Issued], curve: iso20_cm.ecdhCurve) -> tuple[list[x509.Certificate], Any]:
    """A contract chain with a fresh key of ``curve``'s type, issued under the PKI's MO Sub-CA 2."""
    cps = CertificateProvisioningService(issued, clock=lambda: NOW)
    cert, key = cps.issue_contract(curve, "DEV2G000000042", NOW)
    return [cert, *(issued[n].certificate for n in MO_CHAIN)], key


def reissue_with_alt_key(issued: dict[str, Issued], public: x448.X448PublicKey) -> x509.Certificate:
    """The PKI's OEM provisioning certificate again, with the X448 key as subjectAltPublicKeyInfo."""
    prov, ca = issued["oem_prov"].certificate, issued["oem_sub_ca2"]
    builder = (
        x509.CertificateBuilder()
        .subject_name(prov.subject)
        .issuer_name(prov.issuer)
        .public_key(prov.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(prov.not_valid_before_utc)
        .not_valid_after(prov.not_valid_after_utc)
    )
    for ext in prov.extensions:
        builder = builder.add_extension(ext.value, ext.critical)
    builder = builder.add_extension(ck.alternate_public_key_extension(public), critical=False)
    return builder.sign(ca.key, None)  # Ed448 CA: no separate hash


def request(
    issued: dict[str, Issued], *, prov: x509.Certificate | None = None, **kwargs: Any
) -> iso20_cm.CertificateInstallationReq:
    chain = [prov or issued["oem_prov"].certificate, *(issued[n].certificate for n in OEM_CHAIN[1:])]
    return inst.build_installation_request(
        chain,
        issued["oem_prov"].key,
        [issued["v2g_root"].certificate],
        session_id=SESSION,
        time_stamp=1,
        **kwargs,
    )


# --- hostile edits of a valid message --------------------------------------------------------------

FieldPath = tuple[str | int, ...]


def field_paths(obj: Any, prefix: FieldPath = ()) -> Iterator[FieldPath]:
    """Every field (and list item) below a generated message object, depth first."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            path = (*prefix, f.name)
            yield path
            yield from field_paths(getattr(obj, f.name), path)
    elif isinstance(obj, list):
        for index, item in enumerate(obj):
            path = (*prefix, index)
            yield path
            yield from field_paths(item, path)


def get(obj: Any, path: FieldPath) -> Any:
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def replaced(obj: Any, path: FieldPath, value: Any) -> Any:
    """A copy of ``obj`` with the field at ``path`` set to ``value`` (the original is untouched)."""
    step, rest = path[0], path[1:]
    new = (
        value
        if not rest
        else replaced(obj[step] if isinstance(step, int) else getattr(obj, step), rest, value)
    )
    if isinstance(step, int):
        items = list(obj)
        items[step] = new
        return items
    return dataclasses.replace(obj, **{step: new})


def hostile_values(original: Any) -> list[Any]:
    """What a peer's EXI can put where ``original`` was: nothing, a deviation wrapper, another type,
    a list longer than any schema bound, a huge string or blob."""
    values: list[Any] = [
        None,
        XsiType(("urn:x", "t"), original),
        WithUndeclared(original, (UndeclaredItem(at=0, kind="text", value="x"),)),
        "text",
        -1,
        True,
        b"\x00",
        [original] * 25,
        "A" * 5000,
        b"\x30" * 5000,
    ]
    return values


def hostile_edits(
    message: Any, skip: Callable[[FieldPath], bool] = lambda p: False
) -> Iterator[tuple[FieldPath, Any]]:
    """``(path, edited message)`` for every field path and every hostile value there."""
    for path in field_paths(message):
        if skip(path):
            continue
        original = get(message, path)
        for value in hostile_values(original):
            if type(value) is type(original) and value == original:
                continue  # no edit at all
            with contextlib.suppress(TypeError):  # a frozen or slotted class refusing the value
                yield path, replaced(message, path, value)
