"""ISO 15118-20 CertificateInstallationReq/Res: ``SignedInstallationData`` and the signatures around it.

An EV without a contract sends CertificateInstallationReq, signed with its OEM provisioning key; the
certificate provisioning service (CPS, behind the SECC and the CSMS) answers with a contract
certificate chain and the contract private key encrypted for that EV (:mod:`.contract_key`), all
signed by the CPS leaf. "The certificate provisioning service is considered trustworthy": the EV
need not verify the contract certificate it receives (7.9.2.5), so everything rests on the CPS
signature ([V2G20-2535] NOTE 11).

What each side receives is checked before it is used: every field has the generated class the
schema gives it (an EXI deviation wrapper or a missing field is ``MALFORMED``), lists and
certificates stay within the schema's bounds, and a certificate is parsed completely (key,
extensions, names, validity) before anything relies on it. Nothing but :class:`InstallationError`
leaves the functions here for any input.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple, TypeVar

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from v2gstack.exi.generated import iso20_cm, iso20_ct
from v2gstack.exi.generated import xmldsig as dsig
from v2gstack.security import xmldsig
from v2gstack.security.contract_key import (
    CERTIFICATE_PARSE_ERRORS,
    AgreementPrivateKey,
    AgreementPublicKey,
    ContractKey,
    decrypt_private_key,
    ecdh_curve,
    encrypt_private_key,
    installation_aad,
    same_public_key,
)
from v2gstack.security.errors import (
    ChainFailure,
    ChainValidationError,
    InstallationError,
    InstallationFailure,
    XmlSignatureError,
)
from v2gstack.security.pki.issue import PrivateKey
from v2gstack.security.pki.validate import validate_chain

__all__ = [
    "CERTIFICATE_MAX_LENGTH",
    "CM_NS",
    "CPS_DOMAIN",
    "MAX_EMAIDS",
    "MAX_ROOT_CERTIFICATE_IDS",
    "MAX_SUB_CERTIFICATES",
    "OEM_PROVISIONING_CHAIN",
    "SIGNED_INSTALLATION_DATA",
    "CheckedRequest",
    "OpenedInstallation",
    "build_installation_data",
    "build_installation_request",
    "certificate_der",
    "load_certificate",
    "names_root",
    "open_installation_data",
    "open_installation_response",
    "response_code_for",
    "root_certificate_id",
    "sign_installation_data",
    "sign_installation_request",
    "verify_installation_request",
    "verify_installation_response",
]

CM_NS = "urn:iso:std:iso:15118:-20:CommonMessages"
#: The element the CPS signs in CertificateInstallationRes (the only one there with an Id).
SIGNED_INSTALLATION_DATA = f"{{{CM_NS}}}SignedInstallationData"
#: The element the EV signs in CertificateInstallationReq (the only one there with an Id).
OEM_PROVISIONING_CHAIN = f"{{{CM_NS}}}OEMProvisioningCertificateChain"

CERTIFICATE_MAX_LENGTH = 1600  # certificateType maxLength in the -20 schema
MAX_SUB_CERTIFICATES = 3  # SubCertificatesType: Certificate maxOccurs
MAX_ROOT_CERTIFICATE_IDS = 20  # ListOfRootCertificateIDsType: RootCertificateID maxOccurs
MAX_EMAIDS = 8  # EMAIDListType: EMAID maxOccurs
#: The domainComponent of a CPS leaf (ISO 15118-2 Annex F profile; our choice for -20, see docs).
CPS_DOMAIN = "CPS"
_MAX_NAME = 1024  # an X509IssuerName longer than this names none of our roots

_T = TypeVar("_T")
_Chain = iso20_cm.CertificateChain | iso20_cm.SignedCertificateChain | iso20_cm.ContractCertificateChain


def _fail(reason: InstallationFailure, detail: str) -> InstallationError:
    return InstallationError(reason, detail)


class OpenedInstallation(NamedTuple):
    """What the EV gets out of SignedInstallationData: the contract chain (leaf first) and key."""

    chain: list[x509.Certificate]
    private_key: ContractKey


class CheckedRequest(NamedTuple):
    """A CertificateInstallationReq whose provisioning chain and signature checked out."""

    provisioning_certificate: x509.Certificate
    root_certificate_ids: tuple[dsig.X509IssuerSerial, ...]
    emaids: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# A peer's values
# --------------------------------------------------------------------------------------------


def _expect(value: object, cls: type[_T], what: str) -> _T:
    """``value`` if it is a ``cls`` (a generated class, bytes, str), else ``MALFORMED``."""
    if not isinstance(value, cls) or (cls is int and isinstance(value, bool)):
        raise _fail(InstallationFailure.MALFORMED, f"{what}: {type(value).__name__}, need {cls.__name__}")
    return value


def _items(values: object, cls: type[_T], what: str, limit: int) -> list[_T]:
    """A repeated element: a list of at most ``limit`` ``cls`` items."""
    items = _expect(values, list, what)
    if len(items) > limit:
        raise _fail(InstallationFailure.MALFORMED, f"{what}: {len(items)} items, at most {limit}")
    return [_expect(item, cls, what) for item in items]


def certificate_der(certificate: x509.Certificate) -> bytes:
    """DER of a certificate we send; longer than the schema's 1600 bytes is ``MALFORMED``."""
    der = certificate.public_bytes(serialization.Encoding.DER)
    if len(der) > CERTIFICATE_MAX_LENGTH:
        raise _fail(
            InstallationFailure.MALFORMED, f"certificate of {len(der)} bytes exceeds {CERTIFICATE_MAX_LENGTH}"
        )
    return der


