"""Our EVCC client context against our SECC server context over asyncio, both profiles."""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.security.tls_harness import tls_listener
from v2gstack.security import _openssl
from v2gstack.security.errors import OpenSSLBindingError, TLSConfigError
from v2gstack.security.pki import Issued
from v2gstack.security.tls import (
    Negotiated,
    TLSProfile,
    client_ca_name_count,
    client_context,
    negotiated,
    server_context,
)

PKIFixture = tuple[Path, dict[str, Issued]]


@dataclass
class Session:
    client: Negotiated | None = None
    server: Negotiated | None = None
    reply: bytes = b""
    error: str | None = None


async def _session(server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext, host: str) -> Session:
    result = Session()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        result.server = negotiated(writer.get_extra_info("ssl_object"))
        writer.write(b"pong")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, host, 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]
    try:
        reader, writer = await asyncio.open_connection(host, port, ssl=client_ctx)
        result.client = negotiated(writer.get_extra_info("ssl_object"))
        result.reply = await asyncio.wait_for(reader.read(), 10)
        writer.close()
    except (ssl.SSLError, OSError) as exc:  # TLS 1.3: a rejected client learns it on its first read
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        server.close()
        await server.wait_closed()
    return result


def session(server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext, host: str = "127.0.0.1") -> Session:
    return asyncio.run(asyncio.wait_for(_session(server_ctx, client_ctx, host), 20))


@pytest.mark.parametrize(("fixture", "scheme"), [("pki_521", "ecdsa_secp521r1_sha512"), ("pki_448", "ed448")])
def test_strict_round_trip(request: pytest.FixtureRequest, fixture: str, scheme: str) -> None:
    d: Path = request.getfixturevalue(fixture)[0]
    res = session(server_context(d), client_context(d))
    assert res.error is None and res.reply == b"pong"
    assert res.client is not None and res.server is not None
    assert res.client.version == "TLSv1.3"
    assert res.client.cipher == res.server.cipher == "TLS_AES_256_GCM_SHA384"
    assert res.client.group == res.server.group == "secp521r1"  # first of P-521:X448
    assert res.client.peer_signature == res.server.peer_signature == scheme
    assert res.client.local_signature == scheme


def test_ipv6_loopback(pki_448: PKIFixture) -> None:
    """The SECC listens on IPv6 in a real installation; ::1 stands in for the link-local address."""
    if not socket.has_ipv6:
        pytest.skip("no IPv6 support")
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("::1 is not configured")
    res = session(server_context(pki_448[0]), client_context(pki_448[0]), host="::1")
    assert res.error is None and res.reply == b"pong"
    assert res.server is not None and res.server.peer_signature == "ed448"


def test_ed448_secc_with_p521_vehicle(pki_521: PKIFixture, pki_448: PKIFixture) -> None:
    d521, d448 = pki_521[0], pki_448[0]
    server = server_context(d448, client_roots=[d521 / "oem_root.pem"])
    client = client_context(d521, server_roots=[d448 / "v2g_root.pem"])
    res = session(server, client)
    assert res.error is None and res.reply == b"pong"
    assert res.client is not None and res.server is not None
    assert res.client.peer_signature == "ed448"
    assert res.server.peer_signature == "ecdsa_secp521r1_sha512"


def test_compat_round_trip_with_p256(pki_256: PKIFixture) -> None:
    d = pki_256[0]
    res = session(server_context(d, profile=TLSProfile.COMPAT), client_context(d, profile=TLSProfile.COMPAT))
    assert res.error is None and res.reply == b"pong"
    assert res.client is not None and res.client.peer_signature == "ecdsa_secp256r1_sha256"


def test_compat_server_still_serves_strict_clients(pki_521: PKIFixture) -> None:
    d = pki_521[0]
    res = session(server_context(d, profile=TLSProfile.COMPAT), client_context(d))
    assert res.error is None and res.reply == b"pong"
    assert res.client is not None and res.client.cipher == "TLS_AES_256_GCM_SHA384"


def test_strict_server_rejects_p256_vehicle(pki_521: PKIFixture, pki_256: PKIFixture) -> None:
    d521, d256 = pki_521[0], pki_256[0]
    server = server_context(d521, client_roots=[d521 / "oem_root.pem", d256 / "oem_root.pem"])
    client = client_context(d256, server_roots=[d521 / "v2g_root.pem"], profile=TLSProfile.COMPAT)
    res = session(server, client)
    assert res.server is None and res.reply == b""


