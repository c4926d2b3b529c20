"""The one loader: a dossier of the database as a :class:`rules.dossier.Dossier`.

    dossier = load_dossier(db, dossier_id)

A fixed number of queries whatever the size (one per table, by ``selectinload``: no query per OG),
and never the attached documents' bytes (``Document.content`` stays deferred). The live checker, the
step states, the CLI commands and the PDF pack all read the dossier through it; the file export is the
same value plus the documents' content (``Dossier.to_file``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from esms_desktop.rules import dossier as model
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.storage import models as orm
from esms_desktop.storage.database import Database
from esms_desktop.storage.errors import NotFoundError


def dossier_query(dossier_id: int):
    """The select of a dossier with all its collections (one query per table); used by ``restore`` too."""
    return (
        select(orm.Dossier)
        .where(orm.Dossier.id == dossier_id)
        .options(
            selectinload(orm.Dossier.ogs).selectinload(orm.Og.essms),
            selectinload(orm.Dossier.ogs).joinedload(orm.Og.maturity),
            selectinload(orm.Dossier.people),
            selectinload(orm.Dossier.needs),
            selectinload(orm.Dossier.budget_lines),
            selectinload(orm.Dossier.tasks),
            selectinload(orm.Dossier.communication),
            selectinload(orm.Dossier.partners),
            selectinload(orm.Dossier.documents),  # content is deferred: metadata only
            joinedload(orm.Dossier.followup),  # in the dossier's own statement (the follow-up step's state)
        )
    )


def load_dossier(db: Database, dossier_id: int) -> model.Dossier:
    """The whole dossier ``dossier_id`` (NotFoundError when there is none), without document bytes."""
    with db.session() as session:
        row = session.scalar(dossier_query(dossier_id))
        if row is None:
            from esms_desktop.storage.dossiers import NO_SUCH_DOSSIER

            raise NotFoundError(NO_SUCH_DOSSIER(id=dossier_id))
        return dossier_of(row)


def dossier_of(row: orm.Dossier) -> model.Dossier:
    """The domain value of a loaded ORM dossier (its collections already loaded)."""
    person_index = {p.id: i for i, p in enumerate(row.people)}
    og_index = {og.id: i for i, og in enumerate(row.ogs)}
    essms_index = {e.id: (i, j) for i, og in enumerate(row.ogs) for j, e in enumerate(og.essms)}
    need_index = {n.id: i for i, n in enumerate(row.needs)}
    presentation = row.presentation or {}
    followup = row.followup
    money = (followup.money or {}) if followup is not None else {}
    return model.Dossier(
        followup_state=followup.state if followup is not None else "preparation",
        has_followup=followup is not None,
        solde_received=bool((money.get("solde_received") or {}).get("amount")),
        uid=row.uid, name=row.name, campaign_year=row.campaign_year, project_type=row.project_type,
        hosting=row.hosting, region=row.region, created_at=_second(row.created_at),
        modified_at=_second(row.modified_at), filing_date=row.filing_date, national_reach=row.national_reach,
        dui=model.Dui(row.dui_software, row.dui_editor, row.dui_segur_referenced,
                      tuple(row.services_socles or ()), tuple(row.referentials or ()), row.dui_ght_route),
        ars_window_start=row.ars_window_start, ars_window_end=row.ars_window_end,
        galis_entered_on=row.galis_entered_on,
        commit_ror=row.commit_ror, earlier_wave=row.earlier_wave,
        rib=model.Rib(row.rib_holder, row.rib_iban, row.rib_bic),
        presentation={k: v if isinstance(v := presentation.get(k), str) else "" for k in PRESENTATION_KEYS},
        ogs=tuple(_og(og, person_index) for og in row.ogs),
        people=tuple(model.Person(p.name, p.function, p.organisation, p.email, p.phone, p.copil_role,
                                  p.coproj_role, p.project_lead, p.fte, p.skills, id=p.id) for p in row.people),
        needs=tuple(model.Need(n.kind, n.label, n.audience, n.people, n.days, n.quantity, n.unit_cost,
                               n.equipment_type, n.from_action, essms_index.get(n.essms_id), id=n.id)
                    for n in row.needs),
        expenses=tuple(model.ExpenseLine(b.category, b.label, b.year, b.amount, need_index.get(b.need_id), id=b.id,
                                         version=b.version)
                       for b in row.budget_lines if b.kind == "expense"),
        revenues=tuple(model.RevenueLine(b.category, b.funder, b.label, b.year, b.amount, b.quote_ref, id=b.id,
                                         version=b.version)
                       for b in row.budget_lines if b.kind == "revenue"),
        tasks=tuple(model.Task(t.key, t.title, t.phase, t.start, t.end, t.milestone, tuple(t.depends_on or ()),
                               t.owner, t.wave, tuple(t.wave_essms or ()), t.role, id=t.id) for t in row.tasks),
        communication=tuple(model.CommAction(c.audience, c.message, c.channel, c.date, c.owner, id=c.id)
                            for c in row.communication),
        partners=tuple(model.Partner(p.name, p.kind, p.informed, id=p.id) for p in row.partners),
        documents=tuple(model.DocumentInfo(d.kind, d.label, d.file_name, d.sha256, d.size, og_index.get(d.og_id),
                                           _second(d.added_at), id=d.id) for d in row.documents),
        version=row.modified_at.isoformat() if row.modified_at is not None else "",
    )


def _second(value):
    return value.replace(microsecond=0) if value is not None else None


def _og(og: orm.Og, person_index: dict[int, int]) -> model.Og:
    m = og.maturity
    maturity = None if m is None else model.Maturity(
        m.variant, m.questionnaire_id, m.questionnaire_version, m.respondent, m.answered_on, dict(m.answers or {}))
    return model.Og(
        finess_ej=og.finess_ej, name=og.name, is_porteur=og.is_porteur, siret=og.siret,
        legal_status=og.legal_status, address=og.address, contact_name=og.contact_name,
        contact_email=og.contact_email, contact_phone=og.contact_phone, has_rsi=og.has_rsi,
        dpo_designated=og.dpo_designated, rgpd_status=og.rgpd_status, it_charter=og.it_charter,
        national_entity=og.national_entity, national_agreement=og.national_agreement,
        legal_rep_name=og.legal_rep_name, legal_rep_function=og.legal_rep_function,
        essms_total=og.essms_total, dpo_status=og.dpo_status, public_procurement=og.public_procurement,
        funding=model.OgFundingAsked(og.funding_equipment, og.funding_amoa_purchasing, og.funding_amoa_piloting),
        essms=tuple(_essms(e, person_index) for e in og.essms),
        maturity=maturity,
        id=og.id,
    )


def _essms(e: orm.Essms, person_index: dict[int, int]) -> model.Essms:
    return model.Essms(
        finess_et=e.finess_et, name=e.name, category_code=e.category_code, category_label=e.category_label,
        sector=e.sector, sector_override=e.sector_override, department=e.department, address=e.address,
        postcode=e.postcode, town=e.town, persons_accompanied=e.persons_accompanied, dui_kind=e.dui_kind,
        dui_software=e.dui_software, dui_version=e.dui_version, sons_ordered=e.sons_ordered,
        sons_software=e.sons_software, already_funded=e.already_funded, funded_software=e.funded_software,
        confort_services=e.confort_services, isolated=e.isolated, project_type=e.project_type,
        referent=person_index.get(e.referent_id), notes=e.notes, finess_name=e.finess_name or "", id=e.id,
    )
