"""Network key material: NMK generation, NID derivation and NMK-HS from a password.

HomePlug AV 1.1 (section "Network Membership Key" / "Network Identifier"): the NID is derived from
the NMK with PBKDF1 (SHA-256, no salt, five hash applications). The NMK-HS is derived from a
human-readable password with the HomePlug NMK salt and 1000 SHA-256 iterations.
"""

from __future__ import annotations

import hashlib
import secrets

from v2gstack.slac.errors import SlacError

NMK_LEN = 16
NID_LEN = 7
NMK_SALT = bytes.fromhex("08856daf7cf58186")
"""Salt of the HomePlug NMK-HS derivation."""
DAK_SALT = bytes.fromhex("08856daf7cf58185")
"""Salt of the HomePlug DAK derivation (device access key), for completeness."""


def _pbkdf1_sha256(data: bytes, rounds: int) -> bytes:
    digest = data
    for _ in range(rounds):
        digest = hashlib.sha256(digest).digest()
    return digest


def derive_nid(nmk: bytes, security_level: int = 0) -> bytes:
    """NID of an NMK: 52 bits of SHA-256^5(NMK), then 2 bits of security level.

    The seventh octet carries the security level in bits 4-5 and the top nibble of the
    seventh hash octet in bits 0-3.
    """
    if len(nmk) != NMK_LEN:
        raise SlacError(f"an NMK is {NMK_LEN} bytes, got {len(nmk)}")
    if not 0 <= security_level <= 3:
        raise SlacError(f"security level must be 0..3, got {security_level}")
    digest = _pbkdf1_sha256(nmk, 5)
    return digest[:6] + bytes([(security_level << 4) | (digest[6] >> 4)])


def nmk_from_password(password: str | bytes) -> bytes:
    """NMK-HS: SHA-256 over password + HomePlug salt, applied 1000 times, first 16 octets."""
    raw = password.encode("utf-8") if isinstance(password, str) else password
    return _pbkdf1_sha256(raw + NMK_SALT, 1000)[:NMK_LEN]


def random_nmk() -> bytes:
    """A fresh NMK from the OS CSPRNG (one per matching session)."""
    return secrets.token_bytes(NMK_LEN)
