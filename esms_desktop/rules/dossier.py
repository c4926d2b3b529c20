"""The dossier as one typed value: frozen dataclasses, built once from the file dict or the database.

Pure Python, no Qt, no database. The dossier file dict (``resources/schemas/dossier.schema.json``) is
read in exactly one place, :meth:`Dossier.from_file`, which does every coercion once (FINESS numbers
normalised, dates parsed, absent optional fields given the database's defaults); :meth:`Dossier.to_file`
writes it back in the same shape. ``storage.load_dossier(db, id)`` builds the same value from the
database without reading the attached documents' bytes.

    dossier = Dossier.from_file(data)        # the whole file dict or its "dossier" object
    campaign = dossier.campaign()            # the campaign rules of its year (cached)
    small = [og for og in dossier.ogs if og.is_small(campaign)]

Cross-references stay indexes, as in the file: ``Essms.referent`` (into ``people``), ``Need.essms``
(``(og, essms)``), ``ExpenseLine.need`` (into ``needs``), ``DocumentInfo.og`` (into ``ogs``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from esms_desktop.rules.dossier_parts import (  # re-exported: the model's public names live here
    PROJECT_TYPES,
    CommAction,
    DocumentInfo,
    Dui,
    Essms,
    ExpenseLine,
    Maturity,
    Need,
    Og,
    OgFundingAsked,
    Partner,
    Person,
    RevenueLine,
    Rib,
    Task,
)
from esms_desktop.rules.dossier_values import (
    TIMESTAMP_FORMAT, Answers, day, flag, integer, iso, obj, opt_text, rows, stamp, text, timestamp, unanswered,
)
from esms_desktop.rules.presentation import PRESENTATION_KEYS

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign

__all__ = [
    "PROJECT_TYPES", "TIMESTAMP_FORMAT", "CommAction", "DocumentInfo", "Dossier", "Dui", "Essms", "ExpenseLine",
    "Maturity", "Need", "Og", "OgFundingAsked", "Partner", "Person", "RevenueLine", "Rib", "Task", "as_dossier",
]


# --- the dossier ----------------------------------------------------------------------------------------


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()


@dataclass(frozen=True)
class Dossier(Answers):
    uid: str
    name: str
    campaign_year: int
    project_type: str = "acquisition"
    hosting: str = "saas"
    region: str | None = None
    created_at: dt.datetime | None = None
    modified_at: dt.datetime | None = None
    filing_date: dt.date | None = None
    national_reach: bool = False
    ars_window_start: dt.date | None = None  # revision 0005: the dossier's own ARS window
    ars_window_end: dt.date | None = None
    galis_entered_on: dt.date | None = None  # revision 0010: the day the user entered it in GALIS (None: not yet)
    dui: Dui = Dui()
    commit_ror: bool = False
    earlier_wave: bool = False
    rib: Rib = Rib()
    presentation: Mapping[str, str] = field(default_factory=dict)
    ogs: tuple[Og, ...] = ()
    people: tuple[Person, ...] = ()
    needs: tuple[Need, ...] = ()
    expenses: tuple[ExpenseLine, ...] = ()
    revenues: tuple[RevenueLine, ...] = ()
    tasks: tuple[Task, ...] = ()
    communication: tuple[CommAction, ...] = ()
    partners: tuple[Partner, ...] = ()
    documents: tuple[DocumentInfo, ...] = ()
    version: str = field(default="", compare=False)  # the stored modified_at to the microsecond (loader), else ""
    # After filing (revision 0008, storage.followup; not part of the candidature nor of its file object):
    # the follow-up's state and whether the balance was received, for the follow-up step's mark.
    followup_state: str = field(default="preparation", compare=False)
    solde_received: bool = field(default=False, compare=False)
    has_followup: bool = field(default=False, compare=False)  # a follow-up row is stored (revision 0008)
    # What a file left out, printed « ? » / « Non renseigné » by the pack (Answers.given): "project_type",
    # "hosting", "dui" (no DUI object), "commit_ror", "earlier_wave". The database always has them: empty.
    unanswered: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def all_essms(self) -> tuple[Essms, ...]:
        """Every ESSMS of the grappe, OG after OG."""
        return tuple(e for og in self.ogs for e in og.essms)

    @property
    def porteur(self) -> Og | None:
        return next((og for og in self.ogs if og.is_porteur), None)

    def project_type_of(self, essms: Essms) -> str:
        """The ESSMS's own project type (revision 0004), else the dossier's."""
        return essms.project_type or self.project_type

    def campaign(self) -> Campaign:
        """The campaign rules of the dossier's year, loaded once per process (UnknownCampaignError else)."""
        from esms_desktop.rules.campaign import campaign_of

        return campaign_of(self.campaign_year)

    @classmethod
    def from_file(cls, data: Mapping[str, Any]) -> Dossier:
        """The dossier of a file dict (validated or not: wrong or absent values take their defaults)."""
        inner = data.get("dossier")
        d: Mapping[str, Any] = inner if isinstance(inner, Mapping) else data
        dui, rib, commitments = obj(d, "dui"), obj(d, "rib"), obj(d, "commitments")
        presentation = obj(d, "presentation")
        budget = obj(d, "budget")
        project_type = d.get("project_type")
        hosting = d.get("hosting")
        return cls(
            uid=text(d.get("uid")), name=text(d.get("name")).strip(), campaign_year=integer(d.get("campaign_year")) or 0,
            project_type=project_type if isinstance(project_type, str) and project_type else "acquisition",
            hosting=hosting if isinstance(hosting, str) and hosting else "saas",
            region=opt_text(d.get("region")),
            created_at=timestamp(d.get("created_at")), modified_at=timestamp(d.get("modified_at")),
            filing_date=day(d.get("filing_date")), national_reach=flag(d.get("national_reach")),
            dui=Dui(text(dui.get("software")), text(dui.get("editor")), flag(dui.get("segur_referenced")),
                    _strings(dui.get("services_socles")), _strings(dui.get("referentials")),
                    flag(dui.get("ght_route")), unanswered=unanswered(dui, flags=("segur_referenced",))),
            ars_window_start=day(d.get("ars_window_start")), ars_window_end=day(d.get("ars_window_end")),
            galis_entered_on=day(d.get("galis_entered_on")),
            commit_ror=flag(commitments.get("ror")), earlier_wave=flag(commitments.get("earlier_wave")),
            rib=Rib(text(rib.get("holder")), text(rib.get("iban")), text(rib.get("bic"))),
            presentation={key: text(presentation.get(key)) for key in PRESENTATION_KEYS},
            ogs=tuple(Og.from_file(og) for og in rows(d, "ogs")),
            people=tuple(Person.from_file(p) for p in rows(d, "people")),
            needs=tuple(Need.from_file(n) for n in rows(d, "needs")),
            expenses=tuple(ExpenseLine.from_file(e) for e in rows(budget, "expenses")),
            revenues=tuple(RevenueLine.from_file(r) for r in rows(budget, "revenues")),
            tasks=tuple(Task.from_file(t) for t in rows(d, "planning")),
            communication=tuple(CommAction.from_file(c) for c in rows(d, "communication")),
            partners=tuple(Partner.from_file(p) for p in rows(d, "partners")),
            documents=tuple(DocumentInfo.from_file(doc) for doc in rows(d, "documents")),
            unanswered=unanswered(d, codes=("project_type", "hosting"))
            | {name for name, key in (("commit_ror", "ror"), ("earlier_wave", "earlier_wave"))
               if not isinstance(commitments.get(key), bool)}
            | ({"dui"} if not dui else set()),
        )

    def to_file(self, contents: Mapping[int, str] | None = None) -> dict[str, Any]:
        """The ``"dossier"`` object of the file format. ``contents`` (document index → base64 text) is
        given by the export; without it the documents carry their metadata only."""
        contents = contents or {}
        return {
            "uid": self.uid, "name": self.name, "campaign_year": self.campaign_year, "region": self.region,
            "project_type": self.project_type, "hosting": self.hosting, "created_at": stamp(self.created_at),
            "modified_at": stamp(self.modified_at), "filing_date": iso(self.filing_date),
            "ars_window_start": iso(self.ars_window_start), "ars_window_end": iso(self.ars_window_end),
            "national_reach": self.national_reach,
            **({"galis_entered_on": iso(self.galis_entered_on)} if self.galis_entered_on else {}),
            "dui": {"software": self.dui.software, "editor": self.dui.editor,
                    "segur_referenced": self.dui.segur_referenced, "ght_route": self.dui.ght_route,
                    "services_socles": list(self.dui.services_socles), "referentials": list(self.dui.referentials)},
            "commitments": {"ror": self.commit_ror, "earlier_wave": self.earlier_wave},
            "rib": {"holder": self.rib.holder, "iban": self.rib.iban, "bic": self.rib.bic},
            "presentation": {key: self.presentation.get(key, "") for key in PRESENTATION_KEYS},
            "ogs": [og.to_file() for og in self.ogs],
            "people": [p.to_file() for p in self.people],
            "needs": [n.to_file() for n in self.needs],
            "budget": {"expenses": [e.to_file() for e in self.expenses],
                       "revenues": [r.to_file() for r in self.revenues]},
            "planning": [t.to_file() for t in self.tasks],
            "communication": [c.to_file() for c in self.communication],
            "partners": [p.to_file() for p in self.partners],
            "documents": [doc.to_file(contents.get(i)) for i, doc in enumerate(self.documents)],
        }


def as_dossier(data: Dossier | Mapping[str, Any]) -> Dossier:
    """``data`` itself when it is a :class:`Dossier`, else the dossier of that file dict."""
    return data if isinstance(data, Dossier) else Dossier.from_file(data)
