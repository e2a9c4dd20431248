"""Plug & Charge: the SECC's own checks of a PnC AuthorizationReq, before firmware decides.

Pure functions of the request, the GenChallenge sent in AuthorizationSetupRes, the contract trust
anchors and the wall-clock time. Each failure is one ISO 15118-20 ResponseCode, checked in this order:

1. GenChallenge equals the one sent ([V2G20-2565]): else ``WARNING_ChallengeInvalid`` ([V2G20-2216],
   [V2G20-2228]). Cheap, and it turns a replayed request away before any cryptography.
2. The leaf certificate parses (its key verifies the signature): else ``WARNING_CertificateValidationError``
   ([V2G20-2215]).
3. The header Signature signs exactly the PnC_AReqAuthorizationMode element (by its Id) and verifies with
   the contract leaf's public key ([V2G20-2564]): else ``FAILED_SignatureError`` ([V2G20-461]: the
   validation of the header's security element failed; the session ends).
4. The chain (leaf + SubCertificates) validates against the contract roots when there are any
   ([V2G20-2564]), else every certificate is at least within its validity period:
   ``WARNING_CertificateExpired`` ([V2G20-2212]), ``WARNING_CertificateNotYetValid`` ([V2G20-2213]),
   anything else (unknown root, bad signature, usage, path, algorithm, malformed, no EMAID)
   ``WARNING_CertificateValidationError`` ([V2G20-2215]).

The algorithms allowed for the signature and the certificates (:func:`algorithms`): the -20 ones
(ECDSA-SHA512 on secp521r1 [V2G20-2473], Ed448 [V2G20-2474]); with the tolerance ``p256-contract-signature``
also ECDSA-SHA256 and P-256 keys (ISO 15118-2 style contracts, docs/interop.md Q18); with the compatibility
policy (``ContractTrust.strict`` False, ``SeccServerConfig.contract_compat``) any algorithm.

Nothing a peer sends raises out of :func:`check`: every error becomes a :class:`Refusal`.
"""

from __future__ import annotations

import enum
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import NameOID, SignatureAlgorithmOID

from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import ChainCheck, ContractCertificate
from v2gstack.security import xmldsig
from v2gstack.security.errors import ChainFailure, ChainValidationError, XmlSignatureError
from v2gstack.security.pki import check_algorithm, validate_chain
from v2gstack.security.pki.validate import CERTIFICATE_PARSE_ERRORS

#: The signed element of a PnC AuthorizationReq ([V2G20-2564]).
SIGNED_ELEMENT = "{urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationMode"
#: [V2G20-2218]: an accepted contract that expires within this time is answered OK_CertificateExpiresSoon.
EXPIRES_SOON = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class ContractTrust:
    """Where the SECC's Plug & Charge trust comes from.

    ``roots``: the contract trust anchors (MO roots, and the V2G root for cross-certified chains); empty
    means the SECC cannot validate chains itself and leaves it to firmware (its backend).
    ``strict``: ISO 15118-20 algorithms only (secp521r1 with ECDSA-SHA512, or Ed448) for the signature and
    the certificates; False also admits ECDSA-SHA256 and other curves (-2 style PKIs, e.g. Josev's).
    ``oem_roots``: OEM roots for the OEM provisioning chain of a CertificateInstallationReq; empty leaves
    that chain to the backend (the CPS validates it, [V2G20-1548] NOTE 2).
    """

    roots: tuple[x509.Certificate, ...] = ()
    strict: bool = True
    oem_roots: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True, slots=True)
class Refusal:
    """A failed check: the ResponseCode for AuthorizationRes and why."""

    code: str
    detail: str

    @property
    def fatal(self) -> bool:
        """FAILED codes end the session; WARNING codes end only this authorization attempt."""
        return self.code.startswith("FAILED")


_INVALID = "WARNING_CertificateValidationError"
#: Tolerance ``p256-contract-signature``: the certificate signatures allowed (the -20 ones and ECDSA-SHA256).
_P256_SIGNATURES = frozenset({SignatureAlgorithmOID.ECDSA_WITH_SHA512, SignatureAlgorithmOID.ED448,
                              SignatureAlgorithmOID.ECDSA_WITH_SHA256})


class Level(enum.Enum):
    """How far the allowed algorithms reach (:func:`algorithms`)."""

    ISO20 = "-20 only"
    P256 = "-20 and P-256/ECDSA-SHA256"
    ANY = "any"


@dataclass(frozen=True, slots=True)
class Algorithms:
    """The signature methods a PnC AuthorizationReq may be signed with, and the algorithms its contract
    chain's certificates may use."""

    level: Level
    signatures: frozenset[xmldsig.SignatureAlgorithm]

    @property
    def strict_chain(self) -> bool:
        """Let :func:`validate_chain` check the algorithms itself (-20 only)."""
        return self.level is Level.ISO20

    def check_certificate(self, cert: x509.Certificate) -> None:
        """Raise :class:`ChainValidationError` (ALGORITHM) for a key or signature algorithm not allowed: -20
        only secp521r1/Ed448 and ECDSA-SHA512/Ed448 ([V2G20-2473], [V2G20-2474]); the tolerance also admits a
        P-256 key and an ECDSA-SHA256 signature; the compatibility policy anything."""
        if self.level is Level.ANY:
            return
        if self.level is Level.ISO20:
            check_algorithm(cert)
            return
        subject = cert.subject.rfc4514_string()
        key = cert.public_key()
        if isinstance(key, ec.EllipticCurvePublicKey):
            if not isinstance(key.curve, ec.SECP521R1 | ec.SECP256R1):
                raise ChainValidationError(ChainFailure.ALGORITHM, subject,
                                           f"EC key on curve {key.curve.name}, need secp521r1 or secp256r1")
        elif not isinstance(key, ed448.Ed448PublicKey):
            raise ChainValidationError(ChainFailure.ALGORITHM, subject,
                                       f"{type(key).__name__} keys are not allowed")
        oid = cert.signature_algorithm_oid
        if oid not in _P256_SIGNATURES:
            name = getattr(oid, "_name", oid.dotted_string)
            raise ChainValidationError(ChainFailure.ALGORITHM, subject,
                                       f"signature algorithm {name} is not allowed")


