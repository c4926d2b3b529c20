"""``esms-desktop member export DOSSIER --og FINESS_EJ -o FILE`` and ``member merge DOSSIER FILE [--yes]``:
the member sheet round trip for consultants who script.

``export`` writes the sheet asking one OG for its information (with its engagement letter to print) and
notes it as sent. ``merge`` prints, per field, what the dossier holds and what the member sent; with
``--yes`` it applies them all (nothing is written without it). Exit status 0 on success, 2 when refused.
"""

from __future__ import annotations

import datetime as dt

from esms_desktop.cli.common import fail, open_db, say, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

WRITTEN = QT_TRANSLATE_NOOP("Cli", "Member sheet for « {og} » written to {path}.")
NOTHING = QT_TRANSLATE_NOOP("Cli", "Nothing to merge: the dossier already holds everything this sheet says.")
PREVIEW = QT_TRANSLATE_NOOP("Cli", "Answer of « {og} »: {count} differences (dossier → member):")
APPLIED = QT_TRANSLATE_NOOP("Cli", "{count} changes merged into the dossier.")
DRY_RUN = QT_TRANSLATE_NOOP("Cli", "Nothing was written: run again with --yes to merge them.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Cli", "« {value} » is not a dossier number (see « dossier list »).")
YES = QT_TRANSLATE_NOOP("Cli", "yes")
NO = QT_TRANSLATE_NOOP("Cli", "no")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("member", help="fiche membre (.esms-og) : demander ses informations à un OG, "
                                                  "fusionner sa réponse")
    sub = parser.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="écrit la fiche membre d'un OG du dossier")
    export.add_argument("dossier", metavar="DOSSIER", help="numéro du dossier (voir « dossier list »)")
    export.add_argument("--og", metavar="FINESS_EJ", required=True, help="FINESS juridique de l'OG")
    export.add_argument("-o", "--output", metavar="FICHIER", required=True, help="fichier .esms-og à écrire")
    export.set_defaults(func=run_export)
    merge = sub.add_parser("merge", help="affiche puis fusionne la fiche renvoyée par un OG")
    merge.add_argument("dossier", metavar="DOSSIER", help="numéro du dossier (voir « dossier list »)")
    merge.add_argument("file", metavar="FICHIER", help="la fiche .esms-og renvoyée par l'OG")
    merge.add_argument("--yes", action="store_true", help="fusionne tout sans demander")
    merge.set_defaults(func=run_merge)


def _dossier_id(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def value_text(value) -> str:
    if value is True:
        return text(YES())
    if value is False:
        return text(NO())
    return "—" if value in (None, "") else str(value)


def run_export(args) -> int:
    from esms_desktop.reports.member_letter import letter_pdf
    from esms_desktop.storage import member_requests
    from esms_desktop.storage.dossier_file import export_dossier
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    dossier_id = _dossier_id(args.dossier)
    if dossier_id is None:
        return fail(NOT_A_NUMBER(value=args.dossier))
    try:
        db = open_db(args)
        og_id = member_requests.og_id_by_finess(db, dossier_id, args.og)
        pdf = letter_pdf(export_dossier(db, dossier_id), args.og)
        sheet = member_requests.write_request(db, dossier_id, og_id, args.output, dt.date.today(), pdf)
    except StorageError as exc:
        return fail(exc.message)
    except OSError as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "The file could not be written: {error}")(error=exc.strerror or exc))
    say(WRITTEN(og=sheet["og"]["name"], path=args.output))
    return 0


def run_merge(args) -> int:
    from esms_desktop.storage import member_merge
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    dossier_id = _dossier_id(args.dossier)
    if dossier_id is None:
        return fail(NOT_A_NUMBER(value=args.dossier))
    try:
        db = open_db(args)
        preview = member_merge.preview_merge(db, dossier_id, args.file)
    except StorageError as exc:
        return fail(exc.message)
    if preview.nothing_to_merge:
        say(NOTHING())
        return 0
    say(PREVIEW(og=preview.og_name, count=len(preview.items)))
    for item in preview.items:
        print(f"  {text(item.label)} : {value_text(item.current)} → {value_text(item.incoming)}")
    if not args.yes:
        say(DRY_RUN())
        return 0
    count = member_merge.apply_merge(db, preview)
    say(APPLIED(count=count))
    return 0
