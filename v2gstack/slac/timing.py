"""ISO 15118-3 SLAC timing and constants in one table.

Values from ISO 15118-3:2015 Annex A (HomePlug Green PHY), table of SLAC timings and constants
(Table A.1), and Clause 8 (Table 3) for the general matching constants. All times in seconds.
Where the standard gives a range, the field default is a value inside it and the docstring
gives the range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from v2gstack.slac.errors import SlacError


@dataclass(frozen=True)
class SlacTimings:
    """Timers (``TT_*``: timeouts, ``TP_*``: performance/pacing) and counters (``C_*``)."""

    TT_EVSE_SLAC_init: float = 40.0
    """EVSE: from CP state B until CM_SLAC_PARM.REQ received (20 s .. 50 s)."""
    TT_EVSE_match_MNBC: float = 0.6
    """EVSE: sounding window after CM_START_ATTEN_CHAR.IND (600 ms); sent in 100 ms units."""
    TT_match_sequence: float = 0.4
    """Waiting for the peer's next request of a sequence (400 ms)."""
    TT_match_response: float = 0.2
    """Waiting for the response to a request (200 ms)."""
    TT_EVSE_match_session: float = 10.0
    """EVSE: after the sounding window, until CM_VALIDATE.REQ or CM_SLAC_MATCH.REQ (max 10 s)."""
    TT_EV_atten_results: float = 1.2
    """EV: waiting for CM_ATTEN_CHAR.IND, from the first CM_START_ATTEN_CHAR.IND (1200 ms)."""
    TT_match_join: float = 12.0
    """After CM_SLAC_MATCH.CNF until the link is up (max 12 s)."""
    TP_match_leave: float = 1.0
    """Leaving the logical network once the link is terminated (max 1 s)."""
    TP_link_ready_notification: float = 1.0
    """Reporting a link that came up, D-LINK_READY.indication (200 ms .. 1 s)."""
    TT_matching_rate: float = 0.4
    """Pause before a whole new matching attempt after a failure (400 ms)."""
    TT_matching_repetition: float = 10.0
    """Window in which a failed matching is repeated (max 10 s)."""
    TP_EV_batch_msg_interval: float = 0.02
    """EV: spacing of CM_START_ATTEN_CHAR.IND and CM_MNBC_SOUND.IND (20 ms .. 50 ms)."""
    TP_EV_SLAC_init: float = 10.0
    """EV: from plug-in (state B) until it starts matching (max 10 s)."""
    TP_match_response: float = 0.1
    """Performance: answering a request (max 100 ms)."""
    TP_match_sequence: float = 0.1
    """Performance: sending the next request after a response (max 100 ms)."""
    TP_EV_match_session: float = 0.5
    """Performance, EV: CM_ATTEN_CHAR.RSP until CM_VALIDATE/CM_SLAC_MATCH.REQ (max 500 ms)."""
    TP_EVSE_avg_atten_calc: float = 0.1
    """Performance, EVSE: computing the average attenuation (max 100 ms)."""
    TT_EVSE_vald_toggle: float = 3.5
    """EVSE: longest BCB-toggle window it accepts; the EV asks for one with the CM_VALIDATE.REQ
    Timer field, (Timer + 1) x 100 ms (max 3500 ms, Table 3)."""
    TP_EV_vald_state_duration: float = 0.3
    """EV: duration of each state B or C within a BCB toggle (200 ms .. 400 ms, Table 3)."""
    TP_EV_vald_toggle_min: float = 0.6
    """EV: shortest toggle window it announces (TP_EV_vald_toggle is 600 ms .. 3500 ms)."""
    T_step_EF: float = 4.0
    """Minimum time in CP state E/F when leaving 5 % mode (Clause 8 Table 3)."""
    C_EV_match_retry: int = 2
    """Repetitions of an unanswered message inside a matching (2)."""
    C_EV_match_MNBC: int = 10
    """Number of M-sounds (CM_MNBC_SOUND.IND) for SLAC (10)."""
    C_EV_start_atten_char_inds: int = 3
    """Number of CM_START_ATTEN_CHAR.IND the EV sends (3)."""
    C_conn_max_match: int = 3
    """Matching attempts before the EV gives up (min 3, Clause 8 Table 3)."""
    C_EV_vald_nb_toggles: int = 3
    """EV: most BCB toggles in one validation (1 .. 3, Table 3); the EV draws 1 .. this many."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value < 0 or (f.name.startswith("C_") and not isinstance(value, int)):
                raise SlacError(f"timing {f.name}={value!r} is not valid")
        if not 0 < self.C_EV_match_MNBC <= 255:
            raise SlacError("C_EV_match_MNBC must be 1..255")
        if not 0 < self.C_EV_vald_nb_toggles <= 255:
            raise SlacError("C_EV_vald_nb_toggles must be 1..255")

    @property
    def mnbc_timeout_units(self) -> int:
        """TT_EVSE_match_MNBC as carried in the TIME_OUT field (multiples of 100 ms)."""
        return max(1, min(255, round(self.TT_EVSE_match_MNBC / 0.1)))


DEFAULT_TIMINGS = SlacTimings()

VALIDATE_TIMER_UNIT = 0.1
"""CM_VALIDATE.REQ Timer: the toggle window is (Timer + 1) x 100 ms (0x00 = 100 ms, 0x01 = 200 ms)."""


def validate_window(timer: int) -> float:
    """Toggle window in seconds announced by a CM_VALIDATE.REQ Timer value."""
    return (timer + 1) * VALIDATE_TIMER_UNIT


def validate_timer(window: float) -> int:
    """Smallest CM_VALIDATE.REQ Timer value whose window is at least ``window`` seconds (1..256 x 100 ms)."""
    units = math.ceil(round(window / VALIDATE_TIMER_UNIT, 6))
    return max(0, min(255, units - 1))
