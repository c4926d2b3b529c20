"""``esms-desktop check FILE_OR_ID [--json] [--date AAAA-MM-JJ]``: the admissibility check of a dossier.

Exit status 0 when the dossier is admissible, 1 when it is not, 2 when it cannot be checked (unreadable
file, unknown dossier, campaign without rule file). The criteria are listed in French by default.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

from esms_desktop.cli.common import fail, readable, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign
    from esms_desktop.rules.dossier import Dossier

HEADER = QT_TRANSLATE_NOOP("Cli", "Dossier « {name} » — {year} campaign, checked on {date}")
VERDICT_OK = QT_TRANSLATE_NOOP("Cli", "ADMISSIBLE: every admissibility criterion and condition of access is met.")
VERDICT_KO = QT_TRANSLATE_NOOP("Cli", "NOT ADMISSIBLE: {count} blocking criteria (not met or to complete).")
STEP_LINE = QT_TRANSLATE_NOOP("Cli", "to fix in the step « {step} »")
IMPROVE_LINE = QT_TRANSLATE_NOOP("Cli", "to improve in the step « {step} »")
SOURCE_LINE = QT_TRANSLATE_NOOP("Cli", "source: {source}")
FILE_REGIONAL = QT_TRANSLATE_NOOP("Cli", "Where to file: the regional call of the ARS {region} ({window}).")
FILE_MULTI = QT_TRANSLATE_NOOP(
    "Cli", "Where to file: multi-regional grappe, with the ARS {region}, which holds the most ESSMS ({window}).")
FILE_NATIONAL = QT_TRANSLATE_NOOP("Cli", "Where to file: the national call of the CNSA and the DNS ({window}).")
WINDOW_TO_TYPE = QT_TRANSLATE_NOOP("Cli", "window to be filled in")
READINGS_TITLE = QT_TRANSLATE_NOOP("Cli", "Readings retained where a source is ambiguous")
READING = QT_TRANSLATE_NOOP("Cli", "Reading retained: {text} ({source})")
BAD_DATE = QT_TRANSLATE_NOOP("Cli", "The date {date} is not a date (expected YYYY-MM-DD).")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help="vérifie la recevabilité d'un dossier (code de sortie 0 si recevable, 1 sinon)",
        description="Vérifie les critères de recevabilité, les conditions d'accès et les critères de priorisation "
                    "d'un dossier. Code de sortie : 0 recevable, 1 non recevable, 2 vérification impossible.")
    parser.add_argument("dossier", metavar="FICHIER_OU_NUMERO",
                        help="un fichier de dossier (JSON) ou le numéro d'un dossier de la base (voir « dossier list »)")
    parser.add_argument("--json", action="store_true", help="écrit le résultat en JSON")
    parser.add_argument("--date", metavar="AAAA-MM-JJ", help="jour de la vérification (aujourd'hui par défaut)")
    parser.set_defaults(func=run_check)


def _load(args):
    """The typed dossier named by the argument: a file, or a dossier of the database (opened only then)."""
    from pathlib import Path

    from esms_desktop.cli.common import open_db, resolve_dossier

    if args.dossier.isdigit() and not Path(args.dossier).exists():
        return resolve_dossier(open_db(args), args.dossier)
    return resolve_dossier(None, args.dossier)


def run_check(args) -> int:
    from esms_desktop.rules.admissibility.checker import check_dossier
    from esms_desktop.rules.campaign import CampaignFileError
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    try:
        today = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        return fail(BAD_DATE(date=args.date))
    try:
        dossier = _load(args)
        d = {"name": dossier.name, "uid": dossier.uid}
        campaign = dossier.campaign()
        report = check_dossier(dossier, campaign, today)
        extra = _context(dossier, campaign)
    except StorageError as exc:
        return fail(exc.message)
    except CampaignFileError as exc:
        return fail(exc.message)
    if args.json:
        _print_json(d, report, campaign, extra)
    else:
        _print_text(d, report, campaign, extra)
    return 0 if report.admissible else 1


def _context(dossier: Dossier, campaign: Campaign) -> dict:
    """Where the dossier files, and the composition and planning findings behind the criteria."""
    from esms_desktop.rules.grappe.composition import composition_of
    from esms_desktop.rules.planning.plan import check_dossier_plan

    composition = composition_of(dossier, campaign)
    plan = check_dossier_plan(dossier, campaign)
    return {"composition": composition, "plan": plan}


def _filing(campaign, extra) -> tuple[dict, str]:
    from esms_desktop import formatting as fmt
    from esms_desktop.rules.identity.geography import region_name

    plan = extra["plan"]
    level = plan.scope
    region = plan.filing.region if plan.filing is not None else extra["composition"].filing_region
    win = plan.window
    if plan.filing is not None and plan.filing.origin == "to_type":
        window = text(WINDOW_TO_TYPE())
    elif win is None or (win.start is None and win.end is None):
        window = "?"
    else:
        window = f"{fmt.date(win.start) if win.start else '…'} – {fmt.date(win.end) if win.end else '…'}"
    name = (region_name(region) or region or "?") if region else None
    template = {"regional": FILE_REGIONAL, "multi_regional": FILE_MULTI, "national": FILE_NATIONAL}[level]
    line = text(template(region=name or "?", window=window))
    return {"level": level, "region": region, "region_name": name, "window": window,
            "window_origin": plan.filing.origin if plan.filing is not None else "campaign", "text": line}, line


def _findings(campaign, extra) -> list:
    return list(extra["composition"].findings) + list(extra["plan"].findings)


def _finding_dict(f, campaign) -> dict:
    return {"key": f.key, "severity": f.severity, "what": text(f.what), "why": text(f.why), "fix": text(f.fix),
            "source": readable(f.source, campaign), "source_ref": f.source, "subjects": list(f.subjects)}


def _criterion_dict(c, campaign) -> dict:
    return {
        "key": c.key, "kind": c.kind, "number": c.number, "state": c.state, "blocking": c.blocking,
        "label": text(c.label), "explanation": text(c.explanation), "details": [text(x) for x in c.details],
        "source": readable(c.source, campaign), "source_ref": c.source, "step": c.step, "field": c.field,
    }


def _print_json(d: dict, report, campaign, extra) -> None:
    out = {
        "dossier": d.get("name"), "uid": d.get("uid"), "campaign_year": report.campaign_year,
        "checked_on": report.checked_on.isoformat(), "admissible": report.admissible,
        "blocking_count": report.blocking_count, "filing": _filing(campaign, extra)[0],
        "criteria": [_criterion_dict(c, campaign) for c in report.criteria],
        "findings": [_finding_dict(f, campaign) for f in _findings(campaign, extra)],
        "readings": [{"key": r.key, "text": r.text, "source": readable(r.source, campaign), "source_ref": r.source}
                     for r in campaign.readings],
    }
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")


def _print_text(d: dict, report, campaign, extra) -> None:
    from esms_desktop import formatting as fmt
    from esms_desktop.rules.admissibility.checker import KINDS
    from esms_desktop.rules.admissibility.messages import KIND_TITLES, STATE_NAMES, STEP_TITLES

    print(text(HEADER(name=d.get("name", ""), year=str(report.campaign_year), date=fmt.date(report.checked_on))))
    print(text(VERDICT_OK() if report.admissible else VERDICT_KO(count=str(report.blocking_count))))
    print(_filing(campaign, extra)[1])
    for kind in KINDS:
        print()
        print(text(KIND_TITLES[kind]()))
        for c in report.by_kind(kind):
            state = text(STATE_NAMES[c.state]())
            marker = "!!" if c.blocking else "  "
            print(f"{marker} [{state}] {c.number}. {text(c.label)}")
            print(f"      {text(c.explanation)}")
            for detail in c.details:
                print(f"      - {text(detail)}")
            if c.state in ("not_met", "to_complete"):
                step = text(STEP_TITLES[c.step]())
                line = IMPROVE_LINE(step=step) if c.kind == "priority" else STEP_LINE(step=step)
                print(f"      → {text(line)}")
            print(f"      {text(SOURCE_LINE(source=readable(c.source, campaign)))}")
    print()
    print(text(READINGS_TITLE()))
    for r in campaign.readings:
        print("- " + text(READING(text=r.text, source=readable(r.source, campaign))))
