"""``SimulatedCPS``: a certificate backend for demos and tests, built from a test PKI.

It plays what a CSMS with a certificate provisioning service (CPS) behind it does for OCPP 2.0.1
Get15118EVCertificate: it takes the checked CertificateInstallationReq, lets the CPS simulator of
:mod:`v2gstack.security.cps` issue a contract for that EV (a fresh contract certificate under
the PKI's MO Sub-CA 2, its key encrypted to the EV, SignedInstallationData signed by the CPS leaf) and
returns the CertificateInstallationRes as EXI, exactly as a backend's ``exiResponse`` would arrive. A
refusal of the CPS becomes the ResponseCode ``response_code_for`` names.

Ed448 PKIs: the EV's X448 key agreement key is not in the test PKI's certificates. A PKI directory may
hold it as ``oem_prov_x448.key`` (:data:`EV_X448_KEY_FILE`, written by ``v2gstack pki init --profile ed448``
or the EVCC on first use); the simulator reads its public half, a stand-in for the provisioning
certificate pool, looked up again on each request until found. ``x448_keys`` gives PCID -> key directly.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import x448

from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc.types import (
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
    InstallationRefusal,
)
from v2gstack.security.contract_key import pcid_of
from v2gstack.security.cps import CertificateProvisioningService
from v2gstack.security.errors import InstallationError
from v2gstack.security.installation import response_code_for
from v2gstack.security.pki import Issued, load_certificates

#: The EV's X448 private key in a test PKI directory (Ed448 PKIs; PEM, PKCS#8).
EV_X448_KEY_FILE = "oem_prov_x448.key"


def load_x448_key(path: str | os.PathLike[str]) -> x448.X448PrivateKey | None:
    """The X448 private key in ``path``, None when the file is absent or holds something else."""
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        return None
    return key if isinstance(key, x448.X448PrivateKey) else None


def ev_x448_key(directory: str | os.PathLike[str]) -> x448.X448PrivateKey:
    """The EV's X448 key of a test PKI directory (:data:`EV_X448_KEY_FILE`), generated and written (mode 0600)
    when absent; raises OSError when it cannot be written."""
    path = Path(directory) / EV_X448_KEY_FILE
    key = load_x448_key(path)
    if key is not None:
        return key
    key = x448.X448PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return key


class SimulatedCPS:
    """A :class:`~v2gstack.secc.controller.CertificateBackend` answering from the CPS simulator.

    ``pki``: a test PKI directory (``v2gstack pki init``) or its ``build_pki()`` mapping. ``clock``: the
    wall clock for validity checks and the new certificate (default: now).
    """

    def __init__(self, pki: str | os.PathLike[str] | Mapping[str, Issued], *,
                 x448_keys: Mapping[str, x448.X448PublicKey] | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.directory = Path(pki) if isinstance(pki, str | os.PathLike) else None
        source = str(pki) if isinstance(pki, str | os.PathLike) else pki
        self.cps = CertificateProvisioningService(source, x448_keys=x448_keys, clock=clock)
        #: The requests answered, in order (tests look at them).
        self.requests: list[CertificateInstallationRequest] = []

    def _learn_x448_key(self, pcid: str) -> None:
        """The EV's X448 key from the PKI directory, if the CPS does not know one for ``pcid`` yet."""
        if self.directory is None or pcid in self.cps.x448_keys:
            return
        key = load_x448_key(self.directory / EV_X448_KEY_FILE)
        if key is None:
            return
        try:
            owner = pcid_of(load_certificates(self.directory / "oem_prov.pem")[0])
        except Exception:  # no usable oem_prov.pem: the key belongs to nobody we know
            return
        self.cps.x448_keys[owner] = key.public_key()

    async def install_certificate(self,
                                  request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
        return self.answer(request)

    def answer(self, request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
        """The CertificateInstallationRes EXI for ``request``, or the refusal of the CPS."""
        self.requests.append(request)
        message = request.message
        if message is None:
            try:
                message = exi.decode(request.exi, ns.ISO20_CM)
            except exi.ExiError:
                return CertificateInstallationAnswer.refused(InstallationRefusal.FAILED)
        self._learn_x448_key(request.pcid)
        try:
            answer = self.cps.answer(message)
        except InstallationError as err:
            code = response_code_for(err).value
            known = {r.value: r for r in InstallationRefusal}
            return CertificateInstallationAnswer.refused(known.get(code, InstallationRefusal.FAILED))
        res = answer.response(bytes(message.header.session_id), int(time.time()))
        return CertificateInstallationAnswer(exi=exi.encode(res))
