"""``esms-desktop finess import FILE | lookup QUERY | check NUMBER``: the offline FINESS reference."""

from __future__ import annotations

import sys

from esms_desktop.cli.common import fail, say, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

PROGRESS = QT_TRANSLATE_NOOP("Cli", "Import of the FINESS extract: {percent} %")
IMPORTED = QT_TRANSLATE_NOOP(
    "Cli", "FINESS reference imported: {count} establishments, extract of {date}, in {path}.")
IMPORT_FAILED = QT_TRANSLATE_NOOP(
    "Cli", "Line {line} of the extract: {reason} The previous FINESS reference is kept.")
NO_REFERENCE = QT_TRANSLATE_NOOP(
    "Cli", "No FINESS reference is imported yet ({path}): run « esms-desktop finess import FILE » first.")
NOTHING_FOUND = QT_TRANSLATE_NOOP("Cli", "No establishment matches « {query} ».")
VALID = QT_TRANSLATE_NOOP("Cli", "{number}: valid FINESS number, department {department} ({name}), region {region}.")
VALID_NO_REGION = QT_TRANSLATE_NOOP("Cli", "{number}: valid FINESS number, department {department} ({name}).")
IN_REFERENCE = QT_TRANSLATE_NOOP("Cli", "In the FINESS reference: {name}, {town} (category {category}).")
INVALID = QT_TRANSLATE_NOOP("Cli", "{number}: invalid FINESS number. {reason}")
REFERENCE_OF = QT_TRANSLATE_NOOP("Cli", "(FINESS reference: extract of {date})")
ABSENT = QT_TRANSLATE_NOOP(
    "Cli", "Not in the FINESS directory of {date}: type the information in, or import a more recent extract.")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("finess", help="répertoire FINESS hors ligne : importer, chercher, vérifier")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("import", help="importe une extraction FINESS (CSV data.gouv.fr) comme référence")
    p.add_argument("file", help="fichier d'extraction (par exemple resources/finess/sample-extract.csv)")
    p.add_argument("--reference", metavar="FICHIER", help="fichier de la référence (par défaut celui de l'application)")
    p.set_defaults(func=run_import)
    p = sub.add_parser("lookup", help="cherche un établissement par numéro ou par nom")
    p.add_argument("query", nargs="+", help="début d'un numéro FINESS, ou des mots du nom ou de la commune")
    p.add_argument("--limit", type=int, default=20, help="nombre maximal de résultats (20)")
    p.add_argument("--reference", metavar="FICHIER", help="fichier de la référence")
    p.set_defaults(func=run_lookup)
    p = sub.add_parser("check", help="vérifie un numéro FINESS (statut 1 s'il est invalide)")
    p.add_argument("number", nargs="+", help="le numéro (espaces et points permis)")
    p.add_argument("--reference", metavar="FICHIER", help="fichier de la référence")
    p.set_defaults(func=run_check)


def _reference_path(args):
    from pathlib import Path

    from esms_desktop.storage import finess_reference

    if args.reference:
        return Path(args.reference)
    from esms_desktop.storage.finess_builtin import ensure_reference

    ensure_reference()  # first use: the national extract shipped with the application
    return finess_reference.default_db_path()


def _reference_date(path) -> str:
    from esms_desktop.formatting import date
    from esms_desktop.storage import finess_reference

    info = finess_reference.reference_info(path)
    return (date(info["extract_date"]) or "?") if info else ""


def run_import(args) -> int:
    from esms_desktop.formatting import date, number
    from esms_desktop.storage import finess_reference
    from esms_desktop.storage.errors import StorageError
    from esms_desktop.storage.finess_extract import FinessFormatError

    setup_language(args.lang)
    path = _reference_path(args)
    interactive = sys.stderr.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = int(100 * done / max(total, 1))
        if percent // 10 != last[0] // 10 or (interactive and percent != last[0]):
            last[0] = percent
            end = "\r" if interactive else "\n"
            print(text(PROGRESS(percent=percent)), end=end, file=sys.stderr, flush=True)

    try:
        report = finess_reference.import_extract(args.file, path, progress=progress)
    except FinessFormatError as exc:
        if interactive:
            print(file=sys.stderr)
        reason = text(exc.message) + (" " + text(exc.detail) if exc.detail else "")
        return fail(IMPORT_FAILED(line=exc.line_number, reason=reason), status=1)
    except StorageError as exc:
        if interactive:
            print(file=sys.stderr)
        return fail(exc.message, status=1)
    if interactive:
        print(file=sys.stderr)
    say(IMPORTED(count=number(report.establishments), date=date(report.extract_date) or "?", path=str(path)))
    return 0


def run_lookup(args) -> int:
    from esms_desktop.storage import finess_reference
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    path = _reference_path(args)
    query = " ".join(args.query)
    if finess_reference.reference_info(path) is None:
        return fail(NO_REFERENCE(path=str(path)), status=1)
    try:
        records = finess_reference.lookup(path, query, limit=args.limit)
    except StorageError as exc:
        return fail(exc.message, status=1)
    if not records:
        say(NOTHING_FOUND(query=query))
        return 1
    for r in records:
        print(f"{r.finess_et}  EJ {r.finess_ej}  {r.category_code:>4}  {r.display_name} — {r.postcode} {r.town}")
    say(REFERENCE_OF(date=_reference_date(path)))
    return 0


def run_check(args) -> int:
    from esms_desktop.rules.identity.finess import check_finess
    from esms_desktop.rules.identity.geography import department_name, department_region, region_name
    from esms_desktop.storage import finess_reference
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    typed = " ".join(args.number)
    result = check_finess(typed)
    if not result.valid:
        print(text(INVALID(number=result.number or typed, reason=text(result.reason))), file=sys.stderr)
        return 1
    region = department_region(result.department)
    params = dict(number=result.number, department=result.department, name=department_name(result.department))
    say(VALID(region=region_name(region), **params) if region else VALID_NO_REGION(**params))
    path = _reference_path(args)
    try:
        record = finess_reference.get(path, result.number)
    except StorageError:
        record = None
    if record is not None:
        say(IN_REFERENCE(name=record.display_name, town=record.town, category=record.category_label))
        say(REFERENCE_OF(date=_reference_date(path)))
    elif finess_reference.reference_info(path) is not None:
        say(ABSENT(date=_reference_date(path)))
    return 0
