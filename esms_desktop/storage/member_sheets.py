"""The member sheet (``.esms-og``): what a porteur asks one OG of the grappe, and what she answers.

A slice of the dossier file format: one ``ogs[]`` item of ``resources/schemas/dossier.schema.json``
(with its ESSMS and self-diagnostic), the people its ESSMS refer to, its needs and documents, plus the
context she needs (grappe, porteur, campaign, DUI chosen, the questionnaire to answer) and the
engagement letter to print. The envelope is described by ``resources/schemas/member-sheet.schema.json``;
the slice is checked by the dossier file's own validation (:func:`dossier_file.validate`); the checksum
is the maturity exchange file's (:func:`rules.maturity.exchange.content_checksum`)::

    {"format": "esms-desktop/member-sheet", "format_version": 1, "app_version": "0.1.0",
     "kind": "request" | "answer", "request_uid": "<uuid>", "written_on": "2024-03-15",
     "context": {"dossier_uid", "grappe_name", "campaign_year", "region", "project_type", "hosting",
                 "porteur": {"name", "finess_ej"}, "dui": {"software", "editor"},
                 "questionnaire": {"variant", "id", "version"},
                 "letter": {"values", "essms_total", "essms_sent", ...}},
     "og": {...}, "people": [...], "needs": [...], "documents": [...],
     "letter_pdf": "<base64>", "checksum": {"algorithm": "sha256", "value": "<64 hex>"}}
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from esms_desktop import __version__
from esms_desktop.paths import resource_path
from esms_desktop.rules.maturity.exchange import content_checksum
from esms_desktop.storage import dossier_file
from esms_desktop.storage.errors import DossierFileError, StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP

SHEET_FORMAT = "esms-desktop/member-sheet"
SHEET_VERSION = 1
SUFFIX = ".esms-og"
KINDS = ("request", "answer")

NOT_A_SHEET = QT_TRANSLATE_NOOP("MemberSheet", "This file is not an esms-desktop member sheet (.esms-og).")
NOT_JSON = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet is cut short or damaged (it is not valid JSON: {detail}). Ask for it again.")
NEWER = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet was written by a newer version of esms-desktop (format {found}; this one "
    "reads {expected}). Install the latest version to open it.")
BAD_FIELD = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet is invalid at field {field}: {problem}. Ask for it again.")
TAMPERED = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet was modified after it was written (its checksum does not match). "
    "Ask for it to be sent again.")
NOT_AN_ANSWER = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet has not been answered yet: it is the request sent to the OG.")
NOT_A_REQUEST = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet is an answer sent back to the porteur: open it in the porteur's dossier.")
UNREADABLE = QT_TRANSLATE_NOOP("MemberSheet", "The file {path} cannot be read: {detail}.")


class MemberSheetError(StorageError):
    """A member sheet refused (or that cannot be written); ``message`` says why and what to do."""


@lru_cache(maxsize=1)
def _envelope_validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("schemas", "member-sheet.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


# --- the slice ---------------------------------------------------------------------------------


def slice_og(dossier: dict[str, Any], og_index: int) -> dict[str, Any]:
    """One OG of the inner ``dossier`` dict (dossier file format), with what refers to it re-indexed:
    ``{"og", "people", "needs", "documents"}`` (people: the referents of its ESSMS; needs: of its ESSMS;
    documents: its own)."""
    og = json.loads(json.dumps(dossier["ogs"][og_index]))
    people_src = dossier.get("people", [])
    people: list[dict] = []
    index: dict[int, int] = {}
    for essms in og["essms"]:
        ref = essms.get("referent")
        if ref is not None:
            if ref not in index:
                index[ref] = len(people)
                people.append(dict(people_src[ref]))
            essms["referent"] = index[ref]
    needs = []
    for need in dossier.get("needs", []):
        if need.get("essms") is not None and need["essms"][0] == og_index:
            needs.append({**need, "essms": [0, need["essms"][1]]})
    documents = [{**d, "og": 0} for d in dossier.get("documents", []) if d.get("og") == og_index]
    return {"og": og, "people": people, "needs": needs, "documents": documents}


def context_of(dossier: dict[str, Any], og_index: int) -> dict[str, Any]:
    """What the member needs to know of the dossier: grappe, porteur, campaign, DUI, her questionnaire, and
    her engagement letter's frame (what it says of the grappe: her letter is built from her answers in it)."""
    from esms_desktop.reports.member_letter import letter_frame
    from esms_desktop.rules.maturity.data import load_questionnaire

    porteur = next((o for o in dossier["ogs"] if o.get("is_porteur")), None)
    og = dossier["ogs"][og_index]
    variant = "rsi" if og.get("has_rsi") else "direction"
    questionnaire = load_questionnaire(variant)
    dui = dossier.get("dui", {})
    return {
        "dossier_uid": dossier["uid"],
        "grappe_name": dossier["name"],
        "campaign_year": dossier["campaign_year"],
        "region": dossier.get("region"),
        "project_type": dossier["project_type"],
        "hosting": dossier["hosting"],
        "porteur": {"name": porteur["name"], "finess_ej": porteur["finess_ej"]} if porteur else
                   {"name": "", "finess_ej": ""},
        "dui": {"software": dui.get("software", ""), "editor": dui.get("editor", "")},
        "questionnaire": {"variant": variant, "id": questionnaire.id, "version": questionnaire.version},
        "letter": letter_frame({"dossier": dossier}, og["finess_ej"]),
    }


