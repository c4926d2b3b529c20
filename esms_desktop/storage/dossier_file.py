"""The dossier file format: versioned JSON, validated by ``resources/schemas/dossier.schema.json``.

Import is all-or-nothing (one transaction) and names the offending field; export → import → export
gives the same file.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from esms_desktop import __version__
from esms_desktop.paths import resource_path
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.storage.atomic import write_text_atomic
from esms_desktop.storage.database import Database
from esms_desktop.storage.errors import DossierFileError, NotFoundError
from esms_desktop.storage.models import (
    BudgetLine,
    CommAction,
    Diagnostic,
    Document,
    Dossier,
    Essms,
    Need,
    Og,
    Partner,
    Person,
    PlanTask,
    utcnow,
)
from esms_desktop.text import QT_TRANSLATE_NOOP

FORMAT = "esms-desktop/dossier"
FORMAT_VERSION = 1

NOT_JSON = QT_TRANSLATE_NOOP(
    "DossierFile", "The file is not a dossier file: it is not valid JSON (line {line}, column {column}: {detail})."
)
NOT_OURS = QT_TRANSLATE_NOOP("DossierFile", "The file is not an esms-desktop dossier file.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "DossierFile",
    "The file was written by a newer version of esms-desktop (format {version}). Install the latest version to import it.",
)
INVALID_FIELD = QT_TRANSLATE_NOOP("DossierFile", "The field {path} is not valid: {detail}. Nothing was imported.")
MISSING_FIELD = QT_TRANSLATE_NOOP("DossierFile", "The field {path} is missing. Nothing was imported.")
BAD_FINESS = QT_TRANSLATE_NOOP("DossierFile", "The field {path} holds an invalid FINESS number: {detail} Nothing was imported.")
ALREADY_THERE = QT_TRANSLATE_NOOP(
    "DossierFile",
    "This database already holds this dossier (« {name} »). Import it as a copy, or replace the existing one.",
)
UNREADABLE_FILE = QT_TRANSLATE_NOOP("DossierFile", "The file {path} cannot be read: {detail}.")

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"


class DossierConflict(DossierFileError):
    """The dossier being imported (same uid) is already in the database."""

    def __init__(self, message, existing_id: int):
        super().__init__(message, "dossier.uid")
        self.existing_id = existing_id


def _is_timestamp(value: Any) -> bool:
    return not isinstance(value, str) or bool(dt.datetime.strptime(value, TIMESTAMP_FORMAT))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads(resource_path("schemas", "dossier.schema.json").read_text(encoding="utf-8"))
    # The schema's patterns alone let impossible dates through (2024-13-45): its "format" keywords are
    # checked too, dates by jsonschema and timestamps by _is_timestamp.
    checker = FormatChecker(formats=["date"])
    checker.checks("date-time", raises=ValueError)(_is_timestamp)
    return Draft202012Validator(schema, format_checker=checker)


def _ts(value: dt.datetime) -> str:
    return value.replace(microsecond=0).strftime(TIMESTAMP_FORMAT)


OG_FIELDS = (
    "finess_ej", "name", "is_porteur", "siret", "legal_status", "address", "contact_name", "contact_email",
    "contact_phone", "has_rsi", "dpo_designated", "rgpd_status", "it_charter", "national_entity",
    "national_agreement", "legal_rep_name", "legal_rep_function", "essms_total", "dpo_status", "public_procurement",
)
OG_FUNDING = (("equipment", "funding_equipment"), ("amoa_purchasing", "funding_amoa_purchasing"),
              ("amoa_piloting", "funding_amoa_piloting"))
ESSMS_FIELDS = (
    "finess_et", "name", "category_code", "category_label", "sector", "sector_override", "department", "address",
    "postcode", "town", "persons_accompanied", "dui_kind", "dui_software", "dui_version", "sons_ordered",
    "sons_software", "already_funded", "funded_software", "confort_services", "isolated", "project_type",
)
PERSON_FIELDS = ("name", "function", "organisation", "email", "phone", "copil_role", "coproj_role",
                 "project_lead", "fte", "skills")
NEED_FIELDS = ("kind", "label", "audience", "people", "days", "quantity", "unit_cost", "equipment_type",
               "from_action")
EXPENSE_FIELDS = ("category", "label", "year", "amount")
REVENUE_FIELDS = ("funder", "label", "year", "amount", "quote_ref")
TASK_FIELDS = ("key", "title", "phase", "start", "end", "milestone", "depends_on", "owner", "wave",
               "wave_essms", "role")
COMM_FIELDS = ("audience", "message", "channel", "date", "owner")
PARTNER_FIELDS = ("name", "kind", "informed")
DOCUMENT_FIELDS = ("kind", "label", "file_name", "sha256", "size")


def _plain(value):
    if isinstance(value, dt.datetime):
        return _ts(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _pick(obj, names) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in names}


def _maturity(diagnostic) -> dict[str, Any] | None:
    if diagnostic is None:
        return None
    return {
        "variant": diagnostic.variant,
        "questionnaire_id": diagnostic.questionnaire_id,
        "questionnaire_version": diagnostic.questionnaire_version,
        "respondent": diagnostic.respondent,
        "answered_on": _plain(diagnostic.answered_on),
        "answers": dict(diagnostic.answers or {}),
    }


def export_dossier(db: Database, dossier_id: int) -> dict[str, Any]:
    """The dossier as a plain dict in the file format (also the snapshot reports are built from)."""
    import base64

    with db.session() as session:
        dossier = session.get(Dossier, dossier_id)
        if dossier is None:
            from esms_desktop.storage.dossiers import NO_SUCH_DOSSIER

            raise NotFoundError(NO_SUCH_DOSSIER(id=dossier_id))
        person_index = {p.id: i for i, p in enumerate(dossier.people)}
        og_index = {og.id: i for i, og in enumerate(dossier.ogs)}
        essms_index = {e.id: [i, j] for i, og in enumerate(dossier.ogs) for j, e in enumerate(og.essms)}
        need_index = {n.id: i for i, n in enumerate(dossier.needs)}
        ogs = []
        for og in dossier.ogs:
            item = _pick(og, OG_FIELDS)
            item["funding"] = {key: getattr(og, column) for key, column in OG_FUNDING}
            item["essms"] = [
                {**_pick(e, ESSMS_FIELDS), "referent": person_index.get(e.referent_id), "notes": e.notes,
                 **({"finess_name": e.finess_name} if e.finess_name else {})}  # optional (revision 0010)
                for e in og.essms
            ]
            item["maturity"] = _maturity(og.maturity)
            ogs.append(item)
        expenses = [line for line in dossier.budget_lines if line.kind == "expense"]
        revenues = [line for line in dossier.budget_lines if line.kind == "revenue"]
        presentation = dossier.presentation or {}
        from esms_desktop.storage.followup_file import export_part

        followup = export_part(session, dossier.id)  # optional keys, only when the dossier has a follow-up
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "dossier": {
                "uid": dossier.uid,
                "name": dossier.name,
                "campaign_year": dossier.campaign_year,
                "region": dossier.region,
                "project_type": dossier.project_type,
                "hosting": dossier.hosting,
                "created_at": _ts(dossier.created_at),
                "modified_at": _ts(dossier.modified_at),
                "filing_date": _plain(dossier.filing_date),
                "ars_window_start": _plain(dossier.ars_window_start),
                "ars_window_end": _plain(dossier.ars_window_end),
                "national_reach": dossier.national_reach,
                **({"galis_entered_on": _plain(dossier.galis_entered_on)} if dossier.galis_entered_on else {}),
                "dui": {
                    "software": dossier.dui_software,
                    "editor": dossier.dui_editor,
                    "segur_referenced": dossier.dui_segur_referenced,
                    "ght_route": dossier.dui_ght_route,
                    "services_socles": list(dossier.services_socles or []),
                    "referentials": list(dossier.referentials or []),
                },
                "commitments": {"ror": dossier.commit_ror, "earlier_wave": dossier.earlier_wave},
                "rib": {"holder": dossier.rib_holder, "iban": dossier.rib_iban, "bic": dossier.rib_bic},
                "presentation": {key: presentation.get(key, "") for key in PRESENTATION_KEYS},
                "ogs": ogs,
                "people": [_pick(p, PERSON_FIELDS) for p in dossier.people],
                "needs": [{**_pick(n, NEED_FIELDS), "essms": essms_index.get(n.essms_id)} for n in dossier.needs],
                "budget": {
                    "expenses": [{**_pick(e, EXPENSE_FIELDS), "need": need_index.get(e.need_id)} for e in expenses],
                    "revenues": [{"kind": r.category, **_pick(r, REVENUE_FIELDS)} for r in revenues],
                },
                "planning": [_pick(t, TASK_FIELDS) for t in dossier.tasks],
                "communication": [_pick(c, COMM_FIELDS) for c in dossier.communication],
                "partners": [_pick(p, PARTNER_FIELDS) for p in dossier.partners],
                "documents": [
                    {
                        **_pick(d, DOCUMENT_FIELDS),
                        "og": og_index.get(d.og_id),
                        "added_at": _ts(d.added_at),
                        "content": base64.b64encode(d.content or b"").decode("ascii"),
                    }
                    for d in dossier.documents
                ],
                **followup,
            },
        }


def dumps(data: dict[str, Any]) -> str:
    """The file's text: stable key order and indentation, so that equal dossiers give equal files."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_to_file(db: Database, dossier_id: int, path: str | Path) -> None:
    write_text_atomic(path, dumps(export_dossier(db, dossier_id)))


