"""Certificate roles of the ISO 15118-20 test PKI and the key profiles they can be generated with.

Structure (ISO 15118-20, 7.3 security concept, certificate profiles): every hierarchy is
root -> Sub-CA 1 (pathLen 1) -> Sub-CA 2 (pathLen 0) -> leaf; CAs carry critical
basicConstraints cA=TRUE and critical keyUsage keyCertSign+cRLSign; leaves carry cA=FALSE and
the signing usages of their role. The domainComponent (DC) of the subject names the role's
domain (V2G, CPO, CPS, OEM, MO).

Validity periods below are the defaults of this *test* PKI: short for leaves, longer for CAs, and
within the maxima of the profile tables. They are deliberately centralised here so that a
deployment can tighten them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

DAY = timedelta(days=1)
YEAR = timedelta(days=365)


class KeyProfile(enum.Enum):
    """Which key type (and hence signature algorithm) a generated PKI uses."""

    SECP521R1 = "secp521r1"  # ECDSA on NIST P-521 with SHA-512: the -20 default
    ED448 = "ed448"  # EdDSA on Ed448 (pure, no pre-hash)
    # Not allowed by ISO 15118-20; only for the TLS compatibility profile and for negative tests.
    SECP256R1 = "secp256r1"


STRICT_KEY_PROFILES = frozenset({KeyProfile.SECP521R1, KeyProfile.ED448})

CA_USAGE = frozenset({"key_cert_sign", "crl_sign"})
SIGN_ONLY = frozenset({"digital_signature"})
SIGN_AND_AGREE = frozenset({"digital_signature", "key_agreement"})


@dataclass(frozen=True)
class CertRole:
    """One certificate of the PKI: its file stem, subject, issuer and extension profile."""

    name: str
    common_name: str
    domain_component: str
    issuer: str | None  # role name of the issuer; None for a self-signed root
    validity: timedelta
    key_usage: frozenset[str]
    path_length: int | None = None  # only meaningful for CAs; None = unconstrained
    is_ca: bool = False


def _root(name: str, cn: str, dc: str) -> CertRole:
    return CertRole(name, cn, dc, None, 10 * YEAR, CA_USAGE, None, True)


def _sub1(name: str, cn: str, dc: str, issuer: str) -> CertRole:
    return CertRole(name, cn, dc, issuer, 4 * YEAR, CA_USAGE, 1, True)


def _sub2(name: str, cn: str, dc: str, issuer: str, validity: timedelta = 2 * YEAR) -> CertRole:
    return CertRole(name, cn, dc, issuer, validity, CA_USAGE, 0, True)


DEFAULT_EVSE_ID = "DE*V2G*E12345*1"
DEFAULT_PCID = "WV2GSTACK00000001"  # provisioning certificate ID (PCID) of the OEM prov. cert
DEFAULT_VIN = "WV2GSTACK00000001"
DEFAULT_EMAID = "DEV2GC1234567890"


def roles(
    evse_id: str = DEFAULT_EVSE_ID,
    pcid: str = DEFAULT_PCID,
    vin: str = DEFAULT_VIN,
    emaid: str = DEFAULT_EMAID,
) -> tuple[CertRole, ...]:
    """All roles of the test PKI, issuers before the certificates they sign."""
    return (
        # Charge point operator chain, used by the SECC as its TLS server certificate.
        _root("v2g_root", "V2G Root CA", "V2G"),
        _sub1("cpo_sub_ca1", "CPO Sub-CA 1", "V2G", "v2g_root"),
        _sub2("cpo_sub_ca2", "CPO Sub-CA 2", "V2G", "cpo_sub_ca1", validity=YEAR),
        # SECC leaf: CN carries the EVSE ID, DC=CPO.
        CertRole("secc", evse_id, "CPO", "cpo_sub_ca2", 90 * DAY, SIGN_AND_AGREE),
        # Certificate provisioning service chain under the V2G root (certificate installation).
        _sub1("cps_sub_ca1", "CPS Sub-CA 1", "V2G", "v2g_root"),
        _sub2("cps_sub_ca2", "CPS Sub-CA 2", "V2G", "cps_sub_ca1"),
        CertRole("cps", "CPS Leaf", "CPS", "cps_sub_ca2", 90 * DAY, SIGN_ONLY),
        # Vehicle manufacturer chain: provisioning certificate and TLS client (vehicle) certificate.
        _root("oem_root", "OEM Root CA", "OEM"),
        _sub1("oem_sub_ca1", "OEM Sub-CA 1", "OEM", "oem_root"),
        _sub2("oem_sub_ca2", "OEM Sub-CA 2", "OEM", "oem_sub_ca1"),
        CertRole("oem_prov", pcid, "OEM", "oem_sub_ca2", 4 * YEAR, SIGN_AND_AGREE),
        CertRole("vehicle", vin, "OEM", "oem_sub_ca2", 2 * YEAR, SIGN_ONLY),
        # Mobility operator chain: the contract certificate carries the EMAID as CN.
        _root("mo_root", "MO Root CA", "MO"),
        _sub1("mo_sub_ca1", "MO Sub-CA 1", "MO", "mo_root"),
        _sub2("mo_sub_ca2", "MO Sub-CA 2", "MO", "mo_sub_ca1"),
        CertRole("contract", emaid, "MO", "mo_sub_ca2", 2 * YEAR, SIGN_AND_AGREE),
    )


# Which PEM chain file is written for which leaf: leaf first, then Sub-CA 2, then Sub-CA 1.
CHAIN_FILES: dict[str, tuple[str, ...]] = {
    "secc_chain": ("secc", "cpo_sub_ca2", "cpo_sub_ca1"),
    "vehicle_chain": ("vehicle", "oem_sub_ca2", "oem_sub_ca1"),
    "oem_prov_chain": ("oem_prov", "oem_sub_ca2", "oem_sub_ca1"),
    "contract_chain": ("contract", "mo_sub_ca2", "mo_sub_ca1"),
    "cps_chain": ("cps", "cps_sub_ca2", "cps_sub_ca1"),
}