def algorithms(trust: ContractTrust, tolerances: Tolerances) -> Algorithms:
    """What :func:`check` allows: -20 only by default; the tolerance ``p256_contract_signature`` adds
    ECDSA-SHA256 on P-256 (docs/interop.md Q18); ``trust.strict`` False (``contract_compat``) allows all."""
    if not trust.strict:
        return Algorithms(Level.ANY, xmldsig.ALL_ALGORITHMS)
    if tolerances.p256_contract_signature:
        return Algorithms(Level.P256, xmldsig.ISO20_ALGORITHMS | {xmldsig.SignatureAlgorithm.ECDSA_SHA256})
    return Algorithms(Level.ISO20, xmldsig.ISO20_ALGORITHMS)


def check(mode: Any, signature: Any, challenge: bytes | None, trust: ContractTrust, now: datetime,
          tolerances: Tolerances | None = None) -> ContractCertificate | Refusal:
    """Run the checks of the module docstring on a PnC_AReqAuthorizationMode and the header Signature;
    ``tolerances`` (the session's) may widen the algorithms (:func:`algorithms`)."""
    if challenge is None or not hmac.compare_digest(bytes(mode.gen_challenge), challenge):
        return Refusal("WARNING_ChallengeInvalid", "GenChallenge differs from the one sent")
    chain = mode.contract_certificate_chain
    subs = chain.sub_certificates.certificate if chain.sub_certificates is not None else []
    ders = (bytes(chain.certificate), *(bytes(der) for der in subs))
    try:
        leaf = x509.load_der_x509_certificate(ders[0])
    except CERTIFICATE_PARSE_ERRORS as exc:  # e.g. x509.InvalidVersion, not a ValueError
        return Refusal(_INVALID, f"contract certificate does not parse: {exc}")
    allowed = algorithms(trust, tolerances or Tolerances())
    refused = _verify_signature(mode, signature, leaf, allowed)
    if refused is not None:
        return refused
    return _check_chain(leaf, ders, trust, now, allowed)


def _verify_signature(mode: Any, signature: Any, leaf: x509.Certificate,
                      allowed: Algorithms) -> Refusal | None:
    if signature is None:
        return Refusal("FAILED_SignatureError", "AuthorizationReq for PnC without header Signature")
    parts = [xmldsig.SignedPart(mode, SIGNED_ELEMENT)]
    try:
        xmldsig.verify(signature, parts, leaf, allowed=allowed.signatures)
    except XmlSignatureError as exc:
        return Refusal("FAILED_SignatureError", f"header signature: {exc}")
    except Exception as exc:  # a peer's bytes must never raise out of here
        return Refusal("FAILED_SignatureError", f"header signature unusable: {exc!r}")
    return None


def _check_chain(leaf: x509.Certificate, ders: Sequence[bytes], trust: ContractTrust, now: datetime,
                 allowed: Algorithms) -> ContractCertificate | Refusal:
    try:
        subs = [x509.load_der_x509_certificate(der) for der in ders[1:]]
        root: str | None = None
        if trust.roots:
            path = validate_chain(leaf, subs, trust.roots, now, strict=allowed.strict_chain)
            for cert in path:
                allowed.check_certificate(cert)
            root = path[-1].subject.rfc4514_string()
        else:
            for cert in (leaf, *subs):
                allowed.check_certificate(cert)
                _check_validity(cert, now)
        names = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        emaid = str(names[0].value) if names else ""
        not_after = leaf.not_valid_after_utc
    except ChainValidationError as exc:
        code = {ChainFailure.EXPIRED: "WARNING_CertificateExpired",
                ChainFailure.NOT_YET_VALID: "WARNING_CertificateNotYetValid"}.get(exc.reason, _INVALID)
        return Refusal(code, str(exc))
    except Exception as exc:  # malformed DER or extensions: never raise for what a peer sends
        return Refusal(_INVALID, f"contract chain unusable: {exc!r}")
    if not emaid:
        return Refusal(_INVALID, "contract certificate without EMAID (subject CN)")
    check = ChainCheck.VALIDATED if trust.roots else ChainCheck.NO_TRUST_ANCHORS
    return ContractCertificate(emaid=emaid, chain=tuple(ders), check=check, not_after=not_after, root=root)


def _check_validity(cert: x509.Certificate, now: datetime) -> None:
    subject = cert.subject.rfc4514_string()
    if now < cert.not_valid_before_utc:
        raise ChainValidationError(ChainFailure.NOT_YET_VALID, subject,
                                   f"valid from {cert.not_valid_before_utc.isoformat()}")
    if now > cert.not_valid_after_utc:
        raise ChainValidationError(ChainFailure.EXPIRED, subject,
                                   f"expired {cert.not_valid_after_utc.isoformat()}")


def expires_soon(contract: ContractCertificate, now: datetime) -> bool:
    """[V2G20-2218]: the contract certificate expires in 14 days or fewer."""
    return contract.not_after - now <= EXPIRES_SOON
