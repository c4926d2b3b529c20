"""Campaign rule files: load, validate and read one ESMS numérique campaign. No Qt.

Each campaign (year) is a JSON file in ``resources/campaigns/`` checked against
``resources/schemas/campaign.schema.json``. Every figure that varies between campaigns is stored
as ``{"value": ..., "source": "003 §5.3"}``; :meth:`Campaign.source` gives the source of any of
them by its dotted key (``"grappe.min_essms"``, ``"usage_targets.mss.target_percent"``).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from esms_desktop.paths import resource_path
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

PROJECT_TYPES = ("acquisition", "conformite")
WINDOW_KINDS = ("regional", "multi_regional", "national")

T = TypeVar("T")

INVALID_FILE = QT_TRANSLATE_NOOP("Campaign", "The campaign file {file} is invalid at {field}: {detail}")
UNKNOWN_CAMPAIGN = QT_TRANSLATE_NOOP("Campaign", "No rule file for the {year} campaign.")
NO_CAMPAIGN_YEAR = QT_TRANSLATE_NOOP("Campaign", "The dossier has no campaign year.")


class CampaignFileError(Exception):
    """A campaign file is missing, unreadable or breaks the schema; ``field`` is the dotted path."""

    def __init__(self, file: Path | str, field: str, detail: str) -> None:
        self.file = Path(file)
        self.field = field
        self.detail = detail
        super().__init__(f"{self.file.name}: {field or '(file)'}: {detail}")

    @property
    def message(self) -> Message:
        return INVALID_FILE(file=self.file.name, field=self.field or "-", detail=self.detail)


class UnknownCampaignError(CampaignFileError):
    """No rule file for the requested year (``year`` None: the dossier names no year)."""

    def __init__(self, year: int | None, file: Path) -> None:
        self.year = year
        detail = "no campaign year" if year is None else f"no rule file for the {year} campaign"
        super().__init__(file, "", detail)

    @property
    def message(self) -> Message:
        return NO_CAMPAIGN_YEAR() if self.year is None else UNKNOWN_CAMPAIGN(year=str(self.year))


@dataclass(frozen=True)
class Figure(Generic[T]):
    """One figure of a campaign with where it comes from."""

    value: T
    source: str
    note: str = ""


@dataclass(frozen=True)
class Window:
    """A deposit window; ``None`` where the date is not known."""

    start: _dt.date | None
    end: _dt.date | None
    note: str = ""

    def is_open_on(self, day: _dt.date) -> bool | None:
        """True/False when it can be told from the known dates, else None."""
        if self.start is not None and day < self.start:
            return False
        if self.end is not None and day > self.end:
            return False
        if self.start is None or self.end is None:
            return None
        return True


@dataclass(frozen=True)
class UsageTarget:
    """A cible d'usage: French label and formula, target in percent (None: no target imposed)."""

    key: str
    label: str
    formula: str
    target_percent: float | None
    source: str
    note: str = ""
    numerator: str = ""  # key of a UsageCount (the count itself when ``denominator`` is None)
    denominator: str | None = None
    numerator_within_denominator: bool = False
    short_label: str = ""


@dataclass(frozen=True)
class UsageCount:
    """One count a monthly usage measurement records per ESSMS (a numerator or denominator of 003 §6)."""

    key: str
    label: str
    source: str
    note: str = ""
    short_label: str = ""


@dataclass(frozen=True)
class TierAmounts:
    """Forfait per ESSMS below the tier boundary (``lower``) and from it on (``upper``); None: not funded."""

    lower: Figure[int | None]
    upper: Figure[int | None]


@dataclass(frozen=True)
class EditorShare:
    """Editor share per ESSMS, by Ségur referencing; ``ceiling`` when the amounts are maxima."""

    ceiling: Figure[bool]
    segur: TierAmounts
    non_segur: TierAmounts

    def tiers(self, segur_referenced: bool) -> TierAmounts:
        return self.segur if segur_referenced else self.non_segur


@dataclass(frozen=True)
class ProjectForfaits:
    """Forfaits of one project type; ``editor`` None when the grant pays no editor share."""

    usage: TierAmounts
    editor: EditorShare | None
    editor_note: Figure[str] | None


@dataclass(frozen=True)
class SmallOgAid:
    """A specific aid for small OGs: per ESSMS (equipment) or per project (AMOA)."""

    amount: Figure[int | None]
    ceiling: Figure[bool]
    project_types: Figure[tuple[str, ...]]

    @property
    def offered(self) -> bool:
        return self.amount.value is not None and bool(self.project_types.value)


