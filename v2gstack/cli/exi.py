"""``v2gstack exi``: decode EXI hex to XML, encode XML to EXI hex (schema-informed, ISO 15118 options)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

_NAMESPACES = "sap, cm, dc, ac, wpt, acdp, iso2, din or a namespace URI"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("exi", help="EXI encode/decode (ISO 15118-20, -2, DIN 70121, SAP)")
    sub = parser.add_subparsers(dest="subcommand", metavar="ACTION")
    sub.required = True
    dec = sub.add_parser("decode", help="decode an EXI stream given as hex; prints XML")
    dec.add_argument("--ns", required=True, help=f"namespace of the document: {_NAMESPACES}")
    dec.add_argument("hex", help="the EXI stream as hex (spaces allowed), or - to read it from stdin")
    dec.set_defaults(func=_decode)
    enc = sub.add_parser("encode", help="encode an XML document; prints the EXI stream as hex")
    enc.add_argument("--ns", help="expected namespace of the root element (checked when given)")
    enc.add_argument("file", help="XML file, or - for stdin")
    enc.set_defaults(func=_encode)


def _decode(args: argparse.Namespace) -> int:
    from v2gstack import exi
    from v2gstack.cli._common import read_input

    text = read_input(args.hex) if args.hex == "-" else args.hex
    try:
        data = bytes.fromhex("".join(text.split()))
    except ValueError as exc:
        print(f"error: not hex: {exc}", file=sys.stderr)
        return 2
    try:
        message = exi.decode(data, args.ns)
        print(exi.to_xml(message))
    except exi.ExiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _encode(args: argparse.Namespace) -> int:
    from v2gstack import exi
    from v2gstack.cli._common import read_input
    from v2gstack.exi.namespaces import resolve

    try:
        xml = read_input(args.file)
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    try:
        message = exi.from_xml(xml)
        if args.ns is not None:
            expected = resolve(args.ns)
            root = type(message).__module__
            from v2gstack.exi import _api

            if _api.CODEC_OF_NAMESPACE[expected] != _api.codec_for_class(type(message)):
                print(f"error: root element is not in namespace {expected} ({root})", file=sys.stderr)
                return 1
        print(_encode_root(exi, message, xml).hex())
    except (exi.ExiError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _encode_root(exi: Any, message: Any, xml: str) -> bytes:
    """Encode with the XML's root element name (some types are shared by several global elements)."""
    import re

    m = re.match(r"\s*(?:<\?xml[^>]*\?>)?\s*(?:<!--.*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)", xml, re.S)
    data: bytes = exi.encode(message, m.group(1) if m else None)
    return data
