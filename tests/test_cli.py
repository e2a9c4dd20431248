import subprocess
import sys

from v2gstack.cli import build_parser


def test_help_lists_commands() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "v2gstack", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "usage: v2gstack" in out


def test_every_command_registers_a_handler() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, sp in sub.choices.items():  # type: ignore[union-attr]
        assert sp.get_default("func") is not None or any(
            a.dest == "subcommand" for a in sp._actions
        ), name
