"""``esms-desktop funding FILE_OR_ID [--json]``: the ESMS numérique grant of a dossier, line by line.

Prints each line of the calculator with its rule and source, the total, the avance/solde schedule, the
requests it refuses and why; and, when the dossier has a budget, what the budget retains of each line
(a ceiling counts up to the matching expenses). Exit status 0, or 2 when the dossier cannot be read.
"""

from __future__ import annotations

import json
import sys

from esms_desktop.cli.common import fail, open_db, readable, resolve_dossier, setup_language, text
from esms_desktop.text import QT_TRANSLATE_NOOP

HEADER = QT_TRANSLATE_NOOP("Cli", "Dossier « {name} » — {year} campaign, {count} ESSMS, {project_type}")
LINE = QT_TRANSLATE_NOOP("Cli", "{label}: {amount}")
CEILING = QT_TRANSLATE_NOOP("Cli", "(ceiling)")
RETAINED = QT_TRANSLATE_NOOP("Cli", "retained in the budget: {amount}")
RULE = QT_TRANSLATE_NOOP("Cli", "rule: {rule}")
SOURCE = QT_TRANSLATE_NOOP("Cli", "source: {source}")
TOTAL = QT_TRANSLATE_NOOP("Cli", "Total of the grant: {amount}")
TOTAL_RETAINED = QT_TRANSLATE_NOOP(
    "Cli", "Total retained in the budget: {amount} (expenses {expenses}); advance {avance}, balance {solde}")
AVANCE = QT_TRANSLATE_NOOP("Cli", "Advance ({percent}, {when}): {amount}")
SOLDE = QT_TRANSLATE_NOOP("Cli", "Balance ({percent}, {condition}): {amount}")
REFUSALS = QT_TRANSLATE_NOOP("Cli", "Not granted:")
REFUSAL = QT_TRANSLATE_NOOP("Cli", "{label} — {reason}")
READING = QT_TRANSLATE_NOOP("Cli", "Reading retained: {text} ({source})")
NO_LINE = QT_TRANSLATE_NOOP("Cli", "No grant line: the grappe has no ESSMS yet.")
PROJECT_TYPES = {
    "acquisition": QT_TRANSLATE_NOOP("Cli", "acquisition or renewal (cas 1)"),
    "conformite": QT_TRANSLATE_NOOP("Cli", "upgrade to the Ségur-referenced version (cas 2)"),
}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "funding", help="calcule la subvention ESMS numérique d'un dossier, ligne par ligne",
        description="Calcule la subvention ESMS numérique d'un dossier d'après les règles de sa campagne : lignes, "
                    "règle appliquée, total, échéancier avance/solde, demandes non retenues.")
    parser.add_argument("dossier", metavar="FICHIER_OU_NUMERO",
                        help="un fichier de dossier (JSON) ou le numéro d'un dossier de la base (voir « dossier list »)")
    parser.add_argument("--json", action="store_true", help="écrit le résultat en JSON")
    parser.set_defaults(func=run_funding)


def _load(args):
    """The typed dossier named by the argument: a file, or a dossier of the database (opened only then)."""
    from pathlib import Path

    from esms_desktop.cli.common import open_db, resolve_dossier

    if args.dossier.isdigit() and not Path(args.dossier).exists():
        return resolve_dossier(open_db(args), args.dossier)
    return resolve_dossier(None, args.dossier)


