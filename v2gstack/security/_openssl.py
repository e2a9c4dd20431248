"""ctypes access to the very libssl/libcrypto that Python's ``_ssl`` module runs on.

Python 3.11's :mod:`ssl` cannot pin TLS 1.3 cipher suites, key-exchange groups or signature
schemes, nor send certificate_authorities. This module reaches the ``SSL_CTX *`` inside an
:class:`ssl.SSLContext` (and the ``SSL *`` inside an SSL object) and calls OpenSSL directly.

Safety rules, each enforced with :class:`OpenSSLBindingError` rather than a guess:

* the libraries are the ones ``_ssl`` links (its ELF DT_NEEDED entries), opened with
  ``RTLD_NOLOAD`` so that only the copy already loaded in this process can be used, never a
  second one found by name; their version must equal ``ssl.OPENSSL_VERSION_NUMBER`` and be 3.0
  or newer;
* the ``SSL_CTX *`` is read from the first field after ``PyObject_HEAD`` of the PySSLContext and
  is trusted only after ``SSL_CTX_get_options`` on it follows two distinct changes of
  ``ctx.options``;
* the ``SSL *`` is read from the PySSLSocket (after ``PyObject_HEAD`` and one pointer) and trusted
  only if ``SSL_get_SSL_CTX`` on it returns the verified ``SSL_CTX *`` of its context.
"""

from __future__ import annotations

import ctypes
import os
import ssl
import struct
import sys
from functools import cache
from pathlib import Path

from v2gstack.security.errors import OpenSSLBindingError

# Control codes from OpenSSL's ssl.h / tls1.h (ABI-stable numbers, identical in 3.0 to 3.x).
SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB = 63
SSL_CTRL_SET_TLSEXT_STATUS_REQ_OCSP_RESP = 71
SSL_CTRL_SET_GROUPS_LIST = 92
SSL_CTRL_SET_SIGALGS_LIST = 98
SSL_CTRL_SET_CLIENT_SIGALGS_LIST = 102
SSL_CTRL_GET_PEER_SIGNATURE_NID = 108
SSL_CTRL_GET_SIGNATURE_NID = 132
SSL_CTRL_GET_NEGOTIATED_GROUP = 134
SSL_TLSEXT_ERR_OK = 0
SSL_TLSEXT_ERR_ALERT_FATAL = 2
SSL_TLSEXT_ERR_NOACK = 3
_OPENSSL_3 = 0x30000000

StatusCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_Void = ctypes.c_void_p
_Int = ctypes.c_int
_Long = ctypes.c_long
_Str = ctypes.c_char_p

# (name, restype, argtypes) of every function used, bound once per library.
_SSL_FUNCS: tuple[tuple[str, object, tuple[object, ...]], ...] = (
    ("OpenSSL_version_num", ctypes.c_ulong, ()),
    ("SSL_CTX_get_options", ctypes.c_uint64, (_Void,)),
    ("SSL_CTX_set_ciphersuites", _Int, (_Void, _Str)),
    ("SSL_CTX_ctrl", _Long, (_Void, _Int, _Long, _Void)),
    ("SSL_CTX_callback_ctrl", _Long, (_Void, _Int, StatusCallback)),
    ("SSL_CTX_add_client_CA", _Int, (_Void, _Void)),
    ("SSL_CTX_get_client_CA_list", _Void, (_Void,)),
    ("SSL_ctrl", _Long, (_Void, _Int, _Long, _Void)),
    ("SSL_get_SSL_CTX", _Void, (_Void,)),
    ("SSL_get_peer_signature_type_nid", _Int, (_Void, ctypes.POINTER(_Int))),
    ("SSL_get_signature_type_nid", _Int, (_Void, ctypes.POINTER(_Int))),
)
_CRYPTO_FUNCS: tuple[tuple[str, object, tuple[object, ...]], ...] = (
    ("OBJ_nid2sn", _Str, (_Int,)),
    ("CRYPTO_malloc", _Void, (ctypes.c_size_t, _Str, _Int)),
    ("OPENSSL_sk_num", _Int, (_Void,)),
    ("d2i_X509", _Void, (_Void, ctypes.POINTER(_Void), _Long)),
    ("X509_free", None, (_Void,)),
    ("ERR_get_error", ctypes.c_ulong, ()),
    ("ERR_error_string_n", None, (ctypes.c_ulong, _Str, ctypes.c_size_t)),
)


