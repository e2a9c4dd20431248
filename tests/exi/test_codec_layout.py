"""How the generated codecs are laid out for speed and cold start, and that the layout changes nothing.

Types reached from the hot messages (charge loops, session setup, SupportedAppProtocol) get inline
code in ``_codec_<set>``; the others compact code in ``_codec_<set>_cold``, imported on first use
through stubs that it then replaces. Both kinds of code must read and write the same streams.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exi.synthetic import DATA
from v2gstack import exi
from v2gstack.exi import _api
from v2gstack.exi.testing import instances

REPO = Path(__file__).resolve().parents[2]

_CHILD = """
import sys
from v2gstack import exi
from v2gstack.exi.generated import iso20_ct, iso20_dc

R = iso20_ct.RationalNumber
header = iso20_ct.MessageHeader(session_id=bytes(8), time_stamp=1_700_000_000)
loop = iso20_dc.DC_ChargeLoopReq(
    header=header, meter_info_requested=False, ev_present_voltage=R(exponent=-1, value=4000),
    cl_req_control_mode=iso20_dc.Scheduled_DC_CLReqControlMode(
        ev_target_current=R(exponent=0, value=100), ev_target_voltage=R(exponent=0, value=400)),
)
assert exi.decode(exi.encode(loop), "dc") == loop
print("cold loaded by the charge loop:", "v2gstack.exi.generated._codec_dc_cold" in sys.modules)
check = iso20_dc.DC_CableCheckReq(header=header)
assert exi.decode(exi.encode(check), "dc") == check
from v2gstack.exi.generated import _codec_dc as main, _codec_dc_cold as cold
fn = "d_iso20_dc_DC_CableCheckReq"
print("stub replaced:", getattr(main, fn) is getattr(cold, fn))
assert exi.decode(exi.encode(check), "dc") == check
"""


def test_a_charge_loop_does_not_load_the_cold_part() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert "cold loaded by the charge loop: False" in done.stdout, done.stdout
    assert "stub replaced: True" in done.stdout, done.stdout


def test_cold_functions_are_reached_through_stubs_and_tables() -> None:
    from v2gstack.exi.generated import _codec_dc

    cold_names = _codec_dc._COLD_NAMES
    assert "e_iso20_dc_DC_CableCheckReq" in cold_names
    assert "d_iso20_dc_DC_ChargeLoopReq" not in cold_names  # hot: in the main module
    doc = {e[1]: e for e in _codec_dc.DOC}
    assert doc["DC_CableCheckReq"][4].__module__ == "v2gstack.exi.generated._codec_dc"  # the stub
    cold = _codec_dc._cold()
    assert all(getattr(_codec_dc, n) is getattr(cold, n) for n in cold_names)  # stubs replaced


# ---------------------------------------------------------------------------------------------
# the same schema compiled with every type hot, and with only part of it hot


_PACKAGES: dict[str, tuple[ModuleType, str]] = {}


def _compiled(variant: str, hot: str | None, tmp_root: Path) -> tuple[ModuleType, str]:
    """datatypes.xsd under namespace urn:v2gstack:test:layout-VARIANT, compiled with ``hot``."""
    if variant in _PACKAGES:
        return _PACKAGES[variant]
    pytest.importorskip("xmlschema")
    from v2gstack.exi.compiler.build import write

    uri = f"urn:v2gstack:test:layout-{variant}"
    src = tmp_root / f"xsd-{variant}"
    src.mkdir()
    text = (DATA / "datatypes.xsd").read_text()
    (src / "layout.xsd").write_text(text.replace("urn:v2gstack:test:datatypes", uri))
    package = f"_v2g_test_layout_{variant}"
    write(src, tmp_root / package, [("layout", "layout.xsd", uri)], [(uri, "layout")], package, hot)
    if str(tmp_root) not in sys.path:
        sys.path.insert(0, str(tmp_root))
    _api.register_package(package, {"layout": [uri]}, {"layout": "layout"})
    _PACKAGES[variant] = (importlib.import_module(f"{package}.layout"), uri)
    return _PACKAGES[variant]


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[ModuleType, str]]:
    root = tmp_path_factory.mktemp("layout")
    out = {"hot": _compiled("hot", None, root), "split": _compiled("split", "^Numbers$", root)}
    codec = importlib.import_module("_v2g_test_layout_split._codec_layout")
    assert hasattr(codec, "_COLD_NAMES"), "the split variant has a cold part"
    return out


ROOTS = ["Dates", "Numbers", "Lists", "Others", "Amount"]


def _convert(message: Any, source: str, target: str) -> Any:
    return exi.from_xml(exi.to_xml(message).replace(source, target))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hot_and_compact_code_write_and_read_the_same_streams(
    variants: dict[str, tuple[ModuleType, str]], data: st.DataObject
) -> None:
    (hot_mod, hot_uri), (_, split_uri) = variants["hot"], variants["split"]
    name = data.draw(st.sampled_from(ROOTS))
    message = data.draw(instances(getattr(hot_mod, name)))
    other = _convert(message, hot_uri, split_uri)
    stream = exi.encode(message)  # the namespace URI is in the grammars, not in the stream
    assert exi.encode(other) == stream
    assert exi.decode(stream, split_uri) == other
    assert exi.decode(stream, hot_uri) == message


def test_the_hot_pattern_picks_types_by_reach() -> None:
    from v2gstack.exi.compiler.build import HOT

    assert re.search(HOT, "DC_ChargeLoopReq") and re.search(HOT, "supportedAppProtocolRes")
    assert not re.search(HOT, "DC_CableCheckReq")