def _json_path(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


def validate(data: Any) -> None:
    """Raise DossierFileError naming the offending field when ``data`` is not a valid dossier file.

    The message names the field in words (« OG « X », 3e ESSMS, FINESS ET »); ``exc.path`` keeps its
    technical path (``dossier.ogs[0].essms[2].finess_et``)."""
    try:
        _validate(data)
    except DossierFileError as exc:
        where = exc.message.params.get("path")
        if not isinstance(where, str) or not where.startswith("dossier"):
            raise
        from esms_desktop.field_paths import describe_path

        raise DossierFileError(exc.message(path=describe_path(where, data)), exc.path) from None


def _validate(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DossierFileError(NOT_OURS(), "format")
    from esms_desktop.storage import dossier_file_checks

    if dossier_file_checks.nesting_depth(data) > dossier_file_checks.MAX_DEPTH:  # dicts given directly
        raise DossierFileError(dossier_file_checks.too_deep_message())
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise DossierFileError(NEWER_FORMAT(version=version), "format_version")
    from esms_desktop.json_checks import dotted, first_unstorable

    unstorable = first_unstorable(data)  # before the schema: its messages quote the values
    if unstorable is not None:
        path = dotted(unstorable[0])
        raise DossierFileError(INVALID_FIELD(path=path, detail=unstorable[1]), path)
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is not None:
        if error.validator == "required":
            missing = error.message.split("'")[1] if "'" in error.message else "?"
            path = _json_path([*error.absolute_path, missing])
            raise DossierFileError(MISSING_FIELD(path=path), path)
        path = _json_path(error.absolute_path)
        raise DossierFileError(INVALID_FIELD(path=path, detail=_schema_detail(error)), path)
    _check_finess_numbers(data)
    _check_duplicate_essms(data)
    _check_references(data["dossier"])


BAD_REFERENCE = QT_TRANSLATE_NOOP(
    "DossierFile", "The field {path} refers to an item that is not in the file ({value}). Nothing was imported."
)
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "DossierFile", "The attached document {path} is damaged: its content does not match its checksum. Nothing was imported."
)


UNKNOWN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "DossierFile",
    "The field {path} names the campaign {year}, whose rules this version of esms-desktop does not have "
    "(it knows {years}). Nothing was imported.",
)
CYCLE = QT_TRANSLATE_NOOP(
    "DossierFile",
    "The task {path} ({task}) depends on itself through its dependencies: a planning cannot loop. "
    "Nothing was imported.",
)


