"""Certificate roles of the ISO 15118-20 test PKI and the key profiles they can be generated with.

Structure: every hierarchy is root -> Sub-CA 1 (pathLen 1) -> Sub-CA 2 (pathLen 0) -> leaf. CAs
carry critical basicConstraints cA=TRUE and critical keyUsage keyCertSign+cRLSign; leaves carry
critical cA=FALSE and the usages of their role. Subjects are CN, O, C, DC; the domainComponent
names the role's domain (V2G for the V2G root and the CPO Sub-CAs, CPO for the SECC leaf, CPS for
the provisioning service chain, OEM, MO).

The values follow the ISO 15118 certificate profiles as far as public material describes them
(ISO 15118-2 Annex F, which -20 keeps for structure and naming; see docs/security.md, "Certificate
profiles", for the source of each value and for the values no public source confirms). The table
below is the single place that sets them; :func:`check_roles` refuses a table that breaks its own
maxima or lets a certificate outlive its issuer.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from v2gstack.security.errors import PKIError

DAY = timedelta(days=1)
YEAR = timedelta(days=365)


class KeyProfile(enum.Enum):
    """Which key type (and hence signature algorithm) a generated PKI uses."""

    SECP521R1 = "secp521r1"  # ECDSA on NIST P-521 with SHA-512: the -20 default
    ED448 = "ed448"  # EdDSA on Ed448 (pure, no pre-hash)
    # The ISO 15118-2 curve (ECDSA-SHA256). Not allowed by ISO 15118-20; only for the TLS
    # compatibility profile and for negative tests.
    SECP256R1 = "secp256r1"


STRICT_KEY_PROFILES = frozenset({KeyProfile.SECP521R1, KeyProfile.ED448})

# keyUsage flag names as in cryptography's x509.KeyUsage (content_commitment = nonRepudiation).
CA_USAGE = frozenset({"key_cert_sign", "crl_sign"})
SIGN_ONLY = frozenset({"digital_signature"})
SIGN_AND_AGREE = frozenset({"digital_signature", "key_agreement"})
# MO Sub-CA 2 also signs (in -2 the SalesTariff), hence digitalSignature and nonRepudiation.
MO_SUB_CA2_USAGE = CA_USAGE | {"digital_signature", "content_commitment"}
CONTRACT_USAGE = frozenset({"digital_signature", "content_commitment", "key_encipherment", "key_agreement"})
# RFC 8410 as clarified by RFC 9295: an Ed448 key can only sign, so only these usages may be asserted.
EDDSA_USAGE = frozenset({"digital_signature", "content_commitment", "key_cert_sign", "crl_sign"})


@dataclass(frozen=True)
class CertRole:
    """One certificate of the PKI: its file stem, subject, issuer and extension profile.

    ``validity`` is what the test PKI issues; ``max_validity`` the maximum of the certificate
    profile, or None where the standard leaves the period to the operator of the hierarchy.
    """

    name: str
    common_name: str
    domain_component: str
    issuer: str | None  # role name of the issuer; None for a self-signed root
    validity: timedelta
    key_usage: frozenset[str]
    path_length: int | None = None  # only meaningful for CAs; None = unconstrained
    is_ca: bool = False
    max_validity: timedelta | None = None


def usage_for(usage: Iterable[str], profile: KeyProfile) -> frozenset[str]:
    """The key usages a key of ``profile`` can carry: Ed448 keys lose what only EC keys can do."""
    wanted = frozenset(usage)
    return wanted & EDDSA_USAGE if profile is KeyProfile.ED448 else wanted


def _root(name: str, cn: str, dc: str) -> CertRole:
    return CertRole(name, cn, dc, None, 40 * YEAR, CA_USAGE, None, True, 40 * YEAR)


def _sub1(name: str, cn: str, dc: str, issuer: str, max_validity: timedelta | None) -> CertRole:
    return CertRole(name, cn, dc, issuer, 4 * YEAR, CA_USAGE, 1, True, max_validity)


def _sub2(
    name: str,
    cn: str,
    dc: str,
    issuer: str,
    validity: timedelta,
    max_validity: timedelta | None,
    usage: frozenset[str] = CA_USAGE,
) -> CertRole:
    return CertRole(name, cn, dc, issuer, validity, usage, 0, True, max_validity)


# Identities in the leaf common names (ISO 15118-20 syntax where public material gives it).
# SECCID: country code, EVSE operator ID, "S", a controller ID of at least 32 alphanumerics.
DEFAULT_EVSE_ID = "DEV2GS" + "V2GSTACKTESTSECC" + "0" * 16 + "1"
DEFAULT_PCID = "WV2GSTACK00000001"  # provisioning certificate ID: starts with the OEM's WMI
DEFAULT_VIN = "WV2GSTACK00000001"
DEFAULT_EMAID = "DEV2G123456789"  # country code, provider ID, 9-character eMA instance

THREE_MONTHS = 90 * DAY


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
        _sub1("cpo_sub_ca1", "CPO Sub-CA 1", "V2G", "v2g_root", 4 * YEAR),
        _sub2("cpo_sub_ca2", "CPO Sub-CA 2", "V2G", "cpo_sub_ca1", YEAR, 2 * YEAR),
        # SECC leaf: CN carries the SECC ID (EVSE ID), DC=CPO.
        CertRole("secc", evse_id, "CPO", "cpo_sub_ca2", 60 * DAY, SIGN_AND_AGREE, None, False, THREE_MONTHS),
        # Certificate provisioning service chain under the V2G root (certificate installation).
        _sub1("cps_sub_ca1", "CPS Sub-CA 1", "CPS", "v2g_root", 4 * YEAR),
        _sub2("cps_sub_ca2", "CPS Sub-CA 2", "CPS", "cps_sub_ca1", 2 * YEAR, 2 * YEAR),
        CertRole("cps", "CPS Leaf", "CPS", "cps_sub_ca2", 90 * DAY, SIGN_ONLY, None, False, THREE_MONTHS),
        # Vehicle manufacturer chain: provisioning certificate and TLS client (vehicle) certificate.
        # Validity periods of the OEM hierarchy are the OEM's choice (no maximum).
        _root("oem_root", "OEM Root CA", "OEM"),
        _sub1("oem_sub_ca1", "OEM Sub-CA 1", "OEM", "oem_root", None),
        _sub2("oem_sub_ca2", "OEM Sub-CA 2", "OEM", "oem_sub_ca1", 4 * YEAR, None),
        CertRole("oem_prov", pcid, "OEM", "oem_sub_ca2", 4 * YEAR, SIGN_AND_AGREE),
        CertRole("vehicle", vin, "OEM", "oem_sub_ca2", 2 * YEAR, SIGN_ONLY),
        # Mobility operator chain: the contract certificate carries the EMAID as CN. Sub-CA periods
        # are the MO's choice; the contract certificate lives at most 2 years.
        _root("mo_root", "MO Root CA", "MO"),
        _sub1("mo_sub_ca1", "MO Sub-CA 1", "MO", "mo_root", None),
        _sub2("mo_sub_ca2", "MO Sub-CA 2", "MO", "mo_sub_ca1", 4 * YEAR, None, MO_SUB_CA2_USAGE),
        CertRole("contract", emaid, "MO", "mo_sub_ca2", 2 * YEAR, CONTRACT_USAGE, None, False, 2 * YEAR),
    )


def _ca_depth_below(name: str, role_list: tuple[CertRole, ...]) -> int:
    """How many CAs at most sit between ``name`` and a leaf below it."""
    children = [r for r in role_list if r.issuer == name and r.is_ca]
    return max((1 + _ca_depth_below(c.name, role_list) for c in children), default=0)


def check_roles(role_list: tuple[CertRole, ...]) -> None:
    """Refuse a role table that contradicts itself (raises :class:`PKIError`).

    Checked: issuers come first and are CAs; a certificate's validity is within its profile maximum
    and does not exceed its issuer's (all certificates start together, so it then never outlives
    it); a CA's pathLenConstraint admits the Sub-CAs the table puts below it.
    """
    seen: dict[str, CertRole] = {}
    for role in role_list:
        where = f"role {role.name!r}"
        if role.max_validity is not None and role.validity > role.max_validity:
            raise PKIError(f"{where}: validity {role.validity} exceeds its maximum {role.max_validity}")
        if role.issuer is not None:
            parent = seen.get(role.issuer)
            if parent is None:
                raise PKIError(f"{where}: issuer {role.issuer!r} is not generated before it")
            if not parent.is_ca:
                raise PKIError(f"{where}: issuer {role.issuer!r} is not a CA")
            if role.validity > parent.validity:
                raise PKIError(f"{where}: validity {role.validity} outlives its issuer {parent.name!r}")
        if role.is_ca and role.path_length is not None:
            below = _ca_depth_below(role.name, role_list)
            if below > role.path_length:
                raise PKIError(f"{where}: pathLen {role.path_length} but {below} Sub-CA(s) below it")
        seen[role.name] = role


# Which PEM chain file is written for which leaf: leaf first, then Sub-CA 2, then Sub-CA 1.
CHAIN_FILES: dict[str, tuple[str, ...]] = {
    "secc_chain": ("secc", "cpo_sub_ca2", "cpo_sub_ca1"),
    "vehicle_chain": ("vehicle", "oem_sub_ca2", "oem_sub_ca1"),
    "oem_prov_chain": ("oem_prov", "oem_sub_ca2", "oem_sub_ca1"),
    "contract_chain": ("contract", "mo_sub_ca2", "mo_sub_ca1"),
    "cps_chain": ("cps", "cps_sub_ca2", "cps_sub_ca1"),
}