def load_certificate(der: object, what: str) -> x509.Certificate:
    """A peer's DER certificate of at most 1600 bytes, parsed completely, else ``MALFORMED``.

    ``cryptography`` parses extensions and names lazily; touching them here means a malformed one
    fails now with a typed error, not later inside chain validation.
    """
    data = _expect(der, bytes, what)
    if not data or len(data) > CERTIFICATE_MAX_LENGTH:
        raise _fail(
            InstallationFailure.MALFORMED, f"{what}: {len(data)} bytes, need 1..{CERTIFICATE_MAX_LENGTH}"
        )
    try:
        cert = x509.load_der_x509_certificate(data)
        cert.public_key()
        _ = cert.extensions, cert.subject.rfc4514_string(), cert.issuer.rfc4514_string()
        _ = cert.not_valid_before_utc, cert.not_valid_after_utc, cert.signature_algorithm_oid
    except CERTIFICATE_PARSE_ERRORS as exc:
        raise _fail(InstallationFailure.MALFORMED, f"{what} is not a usable DER certificate") from exc
    return cert


def _chain(element: _Chain, what: str, *, min_subs: int) -> list[x509.Certificate]:
    """Leaf and Sub-CAs of a certificate chain element (``element`` already of its class)."""
    subs: list[bytes] = []
    if element.sub_certificates is not None:
        holder = _expect(element.sub_certificates, iso20_cm.SubCertificates, f"{what} SubCertificates")
        subs = _items(holder.certificate, bytes, f"{what} SubCertificates", MAX_SUB_CERTIFICATES)
    if len(subs) < min_subs:
        raise _fail(InstallationFailure.MALFORMED, f"{what} chain needs at least {min_subs} Sub-CA(s)")
    leaf = load_certificate(element.certificate, f"{what} certificate")
    return [leaf, *(load_certificate(der, f"{what} Sub-CA {i}") for i, der in enumerate(subs, start=1))]


def _check_signature(
    signature: object, obj: object, element: str, signer: x509.Certificate, reason: InstallationFailure
) -> None:
    """A header signature over exactly ``obj`` by ``signer``, with the -20 algorithms only."""
    if signature is None:
        raise _fail(reason, "the message carries no signature")
    try:
        xmldsig.verify(
            signature,  # type: ignore[arg-type]
            [xmldsig.SignedPart(obj, element)],
            signer,
            allowed=xmldsig.ISO20_ALGORITHMS,
        )
    except XmlSignatureError as exc:
        raise _fail(reason, str(exc)) from exc


# --------------------------------------------------------------------------------------------
# SignedInstallationData
# --------------------------------------------------------------------------------------------


