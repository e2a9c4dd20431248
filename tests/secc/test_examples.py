"""The firmware-integration example must stay a working EVSEController."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import REPO
from tests.secc.driver import Driver


def test_firmware_example_runs_a_dc_session() -> None:
    path = REPO / "examples" / "firmware_integration.py"
    spec = importlib.util.spec_from_file_location("firmware_integration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    charger = module.MyCharger()
    d = Driver(charger)  # type: ignore[arg-type]
    d.to_charge_loop()
    res = d.dc_loop(current=80.0)
    assert res.response_code.value == "OK" and res.evse_present_current.to_float() == 80.0
    d.power("Stop")
    d.welding()
    assert d.stop().response_code.value == "OK"
    assert not charger.contactors_closed
