"""Porteur side: merging an answered member sheet into the dossier.

``preview_merge`` checks the sheet and lists, per field, what the dossier holds and what the member sent
(only where they differ); nothing is written. ``apply_merge`` writes the accepted items in one unit of
work, and notes the sheet returned and merged. Merging the same sheet twice finds nothing to change and
writes nothing. Refused, with the reason: not a sheet, damaged, tampered, newer format, a request (not an
answer), another dossier's sheet, a sheet of an OG that is not (or not the expected) one of the dossier.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from esms_desktop.storage import member_sheets as sheets
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossier_file import ESSMS_FIELDS, NEED_FIELDS, OG_FIELDS, PERSON_FIELDS, export_dossier
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.member_models import MemberRequest
from esms_desktop.storage.member_sheets import MemberSheetError
from esms_desktop.storage.models import Diagnostic, Document, Essms, Need, Og, Person
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

OTHER_DOSSIER = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet answers another dossier (« {name} »), not this one. Open it in that dossier.")
UNKNOWN_OG = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet is the answer of the OG with FINESS EJ {finess_ej}, which is not in this "
    "dossier.")
WRONG_OG = QT_TRANSLATE_NOOP(
    "MemberSheet", "This member sheet is the answer of « {found} » (FINESS EJ {finess_ej}), not of « {expected} ».")

L_OG_FIELD = QT_TRANSLATE_NOOP("MemberMerge", "OG: {field}")
L_NEW_ESSMS = QT_TRANSLATE_NOOP("MemberMerge", "New ESSMS {finess_et}")
L_ESSMS_FIELD = QT_TRANSLATE_NOOP("MemberMerge", "ESSMS {finess_et}: {field}")
L_REFERENT = QT_TRANSLATE_NOOP("MemberMerge", "ESSMS {finess_et}: DUI referent")
L_MATURITY = QT_TRANSLATE_NOOP("MemberMerge", "Self-diagnostic (answers)")
L_NEED = QT_TRANSLATE_NOOP("MemberMerge", "New need: {label}")
L_DOCUMENT = QT_TRANSLATE_NOOP("MemberMerge", "Signed engagement letter ({file})")

FIELD_LABELS: dict[str, Message] = {
    "name": QT_TRANSLATE_NOOP("MemberMerge", "name"), "siret": QT_TRANSLATE_NOOP("MemberMerge", "SIRET"),
    "legal_status": QT_TRANSLATE_NOOP("MemberMerge", "legal status"), "address": QT_TRANSLATE_NOOP("MemberMerge", "address"),
    "contact_name": QT_TRANSLATE_NOOP("MemberMerge", "contact"), "contact_email": QT_TRANSLATE_NOOP("MemberMerge", "contact e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("MemberMerge", "contact telephone"),
    "has_rsi": QT_TRANSLATE_NOOP("MemberMerge", "has an IT manager"), "dpo_designated": QT_TRANSLATE_NOOP("MemberMerge", "DPO designated"),
    "rgpd_status": QT_TRANSLATE_NOOP("MemberMerge", "GDPR compliance"), "it_charter": QT_TRANSLATE_NOOP("MemberMerge", "IT charter"),
    "national_entity": QT_TRANSLATE_NOOP("MemberMerge", "national entity"),
    "national_agreement": QT_TRANSLATE_NOOP("MemberMerge", "national entity's agreement"),
    "legal_rep_name": QT_TRANSLATE_NOOP("MemberMerge", "legal representative"),
    "legal_rep_function": QT_TRANSLATE_NOOP("MemberMerge", "legal representative's function"),
    "category_code": QT_TRANSLATE_NOOP("MemberMerge", "FINESS category"), "postcode": QT_TRANSLATE_NOOP("MemberMerge", "postcode"),
    "town": QT_TRANSLATE_NOOP("MemberMerge", "town"), "persons_accompanied": QT_TRANSLATE_NOOP("MemberMerge", "persons accompanied"),
    "dui_kind": QT_TRANSLATE_NOOP("MemberMerge", "current DUI"), "dui_software": QT_TRANSLATE_NOOP("MemberMerge", "current DUI software"),
    "notes": QT_TRANSLATE_NOOP("MemberMerge", "notes"),
}


def field_label(name: str):
    """The field's label (a Message), or its name when it has none."""
    label = FIELD_LABELS.get(name)
    return label() if label is not None else name


MERGED_OG_FIELDS = tuple(f for f in OG_FIELDS if f not in ("finess_ej", "is_porteur"))


@dataclass(frozen=True)
class MergeItem:
    """One difference: ``key`` (stable id), what it is, the dossier's value and the member's."""

    key: str
    label: Message
    current: Any
    incoming: Any


