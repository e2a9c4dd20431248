"""Shared test fixtures: the ../shared data directory and environment checks.

Tests that need ``../shared`` (schemas, vectors) skip with a clear reason when it is absent, so a
fresh clone without it still passes.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("V2GSTACK_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """Path inside ../shared, or skip the calling test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared schemas/vectors live beside the repository")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def exi_vectors() -> list[dict[str, Any]]:
    data = json.loads(shared_path("vectors", "exi_vectors.json").read_text())
    vectors: list[dict[str, Any]] = data["vectors"]
    return vectors


@pytest.fixture(scope="session")
def slac_vectors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(shared_path("vectors", "slac_frames.json").read_text())
    return data


def require_root() -> None:
    """Skip unless we may create network namespaces (root and the `ip` tool)."""
    if os.geteuid() != 0:
        pytest.skip("needs root to create network namespaces")
    if shutil.which("ip") is None:
        pytest.skip("needs iproute2's `ip`")


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"needs `{name}` on PATH")
    return path
