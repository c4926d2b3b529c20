"""``esms-desktop usage DOSSIER [--json]`` and ``esms-desktop usage import DOSSIER FILE``: the usage targets.

``usage DOSSIER``: the latest rates per ESSMS and for the grappe against the campaign's targets, what each
ESSMS still lacks, and whether the solde can be requested (exit status 0 when it can, 1 when not).
``usage import DOSSIER FILE``: import the measures of a CSV/XLSX file into a dossier of the database, all
or nothing; a refusal names the line and the column (exit status 2, nothing written).
"""

from __future__ import annotations

import json

from esms_desktop.cli.common import fail, open_db, read_dossier_file, say, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

USAGE = QT_TRANSLATE_NOOP("Cli", "usage: esms-desktop usage DOSSIER [--json] | esms-desktop usage import DOSSIER FILE")
NEEDS_NUMBER = QT_TRANSLATE_NOOP(
    "Cli", "« {dossier} » is not a dossier number of the database: measures are imported into a dossier of the database.")
IMPORTED = QT_TRANSLATE_NOOP("Cli", "{count} measures imported into dossier {id}.")
ESSMS_LINE = QT_TRANSLATE_NOOP("Cli", "{name} ({finess}) — {month}:")
NOT_MEASURED = QT_TRANSLATE_NOOP("Cli", "{name} ({finess}): no measure yet")
RATE_LINE = QT_TRANSLATE_NOOP("Cli", "  {label}: {rate} (target {target}) {mark}")
COUNT_LINE = QT_TRANSLATE_NOOP("Cli", "  {label}: {count}")
GRAPPE_LINE = QT_TRANSLATE_NOOP("Cli", "Grappe — {month}:")
READY = QT_TRANSLATE_NOOP("Cli", "Balance: every ESSMS meets every target; it can be requested.")
NOT_READY = QT_TRANSLATE_NOOP("Cli", "Balance: not every ESSMS meets every target yet.")
FIRST_MONTH = QT_TRANSLATE_NOOP("Cli", "First month all ESSMS met every target: {month}")
NO_FIRST_MONTH = QT_TRANSLATE_NOOP("Cli", "No month yet where all ESSMS met every target.")
MISSING = QT_TRANSLATE_NOOP("Cli", "Missing for {name} ({finess}):")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "usage", help="cibles d'usage d'un dossier retenu : taux, ce qui manque, solde ; ou import des mesures",
        description="« usage DOSSIER » : derniers taux par ESSMS et pour la grappe face aux cibles, ce qui manque et "
                    "si le solde peut être demandé (code 0 s'il le peut, 1 sinon). « usage import DOSSIER FICHIER » : "
                    "importe les mesures d'un fichier CSV ou XLSX (tout ou rien).")
    parser.add_argument("words", nargs="+", metavar="[import] DOSSIER [FICHIER]",
                        help="un numéro de dossier (ou un fichier de dossier pour lire les taux), puis le fichier à importer")
    parser.add_argument("--json", action="store_true", help="écrit le résultat en JSON")
    parser.set_defaults(func=run_usage)


def run_usage(args) -> int:
    setup_language(args.lang)
    words = args.words
    if words[0] == "import":
        if len(words) != 3:
            return fail(USAGE)
        return _import(args, words[1], words[2])
    if len(words) != 1:
        return fail(USAGE)
    return _show(args, words[0])


def _import(args, dossier: str, path: str) -> int:
    from pathlib import Path

    from esms_desktop.storage.errors import StorageError
    from esms_desktop.storage.usage_import import import_file

    if not dossier.isdigit() or Path(dossier).exists():
        return fail(NEEDS_NUMBER(dossier=dossier))
    try:
        count = import_file(open_db(args), int(dossier), path)
    except StorageError as exc:
        return fail(exc.message)
    say(IMPORTED(count=count, id=dossier))
    return 0


def followup_file_dict(args, dossier: str) -> dict:
    """The dossier in the file format, follow-up included (the typed dossier is the candidature only)."""
    from pathlib import Path

    from esms_desktop.storage.dossier_file import export_dossier

    if dossier.isdigit() and not Path(dossier).exists():
        return export_dossier(open_db(args), int(dossier))
    return read_dossier_file(dossier)


def _show(args, dossier: str) -> int:
    from pathlib import Path

    from esms_desktop import formatting
    from esms_desktop.rules.campaign import CampaignFileError, load_campaign
    from esms_desktop.rules.followup.followup_input import report
    from esms_desktop.storage.errors import StorageError

    try:
        data = followup_file_dict(args, dossier)
        campaign = load_campaign(data["dossier"]["campaign_year"])
    except (StorageError, CampaignFileError) as exc:
        return fail(exc.message)
    rep = report(data, campaign)
    labels = {t.key: t.label for t in campaign.usage_targets}

    def rates(result):
        return {r.key: {"numerator": r.numerator, "denominator": r.denominator, "percent": r.percent,
                        "target": r.target, "met": r.met, "reason": text(r.reason) if r.reason else None}
                for r in result.rates}

    if args.json:
        out = {
            "solde_ready": rep.solde_ready,
            "first_month_all_met": rep.first_month_all_met.strftime("%Y-%m") if rep.first_month_all_met else None,
            "essms": [{"finess_et": e.finess_et, "name": e.name,
                       "month": e.latest.month.strftime("%Y-%m") if e.latest else None,
                       "period_months": e.latest.period.months if e.latest else None,
                       "rates": rates(e.latest) if e.latest else {},
                       "missing": [text(m) for m in rep.missing[e.finess_et]]} for e in rep.essms],
            "grappe": ({"month": rep.grappe[-1].month.strftime("%Y-%m"), "rates": rates(rep.grappe[-1])}
                       if rep.grappe else None),
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0 if rep.solde_ready else 1

    def show(result) -> None:
        for r in result.rates:
            if r.denominator is None and r.target is None:
                say(COUNT_LINE(label=labels[r.key], count="—" if r.numerator is None else formatting.number(r.numerator)))
                continue
            rate = formatting.percent(r.percent, 1) if r.percent is not None else text(r.reason)
            mark = "✔" if r.met else "✖"
            say(RATE_LINE(label=labels[r.key], rate=rate, target=formatting.percent(r.target or 0), mark=mark))

    for e in rep.essms:
        if e.latest is None:
            say(NOT_MEASURED(name=e.name, finess=e.finess_et))
            continue
        say(ESSMS_LINE(name=e.name, finess=e.finess_et, month=e.latest.month.strftime("%m/%Y")))
        show(e.latest)
    if rep.grappe:
        say(GRAPPE_LINE(month=rep.grappe[-1].month.strftime("%m/%Y")))
        show(rep.grappe[-1])
    for e in rep.essms:
        if rep.missing[e.finess_et]:
            say(MISSING(name=e.name, finess=e.finess_et))
            for m in rep.missing[e.finess_et]:
                print("  • " + text(m))
    say(FIRST_MONTH(month=rep.first_month_all_met.strftime("%m/%Y")) if rep.first_month_all_met else NO_FIRST_MONTH)
    say(READY if rep.solde_ready else NOT_READY)
    return 0 if rep.solde_ready else 1
