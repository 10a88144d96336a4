"""The command line: every command documents itself and answers --help."""

from __future__ import annotations

import argparse

import pytest

from geomap import cli


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*prefix, name), sub, helps.get(name)
                yield from _commands(sub, (*prefix, name))


COMMANDS = list(_commands(cli.build_parser()))


def test_the_commands_the_readme_uses_exist():
    names = {" ".join(c) for c, _, _ in COMMANDS}
    assert {"run", "geoparse", "gazetteer lookup", "report", "snapshot"} <= names


@pytest.mark.parametrize(("command", "parser", "summary"), COMMANDS, ids=lambda v: str(v))
def test_every_command_has_help(command, parser, summary, capsys):
    """A command without a one-line summary and an options description is a defect."""
    assert summary, f"{' '.join(command)} has no summary in 'geomap --help'"
    for action in parser._actions:
        if action.dest not in ("help",) and not isinstance(action, argparse._SubParsersAction):
            assert action.help, f"{' '.join(command)}: {action.dest} has no help text"
    with pytest.raises(SystemExit) as exit_:
        cli.main([*command, "--help"])
    assert exit_.value.code == 0
    assert "usage: geomap" in capsys.readouterr().out