def build_installation_data(
    contract_chain: Sequence[x509.Certificate],
    contract_key: ContractKey,
    ev_public_key: AgreementPublicKey,
    *,
    pcid: str,
    data_id: str = "SID1",
) -> iso20_cm.SignedInstallationData:
    """SignedInstallationData (unsigned) for one EV: chain (leaf, then 1 to 3 Sub-CAs) and encrypted key.

    ``pcid`` is the EV's (from its OEM provisioning certificate, ``pcid_of``); ``ev_public_key``
    its secp521r1 provisioning key or its X448 key (``key_agreement_public_key``).
    """
    if not contract_chain:
        raise _fail(InstallationFailure.MALFORMED, "empty contract certificate chain")
    leaf, subs = contract_chain[0], list(contract_chain[1:])
    if not 1 <= len(subs) <= MAX_SUB_CERTIFICATES:
        raise _fail(
            InstallationFailure.MALFORMED,
            f"contract chain needs 1..{MAX_SUB_CERTIFICATES} Sub-CAs, got {len(subs)}",
        )
    if not same_public_key(contract_key, leaf):
        raise _fail(
            InstallationFailure.INVALID_KEY, "contract key does not belong to the contract certificate"
        )
    sealed = encrypt_private_key(contract_key, ev_public_key, aad=installation_aad(pcid, leaf))
    chain = iso20_cm.ContractCertificateChain(
        certificate=certificate_der(leaf),
        sub_certificates=iso20_cm.SubCertificates(certificate=[certificate_der(c) for c in subs]),
    )
    x448_branch = sealed.curve is iso20_cm.ecdhCurve.X448
    return iso20_cm.SignedInstallationData(
        id=data_id,
        contract_certificate_chain=chain,
        ecdh_curve=sealed.curve,
        dh_public_key=sealed.dh_public_key,
        secp521_encrypted_private_key=None if x448_branch else sealed.encrypted,
        x448_encrypted_private_key=sealed.encrypted if x448_branch else None,
    )


def open_installation_data(
    data: iso20_cm.SignedInstallationData, ev_private_key: AgreementPrivateKey, *, pcid: str
) -> OpenedInstallation:
    """EV side: the contract chain (leaf first) and the decrypted contract key.

    Checks nothing about who sent ``data``: use :func:`open_installation_response`, which verifies
    the CPS signature first, unless that was done already. The element must match ECDHCurve
    ([V2G20-2487], [V2G20-2488], [V2G20-2493] NOTE 1); TPM keys are not supported; the key must
    belong to the contract certificate ([V2G20-2507], [V2G20-2510]). The contract chain is not
    validated (the EV need not hold the MO root, 7.9.2.5).
    """
    data = _expect(data, iso20_cm.SignedInstallationData, "SignedInstallationData")
    chain_el = _expect(
        data.contract_certificate_chain, iso20_cm.ContractCertificateChain, "ContractCertificateChain"
    )
    chain = _chain(chain_el, "contract", min_subs=1)
    given = {
        iso20_cm.ecdhCurve.SECP521: data.secp521_encrypted_private_key,
        iso20_cm.ecdhCurve.X448: data.x448_encrypted_private_key,
    }
    present = [v for v in (*given.values(), data.tpm_encrypted_private_key) if v is not None]
    if len(present) != 1:
        raise _fail(InstallationFailure.MALFORMED, f"{len(present)} encrypted private keys, need exactly one")
    if data.tpm_encrypted_private_key is not None:
        raise _fail(InstallationFailure.UNSUPPORTED, "TPM_EncryptedPrivateKey (EVCC with TPM 2.0)")
    curve = ecdh_curve(data.ecdh_curve)
    encrypted = given[curve]
    if encrypted is None:
        raise _fail(
            InstallationFailure.CURVE_MISMATCH, f"ECDHCurve {curve.value} with the other curve's key element"
        )
    key = decrypt_private_key(
        encrypted, data.dh_public_key, ev_private_key, curve, aad=installation_aad(pcid, chain[0])
    )
    if not same_public_key(key, chain[0]):
        raise _fail(
            InstallationFailure.INVALID_KEY, "decrypted key does not belong to the contract certificate"
        )
    return OpenedInstallation(chain, key)


# --------------------------------------------------------------------------------------------
# CertificateInstallationReq (EV builds, CPS checks)
# --------------------------------------------------------------------------------------------


def root_certificate_id(root: x509.Certificate) -> dsig.X509IssuerSerial:
    """A RootCertificateID entry of ListOfRootCertificateIDs for ``root``."""
    return dsig.X509IssuerSerial(
        x509_issuer_name=root.subject.rfc4514_string(), x509_serial_number=root.serial_number
    )


def names_root(entry: dsig.X509IssuerSerial, root: x509.Certificate) -> bool:
    """Whether a RootCertificateID names ``root``: same serial, same name up to case and blanks."""

    def norm(name: str) -> str:
        return "".join(name.split()).casefold()

    name = entry.x509_issuer_name
    if entry.x509_serial_number != root.serial_number or len(name) > _MAX_NAME:
        return False
    return norm(name) == norm(root.subject.rfc4514_string())


def sign_installation_request(
    chain: iso20_cm.SignedCertificateChain, oem_provisioning_key: PrivateKey
) -> dsig.Signature:
    """The EV's signature over OEMProvisioningCertificateChain (for the CertificateInstallationReq header)."""
    return xmldsig.sign([xmldsig.SignedPart(chain, OEM_PROVISIONING_CHAIN)], oem_provisioning_key)


