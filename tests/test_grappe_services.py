"""The grappe and governance services, and the composition input built from a dossier dict."""

from __future__ import annotations

import pytest

from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.grappe.composition import GrappeInput
from esms_desktop.rules.identity.identifiers import check_email, check_siret
from esms_desktop.storage import governance, grappe
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.dossiers import create_dossier

pytestmark = pytest.mark.both_backends

OG_VALUES = dict(
    finess_ej="710000548", name="Les Papillons Blancs", is_porteur=True, siret="77999999400014",
    legal_status="prive_non_lucratif", address="4 avenue Édouard-Herriot, 71000 Mâcon", contact_name="S. Lambert",
    contact_email="s.lambert@exemple.fr", contact_phone="03 85 00 00 03", has_rsi=True, dpo_designated=True,
    rgpd_status="in_progress", it_charter="done", national_entity="Unapei", national_agreement=False,
    legal_rep_name="Bernard Thomas", legal_rep_function="Président de l'association",
    funding_equipment=True, funding_amoa_purchasing=False, funding_amoa_piloting=True,
)
ESSMS_VALUES = dict(
    finess_et="710785262", name="IME Chanteloup", category_code="183", category_label="Institut Médico-Educatif",
    sector="PH", sector_override=False, department="71", persons_accompanied=74, notes="", address="252 ROUTE",
    postcode="71870", town="HURIGNY", dui_kind="software", dui_software="Tableur+", dui_version="3.2",
    sons_ordered=True, sons_software="Tableur+", already_funded=False, funded_software="", confort_services=False,
    isolated=True,
)


def test_every_og_and_essms_column_is_stored_and_read_back(db):
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, **OG_VALUES)
    essms_id = grappe.add_essms(db, og_id, **ESSMS_VALUES)
    [og] = grappe.list_grappe(db, dossier_id)
    assert og.values() == {**OG_VALUES, "essms_total": None, "dpo_status": None, "public_procurement": None}
    assert og.essms[0].values() == {**ESSMS_VALUES, "referent_id": None, "project_type": None, "finess_name": ""}
    grappe.update_essms(db, essms_id, finess_name="FOYER D HEBERGEMENT")  # revision 0010: FINESS' spelling
    assert grappe.get_og(db, og_id).essms[0].finess_name == "FOYER D HEBERGEMENT"
    assert og.essms_count == 1  # derived, never typed
    grappe.update_essms(db, essms_id, dui_kind="segur", isolated=False)
    assert grappe.get_og(db, og_id).essms[0].dui_kind == "segur"
    with pytest.raises(TypeError):
        grappe.update_og(db, og_id, essms_count=3)


def test_one_porteur_and_unmarking_only_touches_that_og(db):
    dossier_id = create_dossier(db, "Essai", 2024)
    first = grappe.add_og(db, dossier_id, name="A", is_porteur=True)
    second = grappe.add_og(db, dossier_id, name="B")
    grappe.update_og(db, second, is_porteur=True)
    assert [o.is_porteur for o in grappe.list_grappe(db, dossier_id)] == [False, True]
    grappe.update_og(db, first, is_porteur=False)  # A was not porteur: B stays porteur
    assert [o.is_porteur for o in grappe.list_grappe(db, dossier_id)] == [False, True]


def test_small_og_is_derived_from_the_campaign(db):
    from esms_desktop.rules.campaign import load_campaign
    from esms_desktop.storage.loader import load_dossier

    campaign = load_campaign(2024)  # small OG: at most 14 ESSMS in metropolitan France (001)
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, name="A")

    def small() -> bool:
        return load_dossier(db, dossier_id).ogs[0].is_small(campaign)

    assert not small()  # no ESSMS: not counted
    grappe.add_many_essms(db, og_id, [{"finess_et": f"E{i}", "name": str(i)} for i in range(14)])
    assert small()
    grappe.add_essms(db, og_id, finess_et="E14", name="14")
    assert not small()
    grappe.update_og(db, og_id, essms_total=14)  # revision 0004: its own count, below those it brings
    assert not small()  # never fewer than it brings: 15
    grappe.update_og(db, og_id, essms_total=40)
    assert grappe.get_og(db, og_id).essms_total == 40 and not small()


