"""TLS 1.3 contexts for the SECC (server) and EVCC (client) as ISO 15118-20 requires them.

Strict profile (default), per ISO 15118-20 7.3 (TLS): TLS 1.3 only; cipher suites
TLS_AES_256_GCM_SHA384 and TLS_CHACHA20_POLY1305_SHA256; key exchange on secp521r1 or X448;
signature schemes ecdsa_secp521r1_sha512 and ed448; mutual authentication, the SECC naming its
trusted roots in the certificate_authorities extension of its CertificateRequest.

:attr:`TLSProfile.COMPAT` additionally allows TLS_AES_128_GCM_SHA256, P-256/P-384/X25519 and the
matching ECDSA/Ed25519 schemes, for peers that cannot do the above. It is *not* -20 compliant and
is never chosen implicitly.

The parts Python's :mod:`ssl` cannot express are set through :mod:`._openssl` (see
docs/security.md for the mechanism and its limits).
"""

from __future__ import annotations

import ctypes
import enum
import os
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from v2gstack.security import _openssl as ossl
from v2gstack.security.errors import PKIError, TLSConfigError
from v2gstack.security.pki.issue import load_certificates


class TLSProfile(enum.Enum):
    """Which algorithm set a context allows."""

    STRICT = "strict"  # ISO 15118-20
    COMPAT = "compat"  # adds P-256/X25519/AES-128: for non-compliant peers only, opt-in


@dataclass(frozen=True)
class ProfileParams:
    """OpenSSL list strings of one profile."""

    ciphersuites: str
    groups: str
    sigalgs: str


PROFILES: dict[TLSProfile, ProfileParams] = {
    TLSProfile.STRICT: ProfileParams(
        "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        "P-521:X448",
        "ecdsa_secp521r1_sha512:ed448",
    ),
    TLSProfile.COMPAT: ProfileParams(
        "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256",
        "P-521:X448:P-384:P-256:X25519",
        "ecdsa_secp521r1_sha512:ed448:ecdsa_secp384r1_sha384:ecdsa_secp256r1_sha256:ed25519",
    ),
}


class TLSContext(ssl.SSLContext):
    """An :class:`ssl.SSLContext` that remembers its profile and keeps its native callbacks alive."""

    profile: TLSProfile
    _native_refs: list[Any]


PathLike = str | os.PathLike[str]


def _pin(ctx: TLSContext, profile: TLSProfile) -> int:
    """Apply suites, groups and signature schemes of ``profile`` to the native context."""
    params = PROFILES[profile]
    lib = ossl.openssl()
    ptr = ossl.ssl_ctx_pointer(ctx)

    def check(result: int, what: str) -> None:
        if result != 1:
            raise TLSConfigError(f"OpenSSL refused the {profile.value} {what}: {lib.last_error()}")

    check(lib.ssl.SSL_CTX_set_ciphersuites(ptr, params.ciphersuites.encode()), "cipher suites")
    check(lib.ssl.SSL_CTX_ctrl(ptr, ossl.SSL_CTRL_SET_GROUPS_LIST, 0, params.groups.encode()), "groups")
    sigalgs = params.sigalgs.encode()
    check(lib.ssl.SSL_CTX_ctrl(ptr, ossl.SSL_CTRL_SET_SIGALGS_LIST, 0, sigalgs), "signature schemes")
    # Schemes asked of the peer's certificate (CertificateRequest.signature_algorithms).
    check(lib.ssl.SSL_CTX_ctrl(ptr, ossl.SSL_CTRL_SET_CLIENT_SIGALGS_LIST, 0, sigalgs), "client schemes")
    ctx.profile = profile
    return ptr


def _new_context(
    protocol: ssl._SSLMethod, profile: TLSProfile, keylog: PathLike | None
) -> tuple[TLSContext, int]:
    ctx = TLSContext(protocol)
    ctx._native_refs = []
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.verify_mode = ssl.CERT_REQUIRED
    if profile is TLSProfile.STRICT:
        ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    ptr = _pin(ctx, profile)
    if keylog is not None:
        _open_keylog(Path(keylog))
        ctx.keylog_filename = str(keylog)
    return ctx, ptr


