"""A certificate provisioning service (CPS, with the eMSP behind it) for tests and the demo.

It answers CertificateInstallationReq as the backend of an SECC would: checks the request
(:func:`~v2gstack.security.installation.verify_installation_request`), issues a fresh contract
certificate under MO Sub-CA 2 with a key on the EV's curve, encrypts the key to the EV
(:mod:`.contract_key`) and signs SignedInstallationData with the CPS leaf. Its own choices (which
EMAID, how long, which refusals) are listed in docs/security.md, "Simulator behaviour".
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import x448

from v2gstack.exi.generated import iso20_cm, iso20_ct
from v2gstack.exi.generated import xmldsig as dsig
from v2gstack.security.contract_key import (
    AgreementPublicKey,
    ContractKey,
    generate_contract_key,
    key_agreement_public_key,
    pcid_of,
)
from v2gstack.security.errors import InstallationError, InstallationFailure, PKIError
from v2gstack.security.installation import (
    build_installation_data,
    certificate_der,
    names_root,
    sign_installation_data,
    verify_installation_request,
)
from v2gstack.security.pki.issue import (
    Issued,
    PrivateKey,
    issue_certificate,
    load_certificates,
    load_private_key,
    make_name,
)
from v2gstack.security.pki.profiles import CONTRACT_USAGE, DEFAULT_EMAID, YEAR, KeyProfile, usage_for

__all__ = ["CPSAnswer", "CPSCredentials", "CertificateProvisioningService", "load_cps_credentials"]

_PROFILE_OF_CURVE = {
    iso20_cm.ecdhCurve.SECP521: KeyProfile.SECP521R1,
    iso20_cm.ecdhCurve.X448: KeyProfile.ED448,
}
_CONTRACT_VALIDITY = 2 * YEAR  # contract certificate, see profiles.roles()
_BACKDATE = timedelta(minutes=5)
#: An EMAID the simulator puts into a contract certificate's CN (our choice: letters, digits and
#: hyphens, at most 64 characters, the X.520 upper bound of a CN).
_EMAID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?")
_CPS_FILES = ("cps", "cps_sub_ca2", "cps_sub_ca1", "v2g_root", "mo_sub_ca2", "mo_sub_ca1", "oem_root")


def _fail(reason: InstallationFailure, detail: str) -> InstallationError:
    return InstallationError(reason, detail)


@dataclass(frozen=True)
class CPSAnswer:
    """The parts of CertificateInstallationRes the backend supplies."""

    cps_certificate_chain: iso20_cm.CertificateChain
    signed_installation_data: iso20_cm.SignedInstallationData
    signature: dsig.Signature
    remaining_contract_certificate_chains: int

    def response(
        self,
        session_id: bytes,
        time_stamp: int,
        *,
        response_code: iso20_ct.responseCode = iso20_ct.responseCode.OK,
        evse_processing: iso20_ct.processing = iso20_ct.processing.Finished,
    ) -> iso20_cm.CertificateInstallationRes:
        """The whole CertificateInstallationRes; the signature goes into the header."""
        return iso20_cm.CertificateInstallationRes(
            header=iso20_ct.MessageHeader(
                session_id=session_id, time_stamp=time_stamp, signature=self.signature
            ),
            response_code=response_code,
            evse_processing=evse_processing,
            cps_certificate_chain=self.cps_certificate_chain,
            signed_installation_data=self.signed_installation_data,
            remaining_contract_certificate_chains=self.remaining_contract_certificate_chains,
        )


@dataclass(frozen=True)
class CPSCredentials:
    """What the simulated CPS holds: its signing chain, the MO Sub-CA that issues contracts, trust anchors."""

    cps_chain: tuple[x509.Certificate, ...]  # CPS leaf, CPS Sub-CA 2, CPS Sub-CA 1
    cps_key: PrivateKey
    v2g_root: x509.Certificate
    mo_sub_ca2: x509.Certificate
    mo_sub_ca2_key: PrivateKey
    mo_sub_ca1: x509.Certificate
    oem_roots: tuple[x509.Certificate, ...]


def _credentials(issued: Mapping[str, Issued]) -> CPSCredentials:
    missing = [name for name in _CPS_FILES if name not in issued]
    if missing:
        raise _fail(InstallationFailure.MALFORMED, f"PKI lacks {', '.join(missing)}")
    return CPSCredentials(
        cps_chain=tuple(issued[n].certificate for n in ("cps", "cps_sub_ca2", "cps_sub_ca1")),
        cps_key=issued["cps"].key,
        v2g_root=issued["v2g_root"].certificate,
        mo_sub_ca2=issued["mo_sub_ca2"].certificate,
        mo_sub_ca2_key=issued["mo_sub_ca2"].key,
        mo_sub_ca1=issued["mo_sub_ca1"].certificate,
        oem_roots=(issued["oem_root"].certificate,),
    )


def load_cps_credentials(directory: str | os.PathLike[str]) -> CPSCredentials:
    """The CPS material of a PKI directory written by ``v2gstack pki init`` (raises ``PKIError``)."""
    base = Path(directory)

    def cert(name: str) -> x509.Certificate:
        return load_certificates(base / f"{name}.pem")[0]

    return CPSCredentials(
        cps_chain=(cert("cps"), cert("cps_sub_ca2"), cert("cps_sub_ca1")),
        cps_key=load_private_key(base / "cps.key"),
        v2g_root=cert("v2g_root"),
        mo_sub_ca2=cert("mo_sub_ca2"),
        mo_sub_ca2_key=load_private_key(base / "private" / "mo_sub_ca2.key"),
        mo_sub_ca1=cert("mo_sub_ca1"),
        oem_roots=(cert("oem_root"),),
    )


class CertificateProvisioningService:
    """A CPS (with the eMSP behind it) for tests and the demo: answers CertificateInstallationReq.

    ``x448_keys`` maps PCIDs to X448 keys for Ed448 provisioning certificates without the
    alternate-key extension (a stand-in for the provisioning certificate pool).
    """

    def __init__(
        self,
        pki: CPSCredentials | Mapping[str, Issued] | str | os.PathLike[str],
        *,
        emaid: str = DEFAULT_EMAID,
        x448_keys: Mapping[str, x448.X448PublicKey] | None = None,
        clock: Callable[[], datetime] | None = None,
        require_request_signature: bool = True,
    ) -> None:
        if isinstance(pki, CPSCredentials):
            self.credentials = pki
        elif isinstance(pki, str | os.PathLike):
            self.credentials = load_cps_credentials(pki)
        else:
            self.credentials = _credentials(pki)
        if not _EMAID.fullmatch(emaid):
            raise PKIError(f"default EMAID {emaid!r} is not letters, digits and hyphens (at most 64)")
        self.emaid = emaid
        self.x448_keys = dict(x448_keys or {})
        self.clock = clock or (lambda: datetime.now(UTC))
        self.require_request_signature = require_request_signature

    def _ev_key(self, prov: x509.Certificate) -> AgreementPublicKey:
        key = key_agreement_public_key(prov)
        if key is None:
            key = self.x448_keys.get(pcid_of(prov))
        if key is None:
            raise _fail(
                InstallationFailure.UNSUPPORTED, "no key agreement key for this OEM provisioning certificate"
            )
        return key

    def choose_emaid(self, requested: tuple[str, ...]) -> str:
        """The first of the EV's PrioritizedEMAIDs that is a well-formed EMAID, else ``emaid``."""
        return next((e for e in requested if _EMAID.fullmatch(e)), self.emaid)

    def issue_contract(
        self, curve: iso20_cm.ecdhCurve, emaid: str, now: datetime
    ) -> tuple[x509.Certificate, ContractKey]:
        """A contract certificate (CN = ``emaid``) under MO Sub-CA 2, with a fresh key for ``curve``."""
        creds = self.credentials
        key = generate_contract_key(curve)
        start = now - _BACKDATE
        cert = issue_certificate(
            make_name(emaid, "MO"),
            key.public_key(),
            (creds.mo_sub_ca2, creds.mo_sub_ca2_key),
            is_ca=False,
            usage=usage_for(CONTRACT_USAGE, _PROFILE_OF_CURVE[curve]),
            not_before=start,
            not_after=min(start + _CONTRACT_VALIDITY, creds.mo_sub_ca2.not_valid_after_utc),
        )
        return cert, key

    def answer(self, req: iso20_cm.CertificateInstallationReq) -> CPSAnswer:
        """CPSCertificateChain, signed SignedInstallationData and the count of further chains (0).

        Raises only :class:`InstallationError` (``response_code_for`` turns it into a ResponseCode).
        """
        now = self.clock()
        creds = self.credentials
        checked = verify_installation_request(
            req, creds.oem_roots, now, require_signature=self.require_request_signature
        )
        if not any(names_root(entry, creds.v2g_root) for entry in checked.root_certificate_ids):
            raise _fail(InstallationFailure.NO_MATCHING_ROOT, "the EV does not list the V2G root of this CPS")
        prov = checked.provisioning_certificate
        ev_key = self._ev_key(prov)
        curve = (
            iso20_cm.ecdhCurve.X448 if isinstance(ev_key, x448.X448PublicKey) else iso20_cm.ecdhCurve.SECP521
        )
        contract, key = self.issue_contract(curve, self.choose_emaid(checked.emaids), now)
        data = build_installation_data(
            [contract, creds.mo_sub_ca2, creds.mo_sub_ca1], key, ev_key, pcid=pcid_of(prov)
        )
        cps_leaf, *cps_subs = creds.cps_chain
        return CPSAnswer(
            cps_certificate_chain=iso20_cm.CertificateChain(
                certificate=certificate_der(cps_leaf),
                sub_certificates=iso20_cm.SubCertificates(certificate=[certificate_der(c) for c in cps_subs]),
            ),
            signed_installation_data=data,
            signature=sign_installation_data(data, creds.cps_key),
            remaining_contract_certificate_chains=0,
        )