@dataclass(frozen=True)
class SmallOgRules:
    max_essms: int
    max_essms_corse_overseas: int
    equipment: SmallOgAid
    amoa_purchasing: SmallOgAid
    amoa_piloting: SmallOgAid


@dataclass(frozen=True)
class PaymentSplit:
    """How the grant is paid: avance (percent, when) and solde (percent, condition)."""

    avance_percent: int
    avance_when: str
    solde_percent: int
    solde_condition: str
    source: str


@dataclass(frozen=True)
class Reading:
    """A reading retained where a seed is ambiguous: shown to the user as such (French text)."""

    key: str
    text: str
    source: str


@dataclass(frozen=True)
class Campaign:
    """The rules of one campaign, read from its rule file."""

    year: int
    label: str
    indicative: bool
    note: str
    documents: dict[str, str]
    min_essms: int
    min_essms_corse_overseas: int | None  # None: no seed of the campaign gives one (the metropolitan one applies)
    regional_max_essms: int
    national_min_essms: int
    large_single_region_files_regionally: bool
    min_services_socles: int
    counted_services_socles: tuple[str, ...]
    small_og_max_essms: int
    small_og_max_essms_corse_overseas: int
    tier_boundary: int
    forfaits: dict[str, ProjectForfaits]
    small_og: SmallOgRules
    payment_split: PaymentSplit
    windows: dict[str, Window]
    max_duration_months: dict[str, int]
    usage_measurement: str
    first_usage_measure_months: int
    usage_targets: tuple[UsageTarget, ...]
    path: Path = field(compare=False)
    usage_counts: tuple[UsageCount, ...] = ()
    _sources: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: INSEE region whose ARS published the regional window (None: national dates for every ARS).
    window_region: str | None = None
    first_window_end: _dt.date | None = None
    first_window_share_percent: int | None = None
    first_window_note: str = ""
    #: Priority criterion: an OG creating the grappe runs at least this many ESSMS (003 §7 « plus de 15 »).
    medium_og_min_essms: int = 16
    #: "all": every acquisition has a procurement phase; "ccp_only": only OGs subject to the Code de la
    #: commande publique (000, from 2023).
    procurement_phase: str = "all"
    ght_route: bool = False
    carried_from_2022: tuple[str, ...] = ()
    carried_note: str = ""
    readings: tuple[Reading, ...] = ()

    def reading(self, key: str) -> Reading | None:
        return next((r for r in self.readings if r.key == key), None)

    def is_carried(self, part: str) -> bool:
        """True when ``part`` ("usage_targets", "max_duration_months", "services_socles") repeats the
        2022 figures (indicative)."""
        return part in self.carried_from_2022

    def source(self, dotted_key: str) -> str:
        """Source of a figure: ``source("grappe.min_essms")`` → ``"003 §4.2.D"``.

        A key that is the prefix of exactly one figure also works (``"usage_targets.mss"``).
        """
        if dotted_key in self._sources:
            return self._sources[dotted_key]
        under = [k for k in self._sources if k.startswith(dotted_key + ".")]
        if len(under) == 1:
            return self._sources[under[0]]
        raise KeyError(dotted_key)

    def figure_keys(self) -> tuple[str, ...]:
        """Dotted keys of every sourced figure of the file."""
        return tuple(self._sources)

    def source_label(self, source: str) -> str:
        """A source for readers, in French: the seed codes replaced by the documents' short names.

        ``"003 §7"`` → ``"AAP ARS Bourgogne-Franche-Comté 2022, §7"``; ``"003 §4.2.A; 000 (…)"`` →
        ``"AAP ARS Bourgogne-Franche-Comté 2022, §4.2.A ; ARS Île-de-France 2023 (…)"``. A part whose
        code the campaign's ``documents`` do not list is kept as it is.
        """
        return source_label(source, self.documents)

    def window_for(self, region: str | None, scope: str) -> tuple[str, Window | None]:
        """The filing window of a grappe filed at ``scope`` ("regional", "multi_regional", "national") from
        ``region`` (INSEE code of its ARS; the campaign files give one window per scope for every region),
        with the scope it was found under: a campaign without a multi-regional deadline (2022) files
        multi-regional grappes in the regional call. The one place the windows are read."""
        scope = "regional" if scope == "multi_regional" and scope not in self.windows else scope
        return scope, self.windows.get(scope)

    def small_og_limit(self, corse_overseas: bool = False) -> int:
        """Largest number of ESSMS a small OG may run."""
        return self.small_og_max_essms_corse_overseas if corse_overseas else self.small_og_max_essms

    def min_grappe_essms(self, corse_overseas: bool = False) -> int:
        """The grappe minimum; Corse and overseas get their own only where the campaign's seed gives one."""
        if corse_overseas and self.min_essms_corse_overseas is not None:
            return self.min_essms_corse_overseas
        return self.min_essms