def _open_keylog(path: Path) -> None:
    """Create the key log owner-only (it holds session secrets); Python then appends to it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    except OSError as exc:
        raise TLSConfigError(f"cannot open key log file {path}: {exc}") from exc


def _load_roots(ctx: TLSContext, roots: Sequence[PathLike]) -> list[x509.Certificate]:
    if not roots:
        raise TLSConfigError("at least one trusted root certificate is required")
    certs = [cert for path in roots for cert in _certs(path)]
    pem = "".join(c.public_bytes(serialization.Encoding.PEM).decode() for c in certs)
    try:
        ctx.load_verify_locations(cadata=pem)
    except ssl.SSLError as exc:
        raise TLSConfigError(f"cannot load trusted roots: {exc}") from exc
    return certs


def _certs(path: PathLike) -> list[x509.Certificate]:
    try:
        return load_certificates(path)
    except PKIError as exc:
        raise TLSConfigError(str(exc)) from exc


def _load_identity(ctx: TLSContext, chain: PathLike, key: PathLike) -> None:
    """Own certificate chain (leaf first, then Sub-CAs) and private key."""
    try:
        ctx.load_cert_chain(certfile=os.fspath(chain), keyfile=os.fspath(key))
    except (OSError, ssl.SSLError) as exc:
        raise TLSConfigError(f"cannot load certificate chain {chain} / key {key}: {exc}") from exc


def _set_client_ca_names(ptr: int, roots: Sequence[x509.Certificate]) -> None:
    """Name ``roots`` in the CertificateRequest's certificate_authorities extension."""
    lib = ossl.openssl()
    for cert in roots:
        der = cert.public_bytes(serialization.Encoding.DER)
        buf = ctypes.create_string_buffer(der, len(der))
        cursor = ctypes.c_void_p(ctypes.addressof(buf))
        native = lib.crypto.d2i_X509(None, ctypes.byref(cursor), len(der))
        if not native:
            raise TLSConfigError(
                f"OpenSSL cannot parse root {cert.subject.rfc4514_string()}: {lib.last_error()}"
            )
        try:
            if lib.ssl.SSL_CTX_add_client_CA(ptr, native) != 1:
                raise TLSConfigError(f"cannot add CA name: {lib.last_error()}")
        finally:
            lib.crypto.X509_free(native)


def client_ca_name_count(ctx: ssl.SSLContext) -> int:
    """How many CA names the context sends in its CertificateRequest."""
    lib = ossl.openssl()
    stack = lib.ssl.SSL_CTX_get_client_CA_list(ossl.ssl_ctx_pointer(ctx))
    return int(lib.crypto.OPENSSL_sk_num(stack)) if stack else 0


def _staple(ctx: TLSContext, ptr: int, response: bytes) -> None:
    """Staple a DER OCSP response to the server certificate whenever a client asks for status."""
    from cryptography.x509 import ocsp

    try:
        ocsp.load_der_ocsp_response(response)
    except ValueError as exc:
        raise TLSConfigError(f"ocsp_response is not a DER OCSP response: {exc}") from exc
    lib = ossl.openssl()
    data = bytes(response)

    def callback(ssl_ptr: int | None, _arg: int | None) -> int:
        try:
            # OpenSSL takes ownership of the buffer and frees it with OPENSSL_free.
            buf = lib.crypto.CRYPTO_malloc(len(data), b"v2gstack-ocsp", 0)
            if not buf:
                return ossl.SSL_TLSEXT_ERR_ALERT_FATAL
            ctypes.memmove(buf, data, len(data))
            lib.ssl.SSL_ctrl(ssl_ptr, ossl.SSL_CTRL_SET_TLSEXT_STATUS_REQ_OCSP_RESP, len(data), buf)
            return ossl.SSL_TLSEXT_ERR_OK
        except Exception:  # never let an exception unwind through OpenSSL
            return ossl.SSL_TLSEXT_ERR_ALERT_FATAL

    native_cb = ossl.StatusCallback(callback)
    ctx._native_refs.append(native_cb)
    if lib.ssl.SSL_CTX_callback_ctrl(ptr, ossl.SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB, native_cb) != 1:
        raise TLSConfigError(f"cannot install the OCSP status callback: {lib.last_error()}")


def server_context(
    pki_dir: PathLike | None = None,
    *,
    cert_chain: PathLike | None = None,
    key: PathLike | None = None,
    client_roots: Sequence[PathLike] | None = None,
    profile: TLSProfile = TLSProfile.STRICT,
    keylog: PathLike | None = None,
    ocsp_response: bytes | None = None,
) -> TLSContext:
    """SECC server context: presents ``secc_chain.pem``/``secc.key``, requires and verifies the EVCC
    certificate against ``oem_root.pem`` and ``v2g_root.pem`` (or the explicit arguments, which
    override the directory's files) and names those roots in its CertificateRequest.
    """
    base = Path(pki_dir) if pki_dir is not None else None
    chain = cert_chain or (base / "secc_chain.pem" if base else None)
    key_path = key or (base / "secc.key" if base else None)
    roots = client_roots or ([base / "oem_root.pem", base / "v2g_root.pem"] if base else None)
    if chain is None or key_path is None or not roots:
        raise TLSConfigError("server_context needs pki_dir, or cert_chain, key and client_roots")
    ctx, ptr = _new_context(ssl.PROTOCOL_TLS_SERVER, profile, keylog)
    _load_identity(ctx, chain, key_path)
    _set_client_ca_names(ptr, _load_roots(ctx, roots))
    if ocsp_response is not None:
        _staple(ctx, ptr, ocsp_response)
    return ctx