def test_the_loader_and_the_export_give_the_same_composition_input(db, example_id):
    from esms_desktop.storage.loader import load_dossier

    from_export = GrappeInput.of(Dossier.from_file(export_dossier(db, example_id)))
    from_loader = GrappeInput.of(load_dossier(db, example_id))
    assert from_export == from_loader
    # the example: 4 OGs, 8 + 5 + 2 + 1 ESSMS, porteur Charles de Foucauld (890001548)
    assert [len(og.essms) for og in from_export.ogs] == [8, 5, 2, 1]
    assert from_export.porteur_finess_ej == "890001548"
    assert from_export.ogs[3].essms[0].isolated  # the mono-ESSMS OG joins as an isolated ESSMS


def test_composition_input_reads_the_file_format():
    data = {"dossier": {
        "project_type": "conformite", "hosting": "externe", "national_reach": True, "dui": {"software": " X "},
        "ogs": [{"finess_ej": "710000548", "name": "A", "is_porteur": True, "national_entity": "Unapei",
                 "national_agreement": False, "essms": [
                     {"finess_et": "710785262", "name": "IME", "department": None, "sector": "PH",
                      "dui_kind": "none", "dui_software": "old", "sons_ordered": True, "sons_software": "",
                      "already_funded": True, "funded_software": "Y", "isolated": False, "confort_services": True}]}],
    }}
    g = GrappeInput.of(Dossier.from_file(data))
    assert (g.project_type, g.hosting, g.national_reach, g.dui_software, g.porteur_finess_ej) == (
        "conformite", "externe", True, "X", "710000548")
    og = g.ogs[0]
    assert og.attached_to_national_entity and not og.national_agreement_obtained
    e = og.essms[0]
    assert e.department == "71"  # from the FINESS number when not recorded
    assert e.current_dui_software is None  # no DUI: its software name is ignored
    assert (e.sons_ordered, e.sons_software, e.already_funded, e.funded_software, e.confort_services) == (
        True, None, True, "Y", True)
    assert GrappeInput.of(Dossier.from_file({"ogs": []})).porteur_finess_ej is None  # the inner dict is accepted too


def test_people_roles_lead_and_referents(db, example_id):
    people = governance.list_people(db, example_id)
    assert [p.name for p in people][:2] == ["Claire Martin", "Julien Perrot"]
    assert governance.project_lead(db, example_id).name == "Julien Perrot"
    new_id = governance.add_person(db, example_id, name="Ana Lopez", copil_role="member", coproj_role="lead",
                                   project_lead=True, fte=0.5, skills="AMOA")
    assert governance.project_lead(db, example_id).id == new_id  # one lead only
    assert sum(p.project_lead for p in governance.list_people(db, example_id)) == 1
    with pytest.raises(ValueError):
        governance.update_person(db, new_id, copil_role="president")
    referents = governance.list_referents(db, example_id)
    assert len(referents) == 16 and all(r.referent_id is not None for r in referents)
    first = referents[0]
    governance.set_referent(db, first.essms_id, new_id)
    assert governance.list_referents(db, example_id)[0].referent_id == new_id
    governance.delete_person(db, new_id)
    assert governance.list_referents(db, example_id)[0].referent_id is None
    other = create_dossier(db, "Autre", 2024)
    stranger = governance.add_person(db, other, name="X")
    from esms_desktop.storage.errors import NotFoundError

    with pytest.raises(NotFoundError):
        governance.set_referent(db, first.essms_id, stranger)


@pytest.mark.parametrize("text, valid", [
    ("552 100 554", True),  # SIREN with a valid Luhn key
    ("552100555", False),
    ("77557127600382", True),  # SIRET of the example's fourth OG
    ("77557127600383", False),
    ("7755712760038", False),
    ("7755 7127 6003 8A", False),
])
def test_siren_siret(text, valid):
    assert check_siret(text).valid is valid


def test_email():
    assert check_email(" a.b@exemple.fr ").valid
    assert not check_email("a.b@exemple").valid and not check_email("a b@x.fr").valid
