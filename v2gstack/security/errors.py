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