def run_funding(args) -> int:
    from esms_desktop.rules.funding.budget import compute_budget
    from esms_desktop.rules.campaign import CampaignFileError
    from esms_desktop.storage.errors import StorageError

    setup_language(args.lang)
    try:
        dossier = _load(args)
        d = {"name": dossier.name, "uid": dossier.uid, "campaign_year": dossier.campaign_year,
             "essms_count": len(dossier.all_essms)}
        plan = compute_budget(dossier, dossier.campaign())
    except (StorageError, CampaignFileError) as exc:
        return fail(exc.message)
    if args.json:
        sys.stdout.write(json.dumps(as_dict(d, plan), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_text(d, plan)
    return 0


def _campaign(d: dict):
    from esms_desktop.rules.campaign import CampaignFileError, campaign_of

    try:
        return campaign_of(d)
    except CampaignFileError:
        return None


def _readings(campaign, keys: tuple[str, ...]) -> list[dict]:
    """The readings retained where a seed is ambiguous (campaign file), for the rules at hand."""
    if campaign is None:
        return []
    return [{"key": r.key, "text": r.text, "source": readable(r.source, campaign), "source_ref": r.source}
            for r in campaign.readings if r.key in keys]


FUNDING_READINGS = ("small_og.amoa_piloting", "small_og.max_essms")


def as_dict(d: dict, plan) -> dict:
    """The grant as plain JSON: amounts in euros (int), texts in the current language; each source as the
    documents' names and sections (``source``) and as the campaign file's code (``source_ref``)."""
    b = plan.breakdown
    campaign = _campaign(d)
    s = b.schedule
    has_budget = bool(plan.expenses)
    return {
        "dossier": d.get("name"), "uid": d.get("uid"), "campaign_year": b.campaign_year,
        "project_type": b.project_type,
        "lines": [{"key": g.line.key, "og": g.line.og, "label": text(g.line.label), "quantity": g.line.quantity,
                   "unit_amount": g.line.unit_amount, "amount": g.line.amount, "ceiling": g.line.ceiling,
                   "rule": text(g.line.rule), "source": readable(g.line.source, campaign),
                   "source_ref": g.line.source,
                   "retained": g.retained if has_budget else None} for g in plan.grant],
        "total": b.total,
        "schedule": {"avance": s.avance, "avance_percent": s.avance_percent, "avance_when": s.avance_when,
                     "solde": s.solde, "solde_percent": s.solde_percent, "solde_condition": s.solde_condition,
                     "source": readable(s.source, campaign), "source_ref": s.source},
        "refusals": [{"key": r.key, "og": r.og, "label": text(r.label), "reason": text(r.reason),
                      "source": readable(r.source, campaign), "source_ref": r.source} for r in b.refusals],
        "notes": [text(n) for n in b.notes],
        "readings": _readings(campaign, FUNDING_READINGS),
        "budget": None if not has_budget else {
            "grant_retained": plan.grant_retained, "expenses": plan.expense_total, "revenues": plan.revenue_total,
            "difference": plan.difference,
            "schedule": {"avance": plan.schedule.avance, "solde": plan.schedule.solde}},
    }


def _print_text(d: dict, plan) -> None:
    from esms_desktop.formatting import euros, percent

    b = plan.breakdown
    campaign = _campaign(d)
    count = d.get("essms_count", sum(len(og.get("essms") or ()) for og in d.get("ogs") or ()))
    print(text(HEADER(name=d.get("name", ""), year=str(b.campaign_year), count=str(count),
                      project_type=text(PROJECT_TYPES[b.project_type]))))
    print()
    has_budget = bool(plan.expenses)
    if not plan.grant:
        print(text(NO_LINE))
    for g in plan.grant:
        amount = euros(g.line.amount) + (" " + text(CEILING) if g.line.ceiling else "")
        print("- " + text(LINE(label=text(g.line.label), amount=amount)))
        print("    " + text(RULE(rule=text(g.line.rule))))
        if has_budget:
            print("    " + text(RETAINED(amount=euros(g.retained))))
        print("    " + text(SOURCE(source=readable(g.line.source, campaign))))
    print()
    print(text(TOTAL(amount=euros(b.total))))
    s = b.schedule
    print("  " + text(AVANCE(percent=percent(s.avance_percent), when=s.avance_when, amount=euros(s.avance))))
    print("  " + text(SOLDE(percent=percent(s.solde_percent), condition=s.solde_condition, amount=euros(s.solde))))
    if has_budget:
        print(text(TOTAL_RETAINED(amount=euros(plan.grant_retained), expenses=euros(plan.expense_total),
                                  avance=euros(plan.schedule.avance), solde=euros(plan.schedule.solde))))
    if b.refusals:
        print()
        print(text(REFUSALS))
        for r in b.refusals:
            print("- " + text(REFUSAL(label=text(r.label), reason=text(r.reason)))
                  + f" ({readable(r.source, campaign)})")
    for note in b.notes:
        print()
        print(text(note))
    for reading in _readings(campaign, FUNDING_READINGS):
        print()
        print(text(READING(text=reading["text"], source=reading["source"])))
