"""Naming rules for generated code (documented in docs/exi.md).

* Class names: the schema type name with a trailing ``Type`` removed; an anonymous type takes the
  name of its element. On a clash inside one module the later one (in schema-set order) gets a
  suffix: ``_Element`` for anonymous types, else ``_2``, ``_3``...
* Field names: XML local name in snake_case: an underscore goes between a lower-case letter or digit
  and an upper-case letter, and before the last capital of a run of capitals followed by a lower-case
  letter; existing underscores stay, runs collapse, everything is lower-cased. ``EVPresentVoltage``
  -> ``ev_present_voltage``, ``EVSEID`` -> ``evseid``, ``SessionID`` -> ``session_id``,
  ``BPT_DC_CPDReqEnergyTransferMode`` -> ``bpt_dc_cpd_req_energy_transfer_mode``. Python keywords get
  a trailing underscore; a clash inside one class gets ``_2``.
* Enum members: the XML value with characters that are not allowed in identifiers replaced by ``_``
  (prefixed with ``V_`` when it does not start with a letter or underscore).
"""

from __future__ import annotations

import keyword
import re

_A = re.compile(r"([a-z0-9])([A-Z])")
_B = re.compile(r"([A-Z]+)([A-Z][a-z])")


def snake(name: str) -> str:
    s = _B.sub(r"\1_\2", name)
    s = _A.sub(r"\1_\2", s)
    s = re.sub(r"[^0-9a-zA-Z_]", "_", s)
    s = re.sub(r"_+", "_", s).strip("_").lower()
    if not s or s[0].isdigit():
        s = "f_" + s
    if keyword.iskeyword(s):
        s += "_"
    return s


def class_name(type_local: str | None, element_local: str | None) -> str:
    if type_local is not None:
        n = type_local[:-4] if type_local.endswith("Type") and len(type_local) > 4 else type_local
    else:
        assert element_local is not None
        n = element_local
    n = re.sub(r"[^0-9a-zA-Z_]", "_", n)
    return n


def enum_member(value: str) -> str:
    s = re.sub(r"[^0-9a-zA-Z_]", "_", value)
    if not s or not (s[0].isalpha() or s[0] == "_"):
        s = "V_" + s
    if keyword.iskeyword(s):
        s += "_"
    return s
