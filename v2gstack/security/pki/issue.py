"""Key generation and certificate issuance for the ISO 15118-20 test PKI, and its on-disk layout.

Layout of a PKI directory (see docs/security.md): one ``<role>.pem`` per certificate,
``<leaf>.key`` beside each leaf, ``<chain>.pem`` chain files (leaf first), and the CA private keys
in ``private/<ca>.key`` (directory mode 0700). Every private key file is created with mode 0600
(never widened and narrowed afterwards).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

from v2gstack.security.errors import PKIError
from v2gstack.security.pki.profiles import CHAIN_FILES, CertRole, KeyProfile, check_roles, roles, usage_for

PrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey
PublicKey = ec.EllipticCurvePublicKey | ed448.Ed448PublicKey

_CURVES: dict[KeyProfile, ec.EllipticCurve] = {
    KeyProfile.SECP521R1: ec.SECP521R1(),
    KeyProfile.SECP256R1: ec.SECP256R1(),
}
_USAGE_FLAGS = (
    "digital_signature",
    "content_commitment",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
)
# Back-dating absorbs small clock differences between the generating host and a verifier.
_BACKDATE = timedelta(minutes=5)


def generate_key(profile: KeyProfile) -> PrivateKey:
    """A fresh private key of the profile's type."""
    if profile is KeyProfile.ED448:
        return ed448.Ed448PrivateKey.generate()
    return ec.generate_private_key(_CURVES[profile])


def _signature_hash(key: PrivateKey) -> hashes.SHA256 | hashes.SHA512 | None:
    """Hash to sign with: SHA-512 for P-521 (ECDSA-SHA512), SHA-256 for P-256, none for EdDSA."""
    if isinstance(key, ed448.Ed448PrivateKey):
        return None
    return hashes.SHA512() if key.curve.key_size >= 521 else hashes.SHA256()


def make_name(
    common_name: str, domain_component: str, organization: str = "v2gstack test PKI", country: str = "DE"
) -> x509.Name:
    """Subject of the ISO 15118 profiles: CN, O, C and DC (domain of the role), in that order."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.DOMAIN_COMPONENT, domain_component),
        ]
    )


def key_usage(flags: Iterable[str]) -> x509.KeyUsage:
    """A KeyUsage extension with exactly ``flags`` set (names as in :class:`x509.KeyUsage`)."""
    wanted = set(flags)
    unknown = wanted - set(_USAGE_FLAGS)
    if unknown:
        raise PKIError(f"unknown key usage flag(s): {sorted(unknown)}")
    values = {flag: flag in wanted for flag in _USAGE_FLAGS}
    return x509.KeyUsage(**values, encipher_only=False, decipher_only=False)


def issue_certificate(
    subject: x509.Name,
    public_key: PublicKey,
    issuer: tuple[x509.Certificate, PrivateKey] | PrivateKey,
    *,
    is_ca: bool,
    usage: Iterable[str],
    not_before: datetime,
    not_after: datetime,
    path_length: int | None = None,
    ocsp_url: str | None = None,
) -> x509.Certificate:
    """Sign a certificate. ``issuer`` is (CA cert, CA key), or just a key for a self-signed root.

    Extensions: critical basicConstraints and keyUsage, subject key identifier, and (not for a
    self-signed root) an authority key identifier taken from the issuer's subject key identifier;
    with ``ocsp_url``, a non-critical authorityInfoAccess naming that OCSP responder.
    """
    if isinstance(issuer, tuple):
        issuer_cert, issuer_key = issuer
        issuer_name = issuer_cert.subject
        aki = x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(
            issuer_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        )
    else:
        issuer_key, issuer_name, aki = issuer, subject, None
    if not_after <= not_before:
        raise PKIError("not_after must be later than not_before")
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=path_length if is_ca else None), True)
        .add_extension(key_usage(usage), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if aki is not None:
        builder = builder.add_extension(aki, critical=False)
    if ocsp_url is not None:
        ocsp = x509.AccessDescription(
            AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url)
        )
        builder = builder.add_extension(x509.AuthorityInformationAccess([ocsp]), critical=False)
    return builder.sign(issuer_key, _signature_hash(issuer_key))


@dataclass(frozen=True)
class Issued:
    """A generated certificate with its private key and role."""

    role: CertRole
    certificate: x509.Certificate
    key: PrivateKey


def build_pki(
    profile: KeyProfile = KeyProfile.SECP521R1,
    now: datetime | None = None,
    role_list: tuple[CertRole, ...] | None = None,
    *,
    ocsp_url: str | None = None,
) -> dict[str, Issued]:
    """Generate every certificate of the test PKI in memory, keyed by role name.

    The role table is checked first (:func:`check_roles`). With ``ocsp_url``, every certificate
    but the roots names that OCSP responder in an authorityInfoAccess extension.
    """
    role_list = roles() if role_list is None else role_list
    check_roles(role_list)
    start = (now or datetime.now(UTC)) - _BACKDATE
    issued: dict[str, Issued] = {}
    for role in role_list:
        key = generate_key(profile)
        if role.issuer is None:
            signer: tuple[x509.Certificate, PrivateKey] | PrivateKey = key
        else:
            parent = issued[role.issuer]  # check_roles: issuers come first
            signer = (parent.certificate, parent.key)
        cert = issue_certificate(
            make_name(role.common_name, role.domain_component),
            key.public_key(),
            signer,
            is_ca=role.is_ca,
            usage=usage_for(role.key_usage, profile),
            not_before=start,
            not_after=start + role.validity,
            path_length=role.path_length,
            ocsp_url=None if role.issuer is None else ocsp_url,
        )
        issued[role.name] = Issued(role, cert, key)
    return issued


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key: PrivateKey) -> bytes:
    """Unencrypted PKCS#8 PEM (test PKI: protection is the 0600 file mode)."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a file created owner-only (0600); an existing file is replaced."""
    try:
        path.unlink(missing_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise PKIError(f"cannot create private key file {path}: {exc}") from exc
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def write_pki(issued: dict[str, Issued], directory: Path) -> None:
    """Write the PEM layout described in the module docstring into ``directory``."""
    private = directory / "private"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        private.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise PKIError(f"cannot create PKI directory {directory}: {exc}") from exc
    for name, item in issued.items():
        (directory / f"{name}.pem").write_bytes(pem(item.certificate))
        key_dir = private if item.role.is_ca else directory
        write_private(key_dir / f"{name}.key", key_pem(item.key))
    for chain, members in CHAIN_FILES.items():
        if all(m in issued for m in members):
            (directory / f"{chain}.pem").write_bytes(b"".join(pem(issued[m].certificate) for m in members))


def init_pki(
    directory: Path | str, profile: KeyProfile = KeyProfile.SECP521R1, *, ocsp_url: str | None = None
) -> dict[str, Issued]:
    """Generate the whole test PKI and write it to ``directory``; returns what was generated."""
    issued = build_pki(profile, ocsp_url=ocsp_url)
    write_pki(issued, Path(directory))
    return issued


def load_certificates(path: str | os.PathLike[str]) -> list[x509.Certificate]:
    """All certificates of a PEM file, in file order."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PKIError(f"cannot read {path}: {exc}") from exc
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise PKIError(f"{path}: not a PEM certificate file: {exc}") from exc
    return certs


def load_private_key(path: str | os.PathLike[str]) -> PrivateKey:
    """An unencrypted PEM private key of a type the profiles allow."""
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PKIError(f"cannot load private key {path}: {exc}") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey):
        raise PKIError(f"{path}: unsupported key type {type(key).__name__}")
    return key
