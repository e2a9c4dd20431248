"""Synthetic test schemas (tests/exi/data/*.xsd) compiled with our compiler at test time.

Each schema ``data/NAME.xsd`` (target namespace ``urn:v2gstack:test:NAME``) becomes a package
``_v2g_test_NAME`` in a temporary directory, registered with the EXI API so that ``exi.encode``,
``exi.decode``, ``to_xml`` and ``from_xml`` serve it. Nothing is committed, so nothing can go stale.
"""

from __future__ import annotations

import atexit
import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parent / "data"

_ROOT: Path | None = None
_LOADED: dict[str, ModuleType] = {}


def namespace(name: str) -> str:
    return f"urn:v2gstack:test:{name}"


def xsd(name: str) -> Path:
    return DATA / f"{name}.xsd"


def load(name: str) -> ModuleType:
    """The class module of the compiled schema ``data/NAME.xsd`` (compiled once per process)."""
    mod = _LOADED.get(name)
    if mod is not None:
        return mod
    pytest.importorskip("xmlschema")
    from v2gstack.exi import _api
    from v2gstack.exi.compiler.build import write

    global _ROOT
    if _ROOT is None:
        _ROOT = Path(tempfile.mkdtemp(prefix="v2g-exi-synth-"))
        atexit.register(shutil.rmtree, _ROOT, True)
        sys.path.insert(0, str(_ROOT))
    package = f"_v2g_test_{name}"
    uri = namespace(name)
    write(DATA, _ROOT / package, [(name, f"{name}.xsd", uri)], [(uri, name)], package)
    _api.register_package(package, {name: [uri]}, {name: name})
    mod = importlib.import_module(f"{package}.{name}")
    _LOADED[name] = mod
    return mod


def codec(name: str) -> ModuleType:
    """The codec module of the compiled schema ``data/NAME.xsd``."""
    load(name)
    mod: ModuleType = importlib.import_module(f"_v2g_test_{name}._codec_{name}")
    return mod