# ---------------------------------------------------------------- sources for readers

_SOURCE_PART = re.compile(r"^(\d{3})\b\s*(.*)$", re.S)
_QUOTED = re.compile(r"«[^»]*»")
_BRACKETS = re.compile(r"\([^)]*\)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def document_short_name(title: str) -> str:
    """A short French name for a seed document, from its title in the campaign's ``documents``.

    The quoted title and the parentheses are dropped, the first phrase kept, the year added, and
    « AAP » put before a call for projects: « ARS Bourgogne-Franche-Comté, appel à projets ESMS
    numérique, phase de généralisation (2022) » → « AAP ARS Bourgogne-Franche-Comté 2022 ».
    """
    unquoted = _QUOTED.sub(" ", title)
    first = _BRACKETS.sub(" ", unquoted).split(",")[0]
    name = " ".join(first.split()) or " ".join(title.split())
    years = _YEAR.findall(unquoted) or _YEAR.findall(title)
    if years and years[-1] not in name:
        name = f"{name} {years[-1]}"
    if "appel à projets" in unquoted.lower() and not name.upper().startswith("AAP"):
        name = f"AAP {name}"
    return name


def readable_source(source: str) -> str:
    """``source_label`` with the documents of every shipped campaign (for screens that show a source
    without knowing its campaign)."""
    return source_label(source, _all_documents())


@lru_cache(maxsize=1)
def _all_documents() -> dict[str, str]:
    documents: dict[str, str] = {}
    for year in available_campaigns():
        try:
            documents.update(load_campaign(year).documents)
        except CampaignFileError:
            continue
    return documents


def source_label(source: str, documents: dict[str, str]) -> str:
    """``source`` (« 003 §7; 001 Cas 1 ») with each seed code replaced by its document's short name."""
    parts = []
    for part in (p.strip() for p in source.split(";")):
        match = _SOURCE_PART.match(part)
        if not part or match is None or match.group(1) not in documents:
            if part:
                parts.append(part)
            continue
        name, rest = document_short_name(documents[match.group(1)]), match.group(2).strip()
        parts.append(name if not rest else f"{name} {rest}" if rest[0] in "(," else f"{name}, {rest}")
    return " ; ".join(parts)


# ---------------------------------------------------------------- loading


def campaigns_dir() -> Path:
    return resource_path("campaigns")


def available_campaigns() -> list[int]:
    """Years that have a rule file, oldest first."""
    return sorted(int(p.stem) for p in campaigns_dir().glob("*.json") if re.fullmatch(r"\d{4}", p.stem))


_read_campaigns: dict[tuple[str, int, int], Campaign] = {}


def load_campaign(year: int) -> Campaign:
    """The validated rules of the ``year`` campaign; raises CampaignFileError.

    A file is read and validated once while it stays the same (its path, size and modification time):
    the steps ask for it at every display, and validating against the schema takes about 0.1 s."""
    path = campaigns_dir() / f"{int(year)}.json"
    try:
        stat = path.stat()
    except OSError:
        stat = None
    if stat is None or not path.is_file():
        raise UnknownCampaignError(int(year), path)
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    campaign = _read_campaigns.get(key)
    if campaign is None:
        campaign = load_campaign_file(path)
        if len(_read_campaigns) > 16:  # files rewritten many times (tests): keep the memory small
            _read_campaigns.clear()
        _read_campaigns[key] = campaign
    if campaign.year != int(year):
        raise CampaignFileError(path, "year", f"the file says {campaign.year}, its name says {year}")
    return campaign


@lru_cache(maxsize=8)
def _cached_campaign(year: int) -> Campaign:
    return load_campaign(year)


def campaign_year_of(data: Mapping[str, Any]) -> int | None:
    """The ``campaign_year`` of a dossier file dict (or of its ``"dossier"`` part), as an integer."""
    inner = data.get("dossier")
    value = (inner if isinstance(inner, Mapping) else data).get("campaign_year")
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def campaign_of(data: int | Mapping[str, Any]) -> Campaign:
    """The rules of a dossier's own campaign (``data``: its year — ``Dossier.campaign()`` gives it —, or the
    dossier file dict or its ``"dossier"`` part).

    Read once per year (the checks run at every edit). The rules never fall back on another campaign:
    raises :class:`UnknownCampaignError` (a CampaignFileError) when the year is missing or has no rule
    file, CampaignFileError when its file is invalid.
    """
    year = data if isinstance(data, int) and not isinstance(data, bool) else campaign_year_of(data)
    if year is None or year <= 0:
        raise UnknownCampaignError(None, campaigns_dir())
    return _cached_campaign(year)


def load_campaign_file(path: Path | str) -> Campaign:
    """Read, validate and build a campaign from any file (used by tests and tools)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CampaignFileError(path, "", f"cannot read the file ({exc.strerror})") from exc
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise CampaignFileError(path, "", f"not valid JSON (line {exc.lineno}, column {exc.colno})") from exc
    validate_campaign_data(data, path)
    return _build(data, path)


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("schemas", "campaign.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _dotted(parts: Any) -> str:
    return ".".join(str(p) for p in parts)


def validate_campaign_data(data: Any, path: Path | str = "<campaign>") -> None:
    """Schema then consistency checks; the first problem raises CampaignFileError naming the field."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is not None:
        where = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [p for p in error.validator_value if p not in error.instance]
            where += missing[:1]
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = error.schema.get("properties", {})
            extra = sorted(p for p in error.instance if p not in allowed)
            where += extra[:1]
        raise CampaignFileError(path, _dotted(where), error.message)
    _check_consistency(data, Path(path))


def _figures(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every ``{value, source}`` object with its JSON path (list items by index)."""
    found: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    if isinstance(node, dict):
        if "value" in node and "source" in node:
            return [(prefix, node)]
        for key, child in node.items():
            found += _figures(child, prefix + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _figures(child, prefix + (str(index),))
    return found


def _check_consistency(data: dict[str, Any], path: Path) -> None:
    def fail(field_path: str, detail: str) -> None:
        raise CampaignFileError(path, field_path, detail)

    documents = data["documents"]
    for where, fig in _figures(data):
        doc = fig["source"][:3]
        if doc not in documents:
            fail(_dotted(where) + ".source", f"source document {doc!r} is not listed in 'documents'")
    for kind, window in data["windows"].items():
        dates = {}
        for end in ("start", "end"):
            raw = window[end]["value"]
            if raw is not None:
                try:
                    dates[end] = _dt.date.fromisoformat(raw)
                except ValueError:
                    fail(f"windows.{kind}.{end}.value", f"{raw!r} is not a date")
        if len(dates) == 2 and dates["start"] > dates["end"]:
            fail(f"windows.{kind}.end.value", "the window ends before it starts")
    split = data["schedule"]
    if split["avance_percent"]["value"] + split["solde_percent"]["value"] != 100:
        fail("schedule.solde_percent.value", "avance and solde must add up to 100 %")
    grappe = data["grappe"]
    if grappe["regional_max_essms"]["value"] >= grappe["national_min_essms"]["value"]:
        fail("grappe.national_min_essms.value", "must be above regional_max_essms")
    if grappe["min_essms"]["value"] > grappe["regional_max_essms"]["value"]:
        fail("grappe.min_essms.value", "must not exceed regional_max_essms")
    if data["tier_boundary"]["value"] < 2:
        fail("tier_boundary.value", "the upper tier cannot start at the first ESSMS")
    seen: set[str] = set()
    for index, target in enumerate(data["usage_targets"]):
        if target["key"] in seen:
            fail(f"usage_targets.{index}.key", f"duplicate key {target['key']!r}")
        seen.add(target["key"])
        counts = {c["key"] for c in data.get("usage_counts", [])}
        for term in ("numerator", "denominator"):
            key = target.get(term)
            if key is not None and counts and key not in counts:
                fail(f"usage_targets.{index}.{term}", f"{key!r} is not a key of usage_counts")


# ---------------------------------------------------------------- building


def _fig(node: dict[str, Any], convert: Any = None) -> Figure[Any]:
    value = node["value"]
    if convert is not None and value is not None:
        value = convert(value)
    return Figure(value, node["source"], node.get("note", ""))


def _tiers(node: dict[str, Any]) -> TierAmounts:
    return TierAmounts(_fig(node["lower"], int), _fig(node["upper"], int))


def _project(node: dict[str, Any]) -> ProjectForfaits:
    editor = None
    if "editor" in node:
        e = node["editor"]
        editor = EditorShare(_fig(e["ceiling"]), _tiers(e["segur"]), _tiers(e["non_segur"]))
    note = _fig(node["editor_note"]) if "editor_note" in node else None
    return ProjectForfaits(_tiers(node["usage"]), editor, note)


def _aid(node: dict[str, Any]) -> SmallOgAid:
    return SmallOgAid(_fig(node["amount"], int), _fig(node["ceiling"]), _fig(node["project_types"], tuple))


def _date(node: dict[str, Any]) -> _dt.date | None:
    return None if node["value"] is None else _dt.date.fromisoformat(node["value"])


def _source_keys(data: dict[str, Any]) -> dict[str, str]:
    """Dotted key → source; usage targets are addressed by their key, not their index."""
    sources: dict[str, str] = {}
    for where, fig in _figures(data):
        parts = list(where)
        if parts[0] == "usage_targets":
            parts[1] = data["usage_targets"][int(parts[1])]["key"]
        sources[".".join(parts)] = fig["source"]
    return sources


def _build(data: dict[str, Any], path: Path) -> Campaign:
    g = data["grappe"]
    s = data["small_og"]
    sched = data["schedule"]
    return Campaign(
        year=data["year"],
        label=data["label"],
        indicative=data["indicative"],
        note=data.get("note", ""),
        documents=dict(data["documents"]),
        min_essms=g["min_essms"]["value"],
        min_essms_corse_overseas=g["min_essms_corse_overseas"]["value"],
        regional_max_essms=g["regional_max_essms"]["value"],
        national_min_essms=g["national_min_essms"]["value"],
        large_single_region_files_regionally=g["large_single_region_files_regionally"]["value"],
        min_services_socles=data["admissibility"]["min_services_socles"]["value"],
        counted_services_socles=tuple(data["admissibility"]["counted_services_socles"]["value"]),
        small_og_max_essms=s["max_essms"]["value"],
        small_og_max_essms_corse_overseas=s["max_essms_corse_overseas"]["value"],
        tier_boundary=data["tier_boundary"]["value"],
        forfaits={kind: _project(data["forfaits"][kind]) for kind in PROJECT_TYPES},
        small_og=SmallOgRules(
            max_essms=s["max_essms"]["value"],
            max_essms_corse_overseas=s["max_essms_corse_overseas"]["value"],
            equipment=_aid(s["equipment"]),
            amoa_purchasing=_aid(s["amoa_purchasing"]),
            amoa_piloting=_aid(s["amoa_piloting"]),
        ),
        payment_split=PaymentSplit(
            avance_percent=sched["avance_percent"]["value"],
            avance_when=sched["avance_when"]["value"],
            solde_percent=sched["solde_percent"]["value"],
            solde_condition=sched["solde_condition"]["value"],
            source=sched["avance_percent"]["source"],
        ),
        windows={
            kind: Window(_date(w["start"]), _date(w["end"]), w["note"])
            for kind, w in data["windows"].items()
        },
        max_duration_months={k: v["value"] for k, v in data["max_duration_months"].items()},
        usage_measurement=data["usage_measurement"]["value"],
        first_usage_measure_months=data["first_usage_measure_months"]["value"],
        usage_targets=tuple(
            UsageTarget(
                key=t["key"],
                label=t["label"],
                formula=t["formula"],
                target_percent=None if t["target_percent"]["value"] is None else float(t["target_percent"]["value"]),
                source=t["target_percent"]["source"],
                note=t["target_percent"].get("note", ""),
                numerator=t.get("numerator", ""),
                denominator=t.get("denominator"),
                numerator_within_denominator=t.get("numerator_within_denominator", False),
                short_label=t.get("short_label", t["label"]),
            )
            for t in data["usage_targets"]
        ),
        usage_counts=tuple(
            UsageCount(c["key"], c["label"], c["source"], c.get("note", ""), c.get("short_label", c["label"])) for c in data.get("usage_counts", [])
        ),
        path=path,
        _sources=_source_keys(data),
        **_programme(data),
    )


def _programme(data: dict[str, Any]) -> dict[str, Any]:
    """The optional parts of a rule file: whose window, first window, procurement, carried figures,
    readings (absent: the 2022 defaults)."""
    out: dict[str, Any] = {}
    if "window_region" in data:
        out["window_region"] = data["window_region"]["value"]
    first = data.get("first_window")
    if first:
        out["first_window_end"] = _date(first["end"])
        out["first_window_share_percent"] = first["share_percent"]["value"]
        out["first_window_note"] = first.get("note", "") or first["end"].get("note", "")
    if "medium_og_min_essms" in data:
        out["medium_og_min_essms"] = data["medium_og_min_essms"]["value"]
    procurement = data.get("procurement")
    if procurement:
        out["procurement_phase"] = procurement["phase"]["value"]
        out["ght_route"] = procurement["ght_route"]["value"]
    carried = data.get("carried_from_2022")
    if carried:
        out["carried_from_2022"] = tuple(carried["value"])
        out["carried_note"] = carried.get("note", "")
    out["readings"] = tuple(Reading(r["key"], r["text"], r["source"]) for r in data.get("readings", ()))
    return out