def test_strict_client_rejects_p256_secc(pki_521: PKIFixture, pki_256: PKIFixture) -> None:
    d521, d256 = pki_521[0], pki_256[0]
    server = server_context(d256, client_roots=[d521 / "oem_root.pem"], profile=TLSProfile.COMPAT)
    client = client_context(d521, server_roots=[d256 / "v2g_root.pem"])
    with tls_listener(server) as listener, socket.create_connection(("127.0.0.1", listener.port), 10) as raw:
        with pytest.raises(ssl.SSLError, match="HANDSHAKE_FAILURE"):
            client.wrap_socket(raw)
        outcome = listener.next_outcome()
    # The client offered only ecdsa_secp521r1_sha512/ed448: nothing the P-256 key can sign with.
    assert outcome.error is not None and "no suitable signature algorithm" in outcome.error.lower()


def test_client_rejects_secc_of_unknown_root(pki_521: PKIFixture, pki_other: PKIFixture) -> None:
    res = session(server_context(pki_other[0]), client_context(pki_521[0]))
    assert res.client is None and res.error is not None
    assert "certificate verify failed" in res.error.lower()


def test_keylog_written_owner_only(pki_521: PKIFixture, tmp_path: Path) -> None:
    keylog = tmp_path / "sslkeys.log"
    old = os.umask(0)
    try:
        server = server_context(pki_521[0], keylog=keylog)
    finally:
        os.umask(old)
    res = session(server, client_context(pki_521[0]))
    assert res.error is None
    labels = {
        line.split()[0] for line in keylog.read_text().splitlines() if line and not line.startswith("#")
    }
    assert {"CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
            "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"} <= labels  # fmt: skip
    assert stat.S_IMODE(keylog.stat().st_mode) == 0o600


def test_context_settings(pki_521: PKIFixture) -> None:
    ctx = server_context(pki_521[0])
    assert ctx.profile is TLSProfile.STRICT
    assert ctx.minimum_version == ctx.maximum_version == ssl.TLSVersion.TLSv1_3
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert client_ca_name_count(ctx) == 2
    client = client_context(pki_521[0], profile=TLSProfile.COMPAT)
    assert client.profile is TLSProfile.COMPAT and not client.check_hostname


def test_configuration_errors(pki_521: PKIFixture, tmp_path: Path) -> None:
    with pytest.raises(TLSConfigError, match="needs pki_dir"):
        server_context()
    with pytest.raises(TLSConfigError, match="needs pki_dir"):
        client_context()
    with pytest.raises(TLSConfigError, match="cannot load certificate chain"):
        server_context(tmp_path)  # empty directory: no secc_chain.pem
    garbage = tmp_path / "roots.pem"
    garbage.write_text("junk")
    with pytest.raises(TLSConfigError, match="not a PEM certificate"):
        server_context(pki_521[0], client_roots=[garbage])
    with pytest.raises(TLSConfigError, match="key log"):
        server_context(pki_521[0], keylog=tmp_path / "missing-dir" / "keys.log")


def test_binding_refuses_a_pointer_that_does_not_verify(
    pki_521: PKIFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, other = server_context(pki_521[0]), ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    other_ptr = _openssl.ssl_ctx_pointer(other)
    assert _openssl.ssl_ctx_pointer(ctx) != other_ptr
    # A layout change would make us read some other object's SSL_CTX: the options probe notices.
    monkeypatch.setattr(_openssl, "_read_pointer", lambda address: other_ptr)
    with pytest.raises(OpenSSLBindingError, match="layout not as expected"):
        _openssl.ssl_ctx_pointer(ctx)


def test_binding_rejects_unconnected_objects() -> None:
    with pytest.raises(OpenSSLBindingError, match=r"expected ssl\.SSLContext"):
        _openssl.ssl_ctx_pointer(object())  # type: ignore[arg-type]
    sock = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(
        socket.socket(), server_hostname="secc", do_handshake_on_connect=False
    )
    try:
        with pytest.raises(OpenSSLBindingError, match="no native connection"):
            negotiated(sock)
    finally:
        sock.close()


def test_binding_uses_the_libraries_ssl_links(tmp_path: Path) -> None:
    import _ssl

    names = _openssl._needed_sonames(_ssl.__file__)
    assert any(n.startswith("libssl.so") for n in names) and any(n.startswith("libcrypto.so") for n in names)
    assert _openssl.openssl().ssl.OpenSSL_version_num() == ssl.OPENSSL_VERSION_NUMBER
    not_elf = tmp_path / "x.so"
    not_elf.write_bytes(b"MZ not an ELF file")
    with pytest.raises(OpenSSLBindingError, match="not a 64-bit"):
        _openssl._needed_sonames(str(not_elf))
    with pytest.raises(OpenSSLBindingError, match="links no libfoo"):
        _openssl._load("libfoo")