def build_installation_request(
    oem_provisioning_chain: Sequence[x509.Certificate],
    oem_provisioning_key: PrivateKey,
    trusted_roots: Sequence[x509.Certificate],
    *,
    session_id: bytes,
    time_stamp: int,
    maximum_contract_certificate_chains: int = 1,
    prioritized_emaids: Sequence[str] = (),
    chain_id: str = "OEMProvChain",
) -> iso20_cm.CertificateInstallationReq:
    """EV side: a signed CertificateInstallationReq (provisioning chain leaf first, then Sub-CAs)."""
    if not oem_provisioning_chain or len(oem_provisioning_chain) > 1 + MAX_SUB_CERTIFICATES:
        raise _fail(InstallationFailure.MALFORMED, "OEM provisioning chain needs 1 to 4 certificates")
    if not 1 <= len(trusted_roots) <= MAX_ROOT_CERTIFICATE_IDS:
        raise _fail(InstallationFailure.MALFORMED, f"need 1..{MAX_ROOT_CERTIFICATE_IDS} trusted roots")
    if len(prioritized_emaids) > MAX_EMAIDS:
        raise _fail(InstallationFailure.MALFORMED, f"at most {MAX_EMAIDS} prioritized EMAIDs")
    subs = [certificate_der(c) for c in oem_provisioning_chain[1:]]
    chain = iso20_cm.SignedCertificateChain(
        id=chain_id,
        certificate=certificate_der(oem_provisioning_chain[0]),
        sub_certificates=iso20_cm.SubCertificates(certificate=subs) if subs else None,
    )
    header = iso20_ct.MessageHeader(
        session_id=session_id,
        time_stamp=time_stamp,
        signature=sign_installation_request(chain, oem_provisioning_key),
    )
    return iso20_cm.CertificateInstallationReq(
        header=header,
        oem_provisioning_certificate_chain=chain,
        list_of_root_certificate_i_ds=iso20_ct.ListOfRootCertificateIDs(
            root_certificate_id=[root_certificate_id(r) for r in trusted_roots]
        ),
        maximum_contract_certificate_chains=maximum_contract_certificate_chains,
        prioritized_emai_ds=iso20_cm.EMAIDList(emaid=list(prioritized_emaids))
        if prioritized_emaids
        else None,
    )


def _root_ids(value: object) -> tuple[dsig.X509IssuerSerial, ...]:
    holder = _expect(value, iso20_ct.ListOfRootCertificateIDs, "ListOfRootCertificateIDs")
    entries = _items(
        holder.root_certificate_id, dsig.X509IssuerSerial, "RootCertificateID", MAX_ROOT_CERTIFICATE_IDS
    )
    for entry in entries:
        _expect(entry.x509_issuer_name, str, "X509IssuerName")
        _expect(entry.x509_serial_number, int, "X509SerialNumber")
    return tuple(entries)


def verify_installation_request(
    request: iso20_cm.CertificateInstallationReq,
    oem_roots: Sequence[x509.Certificate],
    now: datetime | None = None,
    *,
    require_signature: bool = True,
) -> CheckedRequest:
    """CPS side: the request's shape, its OEM provisioning chain, then its signature.

    The chain is validated before its key is used (NOTE 3 after [V2G20-2709]), with keyAgreement required
    of an EC provisioning certificate ([V2G20-822]; an Ed448 key cannot carry it). The signature
    must be by the provisioning certificate's key ([V2G20-2479]) with an ISO 15118-20 algorithm.
    """
    request = _expect(request, iso20_cm.CertificateInstallationReq, "CertificateInstallationReq")
    header = _expect(request.header, iso20_ct.MessageHeader, "Header")
    chain_el = _expect(
        request.oem_provisioning_certificate_chain,
        iso20_cm.SignedCertificateChain,
        "OEMProvisioningCertificateChain",
    )
    roots = _root_ids(request.list_of_root_certificate_i_ds)
    emaids: tuple[str, ...] = ()
    if request.prioritized_emai_ds is not None:
        holder = _expect(request.prioritized_emai_ds, iso20_cm.EMAIDList, "PrioritizedEMAIDs")
        emaids = tuple(_items(holder.emaid, str, "EMAID", MAX_EMAIDS))
    prov, *intermediates = _chain(chain_el, "OEM provisioning", min_subs=0)
    usage = (
        ("digital_signature", "key_agreement")
        if isinstance(prov.public_key(), ec.EllipticCurvePublicKey)
        else ("digital_signature",)
    )
    try:
        validate_chain(prov, intermediates, oem_roots, now, required_usage=usage)
    except ChainValidationError as exc:
        raise _fail(InstallationFailure.PROVISIONING_CHAIN, str(exc)) from exc
    if require_signature:
        _check_signature(
            header.signature, chain_el, OEM_PROVISIONING_CHAIN, prov, InstallationFailure.REQUEST_SIGNATURE
        )
    return CheckedRequest(prov, roots, emaids)


