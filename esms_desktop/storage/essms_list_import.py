"""Importing a list of ESSMS (CSV or XLSX) into the grappe: column mapping, row checks, one transaction.

1. ``read_table(path)`` (:mod:`storage.table_files`) gives the header and the rows;
2. ``guess_mapping(headers)`` proposes which column holds which field;
3. ``validate_rows(rows, mapping, grappe_context(db, dossier_id, default_og_id))`` checks every row
   and says why a row is refused (bad FINESS, duplicate, unknown OG...) — no database write;
4. ``apply_import(db, dossier_id, rows, mapping, ...)`` adds them all in ONE transaction, or nothing
   when a row (not explicitly excluded) is invalid.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from esms_desktop.rules.grappe import sectors
from esms_desktop.rules.identity.finess import check_finess
from esms_desktop.storage import grappe
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.models import Essms, Og
from esms_desktop.storage.table_files import RawRow, RawTable, TableFormatError, read_table  # noqa: F401
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

# The fields a column can be mapped to, in the order the dialog shows them.
FIELDS = ("finess_et", "name", "category", "sector", "department", "persons_accompanied", "finess_ej", "og_name")
Mapping_ = dict[str, int | None]

NO_FINESS = QT_TRANSLATE_NOOP("EssmsImport", "No FINESS ET number.")
BAD_FINESS = QT_TRANSLATE_NOOP("EssmsImport", "FINESS ET {number}: {reason}")
DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP("EssmsImport", "FINESS ET {number} is already on line {line}.")
ALREADY_IN_GRAPPE = QT_TRANSLATE_NOOP("EssmsImport", "FINESS ET {number} is already in the grappe (OG « {og} »).")
NO_NAME = QT_TRANSLATE_NOOP("EssmsImport", "No name (and the FINESS reference does not know this number).")
BAD_EJ = QT_TRANSLATE_NOOP("EssmsImport", "FINESS EJ {number}: {reason}")
UNKNOWN_OG_EJ = QT_TRANSLATE_NOOP(
    "EssmsImport", "No OG of the grappe has the FINESS EJ {number}: add that OG first, or let the import create it.")
UNKNOWN_OG_NAME = QT_TRANSLATE_NOOP(
    "EssmsImport", "No OG of the grappe is named « {name} »: add that OG first, or let the import create it.")
NO_OG = QT_TRANSLATE_NOOP("EssmsImport", "No OG for this ESSMS: choose the OG the rows without one go to.")
BAD_PERSONS = QT_TRANSLATE_NOOP(
    "EssmsImport", "« {value} » is not a number of persons accompanied (a whole number is expected).")
BAD_SECTOR = QT_TRANSLATE_NOOP(
    "EssmsImport", "« {value} » is not a sector (expected PA, PH, DOM, PDE, PDS or AHI).")
BAD_CATEGORY = QT_TRANSLATE_NOOP(
    "EssmsImport", "« {value} » is not a FINESS category code (3 digits, e.g. 500).")
W_NOT_ESSMS = QT_TRANSLATE_NOOP(
    "EssmsImport", "Category {code} is not a social or medico-social establishment (ESSMS) category.")
W_TO_CHECK = QT_TRANSLATE_NOOP(
    "EssmsImport", "Category {code} may or may not be an ESSMS depending on its authorisation: to check with the "
    "ARS; choose its sector.")
W_SECTOR_DIFFERS = QT_TRANSLATE_NOOP(
    "EssmsImport", "Sector {sector} differs from the sector of category {code} ({derived}); it is kept as typed.")
W_DEPARTMENT_DIFFERS = QT_TRANSLATE_NOOP(
    "EssmsImport", "Department {typed} differs from the one of the FINESS number ({department}); the latter is kept.")
W_OTHER_EJ = QT_TRANSLATE_NOOP(
    "EssmsImport", "In the FINESS reference this ESSMS belongs to the FINESS EJ {ej}, not to {og_ej}.")
W_NEW_OG = QT_TRANSLATE_NOOP("EssmsImport", "A new OG « {name} » will be created.")
INVALID_ROWS = QT_TRANSLATE_NOOP(
    "EssmsImport", "Nothing was imported: line {line} is invalid ({reason}). Fix it or exclude it.")
NO_FINESS_COLUMN = QT_TRANSLATE_NOOP("EssmsImport", "Nothing was imported: no column is mapped to the FINESS ET.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "EssmsImport", "The {what} has {length} characters; at most {limit} are accepted. Shorten it in the file.")
TOO_MANY_PERSONS = QT_TRANSLATE_NOOP(
    "EssmsImport", "« {value} » persons accompanied is more than any ESSMS accompanies (at most {limit}).")
WHAT_NAME = QT_TRANSLATE_NOOP("EssmsImport", "ESSMS name")
WHAT_OG_NAME = QT_TRANSLATE_NOOP("EssmsImport", "OG name")
WHAT_CATEGORY_LABEL = QT_TRANSLATE_NOOP("EssmsImport", "category label")

# Far above any ESSMS (the largest accompany a few thousand persons); SQLite itself stops at 2**63.
MAX_PERSONS = 1_000_000


def _schema_limits() -> dict[str, int]:
    """The dossier schema's maxLength of the texts this import writes (the file format's own limits)."""
    import json

    from esms_desktop.paths import resource_path

    defs = json.loads(resource_path("schemas", "dossier.schema.json").read_text(encoding="utf-8"))["$defs"]
    return {"name": defs["essms"]["properties"]["name"]["maxLength"],
            "category_label": defs["essms"]["properties"]["category_label"]["maxLength"],
            "og_name": defs["og"]["properties"]["name"]["maxLength"]}


_LIMITS: dict[str, int] = {}


def _length_errors(values: Mapping[str, Any], og_name: str, errors: list) -> None:
    if not _LIMITS:
        _LIMITS.update(_schema_limits())
    for key, text, what in (("name", values.get("name") or "", WHAT_NAME),
                            ("category_label", values.get("category_label") or "", WHAT_CATEGORY_LABEL),
                            ("og_name", og_name, WHAT_OG_NAME)):
        if len(text) > _LIMITS[key]:
            errors.append(TOO_LONG(what=what(), length=str(len(text)), limit=str(_LIMITS[key])))


class EssmsImportError(StorageError):
    """The import was refused; nothing was written."""


@dataclass(frozen=True)
class OgRef:
    id: int
    finess_ej: str
    name: str


@dataclass(frozen=True)
class GrappeContext:
    """What the row checks need to know of the grappe."""

    ogs: tuple[OgRef, ...] = ()
    existing: Mapping[str, str] = field(default_factory=dict)  # FINESS ET already there → OG name
    default_og_id: int | None = None


@dataclass(frozen=True)
class RowCheck:
    """One row checked: the ESSMS values it gives, its OG, and why it is refused (``errors``)."""

    line: int
    values: dict[str, Any]
    og_id: int | None = None  # an existing OG
    new_og: tuple[str, str] | None = None  # (finess_ej, name) of an OG to create
    errors: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    ogs_created: int
    excluded: int


# --- column mapping ------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _field_of(header: str) -> str | None:
    h = _fold(header)
    words = set(h.split())
    if not h:
        return None
    if "finess" in words or "finess" in h:
        if words & {"ej", "juridique", "gestionnaire", "og"} or "entite juridique" in h or "legal entity" in h:
            return "finess_ej"
        return "finess_et"
    if words & {"ej"} or "entite juridique" in h or "legal entity" in h:
        return "finess_ej"
    # French and English headers (« categorie », category_code, department, persons_accompanied...).
    if words & {"og", "gestionnaire", "organisme", "organisation", "organization", "operator", "provider"}:
        return "og_name"
    if "categorie" in h or "category" in h or words & {"cat", "categ"}:
        return "category"
    if words & {"secteur", "champ", "sector"}:
        return "sector"
    if words & {"departement", "dept", "dep", "dpt", "department"}:
        return "department"
    if ("file active" in h or "active file" in h or "accompagne" in h or "accompanied" in h
            or words & {"personnes", "usagers", "persons", "people", "beneficiaries", "caseload"}):
        return "persons_accompanied"
    if (words & {"nom", "denomination", "etablissement", "libelle", "name", "essms", "establishment", "facility"}
            or "raison sociale" in h):
        return "name"
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """Field → column index (None when no column fits), from the header texts; first column wins."""
    mapping: Mapping_ = {name: None for name in FIELDS}
    for index, header in enumerate(headers):
        found = _field_of(header)
        if found and mapping[found] is None:
            mapping[found] = index
    return mapping


# --- row checks ----------------------------------------------------------------------------------

_OVERSEAS_DEPARTMENTS = {"971": "9A", "972": "9B", "973": "9C", "974": "9D", "975": "9E", "976": "9F", "986": "9J"}
_SECTOR_WORDS = {
    "PA": ("personnes agees", "pa"), "PH": ("handicap", "ph"), "DOM": ("domicile", "dom"),
    "PDE": ("enfance", "pde"), "PDS": ("difficultes specifiques", "pds"), "AHI": ("insertion", "hebergement", "ahi"),
}


def parse_sector(text: str) -> str | None:
    """« PA », « ph », « Personnes âgées », « Protection de l'enfance » → the sector code; None if unknown."""
    folded = _fold(text)
    if folded.upper() in sectors.SECTORS:
        return folded.upper()
    for code, words in _SECTOR_WORDS.items():
        if any(w in folded for w in words if len(w) > 3):
            return code
    return None