@dataclass(frozen=True)
class MergePreview:
    dossier_id: int
    og_id: int
    og_name: str
    sheet: dict = field(repr=False)
    items: tuple[MergeItem, ...]
    checksum: str

    @property
    def nothing_to_merge(self) -> bool:
        return not self.items


def _person_text(person: dict | None) -> str:
    if not person:
        return ""
    return " · ".join(p for p in (person.get("name", ""), person.get("function", ""), person.get("email", ""),
                                  person.get("phone", "")) if p)


def _answers_text(maturity: dict | None) -> str:
    return "" if not maturity else f"{len(maturity.get('answers', {}))}"


def preview_merge(db: Database, dossier_id: int, source: str | Path | dict, expected_og_id: int | None = None
                  ) -> MergePreview:
    """Check the answered sheet (a path or its decoded JSON) and list what differs; writes nothing."""
    data = sheets.load_sheet(source) if not isinstance(source, dict) else source
    sheet = sheets.check_sheet(data, "answer")
    dossier = export_dossier(db, dossier_id)["dossier"]
    if sheet["context"]["dossier_uid"] != dossier["uid"]:
        raise MemberSheetError(OTHER_DOSSIER(name=sheet["context"]["grappe_name"]))
    incoming = sheet["og"]
    finess_ej = incoming["finess_ej"].upper()
    index = next((i for i, og in enumerate(dossier["ogs"]) if og["finess_ej"].upper() == finess_ej), None)
    if index is None:
        raise MemberSheetError(UNKNOWN_OG(finess_ej=finess_ej))
    with db.session() as session:
        og_ids = list(session.scalars(select(Og.id).where(Og.dossier_id == dossier_id).order_by(Og.position)))
    og_id = og_ids[index]
    current = dossier["ogs"][index]
    if expected_og_id is not None and expected_og_id != og_id:
        expected = next((o for i, o in zip(og_ids, dossier["ogs"]) if i == expected_og_id), {"name": "?"})
        raise MemberSheetError(WRONG_OG(found=incoming["name"], finess_ej=finess_ej, expected=expected["name"]))
    people = dossier.get("people", [])
    items: list[MergeItem] = []
    for name in MERGED_OG_FIELDS:
        if name in incoming and incoming[name] != current.get(name):
            items.append(MergeItem(f"og.{name}", L_OG_FIELD(field=field_label(name)), current.get(name), incoming[name]))
    mine = {e["finess_et"].upper(): e for e in current["essms"]}
    elsewhere = {e["finess_et"].upper() for i, og in enumerate(dossier["ogs"]) if i != index for e in og["essms"]}
    for essms in incoming["essms"]:
        et = essms["finess_et"].upper()
        there = mine.get(et)
        if there is None and et in elsewhere:  # already in the grappe under another OG: never twice
            continue
        if there is None:
            items.append(MergeItem(f"essms.{et}", L_NEW_ESSMS(finess_et=et), "", essms["name"]))
        else:
            for name in (*ESSMS_FIELDS, "notes"):
                if name in essms and name != "finess_et" and essms[name] != there.get(name):
                    items.append(MergeItem(f"essms.{et}.{name}", L_ESSMS_FIELD(finess_et=et, field=field_label(name)),
                                           there.get(name), essms[name]))
        ref = essms.get("referent")
        if ref is not None:
            theirs = sheet["people"][ref]
            ours = people[there["referent"]] if there is not None and there.get("referent") is not None else None
            if _person_text(theirs) != _person_text(ours):
                items.append(MergeItem(f"referent.{et}", L_REFERENT(finess_et=et), _person_text(ours),
                                       _person_text(theirs)))
    theirs_m, ours_m = incoming.get("maturity"), current.get("maturity")
    if theirs_m and (not ours_m or theirs_m.get("answers") != ours_m.get("answers")):
        items.append(MergeItem("maturity", L_MATURITY(), _answers_text(ours_m), _answers_text(theirs_m)))
    known_needs = {(n["kind"], n["label"], tuple(n["essms"]) if n.get("essms") else None)
                   for n in dossier.get("needs", [])}
    for i, need in enumerate(sheet["needs"]):
        et = incoming["essms"][need["essms"][1]]["finess_et"].upper() if need.get("essms") else None
        at = next((j for j, e in enumerate(current["essms"]) if e["finess_et"].upper() == et), None)
        key = (need["kind"], need["label"], (index, at) if at is not None else None)
        if at is None or key not in known_needs:
            items.append(MergeItem(f"need.{i}", L_NEED(label=need["label"]), "", need["label"]))
    have = {d["sha256"] for d in dossier.get("documents", []) if d.get("og") == index}
    for document in sheet["documents"]:
        if document["kind"] == "engagement_letter" and document["sha256"] not in have:
            items.append(MergeItem(f"document.{document['sha256']}", L_DOCUMENT(file=document["file_name"]),
                                   "", document["file_name"]))
    return MergePreview(dossier_id, og_id, current["name"], sheet, tuple(items), sheet["checksum"]["value"])


