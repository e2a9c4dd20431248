"""Authorization steps of an EVCC session: AuthorizationSetup, certificate installation (an EV without a
contract), and Authorization by EIM or Plug & Charge with an optional EIM fallback."""

from __future__ import annotations

from typing import Any

from v2gstack.evcc import requests as q
from v2gstack.evcc.base import SessionBase
from v2gstack.evcc.types import EVContract, Request, Stage
from v2gstack.secc import messages as m
from v2gstack.security.errors import SecurityError, XmlSignatureError


class AuthorizationSteps(SessionBase):
    """From AuthorizationSetupReq to the Finished AuthorizationRes (then ServiceDiscovery)."""

    _pnc: q.SignedPnC | None  # the PnC attempt under way (None: EIM)
    _eim_offered: bool
    _contract: EVContract | None  # the configured one, or one installed now
    _challenge: bytes | None  # GenChallenge of AuthorizationSetupRes (PnC offered)
    _install_req: Any  # the CertificateInstallationReq, repeated unaltered while Ongoing

    def _init_authorization(self) -> None:
        """The state before AuthorizationSetup: no attempt yet, the configured contract."""
        self._pnc = None
        self._eim_offered = False
        self._contract = self.config.contract
        self._challenge = None
        self._install_req = None

    def _authorization_req(self, now: float) -> Request:
        self.result.authorization = "EIM" if self._pnc is None else "PnC"
        return self._send(Stage.AUTHORIZATION, q.authorization(self._hdr(now), self._pnc), now)

    def _on_authorization_setup(self, msg: Any, code: str, now: float) -> Request | None:
        """Without a contract but with OEM provisioning credentials the EV asks for a contract when the SECC
        announces CertificateInstallationService and PnC ([V2G20-1576]); else it authorizes
        ([V2G20-1577])."""
        offered = msg.authorization_services
        self._eim_offered = m.cm.authorization.EIM in offered
        setup = msg.pn_c_as_res_authorization_mode
        if m.cm.authorization.PnC in offered and setup is not None:
            self._challenge = bytes(setup.gen_challenge)
        provisioning = self.config.provisioning
        if self._contract is None and provisioning is not None:
            if not (msg.certificate_installation_service and self._challenge is not None):
                self.result.installation = "not offered"
            else:
                try:
                    self._install_req = q.certificate_installation(provisioning, self.session_id,
                                                                   int(now + self._wall_offset))
                except SecurityError as exc:
                    return self._finish(now, False, f"cannot build the CertificateInstallationReq: {exc}")
                return self._send(Stage.CERTIFICATE_INSTALLATION, self._install_req, now)
        return self._authorize(now)

    def _authorize(self, now: float) -> Request | None:
        """With a contract the EV selects PnC when the SECC offers it: it signs the GenChallenge of
        PnC_ASResAuthorizationMode with its contract chain ([V2G20-2564], [V2G20-2565]); else EIM."""
        if self._contract is not None and self._challenge is not None:
            try:
                self._pnc = q.SignedPnC.make(self._contract, self._challenge)
            except XmlSignatureError as exc:
                return self._finish(now, False, f"cannot sign the PnC AuthorizationReq: {exc}")
            return self._authorization_req(now)
        if not self._eim_offered:
            return self._finish(now, False, "the SECC does not offer EIM")
        return self._authorization_req(now)

    def _on_certificate_installation(self, msg: Any, code: str, now: float) -> Request | None:
        """Ongoing: the unaltered request again ([V2G20-1578]). OK: verify the CPS signature and chain,
        decrypt the contract key (any failure rejects the response, [V2G20-2504]), then authorize with the
        new contract ([V2G20-1581]; we ask for one chain, so no further ones are requested, [V2G20-2571]).
        A WARNING: authorize without it, EIM when offered ([V2G20-1580])."""
        if code == "OK" and msg.evse_processing.value != "Finished":
            if not self._ongoing(now):
                return self._finish(now, False, "certificate installation: Ongoing timeout")
            return self._send(Stage.CERTIFICATE_INSTALLATION, self._install_req, now)
        self._ongoing_since = None
        self.result.installation = code
        provisioning = self.config.provisioning
        if code == "OK" and provisioning is not None:
            try:
                self._contract = q.installed_contract(msg, provisioning)
            except SecurityError as exc:
                self.result.installation = f"rejected: {exc}"
            else:
                self.result.installed_contract = self._contract
        return self._authorize(now)

    def _on_authorization(self, msg: Any, code: str, now: float) -> Request | None:
        """Finished OK (or OK_CertificateExpiresSoon): on to ServiceDiscovery. A WARNING: stop, or after a
        refused PnC attempt fall back to EIM when configured and offered ([V2G20-1583])."""
        if code.startswith("WARNING"):
            if self._pnc is not None and self.config.eim_fallback and self._eim_offered:
                self._pnc, self.result.pnc_refused = None, code
                self._ongoing_since = None
                return self._authorization_req(now)
            return self._session_stop(now, f"authorization refused: {code}", completed=False)
        if msg.evse_processing.value != "Finished":
            if not self._ongoing(now):
                return self._finish(now, False, "authorization: Ongoing timeout")
            return self._authorization_req(now)
        self._ongoing_since = None
        return self._send(Stage.SERVICE_DISCOVERY, m.cm.ServiceDiscoveryReq(header=self._hdr(now)), now)