def parse_department(text: str) -> str:
    t = text.strip().upper()
    if t.isdigit() and len(t) == 1:
        return "0" + t
    return _OVERSEAS_DEPARTMENTS.get(t, t)


def parse_persons(text: str) -> int | None:
    """``"1 234"`` → 1234, ``"42,0"`` → 42; raises ValueError when not a whole number ≥ 0."""
    t = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    value = float(t)
    if not value >= 0 or not value.is_integer():  # NaN compares false
        raise ValueError(text)
    return int(value)


def _cell(row: RawRow, mapping: Mapping_, name: str) -> str:
    index = mapping.get(name)
    return row.cells[index].strip() if index is not None and index < len(row.cells) else ""


def _category(cell: str, errors: list, warnings: list) -> str | None:
    match = re.match(r"^\s*(\d{3,4})\b", cell)
    if cell and not match:
        errors.append(BAD_CATEGORY(value=cell))
        return None
    code = match.group(1) if match else None
    if code and sectors.is_to_check(code):
        warnings.append(W_TO_CHECK(code=code))
    elif code and not sectors.is_essms_category(code):
        warnings.append(W_NOT_ESSMS(code=code))
    return code


Reference = Callable[[str], Any]  # FINESS ET → FinessRecord | None


def check_row(row: RawRow, mapping: Mapping_, context: GrappeContext, seen: dict[str, int], *,
              create_missing_ogs: bool = False, reference: Reference | None = None) -> RowCheck:
    """Check one row; ``seen`` (FINESS ET → first line) is updated for the duplicate check."""
    errors: list[Message] = []
    warnings: list[Message] = []
    values: dict[str, Any] = {}
    typed = _cell(row, mapping, "finess_et")
    result = check_finess(typed)
    number = result.number
    record = None
    if not typed:
        errors.append(NO_FINESS())
    elif not result.valid:
        errors.append(BAD_FINESS(number=number, reason=result.reason))
    else:
        if number in seen:
            errors.append(DUPLICATE_IN_FILE(number=number, line=seen[number]))
        else:
            seen[number] = row.line
        if number in context.existing:
            errors.append(ALREADY_IN_GRAPPE(number=number, og=context.existing[number]))
        record = reference(number) if reference is not None else None
    values["finess_et"] = number
    values["department"] = result.department
    values["name"] = _cell(row, mapping, "name") or (record.display_name if record else "")
    if not values["name"] and result.valid:
        errors.append(NO_NAME())
    code = _category(_cell(row, mapping, "category"), errors, warnings)
    if code is None and record is not None and record.category_code:
        code = record.category_code
    values["category_code"] = code
    values["category_label"] = sectors.category_label(code) or (record.category_label if record else None)
    derived = sectors.sector_for_category(code)
    sector_cell = _cell(row, mapping, "sector")
    sector = parse_sector(sector_cell) if sector_cell else derived
    if sector_cell and sector is None:
        errors.append(BAD_SECTOR(value=sector_cell))
    elif sector_cell and derived and sector != derived:
        warnings.append(W_SECTOR_DIFFERS(sector=sector, code=code, derived=derived))
    values["sector"] = sector
    values["sector_override"] = bool(sector_cell and derived and sector != derived)
    dept_cell = _cell(row, mapping, "department")
    if dept_cell and result.department and parse_department(dept_cell) != result.department:
        warnings.append(W_DEPARTMENT_DIFFERS(typed=dept_cell, department=result.department))
    persons = _cell(row, mapping, "persons_accompanied")
    values["persons_accompanied"] = None
    if persons:
        try:
            values["persons_accompanied"] = parse_persons(persons)
        except ValueError:
            errors.append(BAD_PERSONS(value=persons[:40]))
        else:
            if values["persons_accompanied"] > MAX_PERSONS:
                values["persons_accompanied"] = None
                errors.append(TOO_MANY_PERSONS(value=persons[:40], limit=str(MAX_PERSONS)))
    if record is not None:
        values.update(address=record.address, postcode=record.postcode, town=record.town)
    _length_errors(values, _cell(row, mapping, "og_name"), errors)
    og_id, new_og = _resolve_og(row, mapping, context, errors, warnings, create_missing_ogs)
    og_ej = next((o.finess_ej for o in context.ogs if o.id == og_id), new_og[0] if new_og else "")
    if record is not None and og_ej and record.finess_ej != og_ej:
        warnings.append(W_OTHER_EJ(ej=record.finess_ej, og_ej=og_ej))
    return RowCheck(row.line, values, og_id, new_og, tuple(errors), tuple(warnings))


