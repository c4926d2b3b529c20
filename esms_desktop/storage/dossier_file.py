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
from esms_desktop.storage.atomic import write_text_atomic
from esms_desktop.storage.database import Database
from esms_desktop.storage.errors import DossierFileError, NotFoundError
from esms_desktop.storage.grappe import ESSMS_FIELDS
from esms_desktop.storage.models import Dossier, Essms, Og, utcnow
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


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("schemas", "dossier.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _ts(value: dt.datetime) -> str:
    return value.replace(microsecond=0).strftime(TIMESTAMP_FORMAT)


def export_dossier(db: Database, dossier_id: int) -> dict[str, Any]:
    """The dossier as a plain dict in the file format (also the snapshot reports are built from)."""
    with db.session() as session:
        dossier = session.get(Dossier, dossier_id)
        if dossier is None:
            from esms_desktop.storage.dossiers import NO_SUCH_DOSSIER

            raise NotFoundError(NO_SUCH_DOSSIER(id=dossier_id))
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
                "ogs": [
                    {
                        "finess_ej": og.finess_ej,
                        "name": og.name,
                        "is_porteur": og.is_porteur,
                        "essms": [{name: getattr(e, name) for name in ESSMS_FIELDS} for e in og.essms],
                    }
                    for og in dossier.ogs
                ],
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
    """Raise DossierFileError naming the offending field when ``data`` is not a valid dossier file."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DossierFileError(NOT_OURS(), "format")
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise DossierFileError(NEWER_FORMAT(version=version), "format_version")
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is not None:
        if error.validator == "required":
            missing = error.message.split("'")[1] if "'" in error.message else "?"
            path = _json_path([*error.absolute_path, missing])
            raise DossierFileError(MISSING_FIELD(path=path), path)
        path = _json_path(error.absolute_path)
        raise DossierFileError(INVALID_FIELD(path=path, detail=error.message), path)
    _check_finess_numbers(data)


def _check_finess_numbers(data: dict[str, Any]) -> None:
    from esms_desktop.rules.finess import check_finess

    for i, og in enumerate(data["dossier"]["ogs"]):
        checks = [(f"dossier.ogs[{i}].finess_ej", og["finess_ej"])]
        checks += [(f"dossier.ogs[{i}].essms[{j}].finess_et", e["finess_et"]) for j, e in enumerate(og["essms"])]
        for path, number in checks:
            if number:
                result = check_finess(number)
                if not result.valid:
                    raise DossierFileError(BAD_FINESS(path=path, detail=str(result.reason)), path)


def _parse_ts(value: str | None) -> dt.datetime:
    return dt.datetime.strptime(value, TIMESTAMP_FORMAT) if value else utcnow()


def import_dossier(db: Database, data: Any, on_conflict: str = "error") -> int:
    """Import a dossier dict; returns the new dossier's id.

    ``on_conflict`` says what to do when the same dossier (uid) is already there: "error" raises
    DossierConflict, "replace" overwrites it, "copy" imports it under a new uid.
    """
    validate(data)
    source = data["dossier"]
    with db.session() as session:
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
        dossier = Dossier(
            uid=uid,
            name=source["name"].strip(),
            campaign_year=source["campaign_year"],
            region=source.get("region"),
            project_type=source["project_type"],
            hosting=source["hosting"],
            created_at=_parse_ts(source.get("created_at")),
            modified_at=_parse_ts(source.get("modified_at")),
        )
        for i, og_data in enumerate(source["ogs"]):
            og = Og(position=i, finess_ej=og_data["finess_ej"].upper(), name=og_data["name"],
                    is_porteur=og_data.get("is_porteur", False))
            for j, e in enumerate(og_data["essms"]):
                values = {name: e.get(name) for name in ESSMS_FIELDS}
                values["finess_et"] = values["finess_et"].upper()
                values["notes"] = values["notes"] or ""
                og.essms.append(Essms(position=j, **values))
            dossier.ogs.append(og)
        session.add(dossier)
        session.flush()
        return dossier.id


def read_file(path: str | Path) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DossierFileError(UNREADABLE_FILE(path=str(path), detail=getattr(exc, "strerror", None) or str(exc)))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DossierFileError(NOT_JSON(line=exc.lineno, column=exc.colno, detail=exc.msg)) from exc


def import_file(db: Database, path: str | Path, on_conflict: str = "error") -> int:
    return import_dossier(db, read_file(path), on_conflict=on_conflict)
