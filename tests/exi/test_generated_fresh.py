"""The committed generated modules are exactly what the compiler makes from ../shared/xsd."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import shared_path

GENERATED = Path(__file__).resolve().parents[2] / "v2gstack" / "exi" / "generated"


def test_generated_code_is_up_to_date(tmp_path: Path) -> None:
    xsd = shared_path("xsd")
    pytest.importorskip("xmlschema")
    from v2gstack.exi.compiler.build import write

    written = write(xsd, tmp_path)
    names = sorted(p.name for p in written)
    committed = sorted(p.name for p in GENERATED.glob("*.py"))
    assert names == committed, "generated file set differs: run python -m v2gstack.exi.compiler"
    stale = [p.name for p in written if p.read_text() != (GENERATED / p.name).read_text()]
    assert not stale, f"stale generated modules {stale}: run python -m v2gstack.exi.compiler"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    xsd = shared_path("xsd")
    pytest.importorskip("xmlschema")
    from v2gstack.exi.compiler.build import generate

    assert generate(xsd) == generate(xsd)