def _resolve_og(row: RawRow, mapping: Mapping_, context: GrappeContext, errors: list, warnings: list,
                create: bool) -> tuple[int | None, tuple[str, str] | None]:
    ej_cell = _cell(row, mapping, "finess_ej")
    name_cell = _cell(row, mapping, "og_name")
    by_name = next((o for o in context.ogs if name_cell and o.name.casefold() == name_cell.casefold()), None)
    if ej_cell:
        check = check_finess(ej_cell)
        if not check.valid:
            errors.append(BAD_EJ(number=check.number, reason=check.reason))
            return None, None
        og = next((o for o in context.ogs if o.finess_ej == check.number), None) or (
            by_name if by_name is not None and not by_name.finess_ej else None)
        if og is not None:
            return og.id, None
        if create:
            name = name_cell or check.number
            warnings.append(W_NEW_OG(name=name))
            return None, (check.number, name)
        errors.append(UNKNOWN_OG_EJ(number=check.number))
        return None, None
    if name_cell:
        if by_name is not None:
            return by_name.id, None
        if create:
            warnings.append(W_NEW_OG(name=name_cell))
            return None, ("", name_cell)
        errors.append(UNKNOWN_OG_NAME(name=name_cell))
        return None, None
    if context.default_og_id is not None:
        return context.default_og_id, None
    errors.append(NO_OG())
    return None, None