def _check_references(source: dict[str, Any]) -> None:
    """Cross-references inside the file must point at existing items; documents must match their checksum."""
    import base64
    import binascii
    import hashlib

    from esms_desktop.rules.campaign import available_campaigns

    if source["campaign_year"] not in available_campaigns():
        path = "dossier.campaign_year"
        raise DossierFileError(UNKNOWN_CAMPAIGN(path=path, year=source["campaign_year"],
                                                years=", ".join(map(str, available_campaigns()))), path)
    people = len(source.get("people", []))
    ogs = source["ogs"]
    needs = len(source.get("needs", []))

    def refuse(path: str, value) -> None:
        raise DossierFileError(BAD_REFERENCE(path=path, value=json.dumps(value)), path)

    for i, og in enumerate(ogs):
        for j, essms in enumerate(og["essms"]):
            ref = essms.get("referent")
            if ref is not None and ref >= people:
                refuse(f"dossier.ogs[{i}].essms[{j}].referent", ref)
    for i, need in enumerate(source.get("needs", [])):
        ref = need.get("essms")
        if ref is not None and not (ref[0] < len(ogs) and ref[1] < len(ogs[ref[0]]["essms"])):
            refuse(f"dossier.needs[{i}].essms", ref)
    for i, line in enumerate(source.get("budget", {}).get("expenses", [])):
        if line.get("need") is not None and line["need"] >= needs:
            refuse(f"dossier.budget.expenses[{i}].need", line["need"])
    keys = {task["key"] for task in source.get("planning", [])}
    from types import SimpleNamespace

    from esms_desktop.rules.planning.plan import dependants

    links = [SimpleNamespace(key=t["key"], depends_on=t.get("depends_on", [])) for t in source.get("planning", [])]
    for i, task in enumerate(source.get("planning", [])):
        for dep in task.get("depends_on", []):
            if dep not in keys:
                refuse(f"dossier.planning[{i}].depends_on", dep)
        if task["key"] in dependants(links, task["key"]):
            raise DossierFileError(CYCLE(path=f"dossier.planning[{i}]", task=task["key"]),
                                   f"dossier.planning[{i}].depends_on")
    from esms_desktop.storage.dossier_file_checks import document_refusal, document_refusal_before_decoding

    for i, document in enumerate(source.get("documents", [])):
        path = f"dossier.documents[{i}]"
        if document.get("og") is not None and document["og"] >= len(ogs):
            refuse(path + ".og", document["og"])
        refused = document_refusal_before_decoding(document, path)  # name, size: nothing decoded yet
        if refused is not None:
            raise DossierFileError(refused, path + ".file_name")
        try:
            content = base64.b64decode(document["content"], validate=True)
        except (binascii.Error, ValueError):
            raise DossierFileError(BAD_CHECKSUM(path=path), path + ".content") from None
        if hashlib.sha256(content).hexdigest() != document["sha256"]:
            raise DossierFileError(BAD_CHECKSUM(path=path), path + ".content")
        refused = document_refusal(document, content, path)  # a PDF is a PDF
        if refused is not None:
            raise DossierFileError(refused, path + ".content")
    from esms_desktop.storage.followup_file import check_part

    check_part(source)


