"""``esms-desktop dossier list | export ID -o FILE | import FILE``."""

from __future__ import annotations

from esms_desktop.cli.common import fail, open_db, say, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

HEADER = QT_TRANSLATE_NOOP("Cli", "No.  Modified          Campaign  ESSMS  Name")
NO_DOSSIER = QT_TRANSLATE_NOOP("Cli", "No dossier in {url}.")
EXPORTED = QT_TRANSLATE_NOOP("Cli", "Dossier {id} exported to {path}.")
IMPORTED = QT_TRANSLATE_NOOP("Cli", "Dossier « {name} » imported as number {id}.")
WRITE_FAILED = QT_TRANSLATE_NOOP("Cli", "The file {path} could not be written: {detail}.")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("dossier", help="lister, exporter, importer des dossiers")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="liste les dossiers de la base")
    p.set_defaults(func=run_list)
    p = sub.add_parser("export", help="exporte un dossier dans un fichier JSON")
    p.add_argument("id", type=int, help="numéro du dossier (voir « dossier list »)")
    p.add_argument("-o", "--output", required=True, help="fichier à écrire")
    p.set_defaults(func=run_export)
    p = sub.add_parser("import", help="importe un fichier de dossier JSON (tout ou rien)")
    p.add_argument("file", help="fichier à lire")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--copy", action="store_true", help="si le dossier existe déjà, l'importer comme copie")
    group.add_argument("--replace", action="store_true", help="si le dossier existe déjà, le remplacer")
    p.set_defaults(func=run_import)


def _guard(func):
    def wrapper(args) -> int:
        from esms_desktop.storage.errors import StorageError

        setup_language(args.lang)
        try:
            return func(args)
        except StorageError as exc:
            return fail(exc.message)

    return wrapper


@_guard
def run_list(args) -> int:
    from esms_desktop.formatting import datetime as fmt
    from esms_desktop.formatting import local as _local
    from esms_desktop.storage.dossiers import list_dossiers

    db = open_db(args)
    rows = list_dossiers(db)
    if not rows:
        from esms_desktop.storage.server import mask_url

        say(NO_DOSSIER(url=mask_url(db.url)))
        return 0
    print(text(HEADER()))
    for row in rows:
        print(f"{row.id:<4} {fmt(_local(row.modified_at)):<17} {row.campaign_year:<9} {row.essms_count:>5}  {row.name}")
    return 0


@_guard
def run_export(args) -> int:
    from esms_desktop.storage.dossier_file import export_to_file

    db = open_db(args)
    try:
        export_to_file(db, args.id, args.output)
    except OSError as exc:
        return fail(WRITE_FAILED(path=args.output, detail=exc.strerror or str(exc)))
    say(EXPORTED(id=args.id, path=args.output))
    return 0


@_guard
def run_import(args) -> int:
    from esms_desktop.storage.dossier_file import import_file
    from esms_desktop.storage.dossiers import get_dossier

    db = open_db(args)
    mode = "copy" if args.copy else "replace" if args.replace else "error"
    dossier_id = import_file(db, args.file, on_conflict=mode)
    say(IMPORTED(name=get_dossier(db, dossier_id).name, id=dossier_id))
    return 0
