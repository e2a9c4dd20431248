"""Certificate installation: the SECC's own checks of a CertificateInstallationReq, and of what the backend
answers, before anything reaches the EV.

The backend (the CSMS and the certificate provisioning service behind it, e.g. OCPP 2.0.1
Get15118EVCertificate) issues the contract; the SECC only makes sure it passes on a request that is what
it claims to be, and an answer that is a CertificateInstallationRes. Checked, in this order:

1. The OEM provisioning chain parses: else ``WARNING_CertificateValidationError`` ([V2G20-2205]).
2. With OEM roots configured, the chain validates against them (path, signatures, usages, validity;
   keyAgreement for an EC key, [V2G20-822]); without, every certificate is at least within its validity
   period (and, strict, on the -20 algorithms): expired ``WARNING_CertificateExpired`` ([V2G20-2203]),
   not yet valid ``WARNING_CertificateNotYetValid`` ([V2G20-2204]), anything else
   ``WARNING_CertificateValidationError`` ([V2G20-2205]). The chain comes first: its key is not used
   before it is known to be trusted (the order of the CPS, 7.9.2.5.2 NOTE 3).
3. The header Signature signs exactly OEMProvisioningCertificateChain (by its Id) with the provisioning
   leaf's key ([V2G20-1548]): else ``FAILED_SignatureError`` ([V2G20-461]; the session ends).

Nothing a peer (or a backend) sends raises out of :func:`check` or :func:`forwarded`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.contract import ContractTrust, Refusal
from v2gstack.secc.types import (
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
    ChainCheck,
    InstallationRefusal,
    RootCertificateID,
)
from v2gstack.security import xmldsig
from v2gstack.security.errors import ChainFailure, ChainValidationError, XmlSignatureError
from v2gstack.security.pki import check_algorithm, validate_chain

#: The signed element of a CertificateInstallationReq ([V2G20-1548]: its only element with an Id).
SIGNED_ELEMENT = f"{{{ns.ISO20_CM}}}OEMProvisioningCertificateChain"
_INVALID = InstallationRefusal.CERTIFICATE_INVALID.value
_UNAVAILABLE = InstallationRefusal.NO_CERTIFICATE_AVAILABLE


def body(req: Any) -> tuple[Any, ...]:
    """What must not change while the SECC answers Ongoing ([V2G20-1578]: "unaltered"): everything but the
    header (its TimeStamp, and a signature over the same element made again)."""
    return (req.oem_provisioning_certificate_chain, req.list_of_root_certificate_i_ds,
            req.maximum_contract_certificate_chains, req.prioritized_emai_ds)


def check(req: Any, raw: bytes, trust: ContractTrust,
          now: datetime) -> CertificateInstallationRequest | Refusal:
    """Run the checks of the module docstring; ``raw`` is the request's EXI stream as received."""
    try:
        chain = req.oem_provisioning_certificate_chain
        subs = chain.sub_certificates.certificate if chain.sub_certificates is not None else []
        ders = (bytes(chain.certificate), *(bytes(der) for der in subs))
        certs = [_parsed(der) for der in ders]
        roots = tuple(RootCertificateID(str(r.x509_issuer_name), int(r.x509_serial_number))
                      for r in req.list_of_root_certificate_i_ds.root_certificate_id)
        listed = req.prioritized_emai_ds
        emaids = tuple(str(e) for e in listed.emaid) if listed is not None else ()
        maximum = int(req.maximum_contract_certificate_chains)
    except Exception as exc:  # malformed DER or schema deviations: a peer's bytes never raise out of here
        return Refusal(_INVALID, f"OEM provisioning chain does not parse: {exc!r}")
    leaf = certs[0]
    refused = _check_chain(leaf, certs[1:], trust, now)
    if refused is not None:
        return refused
    refused = _verify_signature(chain, req.header.signature, leaf, trust)
    if refused is not None:
        return refused
    names = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    pcid = str(names[0].value) if names else ""
    if not pcid:
        return Refusal(_INVALID, "OEM provisioning certificate without PCID (subject CN)")
    return CertificateInstallationRequest(
        exi=raw, pcid=pcid, oem_provisioning_chain=ders, root_certificate_ids=roots,
        maximum_contract_certificate_chains=maximum, prioritized_emaids=emaids,
        check=ChainCheck.VALIDATED if trust.oem_roots else ChainCheck.NO_TRUST_ANCHORS, message=req)


def _parsed(der: bytes) -> x509.Certificate:
    """A certificate parsed completely (``cryptography`` parses extensions and names lazily)."""
    cert = x509.load_der_x509_certificate(der)
    cert.public_key()
    _ = cert.extensions, cert.subject.rfc4514_string(), cert.issuer.rfc4514_string()
    return cert