SCHEMA_DETAILS = {
    "type": QT_TRANSLATE_NOOP("DossierFile", "it should be {expected}"),
    "minimum": QT_TRANSLATE_NOOP("DossierFile", "{value} is below the minimum {limit}"),
    "maximum": QT_TRANSLATE_NOOP("DossierFile", "{value} is above the maximum {limit}"),
    "enum": QT_TRANSLATE_NOOP("DossierFile", "{value} is not one of the accepted values ({choices})"),
    "const": QT_TRANSLATE_NOOP("DossierFile", "{value} is not the expected value {choices}"),
    "pattern": QT_TRANSLATE_NOOP("DossierFile", "{value} is not written in the expected form"),
    "format": QT_TRANSLATE_NOOP("DossierFile", "{value} is not a valid date"),
    "maxLength": QT_TRANSLATE_NOOP("DossierFile", "the text is longer than {limit} characters"),
    "minLength": QT_TRANSLATE_NOOP("DossierFile", "the text is empty or too short"),
    "additionalProperties": QT_TRANSLATE_NOOP("DossierFile", "it holds fields this format does not know ({value})"),
    "uniqueItems": QT_TRANSLATE_NOOP("DossierFile", "a value is repeated"),
}
OTHER_DETAIL = QT_TRANSLATE_NOOP("DossierFile", "the value does not fit the dossier format")
TYPE_NAMES = {
    "string": QT_TRANSLATE_NOOP("DossierFile", "a text"),
    "integer": QT_TRANSLATE_NOOP("DossierFile", "a whole number"),
    "number": QT_TRANSLATE_NOOP("DossierFile", "a number"),
    "boolean": QT_TRANSLATE_NOOP("DossierFile", "true or false"),
    "array": QT_TRANSLATE_NOOP("DossierFile", "a list"),
    "object": QT_TRANSLATE_NOOP("DossierFile", "a group of fields"),
}


def _schema_detail(error):
    """A translatable explanation of a JSON Schema error (jsonschema's own messages are English)."""
    template = SCHEMA_DETAILS.get(error.validator, OTHER_DETAIL)
    value = json.dumps(error.instance, ensure_ascii=False)[:60]
    if error.validator == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        main = next((t for t in expected if t != "null"), "string")
        return template(expected=TYPE_NAMES.get(main, TYPE_NAMES["string"]))
    if error.validator in ("enum", "const"):
        choices = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return template(value=value, choices=", ".join(json.dumps(c, ensure_ascii=False) for c in choices))
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return template(value=", ".join(extra))
    return template(value=value, limit=error.validator_value)


