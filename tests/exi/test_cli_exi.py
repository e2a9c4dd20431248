"""``v2gstack exi decode/encode``."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from v2gstack.cli import main

SAP_HEX = "8000f3ab9371d34b9b79d39ba321d34b9b79d189a98989c1d1699181d20a18010000040040"


def test_decode_then_encode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exi", "decode", "--ns", "sap", SAP_HEX]) == 0
    xml = capsys.readouterr().out
    assert "supportedAppProtocolReq" in xml and "urn:iso:std:iso:15118:-20:AC" in xml
    path = tmp_path / "m.xml"
    path.write_text(xml)
    assert main(["exi", "encode", "--ns", "sap", str(path)]) == 0
    assert capsys.readouterr().out.strip() == SAP_HEX


def test_encode_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exi", "decode", "--ns", "sap", SAP_HEX]) == 0
    xml = capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(xml))
    assert main(["exi", "encode", "-"]) == 0
    assert capsys.readouterr().out.strip() == SAP_HEX


@pytest.mark.parametrize(
    "argv",
    [
        ["exi", "decode", "--ns", "sap", "zz"],
        ["exi", "decode", "--ns", "sap", "81"],
        ["exi", "decode", "--ns", "nope", SAP_HEX],
        ["exi", "decode", "--ns", "dc", SAP_HEX[:10]],
    ],
)
def test_errors_exit_nonzero(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) != 0
    assert "error:" in capsys.readouterr().err


def test_encode_bad_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.xml"
    path.write_text("<not-closed>")
    assert main(["exi", "encode", str(path)]) != 0
    assert "error:" in capsys.readouterr().err