def _needed_sonames(path: str) -> list[str]:
    """DT_NEEDED entries of an ELF64 little-endian shared object (the libraries it links)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise OpenSSLBindingError(f"cannot read {path}: {exc}") from exc
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise OpenSSLBindingError(f"{path} is not a 64-bit little-endian ELF object")
    phoff, phentsize, phnum = struct.unpack_from("<Q", data, 0x20)[0], *struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from("<IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1:  # PT_LOAD
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:  # PT_DYNAMIC
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entries = [struct.unpack_from("<qQ", data, dynamic[0] + off) for off in range(0, dynamic[1], 16)]
    strtab = next((val for tag, val in entries if tag == 5), None)  # DT_STRTAB (a virtual address)
    base = next(
        (off + strtab - va for va, off, size in loads if strtab is not None and va <= strtab < va + size),
        None,
    )
    if base is None:
        raise OpenSSLBindingError(f"{path}: dynamic string table not found")
    return [data[base + val : data.index(b"\0", base + val)].decode() for tag, val in entries if tag == 1]


def _load(stem: str) -> ctypes.CDLL:
    """The ``stem`` library that ``_ssl`` links, as already loaded in this process (never a second copy)."""
    import _ssl

    names = [
        n for n in _needed_sonames(_ssl.__file__) if n.startswith(f"{stem}.so") or n.startswith(f"{stem}-")
    ]
    if len(names) != 1:
        raise OpenSSLBindingError(f"_ssl links {names or 'no'} {stem}: statically linked or unexpected build")
    try:
        return ctypes.CDLL(names[0], mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
    except OSError as exc:
        raise OpenSSLBindingError(f"{names[0]} is not loaded in this process: {exc}") from exc


def _bind(lib: ctypes.CDLL, table: tuple[tuple[str, object, tuple[object, ...]], ...]) -> None:
    for name, restype, argtypes in table:
        try:
            func = getattr(lib, name)
        except AttributeError as exc:
            raise OpenSSLBindingError(f"{lib._name} lacks {name}") from exc
        func.restype = restype
        func.argtypes = argtypes


class OpenSSL:
    """Bound libssl (``ssl``) and libcrypto (``crypto``) of the running Python."""

    def __init__(self) -> None:
        self.ssl = _load("libssl")
        self.crypto = _load("libcrypto")
        _bind(self.ssl, _SSL_FUNCS)
        _bind(self.crypto, _CRYPTO_FUNCS)
        version = int(self.ssl.OpenSSL_version_num())
        if version != ssl.OPENSSL_VERSION_NUMBER:
            raise OpenSSLBindingError(
                f"mapped libssl is {version:#x} but the ssl module reports {ssl.OPENSSL_VERSION_NUMBER:#x}"
            )
        if version < _OPENSSL_3:
            raise OpenSSLBindingError(f"OpenSSL 3.0 or newer needed, found {ssl.OPENSSL_VERSION}")

    def last_error(self) -> str:
        """Drain OpenSSL's error queue into one readable string."""
        messages = []
        while code := self.crypto.ERR_get_error():
            buf = ctypes.create_string_buffer(256)
            self.crypto.ERR_error_string_n(code, buf, len(buf))
            messages.append(buf.value.decode(errors="replace"))
        return "; ".join(messages) or "no OpenSSL error recorded"

    def nid_name(self, nid: int) -> str:
        name = self.crypto.OBJ_nid2sn(nid) if nid > 0 else None
        return name.decode() if name else f"nid {nid}"


@cache
def openssl() -> OpenSSL:
    """The process-wide binding (created on first use)."""
    return OpenSSL()


def _head_size() -> int:
    """sizeof(PyObject): refcount and type pointer, plus two list links in Py_TRACE_REFS builds."""
    size = ctypes.sizeof(ctypes.c_ssize_t) + ctypes.sizeof(ctypes.c_void_p)
    if hasattr(sys, "getobjects"):
        size += 2 * ctypes.sizeof(ctypes.c_void_p)
    return size


def _read_pointer(address: int) -> int:
    value = ctypes.c_void_p.from_address(address).value
    if not value or value % ctypes.alignment(ctypes.c_void_p):
        raise OpenSSLBindingError(f"no plausible pointer at {address:#x} (found {value!r})")
    return int(value)


_PROBE = ssl.OP_NO_TICKET  # flipped twice to prove the pointer; restored afterwards


def ssl_ctx_pointer(ctx: ssl.SSLContext) -> int:
    """The verified ``SSL_CTX *`` of ``ctx``."""
    if not isinstance(ctx, ssl.SSLContext):
        raise OpenSSLBindingError(f"expected ssl.SSLContext, got {type(ctx).__name__}")
    lib = openssl()
    ptr = _read_pointer(id(ctx) + _head_size())
    original = ctx.options
    try:
        for value in (original ^ _PROBE, original):
            ctx.options = value
            if int(lib.ssl.SSL_CTX_get_options(ptr)) != int(ctx.options):
                raise OpenSSLBindingError(
                    "SSLContext layout not as expected: SSL_CTX_get_options does not follow ctx.options"
                )
    finally:
        ctx.options = original
    return ptr


def ssl_pointer(ssl_object: ssl.SSLObject | ssl.SSLSocket) -> int:
    """The verified ``SSL *`` of an :class:`ssl.SSLObject` or :class:`ssl.SSLSocket`."""
    inner = getattr(ssl_object, "_sslobj", None)
    if inner is None:
        raise OpenSSLBindingError("SSL object has no native connection (not connected or already closed)")
    ptr = _read_pointer(id(inner) + _head_size() + ctypes.sizeof(ctypes.c_void_p))
    ctx_ptr = ssl_ctx_pointer(ssl_object.context)
    if openssl().ssl.SSL_get_SSL_CTX(ptr) != ctx_ptr:
        raise OpenSSLBindingError("SSL object layout not as expected: SSL_get_SSL_CTX mismatch")
    return ptr
