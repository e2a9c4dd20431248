"""`v2gstack pki`: generate the ISO 15118-20 test PKI and validate certificate chains."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("pki", help="ISO 15118-20 test PKI: generate, validate")
    sub = parser.add_subparsers(dest="subcommand", metavar="ACTION")
    sub.required = True

    init = sub.add_parser("init", help="generate the complete test PKI into DIR")
    init.add_argument("directory", metavar="DIR")
    init.add_argument(
        "--profile",
        choices=["secp521r1", "ed448", "secp256r1"],
        default="secp521r1",
        help="key type: secp521r1/ECDSA-SHA512 (default) or Ed448; secp256r1 is for the TLS "
        "compatibility profile only and is not ISO 15118-20 compliant",
    )
    init.set_defaults(func=_init)

    verify = sub.add_parser("verify", help="validate a certificate chain against trusted roots")
    verify.add_argument("leaf", help="PEM file: the leaf first, optionally followed by its Sub-CAs")
    verify.add_argument("--chain", action="append", default=[], help="PEM file with intermediates")
    verify.add_argument("--root", action="append", required=True, help="PEM file with trusted roots")
    verify.add_argument("--compat", action="store_true", help="do not restrict algorithms to the -20 set")
    verify.set_defaults(func=_verify)


def _init(args: argparse.Namespace) -> int:
    from v2gstack.security.errors import SecurityError
    from v2gstack.security.pki import KeyProfile, init_pki

    try:
        issued = init_pki(args.directory, KeyProfile(args.profile))
    except SecurityError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if KeyProfile(args.profile) is KeyProfile.ED448:
        from v2gstack.secc.cps import EV_X448_KEY_FILE, ev_x448_key

        try:  # certificate installation: the EV's X448 key agreement key [V2G20-2534]
            ev_x448_key(args.directory)
        except OSError as exc:
            print(f"error: cannot write {EV_X448_KEY_FILE}: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {len(issued)} certificates ({args.profile}) to {args.directory}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from v2gstack.security.errors import SecurityError
    from v2gstack.security.pki import load_certificates, validate_chain

    try:
        leaf, *rest = load_certificates(args.leaf)
        for path in args.chain:
            rest.extend(load_certificates(path))
        roots = [c for path in args.root for c in load_certificates(path)]
        path = validate_chain(leaf, rest, roots, strict=not args.compat)
    except SecurityError as exc:
        print(f"invalid: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for depth, cert in enumerate(path):
        print(f"{depth}: {cert.subject.rfc4514_string()}")
    print("OK")
    return 0
