"""``python -m v2gstack.exi.compiler [XSD_DIR] [--out DIR]``: regenerate the generated modules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from v2gstack.exi.compiler.build import write

DEFAULT_XSD = Path(__file__).resolve().parents[4] / "shared" / "xsd"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "generated"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m v2gstack.exi.compiler", description=__doc__)
    ap.add_argument("xsd_dir", nargs="?", type=Path, default=DEFAULT_XSD)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    for path in write(args.xsd_dir, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