def _check_finess_numbers(data: dict[str, Any]) -> None:
    from esms_desktop.rules.identity.finess import check_finess

    for i, og in enumerate(data["dossier"]["ogs"]):
        checks = [(f"dossier.ogs[{i}].finess_ej", og["finess_ej"])]
        checks += [(f"dossier.ogs[{i}].essms[{j}].finess_et", e["finess_et"]) for j, e in enumerate(og["essms"])]
        for path, number in checks:
            if number:
                result = check_finess(number)
                if not result.valid:
                    raise DossierFileError(BAD_FINESS(path=path, detail=result.reason), path)


#: The sentence every refusal of an import ends with (commands that only read a file leave it out).
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("DossierFile", "Nothing was imported.")
DUPLICATE_ESSMS = QT_TRANSLATE_NOOP(
    "DossierFile",
    "The FINESS ET {finess} appears twice, at {first} (OG « {og_first} ») and at {second} (OG « {og_second} »): "
    "one FINESS ET is one funding. Keep it under one OG only. Nothing was imported.",
)


def _check_duplicate_essms(data: dict[str, Any]) -> None:
    """000 « 1 FINESS ET = 1 FINANCEMENT »: the same FINESS ET twice (under one OG or two) is refused."""
    from esms_desktop.rules.identity.finess import normalise

    seen: dict[str, tuple[str, str]] = {}
    for i, og in enumerate(data["dossier"]["ogs"]):
        og_name = (og.get("name") or og.get("finess_ej") or f"OG {i + 1}").strip()
        for j, essms in enumerate(og["essms"]):
            number = normalise(essms.get("finess_et") or "")
            if not number:
                continue
            path = f"dossier.ogs[{i}].essms[{j}].finess_et"
            if number in seen:
                first, og_first = seen[number]
                raise DossierFileError(DUPLICATE_ESSMS(finess=number, first=first, og_first=og_first,
                                                       second=path, og_second=og_name), path)
            seen[number] = (path, og_name)


def _parse_ts(value: str | None) -> dt.datetime:
    return dt.datetime.strptime(value, TIMESTAMP_FORMAT) if value else utcnow()


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def import_dossier(db: Database, data: Any, on_conflict: str = "error") -> int:
    """Import a dossier dict; returns the new dossier's id.

    ``on_conflict`` says what to do when the same dossier (uid) is already there: "error" raises
    DossierConflict, "replace" overwrites it, "copy" imports it under a new uid.
    """
    validate(data)
    source = data["dossier"]
    from esms_desktop.storage.write_lock import lock_for_writing

    with db.session() as session:
        lock_for_writing(session)  # before the check: two imports of one new file cannot both insert it
        uid = source["uid"]
        existing = session.scalar(select(Dossier).where(Dossier.uid == uid))
        if existing is not None:
            if on_conflict == "error":
                raise DossierConflict(ALREADY_THERE(name=existing.name), existing.id)
            if on_conflict == "replace":
                session.delete(existing)
                session.flush()
            else:
                uid = str(uuid.uuid4())
        dossier = build_dossier(source, uid)
        session.add(dossier)
        session.flush()
        from esms_desktop.storage.followup_file import import_part

        import_part(session, dossier, source)
        return dossier.id


