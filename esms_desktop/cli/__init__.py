"""Command-line interface: headless commands over the same services as the window.

Each sub-command lives in its own module of this package and exposes ``add_parser(subparsers)``,
which registers its parser and sets ``func`` to a callable ``(args) -> int`` (the exit status).
Modules are listed in ``COMMAND_MODULES``; adding a command means adding a module and a line there.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from esms_desktop import __version__

COMMAND_MODULES = (
    "esms_desktop.cli.dossier",
    "esms_desktop.cli.finess",
    "esms_desktop.cli.check",
    "esms_desktop.cli.funding",
    "esms_desktop.cli.pack",
    "esms_desktop.cli.usage",
    "esms_desktop.cli.member",
)


# argparse's own words (usage, options, errors), in French: the CLI's help texts are French already.
ARGPARSE_FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche la version et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "expected one argument": "une valeur est attendue",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}


def _french_argparse(lang: str | None) -> None:
    if (lang or "fr") == "fr":
        argparse._ = lambda text: ARGPARSE_FRENCH.get(text, text)  # argparse looks ``_`` up at call time


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="esms-desktop",
        description="Préparer une candidature ESMS numérique. Sans commande : ouvre l'application.",
    )
    parser.add_argument("--version", action="version", version=f"esms-desktop {__version__}",
                        help=argparse._("show program's version number and exit"))  # in French by default
    parser.add_argument(
        "--db",
        metavar="CHEMIN_OU_URL",
        help="base de données à utiliser (un chemin de fichier SQLite ou une URL SQLAlchemy) ; "
        "par défaut $ESMS_DESKTOP_DB, sinon le dossier de données de l'utilisateur",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface (fr par défaut)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def run(argv: list[str]) -> int:
    _french_argparse("en" if "--lang" in argv and argv[argv.index("--lang") + 1:][:1] == ["en"] else "fr")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


DOSSIER_FILE_SUFFIXES = (".esms", ".json", ".esms-og")  # .esms-og: a member sheet (opens the window)


def has_command(argv: list[str]) -> bool:
    """True when ``argv`` asks for a CLI command rather than the window (a lone dossier file opens the window)."""
    from pathlib import Path

    positional = [a for a in argv if not a.startswith("-") and a not in _option_values(argv)]
    if len(positional) == 1 and positional[0].lower().endswith(DOSSIER_FILE_SUFFIXES) and Path(positional[0]).is_file():
        return any(a in ("-h", "--help", "--version") for a in argv)
    return any(not a.startswith("-") and a not in _option_values(argv) for a in argv) or any(
        a in ("-h", "--help", "--version") for a in argv
    )


def _option_values(argv: list[str]) -> set[str]:
    values = set()
    for i, arg in enumerate(argv[:-1]):
        if arg in ("--db", "--lang"):
            values.add(argv[i + 1])
    return values


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