# --------------------------------------------------------------------------------------------
# CertificateInstallationRes (CPS signs, EV checks and opens)
# --------------------------------------------------------------------------------------------


def sign_installation_data(data: iso20_cm.SignedInstallationData, cps_key: PrivateKey) -> dsig.Signature:
    """The CPS leaf's signature over SignedInstallationData (for the CertificateInstallationRes header)."""
    return xmldsig.sign([xmldsig.SignedPart(data, SIGNED_INSTALLATION_DATA)], cps_key)


def _is_cps(certificate: x509.Certificate, domain: str) -> bool:
    components = certificate.subject.get_attributes_for_oid(NameOID.DOMAIN_COMPONENT)
    return any(isinstance(a.value, str) and a.value.casefold() == domain.casefold() for a in components)


def verify_installation_response(
    response: iso20_cm.CertificateInstallationRes,
    v2g_roots: Sequence[x509.Certificate],
    now: datetime | None = None,
    *,
    cps_domain: str | None = CPS_DOMAIN,
) -> None:
    """EV side: the CPS chain validates to a V2G root, its leaf is a CPS's, and it signed the data.

    Any leaf under a V2G root would otherwise do, the SECC leaf of the charger relaying the
    message among them. ``cps_domain``: the domainComponent the leaf must carry (``None``: no
    role check, for PKIs without the -2 style DC).
    """
    response = _expect(response, iso20_cm.CertificateInstallationRes, "CertificateInstallationRes")
    header = _expect(response.header, iso20_ct.MessageHeader, "Header")
    if header.signature is None:
        raise _fail(InstallationFailure.SIGNATURE, "CertificateInstallationRes carries no signature")
    chain_el = _expect(response.cps_certificate_chain, iso20_cm.CertificateChain, "CPSCertificateChain")
    leaf, *subs = _chain(chain_el, "CPS", min_subs=0)
    try:
        validate_chain(leaf, subs, v2g_roots, now)
    except ChainValidationError as exc:
        raise _fail(InstallationFailure.SIGNATURE, f"CPS chain: {exc}") from exc
    if cps_domain is not None and not _is_cps(leaf, cps_domain):
        raise _fail(
            InstallationFailure.SIGNATURE,
            f"the signer {leaf.subject.rfc4514_string()[:120]} is not a CPS (no DC={cps_domain})",
        )
    _check_signature(
        header.signature,
        response.signed_installation_data,
        SIGNED_INSTALLATION_DATA,
        leaf,
        InstallationFailure.SIGNATURE,
    )


def open_installation_response(
    response: iso20_cm.CertificateInstallationRes,
    v2g_roots: Sequence[x509.Certificate],
    ev_private_key: AgreementPrivateKey,
    *,
    pcid: str,
    now: datetime | None = None,
    cps_domain: str | None = CPS_DOMAIN,
) -> OpenedInstallation:
    """EV side in one call: :func:`verify_installation_response`, then :func:`open_installation_data`.

    Reject the response on any :class:`InstallationError` [V2G20-2504].
    """
    verify_installation_response(response, v2g_roots, now, cps_domain=cps_domain)
    return open_installation_data(response.signed_installation_data, ev_private_key, pcid=pcid)


def response_code_for(error: InstallationError) -> iso20_ct.responseCode:
    """The ResponseCode an SECC sends when the CPS refused a request (our mapping, see docs)."""
    cause = error.__cause__
    if error.reason is InstallationFailure.PROVISIONING_CHAIN and isinstance(cause, ChainValidationError):
        if cause.reason is ChainFailure.EXPIRED:
            return iso20_ct.responseCode.WARNING_CertificateExpired
        if cause.reason is ChainFailure.NOT_YET_VALID:
            return iso20_ct.responseCode.WARNING_CertificateNotYetValid
        # any other chain failure, a refused curve among them (NOTE 4 after [V2G20-2709])
        return iso20_ct.responseCode.WARNING_CertificateValidationError
    if error.reason is InstallationFailure.REQUEST_SIGNATURE:
        return iso20_ct.responseCode.FAILED_SignatureError
    if error.reason in (InstallationFailure.NO_MATCHING_ROOT, InstallationFailure.UNSUPPORTED):
        return iso20_ct.responseCode.WARNING_NoCertificateAvailable
    return iso20_ct.responseCode.FAILED