def validate_rows(rows: Iterable[RawRow], mapping: Mapping_, context: GrappeContext, *,
                  create_missing_ogs: bool = False, reference: Reference | None = None) -> list[RowCheck]:
    """Check every row (no database access): the preview shows these results."""
    seen: dict[str, int] = {}
    return [check_row(r, mapping, context, seen, create_missing_ogs=create_missing_ogs, reference=reference)
            for r in rows]


def _context(session, dossier_id: int, default_og_id: int | None) -> GrappeContext:
    ogs = session.scalars(select(Og).where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id)).all()
    refs = tuple(OgRef(o.id, o.finess_ej, o.name) for o in ogs)
    names = {o.id: o.name for o in ogs}
    existing = {
        number: names[og_id]
        for number, og_id in session.execute(
            select(Essms.finess_et, Essms.og_id).join(Og).where(Og.dossier_id == dossier_id)).all()
        if number
    }
    return GrappeContext(refs, existing, default_og_id)


def grappe_context(db: Database, dossier_id: int, default_og_id: int | None = None) -> GrappeContext:
    with db.session() as session:
        return _context(session, dossier_id, default_og_id)


def apply_import(db: Database, dossier_id: int, rows: Sequence[RawRow], mapping: Mapping_, *,
                 default_og_id: int | None = None, create_missing_ogs: bool = False,
                 excluded: Iterable[int] = (), reference: Reference | None = None) -> ImportOutcome:
    """Add the rows' ESSMS (except the ``excluded`` line numbers) in one transaction.

    The rows are checked again against the grappe as it is now; if any row left in is invalid,
    EssmsImportError is raised and nothing is written.
    """
    if mapping.get("finess_et") is None:
        raise EssmsImportError(NO_FINESS_COLUMN())
    skip = set(excluded)
    kept = [r for r in rows if r.line not in skip]
    with db.session() as session:
        context = _context(session, dossier_id, default_og_id)
        checks = validate_rows(kept, mapping, context, create_missing_ogs=create_missing_ogs, reference=reference)
        bad = next((c for c in checks if not c.ok), None)
        if bad is not None:
            raise EssmsImportError(INVALID_ROWS(line=bad.line, reason=bad.errors[0]))
        created: dict[tuple[str, str], Og] = {}
        ogs = {o.id: session.get(Og, o.id) for o in context.ogs}
        for check in checks:
            if check.new_og is not None:
                key = (check.new_og[0], check.new_og[1].casefold() if not check.new_og[0] else "")
                if key not in created:
                    created[key] = grappe.new_og(session, dossier_id, finess_ej=check.new_og[0],
                                                 name=check.new_og[1])
                og = created[key]
            else:
                og = ogs[check.og_id]
            grappe.new_essms(session, og, **check.values)
        touch(session, dossier_id)
    return ImportOutcome(len(checks), len(created), len(rows) - len(kept))
