"""The ISO 15118-20 test PKI: generation (:mod:`.issue`), roles (:mod:`.profiles`), validation."""

from v2gstack.security.pki.issue import (
    Issued,
    PrivateKey,
    build_pki,
    generate_key,
    init_pki,
    issue_certificate,
    load_certificates,
    load_private_key,
    make_name,
    write_pki,
)
from v2gstack.security.pki.profiles import CHAIN_FILES, CertRole, KeyProfile, roles
from v2gstack.security.pki.validate import build_path, check_algorithm, validate_chain

__all__ = [
    "CHAIN_FILES",
    "CertRole",
    "Issued",
    "KeyProfile",
    "PrivateKey",
    "build_path",
    "build_pki",
    "check_algorithm",
    "generate_key",
    "init_pki",
    "issue_certificate",
    "load_certificates",
    "load_private_key",
    "make_name",
    "roles",
    "validate_chain",
    "write_pki",
]