def _check_chain(leaf: x509.Certificate, subs: Sequence[x509.Certificate], trust: ContractTrust,
                 now: datetime) -> Refusal | None:
    try:
        if trust.oem_roots:
            # [V2G20-822]: an EC provisioning key is used for ECDH and must allow keyAgreement
            ecdh = isinstance(leaf.public_key(), ec.EllipticCurvePublicKey)
            usage = ("digital_signature", "key_agreement") if ecdh else ("digital_signature",)
            validate_chain(leaf, subs, trust.oem_roots, now, strict=trust.strict, required_usage=usage)
        else:
            for cert in (leaf, *subs):
                if trust.strict:
                    check_algorithm(cert)
                _check_validity(cert, now)
    except ChainValidationError as exc:
        codes = {ChainFailure.EXPIRED: InstallationRefusal.CERTIFICATE_EXPIRED.value,
                 ChainFailure.NOT_YET_VALID: InstallationRefusal.CERTIFICATE_NOT_YET_VALID.value}
        code = codes.get(exc.reason, _INVALID)
        return Refusal(code, str(exc))
    except Exception as exc:  # never raise for what a peer sends
        return Refusal(_INVALID, f"OEM provisioning chain unusable: {exc!r}")
    return None


def _check_validity(cert: x509.Certificate, now: datetime) -> None:
    subject = cert.subject.rfc4514_string()
    if now < cert.not_valid_before_utc:
        raise ChainValidationError(ChainFailure.NOT_YET_VALID, subject,
                                   f"valid from {cert.not_valid_before_utc.isoformat()}")
    if now > cert.not_valid_after_utc:
        raise ChainValidationError(ChainFailure.EXPIRED, subject,
                                   f"expired {cert.not_valid_after_utc.isoformat()}")


def _verify_signature(chain: Any, signature: Any, leaf: x509.Certificate,
                      trust: ContractTrust) -> Refusal | None:
    if signature is None:
        return Refusal("FAILED_SignatureError", "CertificateInstallationReq without header Signature")
    allowed = xmldsig.ISO20_ALGORITHMS if trust.strict else xmldsig.ALL_ALGORITHMS
    try:
        xmldsig.verify(signature, [xmldsig.SignedPart(chain, SIGNED_ELEMENT)], leaf, allowed=allowed)
    except XmlSignatureError as exc:
        return Refusal("FAILED_SignatureError", f"header signature: {exc}")
    except Exception as exc:  # a peer's bytes must never raise out of here
        return Refusal("FAILED_SignatureError", f"header signature unusable: {exc!r}")
    return None


def forwarded(answer: Any, session_id: bytes, wall_time: float | None = None) -> Any | InstallationRefusal:
    """The CertificateInstallationRes to send for firmware's ``answer``, or the refusal to answer with.

    A backend's EXI must decode to a CertificateInstallationRes (of the -20 CommonMessages schema); an OK
    one must carry the CPS's header Signature. The SECC puts its own SessionID and TimeStamp into the
    header and keeps the Signature: it covers SignedInstallationData only (the CPS's signature that makes
    the data authentic, -20 Figure 15), which goes out unchanged, so the EV can still verify it.
    EVSEProcessing is Finished (the answer is final). Anything else is NO_CERTIFICATE_AVAILABLE
    ([V2G20-2207]: no contract certificate could be retrieved).
    """
    if not isinstance(answer, CertificateInstallationAnswer):
        return _UNAVAILABLE
    if answer.exi is None:
        return answer.refusal or _UNAVAILABLE
    try:
        res = exi.decode(answer.exi, ns.ISO20_CM)
    except Exception:  # a backend's bytes must not raise out of here either
        return _UNAVAILABLE
    if type(res) is not m.cm.CertificateInstallationRes or type(res.header) is not m.ct.MessageHeader:
        return _UNAVAILABLE
    if (type(res.response_code) is not m.ct.responseCode
            or type(res.remaining_contract_certificate_chains) is not int):
        return _UNAVAILABLE
    code = str(getattr(res.response_code, "value", ""))
    if code in ("OK", "OK_CertificateExpiresSoon") and res.header.signature is None:
        return _UNAVAILABLE  # unsigned installation data: the EV would have to reject it ([V2G20-2504])
    own = m.header(session_id, wall_time)
    own.signature = res.header.signature
    res.header = own
    res.evse_processing = m.ct.processing.Finished
    try:
        exi.encode(res)
    except Exception:
        return _UNAVAILABLE
    return res