def build_sheet(kind: str, request_uid: str, context: dict[str, Any], part: dict[str, Any], written_on: dt.date,
                letter_pdf: bytes | None = None) -> dict[str, Any]:
    """The sheet (a JSON-ready dict) with its checksum; ``part`` from :func:`slice_og`."""
    data: dict[str, Any] = {
        "format": SHEET_FORMAT,
        "format_version": SHEET_VERSION,
        "app_version": __version__,
        "kind": kind,
        "request_uid": request_uid,
        "written_on": written_on.isoformat(),
        "context": context,
        "og": part["og"],
        "people": part["people"],
        "needs": part["needs"],
        "documents": part["documents"],
    }
    if letter_pdf:
        data["letter_pdf"] = base64.b64encode(letter_pdf).decode("ascii")
    data["checksum"] = {"algorithm": "sha256", "value": content_checksum(data)}
    return data


def as_dossier_file(sheet: dict[str, Any]) -> dict[str, Any]:
    """The sheet seen as a dossier file of one OG (what the dossier file's validation and import take)."""
    context = sheet["context"]
    return {
        "format": dossier_file.FORMAT,
        "format_version": dossier_file.FORMAT_VERSION,
        "dossier": {
            "uid": context["dossier_uid"],
            "name": context["grappe_name"],
            "campaign_year": context["campaign_year"],
            "region": context.get("region"),
            "project_type": context["project_type"],
            "hosting": context["hosting"],
            "ogs": [sheet["og"]],
            "people": sheet["people"],
            "needs": sheet["needs"],
            "documents": sheet["documents"],
        },
    }


# --- reading and writing -----------------------------------------------------------------------


def write_sheet(path: str | Path, sheet: dict[str, Any]) -> None:
    from esms_desktop.storage.atomic import write_text_atomic

    write_text_atomic(path, dossier_file.dumps(sheet))


def load_sheet(path: str | Path) -> Any:
    """The decoded JSON of a sheet file (not checked yet: see :func:`check_sheet`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MemberSheetError(UNREADABLE(path=str(path), detail=getattr(exc, "strerror", None) or str(exc)))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MemberSheetError(NOT_JSON(detail=f"{exc.msg}, {exc.lineno}:{exc.colno}")) from exc


def check_sheet(data: Any, kind: str | None = None) -> dict[str, Any]:
    """``data`` when it is a whole, untouched member sheet of ``kind`` (any kind when None).

    Refused with MemberSheetError, in this order: not a sheet; a newer format; a field of the wrong shape
    (envelope, then the OG slice by the dossier file's validation); checksum mismatch; the wrong kind.
    """
    from jsonschema.exceptions import best_match

    from esms_desktop.i18n import render
    from esms_desktop.json_checks import dotted, first_unstorable

    if not isinstance(data, dict) or data.get("format") != SHEET_FORMAT:
        raise MemberSheetError(NOT_A_SHEET)
    version = data.get("format_version")
    if not isinstance(version, int) or version > SHEET_VERSION:
        raise MemberSheetError(NEWER(found=version, expected=SHEET_VERSION))
    unstorable = first_unstorable(data)
    if unstorable is not None:
        raise MemberSheetError(BAD_FIELD(field=dotted(unstorable[0]), problem=unstorable[1]))
    error = best_match(_envelope_validator().iter_errors(data))
    if error is not None:
        field = ".".join(str(p) for p in error.absolute_path) or "(document)"
        raise MemberSheetError(BAD_FIELD(field=field, problem=error.message[:120]))
    try:
        dossier_file.validate(as_dossier_file(data))
    except DossierFileError as exc:
        field = (exc.path or "dossier.ogs[0]").replace("dossier.ogs[0]", "og").replace("dossier.", "")
        raise MemberSheetError(BAD_FIELD(field=field, problem=render(exc.message))) from exc
    if content_checksum(data) != data["checksum"]["value"]:
        raise MemberSheetError(TAMPERED)
    if kind == "answer" and data["kind"] != "answer":
        raise MemberSheetError(NOT_AN_ANSWER)
    if kind == "request" and data["kind"] != "request":
        raise MemberSheetError(NOT_A_REQUEST)
    return data


def letter_of(sheet: dict[str, Any]) -> bytes | None:
    """The engagement letter to print that came with the sheet (a PDF), or None."""
    text = sheet.get("letter_pdf")
    return base64.b64decode(text) if text else None
