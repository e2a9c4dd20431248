"""Grammar tables of the sap codec for the generic path, imported on first use (do not edit)."""
# ruff: noqa

from __future__ import annotations

from typing import Any

from v2gstack.exi._rt import S as _S
from v2gstack.exi.generated import sap as _sap

#: Class -> (content state, mixed, states): see v2gstack.exi.compiler.tablegen
G: dict[Any, Any] = {
    _sap.supportedAppProtocolReq: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 0, 0, 2), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 3), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 4), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 5), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 6), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 8), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 9), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 10), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 11), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 13), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 14), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 15), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 16), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 17), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 18), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 19), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 20), ('X', 0, 0, -1), )), (0, (('X', 0, 0, -1), )), )),
    _sap.AppProtocol: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 1, 0, 2), )), (0, (('E', 2, 0, 3), )), (0, (('E', 3, 0, 4), )), (0, (('E', 4, 0, 5), )), (0, (('X', 0, 0, -1), )), )),
    _sap.supportedAppProtocolRes: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 1, 0, 2), ('X', 0, 0, -1), )), (0, (('X', 0, 0, -1), )), )),
}
#: Named types of the schema set (xsi:type): class, or _S of a simple type
TYPES: dict[tuple[str, str], Any] = {
    ('urn:iso:15118:2:2010:AppProtocol', 'AppProtocolType'): _sap.AppProtocol,
    ('urn:iso:15118:2:2010:AppProtocol', 'idType'): _S('nbit', 'unsignedByte', lo=0, hi=255),
    ('urn:iso:15118:2:2010:AppProtocol', 'priorityType'): _S('nbit', 'unsignedByte', lo=1, hi=20),
    ('urn:iso:15118:2:2010:AppProtocol', 'protocolNameType'): _S('string', 'string', max_len=30),
    ('urn:iso:15118:2:2010:AppProtocol', 'protocolNamespaceType'): _S('string', 'anyURI', max_len=100),
    ('urn:iso:15118:2:2010:AppProtocol', 'responseCodeType'): _S('enum', 'string', enum=_sap.responseCode),
}
#: Global elements: (class or _S, nillable)
ELEMENTS: dict[tuple[str, str], Any] = {
    ('urn:iso:15118:2:2010:AppProtocol', 'supportedAppProtocolReq'): (_sap.supportedAppProtocolReq, False),
    ('urn:iso:15118:2:2010:AppProtocol', 'supportedAppProtocolRes'): (_sap.supportedAppProtocolRes, False),
}
#: Global attributes: _S of their type
ATTRIBUTES: dict[tuple[str, str], Any] = {
}