def build_dossier(source: dict[str, Any], uid: str) -> Dossier:
    import base64

    dui = source.get("dui", {})
    commitments = source.get("commitments", {})
    rib = source.get("rib", {})
    dossier = Dossier(
        uid=uid,
        name=source["name"].strip(),
        campaign_year=source["campaign_year"],
        region=source.get("region"),
        project_type=source["project_type"],
        hosting=source["hosting"],
        created_at=_parse_ts(source.get("created_at")),
        modified_at=_parse_ts(source.get("modified_at")),
        filing_date=_date(source.get("filing_date")),
        ars_window_start=_date(source.get("ars_window_start")),
        ars_window_end=_date(source.get("ars_window_end")),
        galis_entered_on=_date(source.get("galis_entered_on")),
        dui_ght_route=dui.get("ght_route", False),
        national_reach=source.get("national_reach", False),
        dui_software=dui.get("software", ""),
        dui_editor=dui.get("editor", ""),
        dui_segur_referenced=dui.get("segur_referenced", False),
        services_socles=list(dui.get("services_socles", [])),
        referentials=list(dui.get("referentials", [])),
        commit_ror=commitments.get("ror", False),
        earlier_wave=commitments.get("earlier_wave", False),
        rib_holder=rib.get("holder", ""),
        rib_iban=rib.get("iban", ""),
        rib_bic=rib.get("bic", ""),
        presentation={key: source.get("presentation", {}).get(key, "") for key in PRESENTATION_KEYS},
    )
    people = [Person(position=i, **_fields_of(p, PERSON_FIELDS)) for i, p in enumerate(source.get("people", []))]
    dossier.people = people
    all_essms: list[list[Essms]] = []
    for i, og_data in enumerate(source["ogs"]):
        og = Og(position=i, **_fields_of(og_data, OG_FIELDS))
        og.finess_ej = og.finess_ej.upper()
        for key, column in OG_FUNDING:
            setattr(og, column, og_data.get("funding", {}).get(key, False))
        row = []
        for j, e in enumerate(og_data["essms"]):
            essms = Essms(position=j, notes=e.get("notes", ""), finess_name=e.get("finess_name", ""),
                          **_fields_of(e, ESSMS_FIELDS))
            essms.finess_et = essms.finess_et.upper()
            if e.get("referent") is not None:
                essms.referent = people[e["referent"]]
            og.essms.append(essms)
            row.append(essms)
        all_essms.append(row)
        maturity = og_data.get("maturity")
        if maturity:
            og.maturity = Diagnostic(
                variant=maturity["variant"],
                questionnaire_id=maturity["questionnaire_id"],
                questionnaire_version=maturity["questionnaire_version"],
                respondent=maturity.get("respondent", ""),
                answered_on=_date(maturity.get("answered_on")),
                answers=dict(maturity.get("answers", {})),
            )
        dossier.ogs.append(og)
    needs = []
    for i, n in enumerate(source.get("needs", [])):
        need = Need(position=i, **_fields_of(n, NEED_FIELDS))
        if n.get("essms") is not None:
            og_i, essms_i = n["essms"]
            need.essms = all_essms[og_i][essms_i]
        needs.append(need)
    dossier.needs = needs
    budget = source.get("budget", {})
    lines = []
    for i, e in enumerate(budget.get("expenses", [])):
        line = BudgetLine(position=i, kind="expense", **_fields_of(e, EXPENSE_FIELDS))
        if e.get("need") is not None:
            line.need = needs[e["need"]]
        lines.append(line)
    for i, r in enumerate(budget.get("revenues", [])):
        lines.append(BudgetLine(position=i, kind="revenue", category=r["kind"], **_fields_of(r, REVENUE_FIELDS)))
    dossier.budget_lines = lines
    dossier.tasks = [
        PlanTask(position=i, **{**_fields_of(t, TASK_FIELDS), "start": _date(t["start"]), "end": _date(t["end"])})
        for i, t in enumerate(source.get("planning", []))
    ]
    dossier.communication = [
        CommAction(position=i, **{**_fields_of(c, COMM_FIELDS), "date": _date(c.get("date"))})
        for i, c in enumerate(source.get("communication", []))
    ]
    dossier.partners = [Partner(position=i, **_fields_of(p, PARTNER_FIELDS)) for i, p in enumerate(source.get("partners", []))]
    documents = []
    for i, d in enumerate(source.get("documents", [])):
        document = Document(position=i, added_at=_parse_ts(d.get("added_at")),
                            content=base64.b64decode(d.get("content", "")), **_fields_of(d, DOCUMENT_FIELDS))
        if d.get("og") is not None:
            document.og = dossier.ogs[d["og"]]
        documents.append(document)
    dossier.documents = documents
    return dossier




def _fields_of(data: dict[str, Any], names) -> dict[str, Any]:
    """The given fields of a file object; absent optional fields take the model's default."""
    return {name: data[name] for name in names if name in data}


def read_file(path: str | Path) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DossierFileError(UNREADABLE_FILE(path=str(path), detail=getattr(exc, "strerror", None) or str(exc)))
    from esms_desktop.storage import dossier_file_checks as checks

    try:
        return checks.loads(text)
    except json.JSONDecodeError as exc:
        from esms_desktop.json_errors import json_reason

        raise DossierFileError(NOT_JSON(line=exc.lineno, column=exc.colno, detail=json_reason(exc.msg))) from exc
    except checks.TooDeep:
        raise DossierFileError(checks.too_deep_message()) from None


def import_file(db: Database, path: str | Path, on_conflict: str = "error") -> int:
    return import_dossier(db, read_file(path), on_conflict=on_conflict)