def apply_merge(db: Database, preview: MergePreview, accepted: set[str] | None = None,
                today: dt.date | None = None) -> int:
    """Write the accepted items (all when ``accepted`` is None) in one unit of work; returns how many.
    Nothing accepted: nothing is written at all."""
    keys = [item.key for item in preview.items if accepted is None or item.key in accepted]
    if not keys:
        return 0
    sheet = preview.sheet
    incoming = sheet["og"]
    by_et = {e["finess_et"].upper(): (j, e) for j, e in enumerate(incoming["essms"])}
    from esms_desktop.storage.concurrency import lock_dossier

    with db.session() as session:
        lock_dossier(session, via="og", row_id=preview.og_id)  # positions of the new rows one at a time
        og = session.get(Og, preview.og_id)
        essms_of = {e.finess_et.upper(): e for e in og.essms}
        for key in keys:
            kind, _, rest = key.partition(".")
            if kind == "og":
                setattr(og, rest, incoming[rest])
            elif kind == "essms" and "." not in rest:
                _, values = by_et[rest]
                position = session.scalar(select(func.coalesce(func.max(Essms.position), -1))
                                          .where(Essms.og_id == og.id)) + 1
                essms = Essms(og_id=og.id, position=position, notes=values.get("notes", ""),
                              **{n: values[n] for n in ESSMS_FIELDS if n in values})
                session.add(essms)
                session.flush()
                essms_of[rest] = essms
            elif kind == "essms":
                et, _, name = rest.partition(".")
                setattr(essms_of[et], name, by_et[et][1][name])
        for key in keys:  # referents, needs and documents once every new ESSMS is there
            kind, _, rest = key.partition(".")
            if kind == "referent":
                _, values = by_et[rest]
                person_values = {n: v for n, v in sheet["people"][values["referent"]].items() if n in PERSON_FIELDS}
                essms = essms_of.get(rest)
                if essms is None:
                    continue
                if essms.referent is not None:
                    for n, v in person_values.items():
                        setattr(essms.referent, n, v)
                else:
                    position = session.scalar(select(func.coalesce(func.max(Person.position), -1))
                                              .where(Person.dossier_id == og.dossier_id)) + 1
                    essms.referent = Person(dossier_id=og.dossier_id, position=position, **person_values)
            elif kind == "maturity":
                m = incoming["maturity"]
                values = dict(variant=m["variant"], questionnaire_id=m["questionnaire_id"],
                              questionnaire_version=m["questionnaire_version"], respondent=m.get("respondent", ""),
                              answered_on=dt.date.fromisoformat(m["answered_on"]) if m.get("answered_on") else None,
                              answers=dict(m["answers"]))
                if og.maturity is None:
                    og.maturity = Diagnostic(**values)
                else:  # in place: one diagnostic per OG
                    for name, value in values.items():
                        setattr(og.maturity, name, value)
            elif kind == "need":
                need = sheet["needs"][int(rest)]
                et = incoming["essms"][need["essms"][1]]["finess_et"].upper() if need.get("essms") else None
                position = session.scalar(select(func.coalesce(func.max(Need.position), -1))
                                          .where(Need.dossier_id == og.dossier_id)) + 1
                session.add(Need(dossier_id=og.dossier_id, position=position, essms=essms_of.get(et),
                                 **{n: need[n] for n in NEED_FIELDS if n in need}))
            elif kind == "document":
                document = next(d for d in sheet["documents"] if d["sha256"] == rest)
                position = session.scalar(select(func.coalesce(func.max(Document.position), -1))
                                          .where(Document.dossier_id == og.dossier_id)) + 1
                content = base64.b64decode(document["content"])
                session.add(Document(dossier_id=og.dossier_id, position=position, kind="engagement_letter",
                                     og_id=og.id, label=document.get("label", ""),
                                     file_name=document["file_name"], sha256=document["sha256"],
                                     size=len(content), content=content))
        day = today or dt.date.today()
        request = session.scalar(select(MemberRequest).where(MemberRequest.og_id == og.id))
        if request is None:
            request = MemberRequest(og_id=og.id, request_uid=sheet["request_uid"], sent_on=day)
            session.add(request)
        request.returned_on = day
        request.merged_on = day
        request.merged_checksum = preview.checksum
        touch(session, og.dossier_id)
    return len(keys)
