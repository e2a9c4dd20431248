"""Grammar tables of the xmldsig codec for the generic path, imported on first use (do not edit)."""
# ruff: noqa

from __future__ import annotations

from typing import Any

from v2gstack.exi._rt import S as _S
from v2gstack.exi.generated import xmldsig as _xmldsig

#: Class -> (content state, mixed, states): see v2gstack.exi.compiler.tablegen
G: dict[Any, Any] = {
    _xmldsig.Signature: (1, False, ((2, (('A', 0, 0, 1), ('E', 1, 0, 2), )), (1, (('E', 1, 0, 2), )), (0, (('E', 2, 0, 3), )), (0, (('E', 3, 0, 4), ('E', 4, 0, 5), ('X', 0, 0, -1), )), (0, (('E', 4, 0, 5), ('X', 0, 0, -1), )), (0, (('E', 4, 0, 5), ('X', 0, 0, -1), )), )),
    _xmldsig.SignedInfo: (1, False, ((2, (('A', 0, 0, 1), ('E', 1, 0, 2), )), (1, (('E', 1, 0, 2), )), (0, (('E', 2, 0, 3), )), (0, (('E', 3, 0, 4), )), (0, (('E', 3, 0, 5), ('X', 0, 0, -1), )), (0, (('E', 3, 0, 5), ('X', 0, 0, -1), )), )),
    _xmldsig.CanonicalizationMethod: (1, True, ((2, (('A', 0, 0, 1), )), (1, (('W', 1, 0, 2), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (0, (('W', 1, 0, 2), ('X', 0, 0, -1), ('M', 0, 0, 2), )), )),
    _xmldsig.SignatureMethod: (1, True, ((2, (('A', 0, 0, 1), )), (1, (('E', 1, 0, 2), ('W', 2, 0, 3), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (0, (('W', 2, 0, 3), ('X', 0, 0, -1), ('M', 0, 0, 2), )), (0, (('W', 2, 0, 3), ('X', 0, 0, -1), ('M', 0, 0, 3), )), )),
    _xmldsig.Reference: (3, False, ((2, (('A', 0, 0, 1), ('A', 1, 0, 2), ('A', 2, 0, 3), ('E', 3, 0, 4), ('E', 4, 0, 5), )), (1, (('A', 1, 0, 2), ('A', 2, 0, 3), ('E', 3, 0, 4), ('E', 4, 0, 5), )), (1, (('A', 2, 0, 3), ('E', 3, 0, 4), ('E', 4, 0, 5), )), (1, (('E', 3, 0, 4), ('E', 4, 0, 5), )), (0, (('E', 4, 0, 5), )), (0, (('E', 5, 0, 6), )), (0, (('X', 0, 0, -1), )), )),
    _xmldsig.Transforms: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 0, 0, 2), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 2), ('X', 0, 0, -1), )), )),
    _xmldsig.Transform: (1, True, ((2, (('A', 0, 0, 1), )), (1, (('E', 2, 0, 2), ('W', 1, 0, 3), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (0, (('E', 2, 0, 2), ('W', 1, 0, 3), ('X', 0, 0, -1), ('M', 0, 0, 2), )), (0, (('E', 2, 0, 2), ('W', 1, 0, 3), ('X', 0, 0, -1), ('M', 0, 0, 3), )), )),
    _xmldsig.DigestMethod: (1, True, ((2, (('A', 0, 0, 1), )), (1, (('W', 1, 0, 2), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (0, (('W', 1, 0, 2), ('X', 0, 0, -1), ('M', 0, 0, 2), )), )),
    _xmldsig.SignatureValue: (1, False, ((2, (('A', 0, 0, 1), ('C', 1, 0, 2), )), (1, (('C', 1, 0, 2), )), (0, (('X', 0, 0, -1), )), )),
    _xmldsig.KeyInfo: (1, True, ((2, (('A', 0, 0, 1), ('E', 1, 0, 2), ('E', 2, 0, 3), ('E', 3, 0, 4), ('E', 4, 0, 5), ('E', 5, 0, 6), ('E', 6, 0, 7), ('E', 7, 0, 8), ('W', 8, 0, 9), ('M', 0, 0, -2), )), (1, (('E', 1, 0, 2), ('E', 2, 0, 3), ('E', 3, 0, 4), ('E', 4, 0, 5), ('E', 5, 0, 6), ('E', 6, 0, 7), ('E', 7, 0, 8), ('W', 8, 0, 9), ('M', 0, 0, -2), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 2), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 3), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 4), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 5), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 6), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 7), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 8), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 9), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 10), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 11), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 12), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 13), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 14), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 15), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 16), )), (0, (('E', 1, 0, 10), ('E', 2, 0, 11), ('E', 3, 0, 12), ('E', 4, 0, 13), ('E', 5, 0, 14), ('E', 6, 0, 15), ('E', 7, 0, 16), ('W', 8, 0, 17), ('X', 0, 0, -1), ('M', 0, 0, 17), )), )),
    _xmldsig.KeyValue: (0, True, ((2, (('E', 0, 0, 1), ('E', 1, 0, 2), ('W', 2, 0, 3), ('M', 0, 0, -2), )), (0, (('X', 0, 0, -1), ('M', 0, 0, 1), )), (0, (('X', 0, 0, -1), ('M', 0, 0, 2), )), (0, (('X', 0, 0, -1), ('M', 0, 0, 3), )), )),
    _xmldsig.DSAKeyValue: (0, False, ((2, (('E', 0, 0, 1), ('E', 2, 0, 2), ('E', 3, 0, 3), )), (0, (('E', 1, 0, 4), )), (0, (('E', 3, 0, 3), )), (0, (('E', 4, 0, 5), ('E', 5, 0, 6), ('X', 0, 0, -1), )), (0, (('E', 2, 0, 2), ('E', 3, 0, 3), )), (0, (('E', 5, 0, 6), ('X', 0, 0, -1), )), (0, (('E', 6, 0, 7), )), (0, (('X', 0, 0, -1), )), )),
    _xmldsig.RSAKeyValue: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 1, 0, 2), )), (0, (('X', 0, 0, -1), )), )),
    _xmldsig.RetrievalMethod: (2, False, ((2, (('A', 0, 0, 1), ('A', 1, 0, 2), ('E', 2, 0, 3), ('X', 0, 0, -1), )), (1, (('A', 1, 0, 2), ('E', 2, 0, 3), ('X', 0, 0, -1), )), (1, (('E', 2, 0, 3), ('X', 0, 0, -1), )), (0, (('X', 0, 0, -1), )), )),
    _xmldsig.X509Data: (0, False, ((2, (('E', 0, 0, 1), ('E', 1, 0, 2), ('E', 2, 0, 3), ('E', 3, 0, 4), ('E', 4, 0, 5), ('W', 5, 0, 6), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 7), ('E', 1, 0, 8), ('E', 2, 0, 9), ('E', 3, 0, 10), ('E', 4, 0, 11), ('W', 5, 0, 12), ('X', 0, 0, -1), )), )),
    _xmldsig.X509IssuerSerial: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 1, 0, 2), )), (0, (('X', 0, 0, -1), )), )),
    _xmldsig.PGPData: (0, False, ((2, (('E', 0, 0, 1), ('E', 3, 0, 2), )), (0, (('E', 1, 0, 3), ('W', 2, 0, 4), ('X', 0, 0, -1), )), (0, (('W', 4, 0, 5), ('X', 0, 0, -1), )), (0, (('W', 2, 0, 4), ('X', 0, 0, -1), )), (0, (('W', 2, 0, 4), ('X', 0, 0, -1), )), (0, (('W', 4, 0, 5), ('X', 0, 0, -1), )), )),
    _xmldsig.SPKIData: (0, False, ((2, (('E', 0, 0, 1), )), (0, (('E', 0, 0, 2), ('W', 1, 0, 3), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 2), ('W', 1, 0, 4), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 2), ('X', 0, 0, -1), )), (0, (('E', 0, 0, 2), ('X', 0, 0, -1), )), )),
    _xmldsig.Object: (3, True, ((2, (('A', 0, 0, 1), ('A', 1, 0, 2), ('A', 2, 0, 3), ('W', 3, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (1, (('A', 1, 0, 2), ('A', 2, 0, 3), ('W', 3, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (1, (('A', 2, 0, 3), ('W', 3, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (1, (('W', 3, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, -2), )), (0, (('W', 3, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, 4), )), )),
    _xmldsig.Manifest: (1, False, ((2, (('A', 0, 0, 1), ('E', 1, 0, 2), )), (1, (('E', 1, 0, 2), )), (0, (('E', 1, 0, 3), ('X', 0, 0, -1), )), (0, (('E', 1, 0, 3), ('X', 0, 0, -1), )), )),
    _xmldsig.SignatureProperties: (1, False, ((2, (('A', 0, 0, 1), ('E', 1, 0, 2), )), (1, (('E', 1, 0, 2), )), (0, (('E', 1, 0, 3), ('X', 0, 0, -1), )), (0, (('E', 1, 0, 3), ('X', 0, 0, -1), )), )),
    _xmldsig.SignatureProperty: (2, True, ((2, (('A', 0, 0, 1), ('A', 1, 0, 2), )), (1, (('A', 1, 0, 2), )), (1, (('W', 2, 0, 3), ('M', 0, 0, -2), )), (0, (('W', 2, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, 3), )), (0, (('W', 2, 0, 4), ('X', 0, 0, -1), ('M', 0, 0, 4), )), )),
}
#: Named types of the schema set (xsi:type): class, or _S of a simple type
TYPES: dict[tuple[str, str], Any] = {
    ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethodType'): _xmldsig.CanonicalizationMethod,
    ('http://www.w3.org/2000/09/xmldsig#', 'CryptoBinary'): _S('b64', 'base64Binary'),
    ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValueType'): _xmldsig.DSAKeyValue,
    ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethodType'): _xmldsig.DigestMethod,
    ('http://www.w3.org/2000/09/xmldsig#', 'DigestValueType'): _S('b64', 'base64Binary'),
    ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLengthType'): _S('int', 'integer'),
    ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfoType'): _xmldsig.KeyInfo,
    ('http://www.w3.org/2000/09/xmldsig#', 'KeyValueType'): _xmldsig.KeyValue,
    ('http://www.w3.org/2000/09/xmldsig#', 'ManifestType'): _xmldsig.Manifest,
    ('http://www.w3.org/2000/09/xmldsig#', 'ObjectType'): _xmldsig.Object,
    ('http://www.w3.org/2000/09/xmldsig#', 'PGPDataType'): _xmldsig.PGPData,
    ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValueType'): _xmldsig.RSAKeyValue,
    ('http://www.w3.org/2000/09/xmldsig#', 'ReferenceType'): _xmldsig.Reference,
    ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethodType'): _xmldsig.RetrievalMethod,
    ('http://www.w3.org/2000/09/xmldsig#', 'SPKIDataType'): _xmldsig.SPKIData,
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethodType'): _xmldsig.SignatureMethod,
    ('http://www.w3.org/2000/09/xmldsig#', 'SignaturePropertiesType'): _xmldsig.SignatureProperties,
    ('http://www.w3.org/2000/09/xmldsig#', 'SignaturePropertyType'): _xmldsig.SignatureProperty,
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureType'): _xmldsig.Signature,
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValueType'): _xmldsig.SignatureValue,
    ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfoType'): _xmldsig.SignedInfo,
    ('http://www.w3.org/2000/09/xmldsig#', 'TransformType'): _xmldsig.Transform,
    ('http://www.w3.org/2000/09/xmldsig#', 'TransformsType'): _xmldsig.Transforms,
    ('http://www.w3.org/2000/09/xmldsig#', 'X509DataType'): _xmldsig.X509Data,
    ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerialType'): _xmldsig.X509IssuerSerial,
}
#: Global elements: (class or _S, nillable)
ELEMENTS: dict[tuple[str, str], Any] = {
    ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'): (_xmldsig.CanonicalizationMethod, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'): (_xmldsig.DSAKeyValue, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'): (_xmldsig.DigestMethod, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'): (_S('b64', 'base64Binary'), False),
    ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'): (_xmldsig.KeyInfo, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'): (_S('string', 'string'), False),
    ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'): (_xmldsig.KeyValue, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'): (_xmldsig.Manifest, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'): (_S('string', 'string'), False),
    ('http://www.w3.org/2000/09/xmldsig#', 'Object'): (_xmldsig.Object, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'): (_xmldsig.PGPData, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'): (_xmldsig.RSAKeyValue, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'Reference'): (_xmldsig.Reference, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'): (_xmldsig.RetrievalMethod, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'): (_xmldsig.SPKIData, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'Signature'): (_xmldsig.Signature, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'): (_xmldsig.SignatureMethod, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'): (_xmldsig.SignatureProperties, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'): (_xmldsig.SignatureProperty, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'): (_xmldsig.SignatureValue, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'): (_xmldsig.SignedInfo, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'Transform'): (_xmldsig.Transform, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'): (_xmldsig.Transforms, False),
    ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'): (_xmldsig.X509Data, False),
}
#: Global attributes: _S of their type
ATTRIBUTES: dict[tuple[str, str], Any] = {
}
