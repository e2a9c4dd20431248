"""Typed errors of the security layer (PKI generation, chain validation, TLS set-up, XML signatures)."""

from __future__ import annotations

import enum

from v2gstack.errors import V2GStackError


class SecurityError(V2GStackError):
    """Base class of every error raised by :mod:`v2gstack.security`."""


class PKIError(SecurityError):
    """A certificate or key could not be generated, read or written."""


class ChainFailure(enum.Enum):
    """Why a certificate chain was rejected; one member per distinct cause."""

    EXPIRED = "expired"
    NOT_YET_VALID = "not yet valid"
    PATH_LENGTH = "path length constraint exceeded"
    KEY_USAGE = "key usage not allowed"
    BASIC_CONSTRAINTS = "basic constraints violated"
    SIGNATURE = "bad signature"
    UNKNOWN_ROOT = "unknown root"
    ALGORITHM = "algorithm or curve not allowed"
    MALFORMED = "malformed certificate"


class ChainValidationError(SecurityError):
    """A certificate chain failed validation; ``reason`` says why, ``subject`` names the culprit."""

    def __init__(self, reason: ChainFailure, subject: str, detail: str) -> None:
        self.reason = reason
        self.subject = subject
        self.detail = detail
        super().__init__(f"{reason.value}: {subject}: {detail}")


class TLSConfigError(SecurityError):
    """A TLS context could not be configured as requested (bad input or unsupported OpenSSL)."""


class OpenSSLBindingError(TLSConfigError):
    """The ctypes binding to the libssl used by Python's ``ssl`` module is unusable here.

    Raised instead of guessing when the library cannot be found, the version does not match,
    or the ``SSL_CTX``/``SSL`` pointer inside a Python object does not verify.
    """


class SignatureFailure(enum.Enum):
    """Why an XML signature (ISO 15118-20 Plug & Charge) was rejected; one member per cause."""

    UNSUPPORTED_ALGORITHM = "algorithm not supported or not allowed"
    KEY_MISMATCH = "key does not fit the signature method"
    REFERENCE_MISSING = "signed part not referenced"
    REFERENCE_UNEXPECTED = "reference to no signed part"
    DIGEST_MISMATCH = "digest does not match the signed part"
    SIGNATURE_INVALID = "signature value does not verify"
    MALFORMED = "malformed signature"


class XmlSignatureError(SecurityError):
    """An XML signature could not be made or did not verify; ``reason`` says why."""

    def __init__(self, reason: SignatureFailure, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}")


class InstallationFailure(enum.Enum):
    """Why ISO 15118-20 certificate installation data was refused; one member per cause."""

    MALFORMED = "malformed installation data"
    CURVE_MISMATCH = "ECDH curve does not fit the keys"
    UNSUPPORTED = "not supported"
    DECRYPTION = "authenticated decryption failed"
    INVALID_KEY = "decrypted key is not the contract certificate's key"
    KEY_NOT_REPRESENTABLE = "contract key cannot be carried in the encrypted key element"
    PROVISIONING_CHAIN = "OEM provisioning certificate chain rejected"
    NO_MATCHING_ROOT = "no listed root certificate fits"
    REQUEST_SIGNATURE = "request signature missing or invalid"
    SIGNATURE = "installation data signature missing or invalid"


class InstallationError(SecurityError):
    """Certificate installation (encrypting, opening, provisioning) failed; ``reason`` says why."""

    def __init__(self, reason: InstallationFailure, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}")