def client_context(
    pki_dir: PathLike | None = None,
    *,
    cert_chain: PathLike | None = None,
    key: PathLike | None = None,
    server_roots: Sequence[PathLike] | None = None,
    profile: TLSProfile = TLSProfile.STRICT,
    keylog: PathLike | None = None,
) -> TLSContext:
    """EVCC client context: verifies the SECC against ``v2g_root.pem`` and presents
    ``vehicle_chain.pem``/``vehicle.key`` (explicit arguments override the directory's files).

    No host name check: the SECC is reached at an address found by SDP, and its certificate
    names an EVSE, not a host.
    """
    base = Path(pki_dir) if pki_dir is not None else None
    chain = cert_chain or (base / "vehicle_chain.pem" if base else None)
    key_path = key or (base / "vehicle.key" if base else None)
    roots = server_roots or ([base / "v2g_root.pem"] if base else None)
    if not roots:
        raise TLSConfigError("client_context needs pki_dir or server_roots")
    ctx, _ = _new_context(ssl.PROTOCOL_TLS_CLIENT, profile, keylog)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    _load_roots(ctx, roots)
    if chain is not None and key_path is not None:
        _load_identity(ctx, chain, key_path)
    return ctx


# TLS 1.3 binds an ECDSA scheme to one curve, so (key type, digest) names the scheme exactly.
_SCHEMES = {
    ("id-ecPublicKey", "SHA512"): "ecdsa_secp521r1_sha512",
    ("id-ecPublicKey", "SHA384"): "ecdsa_secp384r1_sha384",
    ("id-ecPublicKey", "SHA256"): "ecdsa_secp256r1_sha256",
    ("ED448", None): "ed448",
    ("ED25519", None): "ed25519",
}


@dataclass(frozen=True)
class Negotiated:
    """What a finished handshake agreed on (for logs and tests)."""

    version: str | None
    cipher: str | None
    group: str | None  # key exchange group, e.g. "secp521r1" or "X448"
    peer_signature: str | None  # scheme of the peer's CertificateVerify, e.g. "ed448"
    local_signature: str | None  # scheme of our own CertificateVerify


def _scheme(lib: ossl.OpenSSL, ssl_ptr: int, peer: bool) -> str | None:
    type_nid = ctypes.c_int(0)
    get_type = lib.ssl.SSL_get_peer_signature_type_nid if peer else lib.ssl.SSL_get_signature_type_nid
    if get_type(ssl_ptr, ctypes.byref(type_nid)) != 1:
        return None
    digest_nid = ctypes.c_int(0)
    ctrl = ossl.SSL_CTRL_GET_PEER_SIGNATURE_NID if peer else ossl.SSL_CTRL_GET_SIGNATURE_NID
    has_digest = lib.ssl.SSL_ctrl(ssl_ptr, ctrl, 0, ctypes.addressof(digest_nid)) == 1
    key_type = lib.nid_name(type_nid.value)
    digest = lib.nid_name(digest_nid.value) if has_digest and digest_nid.value > 0 else None
    return _SCHEMES.get((key_type, digest), f"{key_type}+{digest or 'none'}")


def negotiated(ssl_object: ssl.SSLObject | ssl.SSLSocket) -> Negotiated:
    """Negotiated version, suite, group and signature schemes of a completed handshake.

    With asyncio: ``negotiated(writer.get_extra_info("ssl_object"))``.
    """
    lib = ossl.openssl()
    ptr = ossl.ssl_pointer(ssl_object)
    cipher = ssl_object.cipher()
    group_nid = int(lib.ssl.SSL_ctrl(ptr, ossl.SSL_CTRL_GET_NEGOTIATED_GROUP, 0, None))
    return Negotiated(
        version=ssl_object.version(),
        cipher=cipher[0] if cipher else None,
        group=lib.nid_name(group_nid) if group_nid > 0 else None,
        peer_signature=_scheme(lib, ptr, peer=True),
        local_signature=_scheme(lib, ptr, peer=False),
    )
