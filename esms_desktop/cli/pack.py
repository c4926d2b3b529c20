"""``esms-desktop pack FILE_OR_ID -o PACK.pdf [--letters-only | --convention-only]``: the PDF pack.

Writes the candidature pack (French whatever ``--lang``), or only the engagement letters, or only the
draft partnership convention, of a dossier file or of a dossier of the database. The file is written
whole or not at all. Exit status 0, 2 when the dossier cannot be read or the file cannot be written.
"""

from __future__ import annotations

import io
import sys

from esms_desktop.cli.common import fail, open_db, resolve_dossier, say, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

WRITTEN = QT_TRANSLATE_NOOP("Cli", "PDF written to {path}: {pages} pages.")
PROGRESS = QT_TRANSLATE_NOOP("Cli", "Making the PDF: {percent} %")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Cli", "The file {path} could not be written: {detail}.")
WRITTEN_XLSX = QT_TRANSLATE_NOOP("Cli", "Workbook of the usage measures written to {path}.")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "pack", help="écrit le dossier de candidature en PDF (ou les seules lettres d'engagement, ou la convention)",
        description="Écrit le dossier de candidature PDF d'un dossier : note de présentation, grappe, budget, "
                    "planning, annexes (une lettre d'engagement par OG, projet de convention, check-list).")
    parser.add_argument("dossier", metavar="FICHIER_OU_NUMERO",
                        help="un fichier de dossier (JSON) ou le numéro d'un dossier de la base (voir « dossier list »)")
    parser.add_argument("-o", "--output", required=True, metavar="PACK.pdf", help="fichier PDF à écrire")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--letters-only", action="store_true", help="seulement les lettres d'engagement, une par OG")
    only.add_argument("--convention-only", action="store_true", help="seulement le projet de convention de partenariat")
    only.add_argument("--solde", action="store_true",
                      help="le dossier de demande de solde pour l'ARS (cibles d'usage, dépenses, déploiement) ; "
                           "avec -o FICHIER.xlsx, le classeur des mesures")
    parser.set_defaults(func=run_pack)


def parts_of(args) -> str:
    return "letters" if args.letters_only else "convention" if args.convention_only else "full"


def _load(args):
    """The dossier (a dossier file, or a dossier of the database, opened only then) and its stored
    pieces' bytes by SHA-256, appended to the full pack."""
    import base64
    import binascii
    from pathlib import Path

    from esms_desktop.storage.documents import document_contents
    from esms_desktop.storage.dossier_file import read_file

    if args.dossier.isdigit() and not Path(args.dossier).exists():
        db = open_db(args)
        dossier = resolve_dossier(db, args.dossier)
        return dossier, document_contents(db, int(args.dossier))
    dossier = resolve_dossier(None, args.dossier)
    contents = {}
    for doc in read_file(args.dossier).get("dossier", {}).get("documents") or ():
        try:
            contents[doc.get("sha256")] = base64.b64decode(doc.get("content") or "")
        except (binascii.Error, ValueError, TypeError):
            continue
    return dossier, contents


def run_pack(args) -> int:
    from esms_desktop.reports.pack import render_pack
    from esms_desktop.reports.snapshot import build_pack_snapshot
    from esms_desktop.rules.campaign import CampaignFileError
    from esms_desktop.storage.atomic import write_bytes_atomic
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    try:
        if args.solde:  # the follow-up is not part of the typed candidature: read in the file format
            from esms_desktop.cli.usage import followup_file_dict

            return _solde(args, followup_file_dict(args, args.dossier))
        data, contents = _load(args)
    except (StorageError, CampaignFileError) as exc:
        return fail(exc.message)
    interactive = sys.stderr.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if interactive and percent // 10 != last[0]:
            last[0] = percent // 10
            print("\r" + text(PROGRESS(percent=percent)), end="", file=sys.stderr, flush=True)

    out = io.BytesIO()
    info = render_pack(build_pack_snapshot(data), out, parts=parts_of(args), progress=progress, contents=contents)
    if interactive:
        print(file=sys.stderr)
    try:
        write_bytes_atomic(args.output, out.getvalue())
    except OSError as exc:
        return fail(CANNOT_WRITE(path=args.output, detail=exc.strerror or str(exc)))
    say(WRITTEN(path=args.output, pages=info.pages))
    return 0


def _solde(args, data) -> int:
    """The solde file (PDF), or the measures' workbook when the output ends in .xlsx."""
    from esms_desktop.rules.campaign import load_campaign
    from esms_desktop.storage.atomic import write_bytes_atomic

    campaign = load_campaign(data["dossier"]["campaign_year"])
    out = io.BytesIO()
    if args.output.lower().endswith(".xlsx"):
        from esms_desktop.reports.usage_export import measures_xlsx

        out.write(measures_xlsx(data, campaign))
        message = WRITTEN_XLSX(path=args.output)
    else:
        from esms_desktop.reports.solde import render_solde

        message = WRITTEN(path=args.output, pages=render_solde(data, campaign, out).pages)
    try:
        write_bytes_atomic(args.output, out.getvalue())
    except OSError as exc:
        return fail(CANNOT_WRITE(path=args.output, detail=exc.strerror or str(exc)))
    say(message)
    return 0
