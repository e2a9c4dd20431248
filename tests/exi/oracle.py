"""EXIficient as the test oracle: one backend per test session, or a skip saying why it is unusable."""

from __future__ import annotations

import pytest

from v2gstack.exi import namespaces
from v2gstack.exi.exificient import Exificient, ExificientUnavailable, get_backend

_state: dict[str, Exificient | str] = {}


def require_exificient() -> Exificient:
    """The process-wide EXIficient backend with its JVM started, or skip the calling test."""
    if "backend" not in _state:
        try:
            backend = get_backend()
            backend.warm_up(namespaces.SAP)
            _state["backend"] = backend
        except ExificientUnavailable as exc:
            _state["backend"] = f"EXIficient unavailable (needs Java 17, jpype1, the iso15118 wheel): {exc}"
    backend_or_reason = _state["backend"]
    if isinstance(backend_or_reason, str):
        pytest.skip(backend_or_reason)
    return backend_or_reason
